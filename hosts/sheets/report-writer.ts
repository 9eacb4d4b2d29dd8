/**
 * Writes a ReportSheet to the add-on's own sheet in Google Sheets: one setValues per table, then
 * formats, then the chart from a helper block of chart data. The report is built in a new sheet
 * and then swapped in for the old one, so a failure leaves the old report whole. Never touches
 * any other sheet.
 */
import { DEFAULT_KEPT_SUFFIX, ListRule, ReportSheet, ReportTable, WorkbookError, WriteResult } from "../../app/workbook/contract";
import { checkCreateOnly } from "../../app/workbook/history-sheet";
import { asLiteral } from "../../app/workbook/escape";
import { a1, keptSheetName, tableBox, unionBox, uniqueSheetName as uniqueName, uniqueTableName } from "../../app/workbook/naming";
import type { Services, Sheet, Spreadsheet } from "./apps-script";
import { chartBlock, pointsToPixels } from "./chart-data";
import { ensureGrid } from "./grid";
import { extentOf, findOwnSheet, newToken, OWN_SHEET_KEYS, storedReport, storeReport, typedOutside } from "./report-sheet";

export { REPORT_KEY } from "./report-sheet";

/** Sheets' default column width in pixels, to keep the chart data clear of the chart. */
const DEFAULT_COLUMN_PX = 100;

/** The preferred name, or "name (2)", "name (3)", ... (the rule of every adapter, ../taskpane/workbook/naming). */
export const uniqueSheetName = (ss: Spreadsheet, preferred: string): string =>
  uniqueName(
    preferred,
    ss.getSheets().map((s) => s.getName()),
  );

/** Cells as Sheets should store them: formula-looking text stays text, null is an empty cell. */
const toCell = (v: unknown) => (v === null || v === undefined ? "" : asLiteral(v as string | number | boolean));

const fitRow = (row: readonly unknown[], width: number) => Array.from({ length: width }, (_, j) => toCell(row[j]));

/** Drop-down lists on `rows` data rows from the 1-based `top` (the plan's override quadrant, an action's status). */
export function setListRules(
  services: Services,
  sheet: Sheet,
  rules: readonly ListRule[] | undefined,
  top: number,
  left: number,
  rows: number,
): void {
  if (rows <= 0) return;
  for (const rule of rules ?? [])
    sheet
      .getRange(top, left + rule.column, rows, 1)
      .setDataValidation(services.SpreadsheetApp.newDataValidation().requireValueInList(rule.list, true).build());
}

function writeTable(services: Services, sheet: Sheet, t: ReportTable): void {
  const width = t.header.length;
  const top = t.anchor.row + 1;
  const left = t.anchor.col + 1;
  const n = t.rows.length;
  ensureGrid(sheet, top + n + 1, left + Math.max(1, width) - 1);
  sheet
    .getRange(top, left, 1, 1)
    .setValues([[toCell(t.title)]])
    .setFontWeight("bold");
  sheet.getRange(top + 1, left, n + 1, width).setValues([t.header, ...t.rows].map((r) => fitRow(r, width)));
  sheet.getRange(top + 1, left, 1, width).setFontWeight("bold");
  if (n > 0) {
    const data = sheet.getRange(top + 2, left, n, width);
    if (t.numberFormats.some(Boolean)) {
      const formats = Array.from({ length: width }, (_, j) => t.numberFormats[j] ?? "General");
      data.setNumberFormats(t.rows.map(() => formats));
    }
    const fills = t.rowFills;
    if (fills && fills.some(Boolean)) {
      if (t.fillColumn === undefined || t.fillColumn === null) data.setBackgrounds(fills.map((f) => new Array(width).fill(f ?? null)));
      else sheet.getRange(top + 2, left + t.fillColumn, n, 1).setBackgrounds(fills.map((f) => [f ?? null]));
    }
  }
  t.columnWidths?.forEach((w, j) => sheet.setColumnWidth(left + j, pointsToPixels(w)));
  setListRules(services, sheet, t.validation, top + 2, left, n);
}

/**
 * A named range per table that asks for a name (the native table of Excel), so the pane can read
 * the table by name: "KAM Accounts" is read back as the matrix's source that way, not through its
 * title rows. The names of the old own sheet (about to go) move to the new one; a name a user gave
 * to a range of their own is never taken ("KamAccounts_2").
 */
function nameTables(ss: Spreadsheet, fresh: Sheet, report: ReportSheet, replaced: Sheet | undefined): void {
  const named = ss.getNamedRanges();
  for (const t of report.tables) {
    if (!t.tableName) continue;
    const theirs = named.filter((n) => !replaced || n.getRange().getSheet().getSheetId() !== replaced.getSheetId()).map((n) => n.getName());
    const name = uniqueTableName(t.tableName, theirs);
    if (replaced && named.some((n) => n.getName() === name)) ss.removeNamedRange(name);
    ss.setNamedRange(name, fresh.getRange(t.anchor.row + 2, t.anchor.col + 1, t.rows.length + 1, Math.max(1, t.header.length)));
    named.push({ getName: () => name, getRange: () => fresh.getRange(1, 1, 1, 1) });
  }
}

/** First free column (1-based) right of the tables and the chart, with one empty column between. */
function chartDataColumn(report: ReportSheet): number {
  let tablesEnd = 0;
  for (const t of report.tables) tablesEnd = Math.max(tablesEnd, t.anchor.col + t.header.length);
  const c = report.chart;
  const chartEnd = c ? c.anchor.col + Math.ceil(pointsToPixels(c.width) / DEFAULT_COLUMN_PX) : 0;
  return Math.max(tablesEnd, chartEnd) + 2;
}

/** Every cell the report writes (tables and chart data), as "A1:U40". */
function reportExtent(report: ReportSheet): string {
  const block = report.chart ? chartBlock(report.chart) : null;
  const chart = block ? [{ row: 0, col: chartDataColumn(report) - 1, rows: block.values.length, cols: block.values[0].length }] : [];
  const box = unionBox([...report.tables.map(tableBox), ...chart])!;
  return a1(box.row, box.col, box.rows, box.cols);
}

function writeChart(services: Services, sheet: Sheet, report: ReportSheet): void {
  const spec = report.chart;
  if (!spec) return;
  const block = chartBlock(spec);
  ensureGrid(sheet, block.values.length, chartDataColumn(report) + block.values[0].length - 1);
  ensureGrid(sheet, spec.anchor.row + 1, spec.anchor.col + 1);
  const range = sheet.getRange(1, chartDataColumn(report), block.values.length, block.values[0].length);
  range.setValues(block.values.map((r) => r.map(toCell)));
  let builder = sheet
    .newChart()
    .setChartType(services.Charts.ChartType.SCATTER)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(spec.anchor.row + 1, spec.anchor.col + 1, 0, 0);
  for (const [key, value] of Object.entries(block.options)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.build());
}

/**
 * `reveal`: show the report sheet (the Build matrix button); live rebuilds leave the user where
 * they are. An old report with cells typed beyond what the add-on wrote is kept for the user,
 * renamed, and the new report takes its name.
 */
export function writeReport(services: Services, report: ReportSheet, reveal = true): WriteResult {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const before = ss.getActiveRange();
  const kind = report.kind ?? "matrix";
  const old = findOwnSheet(services, ss, kind);
  const names = ss.getSheets().map((s) => s.getName());
  checkCreateOnly(report, old !== undefined, names);
  const oldExtent = old ? extentOf(storedReport(services, kind)) : null;
  const freshName = uniqueName(`${report.sheetName} (new)`, names);
  const fresh = old ? ss.insertSheet(freshName, old.getIndex() - 1) : ss.insertSheet(freshName);
  const token = newToken();
  try {
    for (const table of report.tables) writeTable(services, fresh, table);
    writeChart(services, fresh, report);
    // From here on the new sheet is the add-on's and the old one no longer is.
    fresh.addDeveloperMetadata(OWN_SHEET_KEYS[kind], token);
    storeReport(services, { sheetId: fresh.getSheetId(), token, extent: reportExtent(report) }, kind);
  } catch (e) {
    try {
      ss.deleteSheet(fresh);
    } catch {
      throw new WorkbookError("reportIncomplete", { name: freshName });
    }
    throw e;
  }
  // The new report is complete and marked: a failure below leaves two sheets, never none.
  const keepOld = old !== undefined && typedOutside(old, oldExtent);
  let kept: string | undefined;
  const finalName = old ? old.getName() : uniqueName(report.sheetName, names);
  nameTables(ss, fresh, report, keepOld ? undefined : old);
  if (old && keepOld) old.setName((kept = keptSheetName(finalName, report.keptSuffix ?? DEFAULT_KEPT_SUFFIX, [...names, freshName])));
  else if (old) ss.deleteSheet(old);
  fresh.setName(finalName);
  const wasOnOld = old !== undefined && before !== null && before.getSheet().getSheetId() === old.getSheetId();
  if (reveal || !old || (wasOnOld && !keepOld)) fresh.activate();
  else before?.activate();
  const labelled = !!report.chart && report.chart.series.some((s) => s.points.some((p) => p.labelled));
  return { sheetName: finalName, missingFeatures: labelled ? ["pointLabelsSheets"] : [], ...(kept ? { keptEdits: kept } : {}) };
}
