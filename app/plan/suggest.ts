import { prioritize, type KamError, type Quadrant, type Scored } from "../../core";
import { PlanError } from "../errors";
import { reviewKey } from "../review/accountKey";
import { reviewFromTable } from "../review/records";
import { today } from "../review/reviewController";
import type { Settings } from "../settings/settings";
import { isWorkbookError } from "../workbook/contract";
import type { SourceTable } from "../workbook/workbook";
import { actionColumns, nextPeriodEnd, suggestActions, SuggestFor } from "./actions";
import { effectiveQuadrant } from "./overrides";
import type { PlanReads } from "./planReads";
import { isDefaultTarget, SuggestCandidate, SuggestPicker } from "./selection";
import { PLAN_TEXT } from "./text";

/** The scores per account for the weights on screen (the preview's): value, engagement and scored quadrant. */
export interface ScoredAccounts {
  values: readonly (Scored | null)[];
  engagements: readonly (Scored | null)[];
  quadrants: readonly (Quadrant | KamError | null)[];
}

/**
 * The matrix's scored accounts with the quadrant each is treated as (after overrides), owner and
 * open actions, in the matrix's priority order (highest first: as the matrix sheet ranks them,
 * after overrides). `scored`: the preview's scores when known (for the weights on screen); else
 * scored here.
 */
export function candidates(reads: PlanReads, table: SourceTable, settings: Settings, scored?: ScoredAccounts): SuggestCandidate[] {
  const { accounts, report } = reads.plannedFor(table, settings);
  const s = scored ?? scoredHere(table, settings);
  const out: SuggestCandidate[] = [];
  const values: number[] = [];
  const engagements: number[] = [];
  accounts.forEach((a, i) => {
    const q = s.quadrants[i];
    const v = s.values[i];
    const e = s.engagements[i];
    if (typeof q !== "number" || typeof v !== "number" || typeof e !== "number") return;
    const o = report.overrides[i];
    const p = report.accounts[i];
    out.push({
      key: reviewKey(a.id ?? a.name),
      name: a.name,
      owner: p.owner,
      quadrant: effectiveQuadrant(q, o),
      overridden: !!o,
      open: p.open,
    });
    values.push(v);
    engagements.push(e);
  });
  // The matrix's ranking of the scored accounts (ties keep the table's order, as on the sheet).
  const rank = prioritize(
    values,
    engagements,
    out.map((c) => c.quadrant),
  ) as number[];
  const ordered: SuggestCandidate[] = new Array<SuggestCandidate>(out.length);
  out.forEach((c, i) => (ordered[rank[i] - 1] = c));
  return ordered;
}

function scoredHere(table: SourceTable, settings: Settings): ScoredAccounts {
  const { accounts } = reviewFromTable(table, settings, { date: today(), label: "" }, { idColumn: settings.idColumn ?? null });
  return {
    values: accounts.map((a) => a.value),
    engagements: accounts.map((a) => a.engagement),
    quadrants: accounts.map((a) => a.quadrant),
  };
}

/** The picker reads the matrix's accounts again (the table, the quadrants, the plan or its actions changed). */
export function refreshPicker(reads: PlanReads, picker: SuggestPicker, scored?: ScoredAccounts): void {
  const table = reads.host.table();
  let list: SuggestCandidate[] = [];
  try {
    if (table) list = candidates(reads, table, reads.host.settings(), scored);
  } catch {
    list = []; // the matrix cannot be read now: the build says why
  }
  picker.refresh(list);
}

/**
 * The accounts "Suggest actions" is for by default: treated as quadrant 1 or 2 (after the plan's
 * overrides) and without an open (proposed or agreed) action; with their owners.
 */
export function suggestTargets(reads: PlanReads, table: SourceTable, settings: Settings): SuggestFor[] {
  if (!reads.plan) return [];
  return candidates(reads, table, settings)
    .filter(isDefaultTarget)
    .map((c) => ({ name: c.name, owner: c.owner, quadrant: c.quadrant }));
}

/** "Suggest actions": appends Proposed actions for `targets` (default: suggestTargets), due at the end of the next quarter. */
export async function suggest(reads: PlanReads, targets?: SuggestFor[], sheetName?: string): Promise<void> {
  const { workbook, host, store } = reads;
  const table = host.table();
  if (!table) return host.fail(new PlanError("noAccounts"));
  const settings = host.settings();
  store.set({ busy: true, suggested: null });
  try {
    reads.plan = await workbook.readHistory("plan");
    reads.actions = await workbook.readHistory("actions");
    reads.counted = null;
    const chosen = targets ?? suggestTargets(reads, table, settings);
    const change = suggestActions(reads.actions, chosen, settings.language, nextPeriodEnd(today()), sheetName?.trim() || undefined);
    let sheet = store.getState().actionsSheet ?? change?.sheetName ?? PLAN_TEXT[settings.language].actionsSheet;
    if (change) sheet = (await workbook.editHistory(change)).sheetName;
    reads.actions = await workbook.readHistory("actions");
    const at = change ? actionColumns(change.header).account! : 0;
    const accounts = new Set(change?.append.map((r) => r[at]) ?? []).size;
    store.set({
      nameTaken: null,
      nameTakenFor: null,
      actionsSheet: sheet,
      suggested: { added: change?.append.length ?? 0, accounts, sheet },
    });
    reads.show();
    host.rebuild();
  } catch (e) {
    if (isWorkbookError(e) && e.code === "nameTaken") store.set({ nameTaken: e.params.name ?? "", nameTakenFor: "actions" });
    else host.fail(e);
    await reads.load();
  } finally {
    store.set({ busy: false });
  }
}
