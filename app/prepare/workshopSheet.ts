/**
 * An empty rating sheet for a review workshop: one row per account and rater, the review date,
 * and one column per judgement criterion (strategic importance, collaboration) to fill in from
 * 1 to 5 on the anchored scales. Inserted as a new sheet of the user's (never over another one);
 * "Ratings or survey responses" then reads it like any export.
 */
import { accountFigures, type Language } from "../../core";
import type { ColumnMapping } from "./columns";
import type { OrderRole } from "../settings/prepare";
import { RawTable, roleColumn } from "./table";
import type { CellValue, ListRule } from "../workbook/contract";
import { WORKSHOP_CRITERIA } from "./ratingScales";

export const WORKSHOP_SHEET: Record<Language, string> = { en: "Workshop ratings", de: "Workshop-Bewertungen" };
const HEADERS: Record<Language, [string, string, string]> = {
  en: ["Account", "Rater", "Date"],
  de: ["Kunde", "Bewerter", "Datum"],
};

/** Without named raters, three blank ones per account (each line then counts as a response of its own). */
export const DEFAULT_RATER_ROWS = 3;

/** The sheet's values: a header row, then accounts x raters; the criteria's cells empty. */
export function workshopRows(
  accounts: readonly (string | number)[],
  raters: readonly string[],
  date: number,
  language: Language,
): CellValue[][] {
  const criteria = WORKSHOP_CRITERIA[language];
  const who: (string | null)[] = raters.length ? [...raters] : Array<null>(DEFAULT_RATER_ROWS).fill(null);
  const rows: CellValue[][] = [[...HEADERS[language], ...criteria]];
  for (const account of accounts) for (const rater of who) rows.push([account, rater, date, ...criteria.map(() => null)]);
  return rows;
}

/** The scores a criterion's cell takes: whole numbers 1 to 5 on the anchored scales. */
export const WORKSHOP_SCORES = ["1", "2", "3", "4", "5"];

/** A drop-down of 1 to 5 on each criterion's column (the columns after account, rater and date), nowhere else. */
export const workshopValidation = (language: Language): ListRule[] =>
  WORKSHOP_CRITERIA[language].map((_, i) => ({ column: HEADERS[language].length + i, list: [...WORKSHOP_SCORES] }));

/** Rater names typed as a list: "Anna, Ben; Carla" -> ["Anna", "Ben", "Carla"]. */
export const parseRaters = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** The accounts of the order lines (valid lines only, in the order KAM Accounts lists them) and the review date. */
export function workshopAccounts(
  orders: { table: RawTable; mapping: ColumnMapping<OrderRole> },
  reviewDate: string | null,
  invalidLines: readonly number[],
): { accounts: (string | number)[]; asOf: number } {
  const bad = new Set(invalidLines.map((l) => l - 1));
  const rows = orders.table.rows.filter((_, i) => !bad.has(i));
  const f = accountFigures({
    accounts: roleColumn(rows, orders.mapping, "account"),
    dates: roleColumn(rows, orders.mapping, "date"),
    amounts: roleColumn(rows, orders.mapping, "amount"),
    asOf: reviewDate ?? undefined,
  });
  return { accounts: f.order.map((id) => f.names[id]), asOf: f.review.asOf };
}
