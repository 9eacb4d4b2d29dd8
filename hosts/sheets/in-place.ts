/**
 * Rebuilding the add-on's own sheet in place in Google Sheets, so `='KAM Matrix'!B3` and formulas
 * over its named ranges keep working (a deleted sheet turns them into #REF!):
 *
 * 1. Stage: the new content goes to a staging sheet ("KAM Matrix (new)"); cells the user typed on
 *    the own sheet are first copied to "KAM Matrix (your edits)". The own sheet is untouched, so a
 *    failure leaves it whole; the sheets added are removed.
 * 2. Move in: the add-on's chart is removed, the proof stored with the new block, the own sheet
 *    cleared outside the new block, the staged block copied onto it (Range.copyTo), column widths
 *    and named ranges set, the chart drawn and the staging sheet deleted. Apps Script calls are not
 *    a transaction; every step can be repeated, so after a failure the move is tried once more,
 *    and if that fails too the error says the own sheet is incomplete and the staging sheet holds
 *    the whole new content.
 */
import { DEFAULT_KEPT_SUFFIX, ReportSheet, WorkbookError, WriteResult } from "../../app/workbook/contract";
import { keptSheetName, parseA1, uniqueSheetName, type Box } from "../../app/workbook/naming";
import type { Range, Services, Sheet, Spreadsheet } from "./apps-script";
import { ensureGrid } from "./grid";
import { chartA1, drawChart, missingFeatures, nameTables, reportExtent, setSheetParts, writeChartData, writeTable } from "./report-parts";
import { extentOf, fingerprintOf, storedReport, storeReport, typedInside, typedOutside } from "./report-sheet";

/** The blocks of a `rows` x `cols` area outside `keep` (zero-based boxes). */
export function outsideWithin(keep: Box, rows: number, cols: number): Box[] {
  const bottom = keep.row + keep.rows;
  const right = keep.col + keep.cols;
  return [
    { row: 0, col: 0, rows: keep.row, cols },
    { row: bottom, col: 0, rows: rows - bottom, cols },
    { row: keep.row, col: 0, rows: keep.rows, cols: keep.col },
    { row: keep.row, col: right, rows: keep.rows, cols: cols - right },
  ].filter((b) => b.rows > 0 && b.cols > 0);
}

const rangeOf = (sheet: Sheet, b: Box): Range => sheet.getRange(b.row + 1, b.col + 1, b.rows, b.cols);

/** The add-on's chart: it reads the "Chart data" block whose top-left cell was stored (row 1 when none was). */
function isOwnChart(ranges: Range[], sheet: Sheet, at: string | undefined): boolean {
  const first = ranges[0];
  if (!first || first.getSheet().getSheetId() !== sheet.getSheetId()) return false;
  const start = first.getA1Notation().split(":")[0];
  return at ? start === at : first.getRow() === 1;
}

function moveIn(services: Services, ss: Spreadsheet, own: Sheet, staging: Sheet, report: ReportSheet): void {
  const kind = report.kind ?? "matrix";
  const stored = storedReport(services, kind)!;
  for (const chart of own.getCharts()) if (isOwnChart(chart.getRanges(), own, stored.chart)) own.removeChart(chart);
  const extent = reportExtent(report);
  const box = parseA1(extent)!;
  // What the own sheet will hold: the staged block, copied exactly.
  const written = fingerprintOf(staging, box);
  storeReport(services, { ...stored, extent, chart: chartA1(report), ...(written ? { fingerprint: written } : {}) }, kind);
  const rows = Math.max(own.getLastRow(), box.row + box.rows);
  const cols = Math.max(own.getLastColumn(), box.col + box.cols);
  ensureGrid(own, rows, cols);
  for (const b of outsideWithin(box, rows, cols)) rangeOf(own, b).clear();
  rangeOf(staging, box).copyTo(rangeOf(own, box));
  for (const t of report.tables) setSheetParts(services, own, t);
  nameTables(ss, own, report, own);
  drawChart(services, own, report);
  ss.deleteSheet(staging);
}

export function rewriteInPlace(
  services: Services,
  ss: Spreadsheet,
  own: Sheet,
  report: ReportSheet,
  reveal: boolean,
  before: Range | null,
): WriteResult {
  const kind = report.kind ?? "matrix";
  const ownName = own.getName();
  const names = ss.getSheets().map((s) => s.getName());
  const stagingName = uniqueSheetName(`${ownName} (new)`, names);
  const stored = storedReport(services, kind);
  const keep = typedOutside(own, extentOf(stored)) || typedInside(own, stored);
  const keptName = keep ? keptSheetName(ownName, report.keptSuffix ?? DEFAULT_KEPT_SUFFIX, [...names, stagingName]) : null;
  let staging: Sheet;
  try {
    if (keptName) {
      const kept = ss.insertSheet(keptName);
      ensureGrid(kept, own.getLastRow(), own.getLastColumn());
      own.getRange(1, 1, own.getLastRow(), own.getLastColumn()).copyTo(kept.getRange(1, 1, 1, 1));
    }
    staging = ss.insertSheet(stagingName);
    for (const table of report.tables) writeTable(services, staging, table, true);
    writeChartData(staging, report);
  } catch (e) {
    // The names were free when the build began: a sheet of that name now is one this build added.
    try {
      for (const name of keptName ? [stagingName, keptName] : [stagingName]) {
        const added = ss.getSheetByName(name);
        if (added) ss.deleteSheet(added);
      }
    } catch {
      throw new WorkbookError("reportIncomplete", { name: stagingName, sheet: ownName });
    }
    throw e;
  }
  try {
    moveIn(services, ss, own, staging, report);
  } catch {
    try {
      if (ss.getSheets().some((s) => s.getSheetId() === staging.getSheetId())) moveIn(services, ss, own, staging, report);
    } catch {
      throw new WorkbookError("ownSheetIncomplete", { sheet: ownName, name: stagingName });
    }
  }
  // insertSheet made the staging sheet active: show the report, or go back to where the user was.
  const wasOnOwn = before !== null && before.getSheet().getSheetId() === own.getSheetId();
  try {
    if (reveal || wasOnOwn || !before) own.activate();
    else before.activate();
  } catch {
    // The content is whole; which sheet is shown is not worth failing the build for.
  }
  return { sheetName: ownName, missingFeatures: missingFeatures(report), ...(keptName ? { keptEdits: keptName } : {}) };
}
