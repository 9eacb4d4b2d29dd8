/**
 * Order lines and activity lines as SPEC 9 reads them: parallel columns (or rows) where line i is
 * the i-th cell of each. One pass checks every line and keys its account, category and type
 * (through a raw-value cache, so a spelling met before costs one Map lookup); the results are
 * typed arrays that KAM.ACCOUNTS and KAM.ACTIVITY aggregate. Order ids are only checked here:
 * KAM.ACCOUNTS keys them per account, for the lines that count.
 */
import { isBlank, isOmitted, toVector } from "./cells";
import { toSerial } from "./dates";
import { Keyer, numberFromText } from "./keys";
import { fail } from "./errors";
import { Message, Messages } from "./messages";

/** The fields of a line, named as the line messages name them. */
export type LineField = "account" | "date" | "amount" | "profit" | "category" | "order" | "type" | "rater" | "score";

/** Raw arguments of a line reader, as a host passes them; omitted ones as null/undefined/"". */
export interface LineArgs {
  accounts: unknown;
  dates: unknown;
  amounts?: unknown;
  profits?: unknown;
  categories?: unknown;
  orders?: unknown;
  types?: unknown;
  /** Who answered (KAM.RATINGS); a blank rater is allowed. */
  raters?: unknown;
}

/** The argument behind each field, for the length message. */
const ARG: Record<LineField, string> = {
  account: "accounts",
  date: "dates",
  amount: "amounts",
  profit: "profits",
  category: "categories",
  order: "orders",
  type: "types",
  rater: "raters",
  score: "scores",
};

/** Why a line is not valid: its first field that is wrong. */
export interface LineProblem {
  /** 1-based position of the line in the ranges (line 1 is the first cell). */
  line: number;
  field: LineField;
  value: unknown;
  message: Message;
  /** For a number stored as text: the number it means. */
  number?: number;
}

export const LINE_VALID = 0;
export const LINE_BLANK = 1;
export const LINE_INVALID = 2;

/** Every line read and keyed. Arrays have one entry per line; fields of blank and invalid lines are -1 / NaN. */
export interface Lines {
  count: number;
  /** The account cells as given (for the name shown, the first spelling in the window's lines). */
  accountCells: LineColumn;
  /** LINE_VALID, LINE_BLANK or LINE_INVALID per line. */
  status: Uint8Array;
  account: Int32Array;
  /** Date serial (whole days). */
  date: Float64Array;
  amount?: Float64Array;
  profit?: Float64Array;
  /** Key ids, -1 for a blank cell. */
  category?: Int32Array;
  /**
   * The order-id cells (checked, not keyed): order ids rarely repeat across a whole export, so a
   * global key table would be as big as the lines; KAM.ACCOUNTS keys them per account instead.
   */
  orderCells?: LineColumn;
  type?: Int32Array;
  /** Rater key ids, -1 for a blank rater. */
  rater?: Int32Array;
  accounts: Keyer;
  categories: Keyer;
  types: Keyer;
  raters: Keyer;
  /** One entry per invalid line, in line order. */
  problems: LineProblem[];
  /** The latest date of the valid lines, NaN when there is none. */
  latest: number;
}

const isBlankCell = (v: unknown) => isBlank(v) || (typeof v === "string" && v.trim() === "");

const problem = (line: number, field: LineField, value: unknown): LineProblem => {
  if (isBlankCell(value)) return { line, field, value, message: Messages.lineFieldEmpty(field) };
  if (field === "date") return { line, field, value, message: Messages.lineNotDate(field, value) };
  if (field === "amount" || field === "profit") {
    const number = typeof value === "string" ? numberFromText(value) : undefined;
    return number === undefined
      ? { line, field, value, message: Messages.lineNotNumber(field, value) }
      : { line, field, value, message: Messages.lineNumberAsText(field, value, number), number };
  }
  return { line, field, value, message: Messages.lineNotKey(field, value) };
};

/**
 * A line argument read in place: an n x 1 column is not copied (at a million lines the copy, and
 * toVector's per-row checks, cost as much as keying); a row or a scalar is a flat list.
 */
export class LineColumn {
  private constructor(
    private readonly rows: unknown[][] | undefined,
    private readonly flat: unknown[] | undefined,
    readonly length: number,
  ) {}

  static of(v: unknown, arg: string): LineColumn {
    if (Array.isArray(v) && v.length > 1 && Array.isArray(v[0]) && v[0].length === 1) {
      const rows = v as unknown[][];
      // Hosts pass rectangular ranges; checking every row would be one more pass over a million
      // row arrays, so only the last row is checked (a ragged array gets toVector's message).
      const last = rows[rows.length - 1];
      if (!Array.isArray(last) || last.length !== 1) toVector(v, arg);
      return new LineColumn(rows, undefined, rows.length);
    }
    const flat = toVector(v, arg);
    return new LineColumn(undefined, flat, flat.length);
  }

  at(i: number): unknown {
    return this.flat !== undefined ? this.flat[i] : this.rows![i][0];
  }

  toArray(): unknown[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** The cells of an optional argument as a list, or undefined when it is omitted. */
function optionalColumn(v: unknown, arg: string): LineColumn | undefined {
  return isOmitted(v) ? undefined : LineColumn.of(v, arg);
}

/** How a line reader reads the lines. */
export interface LineOptions {
  timeZone?: string;
  /** Dates may be left out (KAM.RATINGS): then every line is valid without one and its date is NaN. */
  datesOptional?: boolean;
  /**
   * Cells of the line outside these columns (the scores of KAM.RATINGS): `filled(i)` says whether
   * line i has a non-blank one (a line is blank only when all its cells are), `check(i)` gives the
   * problem of a line that is otherwise valid.
   */
  more?: { filled(i: number): boolean; check(i: number): LineProblem | undefined };
}

/**
 * Reads and checks every line. Whole-argument problems (a range that is not one row or column,
 * columns of different lengths) throw a VALUE KamError; invalid lines are reported in `problems`.
 */
export function readLines(args: LineArgs, options: LineOptions = {}): Lines {
  const accountCells = LineColumn.of(args.accounts, "accounts");
  const n = accountCells.length;
  const withDates = !(options.datesOptional && isOmitted(args.dates));
  const dateCells = withDates ? LineColumn.of(args.dates, "dates") : undefined;
  // amounts is required where it is read at all (KAM.ACCOUNTS); KAM.ACTIVITY leaves it undefined.
  const amountCells = args.amounts === undefined ? undefined : LineColumn.of(args.amounts, "amounts");
  const profitCells = optionalColumn(args.profits, "profits");
  const categoryCells = optionalColumn(args.categories, "categories");
  const orderCells = optionalColumn(args.orders, "orders");
  const typeCells = optionalColumn(args.types, "types");
  const raterCells = optionalColumn(args.raters, "raters");
  const given: [LineField, LineColumn | undefined][] = [
    ["date", dateCells],
    ["amount", amountCells],
    ["profit", profitCells],
    ["category", categoryCells],
    ["order", orderCells],
    ["type", typeCells],
    ["rater", raterCells],
  ];
  for (const [field, cells] of given) {
    if (cells && cells.length !== n) fail("VALUE", Messages.lineLengths(ARG[field], cells.length, "accounts", n));
  }

  const status = new Uint8Array(n);
  const account = new Int32Array(n).fill(-1);
  const date = new Float64Array(n).fill(NaN);
  const amount = amountCells && new Float64Array(n).fill(NaN);
  const profit = profitCells && new Float64Array(n).fill(NaN);
  const category = categoryCells && new Int32Array(n).fill(-1);
  const type = typeCells && new Int32Array(n).fill(-1);
  const rater = raterCells && new Int32Array(n).fill(-1);
  const accounts = new Keyer();
  const categories = new Keyer();
  const types = new Keyer();
  const raters = new Keyer();
  const { more } = options;
  const problems: LineProblem[] = [];
  // Exports repeat dates: text dates and Date objects (Intl formatting costs microseconds) are cached.
  const textDates = new Map<string, number>();
  const dateObjects = new Map<number, number>();
  const { timeZone } = options;
  let latest = -Infinity;

  const blankLine = (i: number) => {
    if (!isBlankCell(accountCells.at(i))) return false;
    for (const [, cells] of given) if (cells && !isBlankCell(cells.at(i))) return false;
    return !more?.filled(i);
  };

  for (let i = 0; i < n; i++) {
    const a = accounts.id(accountCells.at(i));
    if (a === -1 && blankLine(i)) {
      status[i] = LINE_BLANK;
      continue;
    }
    let bad: LineProblem | undefined;
    if (a < 0) bad = problem(i + 1, "account", accountCells.at(i));
    const dv = dateCells?.at(i);
    let d: number;
    if (!dateCells) d = NaN;
    else if (typeof dv === "string") {
      d = textDates.get(dv) ?? NaN;
      if (Number.isNaN(d) && !textDates.has(dv)) textDates.set(dv, (d = toSerial(dv)));
    } else if (dv instanceof Date) {
      const t = dv.getTime();
      d = dateObjects.get(t) ?? NaN;
      if (Number.isNaN(d) && !dateObjects.has(t)) dateObjects.set(t, (d = toSerial(dv, timeZone)));
    } else d = toSerial(dv, timeZone);
    if (!bad && dateCells && Number.isNaN(d)) bad = problem(i + 1, "date", dv);
    let x = NaN;
    if (amountCells) {
      const v = amountCells.at(i);
      if (typeof v === "number" && Number.isFinite(v)) x = v;
      else bad ??= problem(i + 1, "amount", v);
    }
    let p = NaN;
    if (profitCells) {
      const v = profitCells.at(i);
      if (typeof v === "number" && Number.isFinite(v)) p = v;
      else bad ??= problem(i + 1, "profit", v);
    }
    // Blank categories, order ids and types are allowed (-1); only a value that cannot be a key is not.
    const c = categoryCells ? categories.id(categoryCells.at(i)) : -1;
    if (c === -2) bad ??= problem(i + 1, "category", categoryCells!.at(i));
    if (orderCells) {
      const v = orderCells.at(i);
      if (typeof v === "string" ? false : typeof v === "number" ? !Number.isFinite(v) : !isBlank(v)) bad ??= problem(i + 1, "order", v);
    }
    const t = typeCells ? types.id(typeCells.at(i)) : -1;
    if (t === -2) bad ??= problem(i + 1, "type", typeCells!.at(i));
    const r = raterCells ? raters.id(raterCells.at(i)) : -1;
    if (r === -2) bad ??= problem(i + 1, "rater", raterCells!.at(i));
    if (more && !bad) bad = more.check(i);
    if (bad) {
      status[i] = LINE_INVALID;
      problems.push(bad);
      continue;
    }
    account[i] = a;
    date[i] = d;
    if (d > latest) latest = d;
    if (amount) amount[i] = x;
    if (profit) profit[i] = p;
    if (category) category[i] = c;
    if (type) type[i] = t;
    if (rater) rater[i] = r;
  }
  return {
    count: n,
    accountCells,
    status,
    account,
    date,
    amount,
    profit,
    category,
    orderCells,
    type,
    rater,
    accounts,
    categories,
    types,
    raters,
    problems,
    latest: latest === -Infinity ? NaN : latest,
  };
}

/** Throws the SPEC 9 error when any line is not valid: how many, and the first. */
export function requireValid(lines: Lines): void {
  const first = lines.problems[0];
  if (first) fail("VALUE", Messages.linesInvalid(lines.problems.length, first.line, first.message));
}

/** One line's verdict for the pane's data-quality report. */
export type LineVerdict = { status: "valid" } | { status: "blank" } | ({ status: "invalid" } & LineProblem);

/** Every line classified (valid, blank, or invalid with the reason and a number-as-text hint). */
export function classifyLines(args: LineArgs, options: LineOptions = {}): LineVerdict[] {
  return verdicts(readLines(args, options));
}

/** The verdict of every line read. */
export function verdicts(lines: Lines): LineVerdict[] {
  const out: LineVerdict[] = new Array(lines.count);
  let k = 0;
  for (let i = 0; i < lines.count; i++) {
    const s = lines.status[i];
    out[i] =
      s === LINE_VALID ? { status: "valid" } : s === LINE_BLANK ? { status: "blank" } : { status: "invalid", ...lines.problems[k++] };
  }
  return out;
}
