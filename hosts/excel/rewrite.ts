/**
 * The in-place rebuild of an own sheet as the adapter runs it: stage the new content on a sheet of
 * its own (after keeping what the user typed), then move it in (excel/in-place.ts).
 */
import { DEFAULT_KEPT_SUFFIX, WorkbookError } from "../../app/workbook/contract";
import type { MissingFeature, ReportSheet, WriteProgress, WriteResult } from "../../app/workbook/contract";
import { fingerprint, fingerprinted } from "../../app/workbook/fingerprint";
import { keptSheetName, parseA1, uniqueSheetName, type Box } from "../../app/workbook/naming";
import { packRequests } from "../../app/workbook/requests";
import { chartDataOps, hasLabels } from "./chart-ops";
import { moveIn, moveInOrSay, type Looked, type MoveIn } from "./in-place";
import { Inspection, OWN_SHEET_MARKS, OwnSheet, reportExtent, StoredReport, typedOutside } from "./report-sheet";
import { tableOps, WriteOp, WriteTarget } from "./table-ops";
import { Features, type Supports } from "./requirements";
import { queueCalculated } from "./calculation";

type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RewriteOptions {
  /** The pane heard the user edit the sheet since it was last written. */
  heardEdit: boolean;
  /** Which Excel features the host has (point labels). */
  supports: Supports;
  reveal: boolean;
  onProgress?: (p: WriteProgress) => void;
}

export const officeCode = (e: unknown): string => (typeof e === "object" && e !== null ? String((e as { code?: unknown }).code ?? "") : "");

/** The proof as stored now (read again with the sheet's values): its block and fingerprint. */
function proofNow(setting: Excel.Setting): { extent: Box | null; fingerprint?: string } | null {
  if (setting.isNullObject || typeof setting.value !== "string") return null;
  try {
    const { fingerprint: f, extent } = JSON.parse(setting.value) as Partial<StoredReport>;
    return { extent: typeof extent === "string" ? parseA1(extent) : null, ...(typeof f === "string" ? { fingerprint: f } : {}) };
  } catch {
    return null;
  }
}

/**
 * Rewrites the proved own sheet in place (excel/in-place.ts): same sheet, same tables, so
 * references to them survive. Syncs: 1 inspection (done by the caller), 1 to add the staging
 * sheet, one per staging request, then 2 to look and 1 to move in; a block too large to fingerprint
 * loads what the move-in looks at with the staging requests, so its first attempt does not look.
 * @requires ExcelApi 1.13
 */
export async function rewriteInPlace(
  context: Excel.RequestContext,
  run: RunBatch,
  report: ReportSheet,
  found: Inspection,
  own: OwnSheet,
  options: RewriteOptions,
): Promise<WriteResult> {
  const { onProgress, reveal, supports } = options;
  const labels = supports(Features.pointLabels);
  const kind = report.kind ?? "matrix";
  const names = found.sheets.map((s) => s.name);
  const stagingName = uniqueSheetName(`${own.name} (new)`, names);
  const sheet = context.workbook.worksheets.getItem(own.id);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  // Typed while the pane was closed (no event heard): the values differ from those written.
  // The proof is read again with them, in one request: another pane may have written since.
  const box = own.extent;
  const current = fingerprinted(box) ? sheet.getRangeByIndexes(box!.row, box!.col, box!.rows, box!.cols).load("values") : null;
  const proof = context.workbook.settings.getItemOrNullObject(OWN_SHEET_MARKS[kind].setting).load("value");
  const staging = context.workbook.worksheets.add(stagingName);
  staging.load("id");
  const extent = parseA1(reportExtent(report))!;
  // A large block (no fingerprint): what the move-in looks at is loaded with the staging requests.
  const ahead = fingerprinted(extent)
    ? null
    : {
        tables: sheet.tables.load("items/name"),
        charts: sheet.charts.load("items/name"),
        allTables: context.workbook.tables.load("items/name"),
      };
  let looked: Looked | undefined;
  try {
    await context.sync();
  } catch (e) {
    await dropStaged(run, e, [stagingName], own.name);
    throw e;
  }
  const usedAddress = used.isNullObject ? null : used.address;
  // Another pane may have written since the inspection: judge by the proof as it is now.
  const now = proofNow(proof);
  const extentNow = now?.extent ?? own.extent;
  const sameBlock = JSON.stringify(extentNow) === JSON.stringify(box);
  const edited =
    options.heardEdit ||
    typedOutside(usedAddress, extentNow) ||
    (current !== null && sameBlock && now?.fingerprint !== undefined && fingerprint(current.values) !== now.fingerprint);
  const keptName = edited ? keptSheetName(own.name, report.keptSuffix ?? DEFAULT_KEPT_SUFFIX, [...names, stagingName]) : null;
  const keep: WriteOp[] =
    keptName && usedAddress
      ? [
          {
            phase: "prepare",
            bytes: 1000,
            queue: () => {
              const block = usedAddress.slice(usedAddress.lastIndexOf("!") + 1);
              context.workbook.worksheets.add(keptName).getRange(block).copyFrom(sheet.getRange(block), "All");
            },
          },
        ]
      : [];
  const missingFeatures: MissingFeature[] = hasLabels(report.chart) && !labels ? ["pointLabelsExcel"] : [];
  const ops = [...keep, ...report.tables.flatMap((t) => tableOps(t, true)), ...chartDataOps(report)];
  const target: WriteTarget = { context, sheet: staging, takenTableNames: new Set(found.tableNames) };
  const requests = packRequests(ops);
  try {
    for (const [i, request] of requests.entries()) {
      queueCalculated(context, false, () => request.forEach((op) => op.queue(target)));
      if (ahead && i === 0) looked = { ...ahead, ranges: ahead.tables.items.map((t) => t.getRange().load("address")) };
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of at most 4.5 MB: Office refuses larger ones
      await context.sync();
      onProgress?.({ done: (0.9 * (i + 1)) / requests.length, phase: request[request.length - 1].phase });
    }
  } catch (e) {
    await dropStaged(run, e, keptName ? [stagingName, keptName] : [stagingName], own.name);
    throw e;
  }
  const step: MoveIn = {
    kind,
    ownId: own.id,
    stagingId: staging.id,
    extent,
    oldExtent: own.extent,
    markName: found.markName,
    activate: reveal || found.activeId === own.id,
    supports,
  };
  await moveInOrSay(run, report, step, { own: own.name, staging: stagingName }, looked && (() => moveIn(context, report, step, looked)));
  onProgress?.({ done: 1, phase: "chart" });
  return { sheetName: own.name, missingFeatures, ...(keptName ? { keptEdits: keptName } : {}) };
}

/**
 * After a failed staging request: removes the sheets it added (found by the names chosen for
 * them, which no sheet had at the inspection). A name another pane took meanwhile
 * (ItemAlreadyExists) is that pane's and is left alone. Tried twice; says plainly when both fail.
 */
export async function dropStaged(run: RunBatch, error: unknown, names: string[], ownName: string): Promise<void> {
  const mine = officeCode(error) === "ItemAlreadyExists" ? [] : names;
  if (mine.length === 0) return;
  const drop = () =>
    run(async (context) => {
      const sheets = mine.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      await context.sync();
      for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
  try {
    // Twice: a dropped connection often comes back, and deleting what is still there can be repeated.
    await drop().catch(drop);
  } catch {
    throw new WorkbookError("reportIncomplete", { name: names[0], sheet: ownName });
  }
}
