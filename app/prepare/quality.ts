import { accountKey, classifyLines, LineField, Message, Messages, numberFromText } from "../../core";
import type { CellValue } from "../workbook/contract";
import type { ColumnMapping } from "./columns";
import type { ActivityRole, LineRole, OrderRole } from "../settings/prepare";
import type { RatingQuality } from "./ratingsInput";
import { cellAddresses, RawTable, roleColumn } from "./table";
import { duplicateGroups } from "./duplicates";

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

function lineQuality<R extends LineRole>(table: RawTable, mapping: ColumnMapping<R>, roles: readonly R[], timeZone?: string) {
  const col = (role: R) => roleColumn(table.rows, mapping, role);
  const address = cellAddresses(table.topLeft);
  const m = mapping as ColumnMapping<LineRole>;
  const verdicts = classifyLines(
    {
      accounts: col("account" as R),
      dates: col("date" as R),
      amounts: m.amount === undefined ? undefined : col("amount" as R),
      profits: col("profit" as R),
      categories: col("category" as R),
      orders: col("order" as R),
      types: col("type" as R),
    },
    { timeZone },
  );
  const q: LineQuality = { lines: verdicts.length, valid: 0, blank: 0, invalid: [], notDates: [], blanks: [], duplicates: [] };
  const mapped = roles.map((r) => m[r]).filter((j): j is number => j !== undefined);
  verdicts.forEach((v, i) => {
    if (v.status === "blank") {
      q.blank++;
      return;
    }
    if (v.status === "valid") {
      q.valid++;
      return;
    }
    const issue: InvalidLine = {
      line: i + 1,
      cell: address(i, m[FIELD_ROLE[v.field]]!),
      value: (v.value ?? null) as CellValue,
      message: v.message,
      field: v.field,
    };
    if (v.number !== undefined) issue.number = v.number;
    q.invalid.push(issue);
    const blankCell = v.value === null || v.value === undefined || (typeof v.value === "string" && v.value.trim() === "");
    if (blankCell) q.blanks.push(issue);
    else if (v.field === "date") q.notDates.push(issue);
  });
  for (const lines of duplicateGroups(table.rows, mapped, (i) => verdicts[i].status === "blank"))
    q.duplicates.push({ lines: lines.map((i) => i + 1), cells: lines.map((i) => address(i, mapped[0])) });
  return { q, verdicts, address };
}

/** Spellings per key of the valid lines' account cells. */
function spellings(table: RawTable, column: number, valid: (i: number) => boolean, into: Map<string, Set<string | number>>) {
  table.rows.forEach((row, i) => {
    if (!valid(i)) return;
    const v = row[column];
    const key = accountKey(v);
    if (key === undefined) return;
    let set = into.get(key);
    if (!set) into.set(key, (set = new Set()));
    set.add(v as string | number);
  });
}

export function qualityReport(
  orders: { table: RawTable; mapping: ColumnMapping<OrderRole> },
  activity?: { table: RawTable; mapping: ColumnMapping<ActivityRole> },
  options: { timeZone?: string } = {},
): QualityReport {
  const o = lineQuality(orders.table, orders.mapping, ["account", "date", "amount", "profit", "category", "order"], options.timeZone);
  const textNumbers: (CellIssue & { number: number })[] = [];
  let returns = 0;
  let returnTotal = 0;
  orders.table.rows.forEach((row, i) => {
    for (const role of ["amount", "profit"] as const) {
      const j = orders.mapping[role];
      const v = j === undefined ? undefined : row[j];
      if (typeof v !== "string") continue;
      const number = numberFromText(v);
      if (number !== undefined)
        textNumbers.push({ line: i + 1, cell: o.address(i, j!), value: v, message: Messages.lineNumberAsText(role, v, number), number });
    }
    const amount = orders.mapping.amount === undefined ? undefined : row[orders.mapping.amount];
    if (o.verdicts[i].status === "valid" && typeof amount === "number" && amount < 0) {
      returns++;
      returnTotal += amount;
    }
  });
  const keys = new Map<string, Set<string | number>>();
  spellings(orders.table, orders.mapping.account!, (i) => o.verdicts[i].status === "valid", keys);
  const report: QualityReport = {
    orders: { ...o.q, textNumbers, returns: { count: returns, total: returnTotal } },
    variants: [],
    activityOnly: [],
  };
  if (activity) {
    const a = lineQuality(activity.table, activity.mapping, ["account", "date", "type"], options.timeZone);
    report.activity = a.q;
    const orderKeys = new Set(keys.keys());
    const onlyHere = new Map<string, string | number>();
    activity.table.rows.forEach((row, i) => {
      if (a.verdicts[i].status !== "valid") return;
      const v = row[activity.mapping.account!] as string | number;
      const key = accountKey(v)!;
      if (!orderKeys.has(key) && !onlyHere.has(key)) onlyHere.set(key, typeof v === "string" ? v.trim() : v);
    });
    report.activityOnly = [...onlyHere.values()];
    spellings(activity.table, activity.mapping.account!, (i) => a.verdicts[i].status === "valid", keys);
  }
  for (const [key, set] of keys) if (set.size > 1) report.variants.push({ key, spellings: [...set].map(String) });
  return report;
}
