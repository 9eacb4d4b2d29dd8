/**
 * The "KAM Accounts" sheet as a ReportSheet (kind "accounts"), so every host writes it the way it
 * writes the matrix: proved as the add-in's own, built in a new sheet and swapped in, text written
 * literally, values only. Layout: the review date and window (with the note on strategic
 * importance as their title), a blank row, the account table (a native table / named range
 * "KamAccounts", with a blank title cell so that the region around any of its cells is the table
 * itself), then the lines left out.
 */
import type { Language } from "../../core";
import type { CellValue, ReportSheet, ReportTable } from "../workbook/contract";
import type { AccountsSheet } from "./accountsSheet";
import { SHEET_TEXT } from "./headers";

/** The preferred native table name; a host may add "_2" when a user's table has it. */
export const ACCOUNTS_TABLE = "KamAccounts";
export const ACCOUNTS_TABLE_PATTERN = /^KamAccounts(_\d+)?$/i;

/** Row (0-based) of the account table's header on the sheet. */
export const ACCOUNTS_HEADER_ROW = 5;

export function accountsReport(sheet: AccountsSheet, language: Language, sourceHeaders: readonly string[]): ReportSheet {
  const text = SHEET_TEXT[language];
  const review: ReportTable = {
    id: "review",
    title: sheet.note,
    anchor: { row: 0, col: 0 },
    header: sheet.meta.map((m) => m.label),
    rows: [sheet.meta.map((m) => m.value)],
    numberFormats: sheet.meta.map((m) => m.numberFormat),
  };
  const accounts: ReportTable = {
    id: "accounts",
    title: "",
    anchor: { row: ACCOUNTS_HEADER_ROW - 1, col: 0 },
    header: sheet.header,
    rows: sheet.rows,
    numberFormats: sheet.numberFormats,
    tableName: ACCOUNTS_TABLE,
  };
  const tables = [review, accounts];
  if (sheet.excluded.length) {
    let width = 0;
    for (const l of sheet.excluded) width = Math.max(width, l.cells.length);
    const header = [text.line, text.cell, text.reason, ...Array.from({ length: width }, (_, j) => sourceHeaders[j] ?? "")];
    tables.push({
      id: "excluded",
      title: text.excludedTitle,
      anchor: { row: ACCOUNTS_HEADER_ROW + sheet.rows.length + 2, col: 0 },
      header,
      rows: sheet.excluded.map((l): CellValue[] => [l.line, l.cell, l.reason, ...l.cells]),
      numberFormats: header.map(() => null),
    });
  }
  return { kind: "accounts", sheetName: sheet.name, tables };
}
