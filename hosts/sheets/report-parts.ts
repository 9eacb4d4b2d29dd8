/**
 * The pieces of the report on a Google Sheets sheet: tables, their names (named ranges), column
 * widths and the chart over its "Chart data" block. Used by a first build (report-writer.ts) and by
 * the in-place rebuild (in-place.ts).
 */
import type { ListRule, ReportSheet, ReportTable, WriteResult } from "../../app/workbook/contract";
import { asLiteral } from "../../app/workbook/escape";
import { a1, tableBox, unionBox, uniqueTableName } from "../../app/workbook/naming";
import type { Range, Services, Sheet, Spreadsheet } from "./apps-script";
import { chartBlock, pointsToPixels } from "./chart-data";
import { ensureGrid } from "./grid";

/** Sheets' default column width in pixels, to keep the chart data clear of the chart. */
const DEFAULT_COLUMN_PX = 100;
/** Cells as Sheets should store them: formula-looking text stays text, null is an empty cell. */
export const toCell = (v: unknown) => (v === null || v === undefined ? "" : asLiteral(v as string | number | boolean));

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

/** The table's column widths and drop-down lists: what belongs to the sheet it ends up on. */
export function setSheetParts(services: Services, sheet: Sheet, t: ReportTable): void {
  setWidths(sheet, t);
  setListRules(services, sheet, t.validation, t.anchor.row + 3, t.anchor.col + 1, t.rows.length);
}

/** `staged`: written to a staging sheet; widths and lists are set on the own sheet after the copy. */
export function writeTable(services: Services, sheet: Sheet, t: ReportTable, staged = false): void {
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
  if (!staged) setSheetParts(services, sheet, t);
}

export const setWidths = (sheet: Sheet, t: ReportTable) =>
  t.columnWidths?.forEach((w, j) => sheet.setColumnWidth(t.anchor.col + 1 + j, pointsToPixels(w)));

/**
 * A named range per table that asks for a name (the native table of Excel), so the pane can read
 * the table by name: "KAM Accounts" is read back as the matrix's source that way, not through its
 * title rows. A name already on the own sheet is moved to the new block (NamedRange.setRange: the
 * same name, so formulas over it keep working); a name a user gave to a range of their own is
 * never taken ("KamAccounts_2").
 */
export function nameTables(ss: Spreadsheet, fresh: Sheet, report: ReportSheet, replaced: Sheet | undefined): void {
  const named = ss.getNamedRanges();
  for (const t of report.tables) {
    if (!t.tableName) continue;
    const theirs = named.filter((n) => !replaced || n.getRange().getSheet().getSheetId() !== replaced.getSheetId()).map((n) => n.getName());
    const name = uniqueTableName(t.tableName, theirs);
    const block = fresh.getRange(t.anchor.row + 2, t.anchor.col + 1, t.rows.length + 1, Math.max(1, t.header.length));
    const existing = replaced && named.find((n) => n.getName() === name);
    if (existing && existing.setRange) existing.setRange(block);
    else ss.setNamedRange(name, block);
    named.push({ getName: () => name, getRange: () => fresh.getRange(1, 1, 1, 1) });
  }
}

/** First free column (1-based) right of the tables and the chart, with one empty column between. */
export function chartDataColumn(report: ReportSheet): number {
  let tablesEnd = 0;
  for (const t of report.tables) tablesEnd = Math.max(tablesEnd, t.anchor.col + t.header.length);
  const c = report.chart;
  const chartEnd = c ? c.anchor.col + Math.ceil(pointsToPixels(c.width) / DEFAULT_COLUMN_PX) : 0;
  return Math.max(tablesEnd, chartEnd) + 2;
}

/** Every cell the report writes (tables and chart data), as "A1:U40". */
export function reportExtent(report: ReportSheet): string {
  const block = report.chart ? chartBlock(report.chart) : null;
  const chart = block ? [{ row: 0, col: chartDataColumn(report) - 1, rows: block.values.length, cols: block.values[0].length }] : [];
  const box = unionBox([...report.tables.map(tableBox), ...chart])!;
  return a1(box.row, box.col, box.rows, box.cols);
}

/** Where the "Chart data" block starts ("H1"): a chart reading from there is the add-on's. */
export const chartA1 = (report: ReportSheet): string | undefined => (report.chart ? a1(0, chartDataColumn(report) - 1) : undefined);

/** The "Chart data" block's range on `sheet`. */
export function chartRange(sheet: Sheet, report: ReportSheet): Range | null {
  if (!report.chart) return null;
  const block = chartBlock(report.chart);
  return sheet.getRange(1, chartDataColumn(report), block.values.length, block.values[0].length);
}

export function writeChartData(sheet: Sheet, report: ReportSheet): void {
  if (report.chart) {
    const block = chartBlock(report.chart);
    ensureGrid(sheet, block.values.length, chartDataColumn(report) + block.values[0].length - 1);
  }
  const range = chartRange(sheet, report);
  if (range) range.setValues(chartBlock(report.chart!).values.map((r) => r.map(toCell)));
}

export function writeChart(services: Services, sheet: Sheet, report: ReportSheet): void {
  writeChartData(sheet, report);
  drawChart(services, sheet, report);
}

/** The native chart over the "Chart data" block already on `sheet`. */
export function drawChart(services: Services, sheet: Sheet, report: ReportSheet): void {
  const spec = report.chart;
  const range = chartRange(sheet, report);
  if (!spec || !range) return;
  ensureGrid(sheet, spec.anchor.row + 1, spec.anchor.col + 1);
  const block = chartBlock(spec);
  let builder = sheet
    .newChart()
    .setChartType(services.Charts.ChartType.SCATTER)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(spec.anchor.row + 1, spec.anchor.col + 1, 0, 0);
  for (const [key, value] of Object.entries(block.options)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.build());
}

/** Sheets charts cannot label single points: said when the chart asks for labels. */
export const missingFeatures = (report: ReportSheet): WriteResult["missingFeatures"] =>
  report.chart && report.chart.series.some((s) => s.points.some((p) => p.labelled)) ? ["pointLabelsSheets"] : [];
