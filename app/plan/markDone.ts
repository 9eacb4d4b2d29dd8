import { reviewKey } from "../review/accountKey";
import { today } from "../review/reviewController";
import { sameRow, WorkbookError } from "../workbook/contract";
import { ActionEntry, actionColumns } from "./actions";
import type { PlanReads } from "./planReads";
import { PLAN_TEXT } from "./text";

/** An account's actions as last read (by the account key of its name). */
export function actionsOf(reads: PlanReads, name: string): ActionEntry[] {
  const key = reviewKey(name);
  return reads.store.getState().actions.filter((a) => reviewKey(a.account) === key);
}

/**
 * "Mark done" on the card: writes Status = Done and Done on = today into that action's row and
 * nothing else. The row is found again by its content in a fresh read (rows may have been added
 * or sorted meanwhile); when it changed or is gone, nothing is written and the pane says so.
 */
export async function markDone(reads: PlanReads, action: ActionEntry): Promise<void> {
  const { workbook, host, store } = reads;
  const seen = reads.actions?.rows[action.row];
  if (!seen) return;
  const settings = host.settings();
  store.set({ busy: true });
  try {
    const fresh = await workbook.readHistory("actions");
    const rows = fresh?.rows ?? [];
    const at = sameRow(rows[action.row], seen) ? action.row : rows.findIndex((r) => sameRow(r, seen));
    const cols = fresh ? actionColumns(fresh.header) : {};
    const sheet = store.getState().actionsSheet ?? PLAN_TEXT[settings.language].actionsSheet;
    if (at < 0 || cols.status === undefined || cols.doneOn === undefined) throw new WorkbookError("rowChanged", { name: sheet });
    const done = PLAN_TEXT[settings.language].status.done;
    await workbook.updateRow({
      kind: "actions",
      row: at,
      expect: seen,
      cells: [
        { col: cols.status, value: done },
        { col: cols.doneOn, value: today() },
      ],
    });
    reads.actions = await workbook.readHistory("actions");
    reads.counted = null;
    reads.show();
    host.rebuild();
  } catch (e) {
    host.fail(e);
    await reads.load();
  } finally {
    store.set({ busy: false });
  }
}
