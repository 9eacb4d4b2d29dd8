/**
 * Writes a ReportSheet to the add-on's own sheet in Google Sheets: one setValues per table, then
 * formats, then the chart from a helper block of chart data. Never touches any other sheet.
 */
import type { ReportSheet, ReportTable } from "../taskpane/report/types";
import type { WriteResult } from "../taskpane/workbook/workbook";
import { asLiteral } from "../taskpane/workbook/escape";
import type { Services, Sheet, Spreadsheet } from "./apps-script";
import { chartBlock, pointsToPixels } from "./chart-data";

/** Developer metadata key that marks the sheet this add-on created (and may replace). */
export const REPORT_KEY = "kam-matrix-report";

/** Sheets' default column width in pixels, to keep the chart data clear of the chart. */
const DEFAULT_COLUMN_PX = 100;

export const findOwnSheet = (ss: Spreadsheet): Sheet | undefined =>
  ss.getSheets().find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === REPORT_KEY));

/** The preferred name, or "name (2)", "name (3)", ... when a sheet already has it. */
export function uniqueSheetName(ss: Spreadsheet, preferred: string): string {
  let name = preferred;
  for (let k = 2; ss.getSheetByName(name); k++) name = `${preferred} (${k})`;
  return name;
}

/** Cells as Sheets should store them: formula-looking text stays text, null is an empty cell. */
const toCell = (v: unknown) => (v === null || v === undefined ? "" : asLiteral(v as string | number | boolean));

const fitRow = (row: readonly unknown[], width: number) => Array.from({ length: width }, (_, j) => toCell(row[j]));

function writeTable(sheet: Sheet, t: ReportTable): void {
  const width = t.header.length;
  const top = t.anchor.row + 1;
  const left = t.anchor.col + 1;
  const n = t.rows.length;
  sheet.getRange(top, left, 1, 1).setValues([[toCell(t.title)]]).setFontWeight("bold");
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
}

/** First free column (1-based) right of the tables and the chart, with one empty column between. */
function chartDataColumn(report: ReportSheet): number {
  const tablesEnd = Math.max(0, ...report.tables.map((t) => t.anchor.col + t.header.length));
  const c = report.chart;
  const chartEnd = c.anchor.col + Math.ceil(pointsToPixels(c.width) / DEFAULT_COLUMN_PX);
  return Math.max(tablesEnd, chartEnd) + 2;
}

function writeChart(services: Services, sheet: Sheet, report: ReportSheet): void {
  const spec = report.chart;
  const block = chartBlock(spec);
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

/** `reveal`: show the report sheet (the Build matrix button); live rebuilds leave the user where they are. */
export function writeReport(services: Services, report: ReportSheet, reveal = true): WriteResult {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  let sheet = findOwnSheet(ss);
  if (sheet) {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  } else {
    sheet = ss.insertSheet(uniqueSheetName(ss, report.sheetName));
    sheet.addDeveloperMetadata(REPORT_KEY);
  }
  for (const table of report.tables) writeTable(sheet, table);
  writeChart(services, sheet, report);
  if (reveal) sheet.activate();
  const labelled = report.chart.series.some((s) => s.points.some((p) => p.labelled));
  return {
    sheetName: sheet.getName(),
    missingFeatures: labelled ? ["account names beside chart points: Google Sheets charts cannot label single points; the results table lists every account"] : [],
  };
}
