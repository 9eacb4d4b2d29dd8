import { accountFigures, accountFiguresOf, accountRow, activityFigures, activityFiguresOf, isKamError, Language } from "../../core";
import type { CellValue } from "../workbook/contract";
import { ColumnMapping, missingRoles, REQUIRED_ACTIVITY_ROLES, REQUIRED_ORDER_ROLES, REQUIRED_RATING_ROLES } from "./columns";
import { ActivityRole, OrderRole, RatingRole } from "../settings/prepare";
import { AccountsColumn, CriterionDefault, DEFAULT_CRITERIA, HEADERS, NUMBER_FORMATS, SHEET_TEXT } from "./headers";
import { CheckedLines, checkLines, InvalidLine, QualityReport } from "./quality";
import { lineArgument, RawTable, tableColumns } from "./table";
import { RATING_WORDS, rateResponses, ratingAxis, ratingColumns, RatingsInput } from "./ratingsInput";

/**
 * "Prepare accounts": from the order-line table (and optionally an activity log) to the content
 * of the add-in's own sheet "KAM Accounts": values only, one row per account, the review date and
 * window above the table, excluded lines listed below it. The source tables are only read.
 */
export const ACCOUNTS_SHEET_NAME = "KAM Accounts";

export interface PrepareInput {
  orders: { table: RawTable; mapping: ColumnMapping<OrderRole> };
  activity?: { table: RawTable; mapping: ColumnMapping<ActivityRole> };
  /** Ratings or survey responses: their criteria are joined by account key like the activity columns. */
  ratings?: RatingsInput;
  /** Review date (any SPEC 9 date); default: the latest valid order date. */
  asOf?: unknown;
  /** Window in months (default 12). */
  months?: number;
  /** Leave invalid lines out (they are listed on the sheet) instead of stopping. */
  excludeInvalid?: boolean;
  language: Language;
  timeZone?: string;
  /**
   * These very order lines and activity log (same tables, mappings and time zone) as the pane has
   * just checked them: neither checked nor read again. The report's ratings part is made here.
   */
  checked?: CheckedLines;
}

export interface ExcludedLine {
  table: "orders" | "activity" | "ratings";
  line: number;
  cell: string;
  reason: string;
  /** The line's cells as they are in the source. */
  cells: CellValue[];
}

export interface AccountsSheet {
  name: string;
  /** Review date as a date serial (format it as a date), NaN-free: null when there are no lines. */
  asOf: number | null;
  months: number;
  /** The rows above the table: label and value (the review date with a date format). */
  meta: { label: string; value: CellValue; numberFormat: string | null }[];
  columns: AccountsColumn[];
  header: string[];
  rows: CellValue[][];
  numberFormats: (string | null)[];
  /** The mapping the pane opens with: criteria present on this sheet only. */
  criteria: (Omit<CriterionDefault, "column"> & { column: AccountsColumn | "rating"; header: string })[];
  excluded: ExcludedLine[];
  /** The note about strategic importance, in the pane's language. */
  note: string;
}

export type PrepareResult =
  | { ok: true; sheet: AccountsSheet; quality: QualityReport }
  | { ok: false; reason: "mapping"; missing: { orders: OrderRole[]; activity: ActivityRole[]; ratings: RatingRole[] } }
  | { ok: false; reason: "invalid"; quality: QualityReport; count: number; first: InvalidLine };

const cellOf = (v: unknown): CellValue =>
  isKamError(v) || v === undefined || (typeof v === "number" && !Number.isFinite(v)) ? null : (v as CellValue);

/** Rows without the invalid lines (the same rows when there are none), and those lines for the sheet. */
function split(table: RawTable, invalid: QualityReport["orders"]["invalid"], name: ExcludedLine["table"]) {
  const bad = new Set(invalid.map((l) => l.line - 1));
  const rows = bad.size === 0 ? table.rows : table.rows.filter((_, i) => !bad.has(i));
  const excluded = invalid.map((l) => ({ table: name, line: l.line, cell: l.cell, reason: l.message.text, cells: table.rows[l.line - 1] }));
  return { rows, excluded };
}

/**
 * The figures come from the lines as checked, where only valid lines count. Only when the lines
 * left after excluding the invalid ones are one or none are they read again on their own, as
 * before: one line is a 1 x 1 range, where a blank optional cell reads as an omitted argument, and
 * none is an empty range.
 */
const readAgain = (left: readonly CellValue[][], all: readonly CellValue[][]) => left !== all && left.length <= 1;

function orderArguments(rows: CellValue[][], m: ColumnMapping<OrderRole>) {
  const cells = tableColumns(rows);
  return {
    accounts: lineArgument(rows, m.account, cells),
    dates: lineArgument(rows, m.date, cells),
    amounts: lineArgument(rows, m.amount, cells),
    profits: lineArgument(rows, m.profit, cells),
    categories: lineArgument(rows, m.category, cells),
    orders: lineArgument(rows, m.order, cells),
  };
}

function activityArguments(rows: CellValue[][], m: ColumnMapping<ActivityRole>) {
  const cells = tableColumns(rows);
  return {
    accounts: lineArgument(rows, m.account, cells),
    dates: lineArgument(rows, m.date, cells),
    types: lineArgument(rows, m.type, cells),
  };
}

export function prepareAccounts(input: PrepareInput): PrepareResult {
  const missing = {
    orders: missingRoles(input.orders.mapping, REQUIRED_ORDER_ROLES),
    activity: input.activity ? missingRoles(input.activity.mapping, REQUIRED_ACTIVITY_ROLES) : [],
    ratings: input.ratings ? missingRoles(input.ratings.mapping, REQUIRED_RATING_ROLES) : [],
  };
  if (missing.orders.length || missing.activity.length || missing.ratings.length) return { ok: false, reason: "mapping", missing };
  const checked = input.checked ?? checkLines(input.orders, input.activity, { timeZone: input.timeZone });
  // A copy: the ratings part is set below, the report given stays as it was.
  const quality = { ...checked.quality };
  const o = split(input.orders.table, quality.orders.invalid, "orders");
  const a = input.activity && split(input.activity.table, quality.activity!.invalid, "activity");
  const options = { timeZone: input.timeZone };
  const window = { asOf: input.asOf, months: input.months };
  const figures = readAgain(o.rows, input.orders.table.rows)
    ? accountFigures({ ...orderArguments(o.rows, input.orders.mapping), ...window }, options)
    : accountFiguresOf(checked.lines.orders, window, options);
  const asOf = figures.review.asOf;
  // The ratings count in the review's window: the review date given or the latest valid order date.
  const responses = input.ratings && rateResponses(input.ratings, { asOf, months: figures.review.months }, input.timeZone);
  if (responses) quality.ratings = responses.quality;
  const invalidCount = quality.orders.invalid.length + (quality.activity?.invalid.length ?? 0) + (quality.ratings?.invalid.length ?? 0);
  if (invalidCount > 0 && !input.excludeInvalid) {
    const first = quality.orders.invalid[0] ?? quality.activity?.invalid[0] ?? quality.ratings!.invalid[0];
    return { ok: false, reason: "invalid", quality, count: invalidCount, first };
  }
  const activityWindow = { asOf, months: figures.review.months };
  const activity =
    input.activity && a && !Number.isNaN(asOf)
      ? readAgain(a.rows, input.activity.table.rows)
        ? activityFigures({ ...activityArguments(a.rows, input.activity.mapping), ...activityWindow }, options)
        : activityFiguresOf(checked.lines.activity!, activityWindow, undefined, options)
      : undefined;

  const columns: AccountsColumn[] = ["account", "revenue", "margin", "growth", "orders", "daysSinceOrder", "customerYears"];
  if (figures.categories) columns.push("categories");
  if (input.activity) columns.push("interactions", "daysSinceContact");
  const r = input.ratings && split(input.ratings.table, quality.ratings?.invalid ?? [], "ratings");
  const rated =
    input.ratings && r && !Number.isNaN(asOf)
      ? ratingColumns(
          input.ratings,
          r.rows,
          { asOf, months: figures.review.months },
          RATING_WORDS[input.language],
          input.timeZone,
          responses?.computed,
        )
      : undefined;
  const byKey = new Map<string, number>();
  if (activity) activity.keys.forEach((k, id) => byKey.set(k, id));
  const rows: CellValue[][] = figures.order.map((id) => {
    const row: CellValue[] = [figures.names[id], ...accountRow(figures, id).map(cellOf)];
    if (input.activity) {
      const act = activity ? byKey.get(figures.keys[id]) : undefined;
      // An account with orders but no activity up to the review date: no interactions, no last contact.
      const seen = act !== undefined && !Number.isNaN(activity!.lastContact[act]);
      row.push(seen ? activity!.interactions[act!] : 0, seen ? asOf - activity!.lastContact[act!] : null);
    }
    if (rated) row.push(...(rated.byKey.get(figures.keys[id]) ?? Array<CellValue>(rated.headers.length).fill(null)));
    return row;
  });

  const lang = input.language;
  const text = SHEET_TEXT[lang];
  const header = [...columns.map((c) => HEADERS[lang][c]), ...(rated?.headers ?? [])];
  const hasAsOf = !Number.isNaN(asOf);
  return {
    ok: true,
    quality,
    sheet: {
      name: ACCOUNTS_SHEET_NAME,
      asOf: hasAsOf ? asOf : null,
      months: figures.review.months,
      meta: [
        { label: text.reviewDate, value: hasAsOf ? asOf : null, numberFormat: "yyyy-mm-dd" },
        { label: text.window, value: figures.review.months, numberFormat: "0" },
      ],
      columns,
      header,
      rows,
      numberFormats: [...columns.map((c) => NUMBER_FORMATS[c]), ...(rated?.headers.map((_, j) => (j % 4 === 0 ? "0.0" : "0.#")) ?? [])],
      criteria: [
        ...DEFAULT_CRITERIA.filter((c) => columns.includes(c.column)).map((c) => ({ ...c, header: HEADERS[lang][c.column] })),
        // A rated criterion's own column; its raters, lowest and highest are shown, not scored.
        ...(rated?.criteria.map((c) => ({
          column: "rating" as const,
          axis: ratingAxis(c.header),
          lowerIsBetter: false,
          header: c.header,
        })) ?? []),
      ],
      excluded: [...o.excluded, ...(a?.excluded ?? []), ...(r?.excluded ?? [])],
      note: text.strategicNote,
    },
  };
}

/**
 * The sheet as one block of values, top-left at A1: the meta rows, a blank row, the table, and
 * when lines were left out, a blank row, their title and one row per line (line, cell, reason,
 * then the line's own cells). `tableRow` is the 0-based row of the header.
 */
export function accountsSheetValues(
  sheet: AccountsSheet,
  language: Language,
): { values: CellValue[][]; tableRow: number; excludedRow: number | null } {
  const text = SHEET_TEXT[language];
  const values: CellValue[][] = sheet.meta.map((m) => [m.label, m.value]);
  values.push([]);
  const tableRow = values.length;
  values.push(sheet.header, ...sheet.rows);
  let excludedRow: number | null = null;
  if (sheet.excluded.length) {
    values.push([]);
    excludedRow = values.length;
    values.push([text.excludedTitle], [text.line, text.cell, text.reason]);
    for (const l of sheet.excluded) values.push([l.line, l.cell, l.reason, ...l.cells]);
  }
  const width = Math.max(...values.map((r) => r.length));
  return { values: values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]), tableRow, excludedRow };
}
