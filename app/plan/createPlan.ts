import { PlanError } from "../errors";
import { isWorkbookError } from "../workbook/contract";
import { newActionsSheet } from "./actions";
import { planAppend } from "./plan";
import { planAccounts, type PlanReads } from "./planReads";
import { PLAN_TEXT } from "./text";

/**
 * "Create plan": writes "KAM Plan" once (one row per account of the matrix), and on every later
 * click appends rows for accounts it does not have yet; typed cells are never written. The plan is
 * read afresh before each append, so two panes (or a collaborator) do not add the same account
 * twice, and an append computed against another table is refused by the adapter. Creates the
 * (empty) actions sheet too if it is missing. `sheetName`: the name the user chose when ours was
 * taken (for the sheet the pane asked about).
 */
export async function createPlan(reads: PlanReads, sheetName?: string): Promise<void> {
  const { workbook, host, store } = reads;
  const table = host.table();
  if (!table) return host.fail(new PlanError("noAccounts"));
  const settings = host.settings();
  const chosen = sheetName?.trim() || undefined;
  const forActions = store.getState().nameTakenFor === "actions";
  let writing: "plan" | "actions" = "plan";
  store.set({ busy: true, done: null });
  try {
    reads.plan = await workbook.readHistory("plan");
    const change = planAppend(reads.plan, planAccounts(table, settings), settings.language, forActions ? undefined : chosen);
    let sheet = store.getState().sheet ?? change?.sheetName ?? PLAN_TEXT[settings.language].planSheet;
    if (change) sheet = (await workbook.editHistory(change)).sheetName;
    reads.plan = await workbook.readHistory("plan");
    store.set({ done: { added: change?.append.length ?? 0, sheet } });
    reads.show(sheet);
    writing = "actions";
    reads.actions = await workbook.readHistory("actions");
    reads.counted = null;
    if (!reads.actions) {
      const actionsSheet = (await workbook.editHistory(newActionsSheet(settings.language, forActions ? chosen : undefined))).sheetName;
      reads.actions = await workbook.readHistory("actions");
      store.set({ actionsSheet });
    }
    store.set({ nameTaken: null, nameTakenFor: null });
    reads.show(sheet);
    host.rebuild();
  } catch (e) {
    if (isWorkbookError(e) && e.code === "nameTaken") store.set({ nameTaken: e.params.name ?? "", nameTakenFor: writing });
    else host.fail(e);
    await reads.load();
    if (writing === "actions") host.rebuild();
  } finally {
    store.set({ busy: false });
  }
}
