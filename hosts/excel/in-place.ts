/**
 * Rebuilding an own sheet in place (ExcelApi 1.9 copyFrom, 1.13 Table.resize): the sheet keeps its
 * id, name and tables, so a user's `='KAM Matrix'!B3`, `=SUM(KamAccounts[Revenue])` or chart of the
 * results keeps working after every Build and Refresh.
 *
 * 1. Stage: the new content is written to a staging sheet ("KAM Matrix (new)"), request by request;
 *    the own sheet is untouched, so a failure here leaves the old content whole (the staging
 *    sheet is removed). Cells the user typed on the own sheet are first copied to a kept sheet
 *    ("KAM Matrix (your edits)").
 * 2. Move in: one request clears the own sheet outside the new block, copies the staged block onto
 *    it, resizes its tables to the new rows (same table, same name), redraws the chart, stores
 *    the new block and deletes the staging sheet. A request is not a transaction: if it fails,
 *    it is sent once more (every step of it can be repeated); if that fails too, the error names
 *    the own sheet as incomplete and the staging sheet as holding the whole new content.
 */
import { WorkbookError, type OwnSheetKind, type ReportSheet } from "../../app/workbook/contract";
import { a1, parseA1, unionBox, type Box } from "../../app/workbook/naming";
import { packRequests } from "../../app/workbook/requests";
import { fingerprint, fingerprinted } from "../../app/workbook/fingerprint";
import { CHART_NAME, chartDrawOps } from "./chart-ops";
import { Features, type Supports } from "./requirements";
import { queueCalculated } from "./calculation";
import { OWN_SHEET_MARKS, type StoredReport } from "./report-sheet";
import { uniqueTableName } from "./address";
import { columnOps, tableValidationOps, WriteOp, WriteTarget } from "./table-ops";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** The blocks of a sheet outside `keep` (above, below, left, right of it). */
export function outside(keep: Box): Box[] {
  const bottom = keep.row + keep.rows;
  const right = keep.col + keep.cols;
  return [
    { row: 0, col: 0, rows: keep.row, cols: MAX_COLS },
    { row: bottom, col: 0, rows: MAX_ROWS - bottom, cols: MAX_COLS },
    { row: keep.row, col: 0, rows: keep.rows, cols: keep.col },
    { row: keep.row, col: right, rows: keep.rows, cols: MAX_COLS - right },
  ].filter((b) => b.rows > 0 && b.cols > 0);
}

export interface MoveIn {
  kind: OwnSheetKind;
  ownId: string;
  stagingId: string;
  /** The block the new content takes (tables and chart data). */
  extent: Box;
  /** The block the old content took (as stored). */
  oldExtent: Box | null;
  markName: string;
  activate: boolean;
  /** Which Excel features the host has (point labels). */
  supports: Supports;
}

/** A table of the new content that is a native table: where it goes. */
const nativeTables = (report: ReportSheet) =>
  report.tables
    .filter((t) => t.tableName && t.rows.length > 0 && t.header.length > 0)
    .map((t) => ({
      preferred: t.tableName!,
      box: { row: t.anchor.row + 1, col: t.anchor.col, rows: t.rows.length + 1, cols: t.header.length },
    }));

/**
 * What the move-in step looks at first (the own sheet's tables, their blocks, its charts, every
 * table name), loaded ahead in the staging requests of the same request context: the first attempt
 * of a large rebuild then needs no request of its own to look. A retry always looks again.
 */
export interface Looked {
  tables: Excel.TableCollection;
  ranges: Excel.Range[];
  charts: Excel.ChartCollection;
  allTables: Excel.TableCollection;
}

/** "KamResults" is ours under that name or the name the add-in gave it when it was taken ("KamResults_2"). */
const sameTable = (name: string, preferred: string) => name.replace(/_\d+$/, "").toLowerCase() === preferred.toLowerCase();

/**
 * The move-in step (2 syncs to look, then the request(s); without the looks when `looked` was
 * loaded ahead, see Looked). Returns false when the staging sheet is already gone: an earlier
 * attempt finished (its last action deletes the staging sheet).
 * @requires ExcelApi 1.13
 */
export async function moveIn(context: Excel.RequestContext, report: ReportSheet, step: MoveIn, looked?: Looked): Promise<boolean> {
  const { workbook } = context;
  const sheet = workbook.worksheets.getItem(step.ownId);
  const { extent } = step;
  const block = (s: Excel.Worksheet) => s.getRangeByIndexes(extent.row, extent.col, extent.rows, extent.cols);
  let staging: Excel.Worksheet;
  let staged: Excel.Range | null = null;
  let seen: Looked;
  if (looked && !fingerprinted(extent)) {
    // Loaded ahead in this context, just after the staging sheet was added and written.
    staging = workbook.worksheets.getItem(step.stagingId);
    seen = looked;
  } else {
    staging = workbook.worksheets.getItemOrNullObject(step.stagingId);
    const tables = sheet.tables.load("items/name");
    const charts = sheet.charts.load("items/name");
    const allTables = workbook.tables.load("items/name");
    // What the own sheet will hold: the staged block, copied exactly.
    staged = fingerprinted(extent) ? block(staging).load("values") : null;
    await context.sync();
    if (staging.isNullObject) return false;
    const ranges = tables.items.map((t) => t.getRange().load("address"));
    await context.sync();
    seen = { tables, ranges, charts, allTables };
  }
  const { tables, ranges, charts, allTables } = seen;

  const ours = tables.items.map((table, i) => ({ table, name: table.name, box: parseA1(ranges[i].address) }));
  const kept = new Set<string>();
  const taken = new Set(allTables.items.map((t) => t.name).filter((n) => !ours.some((o) => o.name === n)));
  const placed = nativeTables(report).map((want) => {
    const same = ours.find(
      (o) => !kept.has(o.name) && sameTable(o.name, want.preferred) && o.box?.row === want.box.row && o.box.col === want.box.col,
    );
    if (same) {
      kept.add(same.name);
      taken.add(same.name);
    }
    return { ...want, same };
  });
  const dropped = ours.filter((o) => !kept.has(o.name));
  const move: WriteOp = {
    phase: "values",
    bytes: 2000,
    queue: () => {
      // First the proof without a fingerprint, over the old and the new block: should this
      // request stop part-way, the half-written sheet is not mistaken for the user's edits.
      const both = unionBox([extent, ...(step.oldExtent ? [step.oldExtent] : [])])!;
      const during: StoredReport = { sheetId: step.ownId, mark: step.markName, extent: a1(both.row, both.col, both.rows, both.cols) };
      workbook.settings.add(OWN_SHEET_MARKS[step.kind].setting, JSON.stringify(during));
      // A table that is not part of the new content goes first (its cells are rewritten below).
      for (const o of dropped) o.table.delete();
      for (const b of outside(extent)) sheet.getRangeByIndexes(b.row, b.col, b.rows, b.cols).clear();
      block(sheet).copyFrom(block(staging), "All");
      for (const p of placed) {
        const address = a1(p.box.row, p.box.col, p.box.rows, p.box.cols);
        if (p.same) p.same.table.resize(address);
        else {
          const name = uniqueTableName(p.preferred, taken);
          sheet.tables.add(address, true).name = name;
          taken.add(name);
        }
      }
      for (const chart of charts.items) if (chart.name === CHART_NAME) chart.delete();
    },
  };
  const finish: WriteOp = {
    phase: "chart",
    bytes: 1000,
    queue: () => {
      const stored: StoredReport = {
        sheetId: step.ownId,
        mark: step.markName,
        extent: a1(extent.row, extent.col, extent.rows, extent.cols),
        ...(staged ? { fingerprint: fingerprint(staged.values) } : {}),
      };
      workbook.settings.add(OWN_SHEET_MARKS[step.kind].setting, JSON.stringify(stored));
      staging.delete();
      if (step.activate) sheet.activate();
    },
  };
  // Drop-down lists (ExcelApi 1.8) belong to the own sheet: copyFrom is not relied on for them.
  const lists = step.supports(Features.dataValidation) ? report.tables.flatMap(tableValidationOps) : [];
  const ops = [move, ...report.tables.flatMap(columnOps), ...lists, ...chartDrawOps(report, step.supports), finish];
  const target: WriteTarget = { context, sheet, takenTableNames: taken };
  const requests = packRequests(ops);
  for (const [i, request] of requests.entries()) {
    // The last request recalculates: the staged writes were made with calculation suspended.
    queueCalculated(context, i === requests.length - 1, () => request.forEach((op) => op.queue(target)));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the chart's point labels may need a second request
    await context.sync();
  }
  return true;
}

/**
 * Moves in, and once more after a failure; then says plainly what is where.
 * @requires ExcelApi 1.13
 */
export async function moveInOrSay(
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  report: ReportSheet,
  step: MoveIn,
  names: { own: string; staging: string },
  /** The first attempt, when the caller can make it in its own context with what it loaded ahead. */
  first?: () => Promise<boolean>,
): Promise<void> {
  try {
    await (first ? first() : run((context) => moveIn(context, report, step)));
  } catch {
    try {
      await run((context) => moveIn(context, report, step));
    } catch {
      // The staging sheet goes in the move's last request: gone means the move got through.
      const look = () =>
        run(async (context) => {
          const staging = context.workbook.worksheets.getItemOrNullObject(step.stagingId);
          await context.sync();
          return staging.isNullObject;
        });
      // Looked at twice, as the clean-ups are tried twice (rewrite.ts dropStaged).
      const finished = await look()
        .catch(look)
        .catch(() => false);
      if (!finished) throw new WorkbookError("ownSheetIncomplete", { sheet: names.own, name: names.staging });
    }
  }
}
