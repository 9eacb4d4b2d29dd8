import { LINE_BLANK, LINE_VALID, LineField, Lines, Message, Messages, numberFromText, readLines } from "../../core";
import type { CellValue } from "../workbook/contract";
import type { ColumnMapping } from "./columns";
import type { ActivityRole, LineRole, OrderRole } from "../settings/prepare";
import type { RatingQuality } from "./ratingsInput";
import { cellAddresses, lineArgument, RawTable, tableColumns, TableColumns } from "./table";
import { duplicateGroups, readLineHash } from "./duplicates";

/**
 * The data-quality report shown before anything is written: what is wrong, where (cell
 * addresses), and what will be merged or kept. Nothing here changes the data.
 */
export interface CellIssue {
  /** 1-based data row of the table (line 1 is the row below the header). */
  line: number;
  cell: string;
  value: CellValue;
  message: Message;
}

export interface InvalidLine extends CellIssue {
  field: LineField;
  /** For a number stored as text: the number it means. */
  number?: number;
}

export interface LineQuality {
  lines: number;
  valid: number;
  /** All-blank lines (ignored). */
  blank: number;
  /** Lines that are not valid, each with its first wrong cell. */
  invalid: InvalidLine[];
  /** Invalid because the date is not a date (a non-blank cell). */
  notDates: CellIssue[];
  /** Required cells left empty on a line that is not blank. */
  blanks: CellIssue[];
  /** Exact duplicate lines (all mapped cells equal): warned, kept. Each group lists its lines. */
  duplicates: { lines: number[]; cells: string[] }[];
}

export interface QualityReport {
  orders: LineQuality & {
    /** Amount or profit cells holding a number as text ("1.234,56"), with the number meant. */
    textNumbers: (CellIssue & { number: number })[];
    /** Negative lines (returns, credit notes): counted and kept. */
    returns: { count: number; total: number };
  };
  activity?: LineQuality;
  /** Ratings or survey responses (added by the ratings input, which needs the review window). */
  ratings?: RatingQuality;
  /** Account ids written differently (case, spaces) that are merged into one account. */
  variants: { key: string; spellings: string[] }[];
  /** Accounts in the activity log without any valid order line (name as first written). */
  activityOnly: (string | number)[];
}

const FIELD_ROLE: Record<LineField, LineRole> = {
  account: "account",
  date: "date",
  amount: "amount",
  profit: "profit",
  category: "category",
  order: "order",
  type: "type",
  rater: "rater",
  // A score is not a role; the rating report names its column itself.
  score: "account",
};

/** The lines of a table read once by the core: status, account ids, the problems of invalid lines. */
function lineQuality<R extends LineRole>(
  table: RawTable,
  mapping: ColumnMapping<R>,
  roles: readonly R[],
  columns: TableColumns,
  timeZone?: string,
) {
  const m = mapping as ColumnMapping<LineRole>;
  const col = (role: LineRole) => lineArgument(table.rows, m[role], columns);
  const address = cellAddresses(table.topLeft);
  const lines = readLines(
    {
      accounts: col("account"),
      dates: col("date"),
      amounts: m.amount === undefined ? undefined : col("amount"),
      profits: col("profit"),
      categories: col("category"),
      orders: col("order"),
      types: col("type"),
    },
    { timeZone },
  );
  const { status } = lines;
  const q: LineQuality = { lines: lines.count, valid: 0, blank: 0, invalid: [], notDates: [], blanks: [], duplicates: [] };
  const mapped = roles.map((r) => m[r]).filter((j): j is number => j !== undefined);
  for (let i = 0; i < lines.count; i++) {
    if (status[i] === LINE_BLANK) q.blank++;
    else if (status[i] === LINE_VALID) q.valid++;
  }
  // The problems of the invalid lines, in line order: each line's first wrong cell.
  for (const p of lines.problems) {
    const issue: InvalidLine = {
      line: p.line,
      cell: address(p.line - 1, m[FIELD_ROLE[p.field]]!),
      value: (p.value ?? null) as CellValue,
      message: p.message,
      field: p.field,
    };
    if (p.number !== undefined) issue.number = p.number;
    q.invalid.push(issue);
    const blankCell = p.value === null || p.value === undefined || (typeof p.value === "string" && p.value.trim() === "");
    if (blankCell) q.blanks.push(issue);
    else if (p.field === "date") q.notDates.push(issue);
  }
  // Valid lines hash by what the core read (account and category ids, dates and amounts as numbers).
  const read = (j: number) =>
    j === m.account
      ? lines.account
      : j === m.date
        ? lines.date
        : j === m.amount
          ? lines.amount
          : j === m.profit
            ? lines.profit
            : j === m.category
              ? lines.category
              : j === m.type
                ? lines.type
                : undefined;
  const hash = readLineHash(mapped.map(read), (i) => status[i] === LINE_VALID);
  for (const group of duplicateGroups(table.rows, mapped, (i) => status[i] === LINE_BLANK, hash))
    q.duplicates.push({ lines: group.map((i) => i + 1), cells: group.map((i) => address(i, mapped[0])) });
  return { q, lines, address };
}

/**
 * Spellings per key of the valid lines' account cells, in the order keys and spellings first
 * appear. The core has keyed every line and counted each key's different cells: a key written one
 * way only is taken from its first valid line, only the others are looked at line by line.
 */
function spellings(accountCells: readonly CellValue[], lines: Lines, into: Map<string, Set<string | number>>) {
  const { account, status, accounts } = lines;
  const first = new Int32Array(accounts.size).fill(-1);
  const varied = new Uint8Array(accounts.size);
  const order: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    if (status[i] !== LINE_VALID) continue;
    const id = account[i];
    if (first[id] >= 0) continue;
    first[id] = i;
    order.push(id);
    if (accounts.spellings(id) > 1) varied[id] = 1;
  }
  const sets = new Map<number, Set<string | number>>();
  if (varied.includes(1))
    for (let i = 0; i < lines.count; i++) {
      const id = account[i];
      if (status[i] !== LINE_VALID || !varied[id]) continue;
      let set = sets.get(id);
      if (!set) sets.set(id, (set = new Set()));
      set.add(accountCells[i] as string | number);
    }
  for (const id of order) {
    const key = accounts.keys[id];
    let set = into.get(key);
    if (!set) into.set(key, (set = new Set()));
    for (const v of sets.get(id) ?? [accountCells[first[id]] as string | number]) set.add(v);
  }
}

const mappedColumns = (mapping: Partial<Record<string, number>>) => Object.values(mapping).filter((j): j is number => j !== undefined);

type OrderLines = { table: RawTable; mapping: ColumnMapping<OrderRole> };
type ActivityLines = { table: RawTable; mapping: ColumnMapping<ActivityRole> };
/** `columns`: the tables' columns when the caller has taken them out already. */
type CheckOptions = { timeZone?: string; columns?: { orders?: TableColumns; activity?: TableColumns } };

export function qualityReport(orders: OrderLines, activity?: ActivityLines, options: CheckOptions = {}): QualityReport {
  return checkLines(orders, activity, options).quality;
}

/** The lines as checked: the report, and the lines read (for the figures, so they are not read twice). */
export interface CheckedLines {
  quality: QualityReport;
  /** The latest date of the valid order lines, a date serial (NaN without one). */
  latest: number;
  lines: { orders: Lines; activity?: Lines };
}

/** The quality report from one reading of the lines. */
export function checkLines(orders: OrderLines, activity?: ActivityLines, options: CheckOptions = {}): CheckedLines {
  const orderColumns = options.columns?.orders ?? tableColumns(orders.table.rows, mappedColumns(orders.mapping));
  const om = orders.mapping;
  const o = lineQuality(orders.table, om, ["account", "date", "amount", "profit", "category", "order"], orderColumns, options.timeZone);
  const textNumbers: (CellIssue & { number: number })[] = [];
  let returns = 0;
  let returnTotal = 0;
  const amounts = om.amount === undefined ? undefined : orderColumns(om.amount);
  const profits = om.profit === undefined ? undefined : orderColumns(om.profit);
  const { status, amount: lineAmounts } = o.lines;
  const textNumber = (role: "amount" | "profit", cells: CellValue[] | undefined, i: number) => {
    const v = cells?.[i];
    if (typeof v !== "string") return;
    const number = numberFromText(v);
    if (number !== undefined)
      textNumbers.push({
        line: i + 1,
        cell: o.address(i, om[role]!),
        value: v,
        message: Messages.lineNumberAsText(role, v, number),
        number,
      });
  };
  for (let i = 0; i < o.lines.count; i++) {
    if (status[i] === LINE_VALID) {
      // A valid line's amount is a number, read already; a text cell makes a line invalid.
      const amount = lineAmounts ? lineAmounts[i] : NaN;
      if (amount < 0) {
        returns++;
        returnTotal += amount;
      }
      continue;
    }
    textNumber("amount", amounts, i);
    textNumber("profit", profits, i);
  }
  const keys = new Map<string, Set<string | number>>();
  spellings(orderColumns(om.account!), o.lines, keys);
  const report: QualityReport = {
    orders: { ...o.q, textNumbers, returns: { count: returns, total: returnTotal } },
    variants: [],
    activityOnly: [],
  };
  let activityLines: Lines | undefined;
  if (activity) {
    const activityColumns = options.columns?.activity ?? tableColumns(activity.table.rows, mappedColumns(activity.mapping));
    const a = lineQuality(activity.table, activity.mapping, ["account", "date", "type"], activityColumns, options.timeZone);
    report.activity = a.q;
    const accountCells = activityColumns(activity.mapping.account!);
    // Keys of the valid order lines, by the activity log's own key ids.
    const orderKeys = new Set(keys.keys());
    const seen = new Uint8Array(a.lines.accounts.size);
    const onlyHere: (string | number)[] = [];
    for (let i = 0; i < a.lines.count; i++) {
      if (a.lines.status[i] !== LINE_VALID) continue;
      const id = a.lines.account[i];
      if (seen[id]) continue;
      seen[id] = 1;
      const v = accountCells[i] as string | number;
      if (!orderKeys.has(a.lines.accounts.keys[id])) onlyHere.push(typeof v === "string" ? v.trim() : v);
    }
    report.activityOnly = onlyHere;
    spellings(accountCells, a.lines, keys);
    activityLines = a.lines;
  }
  for (const [key, set] of keys) if (set.size > 1) report.variants.push({ key, spellings: [...set].map(String) });
  return { quality: report, latest: o.lines.latest, lines: { orders: o.lines, ...(activityLines ? { activity: activityLines } : {}) } };
}
