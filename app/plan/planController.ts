import type { Language } from "../../core";
import type { ReviewPlanFields } from "../review/types";
import type { Settings } from "../settings/settings";
import { Store } from "../store";
import type { HistoryData } from "../workbook/contract";
import type { SourceTable, Workbook } from "../workbook/workbook";
import type { ActionEntry, SuggestFor } from "./actions";
import { createPlan } from "./createPlan";
import { actionsOf, markDone } from "./markDone";
import type { ReportPlan } from "./overrides";
import { PlanReads } from "./planReads";
import type { PlanHost, PlanState } from "./planState";
import { SuggestCandidate, SuggestPicker } from "./selection";
import { candidates, refreshPicker, ScoredAccounts, suggest, suggestTargets } from "./suggest";

/**
 * The Plan section's controller: the account plan and its actions, the user's own tables. It holds
 * the section's state and the plan as last read (planReads.ts) and hands each job to its module:
 * "Create plan" (createPlan.ts), "Suggest actions" and its account picker (suggest.ts), "Mark
 * done" on the card (markDone.ts).
 */
export class PlanController {
  private readonly store = new Store<PlanState>({
    loaded: false,
    sheet: null,
    rows: 0,
    left: [],
    problems: [],
    nameTaken: null,
    nameTakenFor: null,
    done: null,
    actionsSheet: null,
    suggested: null,
    actions: [],
    busy: false,
  });
  private readonly reads: PlanReads;
  /** "Suggest actions": the accounts to choose from and the ticks (default: suggestTargets). */
  readonly picker = new SuggestPicker();

  constructor(workbook: Workbook, lang: Language, host: PlanHost) {
    this.reads = new PlanReads(workbook, lang, host, this.store);
  }

  getState = (): PlanState => this.store.getState();
  subscribe = (l: (s: PlanState) => void): (() => void) => this.store.subscribe(l);

  /** The plan as last read (null: none yet). */
  get table(): HistoryData | null {
    return this.reads.plan;
  }

  /** What the matrix sheet takes from the plan as last read; undefined without a plan. Pure work. */
  forBuild(table: SourceTable, settings: Settings): ReportPlan | undefined {
    return this.reads.forBuild(table, settings);
  }

  /** Per account of the matrix: whether the plan overrides its quadrant (the preview's marker). */
  overridden(table: SourceTable, settings: Settings): readonly boolean[] | undefined {
    return this.reads.overridden(table, settings);
  }

  /** Before "Build matrix": the plan and its actions read again (only the columns the matrix takes, where the host can). */
  reload(): Promise<void> {
    return this.reads.reload();
  }

  load(): Promise<void> {
    return this.reads.load();
  }

  /** "Create plan": the plan written once, then the accounts it lacks appended; the actions sheet created if missing. */
  create(sheetName?: string): Promise<void> {
    return createPlan(this.reads, sheetName);
  }

  /** The matrix's scored accounts (priority order) with the quadrant each is treated as (after overrides), owner and open actions. */
  candidates(table: SourceTable, settings: Settings, scored?: ScoredAccounts): SuggestCandidate[] {
    return candidates(this.reads, table, settings, scored);
  }

  /** The picker reads the matrix's accounts again (the table, the scores on screen, the plan or its actions changed). */
  refreshPicker(scored?: ScoredAccounts): void {
    refreshPicker(this.reads, this.picker, scored);
  }

  /** The accounts "Suggest actions" is for by default: quadrant 1 or 2 (after overrides) without an open action. */
  suggestTargets(table: SourceTable, settings: Settings): SuggestFor[] {
    return suggestTargets(this.reads, table, settings);
  }

  /** "Suggest actions": appends Proposed actions for `targets` (default: suggestTargets), due at the end of the next quarter. */
  suggest(targets?: SuggestFor[], sheetName?: string): Promise<void> {
    return suggest(this.reads, targets, sheetName);
  }

  /** A card opened: KAM Actions read again whole, so the card lists the account's actions as they are now. */
  refreshActions(): Promise<void> {
    return this.reads.refreshActions();
  }

  /** An account's actions as last read (by the account key of its name). */
  actionsOf(name: string): ActionEntry[] {
    return actionsOf(this.reads, name);
  }

  /** "Mark done" on the card: Status = Done and Done on = today in that action's row, found again by its content. */
  markDone(action: ActionEntry): Promise<void> {
    return markDone(this.reads, action);
  }

  /** What Save review stores per account: owner, override quadrant, open, done and overdue actions now. */
  planFields(table: SourceTable, settings: Settings): ReviewPlanFields[] | undefined {
    return this.reads.planFields(table, settings);
  }
}
