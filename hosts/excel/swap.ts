/**
 * The last step of a build: the new report, written into a fresh sheet, takes the old one's
 * place. Until this step the old report is untouched, so a failed request leaves it whole.
 * The swap is queued at the end of the last write request (no extra sync); if that request
 * fails part-way, `recover` looks at what is there and either removes the new sheet (the old
 * report still stands) or finishes the swap (the old one is already gone, the new one complete).
 */
import { quoteSheet, uniqueTableName } from "../../app/workbook/naming";
import { wholeSheetReference } from "./address";
import type { OwnSheetKind } from "../../app/workbook/contract";
import { OWN_SHEET_MARKS, OwnSheet, StoredReport } from "./report-sheet";

export interface SwapPlan {
  kind: OwnSheetKind;
  /** The proved own report sheet being replaced, if any. */
  old: OwnSheet | null;
  /** The old sheet is kept under this name (the user typed on it) instead of being deleted. */
  keepOldAs: string | null;
  finalName: string;
  markName: string;
  replaceMark: boolean;
  /** Tables of other sheets: names the renamed tables must avoid. */
  otherTables: string[];
  activate: boolean;
  extent: string;
}

/** Queues the swap (no sync). `oldGone`: the old sheet was already deleted by a failed request. */
export function queueSwap(
  context: Excel.RequestContext,
  fresh: Excel.Worksheet,
  freshId: string,
  plan: SwapPlan,
  createdTables: { table: Excel.Table; preferred: string }[],
  oldGone = false,
): void {
  const { workbook } = context;
  const { old } = plan;
  if (plan.replaceMark) workbook.names.getItem(plan.markName).delete();
  if (old && !oldGone) {
    const oldSheet = workbook.worksheets.getItem(old.id);
    if (plan.keepOldAs) oldSheet.name = plan.keepOldAs;
    else oldSheet.delete();
  }
  fresh.name = plan.finalName;
  if (old) fresh.position = old.position;
  if (old && !plan.keepOldAs) {
    // The old tables are gone with their sheet: the new ones take their names back.
    const taken = new Set(plan.otherTables);
    for (const { table, preferred } of createdTables) {
      const name = uniqueTableName(preferred, taken);
      table.name = name;
      taken.add(name);
    }
  }
  workbook.names.add(plan.markName, wholeSheetReference(quoteSheet(plan.finalName)), OWN_SHEET_MARKS[plan.kind].comment);
  const stored: StoredReport = { sheetId: freshId, mark: plan.markName, extent: plan.extent };
  workbook.settings.add(OWN_SHEET_MARKS[plan.kind].setting, JSON.stringify(stored));
  if (plan.activate) fresh.activate();
}

/**
 * After a failed write: true when the new report ended up in place (the failure came after the
 * old sheet was deleted), false when the new sheet was removed and the old report stands.
 * Throws when neither could be done.
 */
export async function recover(context: Excel.RequestContext, freshId: string, plan: SwapPlan): Promise<boolean> {
  const { worksheets } = context.workbook;
  const fresh = worksheets.getItemOrNullObject(freshId);
  fresh.load("name");
  const old = plan.old ? worksheets.getItemOrNullObject(plan.old.id) : null;
  old?.load("name");
  const mark = context.workbook.names.getItemOrNullObject(plan.markName);
  mark.load("formula");
  await context.sync();
  if (fresh.isNullObject) return false;
  const finished = !mark.isNullObject && mark.formula === wholeSheetReference(quoteSheet(fresh.name));
  if (finished) return true;
  if (old && old.isNullObject && !plan.keepOldAs) {
    const createdTables = fresh.tables.load("items/name");
    await context.sync();
    const tables = createdTables.items.map((t) => ({ table: t, preferred: t.name.replace(/_\d+$/, "") }));
    queueSwap(context, fresh, freshId, { ...plan, replaceMark: !mark.isNullObject }, tables, true);
    await context.sync();
    return true;
  }
  fresh.delete();
  await context.sync();
  return false;
}
