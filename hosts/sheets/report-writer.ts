/**
 * Writes a ReportSheet to the add-on's own sheet in Google Sheets: one setValues per table, then
 * formats, then the chart from a helper block of chart data. Never touches any other sheet.
 */
import { isAppendOnly, ReportSheet, WorkbookError, WriteResult } from "../../app/workbook/contract";
import { checkFirstWrite } from "../../app/workbook/history-sheet";
import { parseA1, uniqueSheetName as uniqueName } from "../../app/workbook/naming";
import type { Services, Spreadsheet } from "./apps-script";
import { rewriteInPlace } from "./in-place";
import { chartA1, missingFeatures, nameTables, reportExtent, writeChart, writeTable } from "./report-parts";
import { findOwnSheet, fingerprintOf, newToken, OWN_SHEET_KEYS, storeReport } from "./report-sheet";

export { REPORT_KEY } from "./report-sheet";
export { setListRules } from "./report-parts";

/** The preferred name, or "name (2)", "name (3)", ... (the rule of every adapter, ../taskpane/workbook/naming). */
export const uniqueSheetName = (ss: Spreadsheet, preferred: string): string =>
  uniqueName(
    preferred,
    ss.getSheets().map((s) => s.getName()),
  );

/**
 * Creates the own sheet on the first build, or rewrites the proved own sheet in place (see
 * in-place.ts). `reveal`: show the report sheet (the Build matrix button); live rebuilds leave the
 * user where they are (a new sheet is shown anyway).
 */
export function writeReport(services: Services, report: ReportSheet, reveal = true): WriteResult {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const before = ss.getActiveRange();
  const kind = report.kind ?? "matrix";
  const old = findOwnSheet(services, ss, kind);
  if (isAppendOnly(kind))
    checkFirstWrite(
      report,
      old !== undefined,
      ss.getSheets().map((s) => s.getName()),
    );
  if (old) return rewriteInPlace(services, ss, old, report, reveal, before);
  const name = uniqueSheetName(ss, report.sheetName);
  const sheet = ss.insertSheet(name);
  try {
    for (const table of report.tables) writeTable(services, sheet, table);
    writeChart(services, sheet, report);
    nameTables(ss, sheet, report, undefined);
    // Marked last: until then the sheet is not the add-on's, and a failure removes it.
    const token = newToken();
    const extent = reportExtent(report);
    const written = fingerprintOf(sheet, parseA1(extent));
    sheet.addDeveloperMetadata(OWN_SHEET_KEYS[kind], token);
    storeReport(
      services,
      { sheetId: sheet.getSheetId(), token, extent, chart: chartA1(report), ...(written ? { fingerprint: written } : {}) },
      kind,
    );
  } catch (e) {
    try {
      ss.deleteSheet(sheet);
    } catch {
      throw new WorkbookError("reportIncomplete", { name, sheet: name });
    }
    throw e;
  }
  sheet.activate();
  return { sheetName: name, missingFeatures: missingFeatures(report) };
}
