import type { KamError, Language, Quadrant } from "../../core";
import { PlanError } from "../errors";
import { inputsFromTable } from "../review/records";
import type { Settings } from "../settings/settings";
import { Store } from "../store";
import { isWorkbookError, sameRow, WorkbookError, type HistoryData } from "../workbook/contract";
import type { SourceTable, Workbook } from "../workbook/workbook";
import { leftMatrix, parsePlan, PlanAccount, planAppend, PlanProblem } from "./plan";

/** The matrix's accounts (as the plan keys them) and what the plan holds for each. */
interface Planned {
  accounts: PlanAccount[];
  report: ReportPlan;
}
import { PLAN_TEXT, type PlanText } from "./text";
import { effectiveQuadrant, reportPlan, type ReportPlan } from "./overrides";
import { ActionEntry, actionColumns, newActionsSheet, nextPeriodEnd, parseActions, suggestActions, SuggestFor } from "./actions";
import { reviewKey } from "../review/accountKey";
import type { ReviewPlanFields } from "../review/types";
import { reviewFromTable } from "../review/records";
import { isDefaultTarget, SuggestCandidate, SuggestPicker } from "./selection";
import { today } from "../review/reviewController";

/** What the Plan section shows. Replaced, never mutated. */
export interface PlanState {
  loaded: boolean;
  /** Name of the own plan sheet; null before "Create plan". */
  sheet: string | null;
  /** Rows of the plan (accounts planned). */
  rows: number;
  /** Planned accounts that are no longer in the matrix: flagged, never removed. */
  left: string[];
  /** Overrides that cannot be applied (no reason, not a quadrant 1-4). */
  problems: PlanProblem[];
  /** Set when a sheet of the user's has the name the plan (or its actions) wanted: the pane asks for another. */
  nameTaken: string | null;
  nameTakenFor: "plan" | "actions" | null;
  /** One sentence after "Create plan": how many accounts were added, to which sheet. */
  done: { added: number; sheet: string } | null;
  /** Name of the own actions sheet; null before the first suggestion. */
  actionsSheet: string | null;
  /** One sentence after "Suggest actions": how many actions for how many accounts were added. */
  suggested: { added: number; accounts: number; sheet: string } | null;
  /** The actions as last read (the card lists an account's). */
  actions: ActionEntry[];
  busy: boolean;
}

export interface PlanHost {
  table(): SourceTable | null;
  settings(): Settings;
  fail(e: unknown): void;
  /** Rebuild the matrix (the plan's overrides and flags changed). */
  rebuild(): void;
}

/** What Build matrix reads of the plan and its actions (either language): never the notes or the action texts. */
const BUILD_COLUMNS = [
  {
    kind: "plan" as const,
    columns: headerNames(["account", "id", "owner", "overrideQuadrant", "overrideReason", "overrideBy", "overrideDate"], "plan"),
  },
  { kind: "actions" as const, columns: headerNames(["account", "status", "due", "doneOn"], "actions") },
];

function headerNames<K extends "plan" | "actions">(fields: (keyof PlanText[K])[], kind: K): string[] {
  return fields.flatMap((f) => [PLAN_TEXT.en[kind][f], PLAN_TEXT.de[kind][f]] as string[]);
}

/** The matrix's accounts as the plan keys them (name and Account ID, as reviews do). */
export function planAccounts(table: SourceTable, settings: Settings): PlanAccount[] {
  return inputsFromTable(table, settings, { idColumn: settings.idColumn ?? null }).accounts.map((a) => ({ name: a.name, id: a.id }));
}

/**
 * "Create plan": writes "KAM Plan" once (one row per account of the matrix), and on every later
 * click appends rows for accounts it does not have yet; typed cells are never written. The plan is
 * read afresh before each append, so two panes (or a collaborator) do not add the same account
 * twice, and an append computed against another table is refused by the adapter.
 */
export class PlanController {
  private plan: HistoryData | null = null;
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
  private actions: HistoryData | null = null;
  /** The actions' counted columns as read for the last build, newer than `actions` (null: use `actions`). */
  private counted: HistoryData | null = null;

  constructor(
    private readonly workbook: Workbook,
    private readonly lang: Language,
    private readonly host: PlanHost,
  ) {}

  getState = (): PlanState => this.store.getState();
  subscribe = (l: (s: PlanState) => void): (() => void) => this.store.subscribe(l);

  /** The plan as last read (null: none yet). */
  get table(): HistoryData | null {
    return this.plan;
  }

  /** What the matrix sheet takes from the plan as last read; undefined without a plan. Pure work. */
  forBuild(table: SourceTable, settings: Settings): ReportPlan | undefined {
    if (!this.plan) return undefined;
    try {
      return reportPlan(parsePlan(this.plan), planAccounts(table, settings), this.actionEntries(), today());
    } catch {
      return undefined; // the matrix cannot read its accounts: the build says why
    }
  }

  private planned: { plan: HistoryData | null; actions: HistoryData | null; table: SourceTable; names: string; value: Planned } | null =
    null;

  /** The actions as the matrix counts them: the last build's read, else the last whole read. */
  private actionEntries(): ActionEntry[] {
    const rows = this.counted ?? this.actions;
    return rows ? parseActions(rows) : [];
  }

  /** The matrix's accounts and what the plan holds for each, kept until the plan, its actions, the table or the name columns change. */
  private plannedFor(table: SourceTable, settings: Settings): Planned {
    const names = `${settings.nameColumn}\u0000${settings.idColumn ?? ""}`;
    const m = this.planned;
    const actions = this.counted ?? this.actions;
    if (m && m.plan === this.plan && m.actions === actions && m.table === table && m.names === names) return m.value;
    const accounts = planAccounts(table, settings);
    const report = reportPlan(parsePlan(this.plan ?? { header: [], rows: [] }), accounts, this.actionEntries(), today());
    const value = { accounts, report };
    this.planned = { plan: this.plan, actions, table, names, value };
    return value;
  }

  /** Per account of the matrix: whether the plan overrides its quadrant (the preview's marker). */
  overridden(table: SourceTable, settings: Settings): readonly boolean[] | undefined {
    if (!this.plan) return undefined;
    try {
      return this.plannedFor(table, settings).report.overrides.map(Boolean);
    } catch {
      return undefined; // the matrix cannot read its accounts: the build says why
    }
  }

  /**
   * Before "Build matrix": the plan and its actions read again, when there is a plan (nothing to
   * read otherwise); where the host can, only the columns the matrix takes, in one go (the card's
   * list of actions keeps the last whole read).
   */
  async reload(): Promise<void> {
    if (!this.plan) return;
    if (!this.workbook.readLogColumns) return this.load();
    try {
      [this.plan, this.counted] = await this.workbook.readLogColumns(BUILD_COLUMNS);
      this.show();
    } catch (e) {
      this.host.fail(e);
    }
  }

  async load(): Promise<void> {
    try {
      this.plan = await this.workbook.readHistory("plan");
      this.actions = await this.workbook.readHistory("actions");
      this.counted = null;
      this.show();
    } catch (e) {
      this.host.fail(e);
    } finally {
      this.store.set({ loaded: true });
    }
  }

  /** Recomputes what the section shows from the plan as read and the matrix's accounts now. */
  private show(sheet?: string): void {
    const table = this.host.table();
    const parsed = this.plan ? parsePlan(this.plan) : { entries: [], problems: [] };
    let left: string[] = [];
    if (this.plan && table) {
      try {
        left = leftMatrix(parsed, planAccounts(table, this.host.settings())).map((e) => e.name || e.id || "");
      } catch {
        left = []; // the matrix cannot be read now: nothing to compare with
      }
    }
    this.store.set({
      sheet: this.plan ? (sheet ?? this.store.getState().sheet ?? PLAN_TEXT[this.lang].planSheet) : null,
      actionsSheet: this.actions ? (this.store.getState().actionsSheet ?? PLAN_TEXT[this.lang].actionsSheet) : null,
      actions: this.actions ? parseActions(this.actions) : [],
      rows: parsed.entries.length,
      left,
      problems: parsed.problems,
    });
  }

  /**
   * Creates the plan and the (empty) actions sheet, or appends the accounts the plan lacks and
   * creates the actions sheet if it is missing. `sheetName`: the name the user chose when ours was
   * taken (for the sheet the pane asked about).
   */
  async create(sheetName?: string): Promise<void> {
    const table = this.host.table();
    if (!table) return this.host.fail(new PlanError("noAccounts"));
    const settings = this.host.settings();
    const chosen = sheetName?.trim() || undefined;
    const forActions = this.store.getState().nameTakenFor === "actions";
    let writing: "plan" | "actions" = "plan";
    this.store.set({ busy: true, done: null });
    try {
      this.plan = await this.workbook.readHistory("plan");
      const change = planAppend(this.plan, planAccounts(table, settings), settings.language, forActions ? undefined : chosen);
      let sheet = this.store.getState().sheet ?? change?.sheetName ?? PLAN_TEXT[settings.language].planSheet;
      if (change) sheet = (await this.workbook.editHistory(change)).sheetName;
      this.plan = await this.workbook.readHistory("plan");
      this.store.set({ done: { added: change?.append.length ?? 0, sheet } });
      this.show(sheet);
      writing = "actions";
      this.actions = await this.workbook.readHistory("actions");
      this.counted = null;
      if (!this.actions) {
        const actionsSheet = (await this.workbook.editHistory(newActionsSheet(settings.language, forActions ? chosen : undefined)))
          .sheetName;
        this.actions = await this.workbook.readHistory("actions");
        this.store.set({ actionsSheet });
      }
      this.store.set({ nameTaken: null, nameTakenFor: null });
      this.show(sheet);
      this.host.rebuild();
    } catch (e) {
      if (isWorkbookError(e) && e.code === "nameTaken") this.store.set({ nameTaken: e.params.name ?? "", nameTakenFor: writing });
      else this.host.fail(e);
      await this.load();
      if (writing === "actions") this.host.rebuild();
    } finally {
      this.store.set({ busy: false });
    }
  }

  /** "Suggest actions": the accounts to choose from and the ticks (default: suggestTargets). */
  readonly picker = new SuggestPicker();

  /**
   * The matrix's scored accounts with the quadrant each is treated as (after overrides), owner and
   * open actions. `quadrants`: the scored quadrants per account when known (the preview's, for the
   * weights on screen); else scored here.
   */
  candidates(table: SourceTable, settings: Settings, quadrants?: readonly (Quadrant | KamError)[]): SuggestCandidate[] {
    const { accounts, report } = this.plannedFor(table, settings);
    const scored =
      quadrants ??
      reviewFromTable(table, settings, { date: today(), label: "" }, { idColumn: settings.idColumn ?? null }).accounts.map(
        (a) => a.quadrant,
      );
    const out: SuggestCandidate[] = [];
    accounts.forEach((a, i) => {
      const q = scored[i];
      if (typeof q !== "number") return;
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
    });
    return out;
  }

  /** The picker reads the matrix's accounts again (the table, the quadrants, the plan or its actions changed). */
  refreshPicker(quadrants?: readonly (Quadrant | KamError)[]): void {
    const table = this.host.table();
    let list: SuggestCandidate[] = [];
    try {
      if (table) list = this.candidates(table, this.host.settings(), quadrants);
    } catch {
      list = []; // the matrix cannot be read now: the build says why
    }
    this.picker.refresh(list);
  }

  /**
   * The accounts "Suggest actions" is for by default: treated as quadrant 1 or 2 (after the plan's
   * overrides) and without an open (proposed or agreed) action; with their owners.
   */
  suggestTargets(table: SourceTable, settings: Settings): SuggestFor[] {
    if (!this.plan) return [];
    return this.candidates(table, settings)
      .filter(isDefaultTarget)
      .map((c) => ({ name: c.name, owner: c.owner, quadrant: c.quadrant }));
  }

  /** "Suggest actions": appends Proposed actions for `targets` (default: suggestTargets), due at the end of the next quarter. */
  async suggest(targets?: SuggestFor[], sheetName?: string): Promise<void> {
    const table = this.host.table();
    if (!table) return this.host.fail(new PlanError("noAccounts"));
    const settings = this.host.settings();
    this.store.set({ busy: true, suggested: null });
    try {
      this.plan = await this.workbook.readHistory("plan");
      this.actions = await this.workbook.readHistory("actions");
      this.counted = null;
      const chosen = targets ?? this.suggestTargets(table, settings);
      const change = suggestActions(this.actions, chosen, settings.language, nextPeriodEnd(today()), sheetName?.trim() || undefined);
      let sheet = this.store.getState().actionsSheet ?? change?.sheetName ?? PLAN_TEXT[settings.language].actionsSheet;
      if (change) sheet = (await this.workbook.editHistory(change)).sheetName;
      this.actions = await this.workbook.readHistory("actions");
      const at = change ? actionColumns(change.header).account! : 0;
      const accounts = new Set(change?.append.map((r) => r[at]) ?? []).size;
      this.store.set({
        nameTaken: null,
        nameTakenFor: null,
        actionsSheet: sheet,
        suggested: { added: change?.append.length ?? 0, accounts, sheet },
      });
      this.show();
      this.host.rebuild();
    } catch (e) {
      if (isWorkbookError(e) && e.code === "nameTaken") this.store.set({ nameTaken: e.params.name ?? "", nameTakenFor: "actions" });
      else this.host.fail(e);
      await this.load();
    } finally {
      this.store.set({ busy: false });
    }
  }

  /** An account's actions as last read (by the account key of its name). */
  actionsOf(name: string): ActionEntry[] {
    const key = reviewKey(name);
    return this.store.getState().actions.filter((a) => reviewKey(a.account) === key);
  }

  /**
   * "Mark done" on the card: writes Status = Done and Done on = today into that action's row and
   * nothing else. The row is found again by its content in a fresh read (rows may have been added
   * or sorted meanwhile); when it changed or is gone, nothing is written and the pane says so.
   */
  async markDone(action: ActionEntry): Promise<void> {
    const seen = this.actions?.rows[action.row];
    if (!seen) return;
    const settings = this.host.settings();
    this.store.set({ busy: true });
    try {
      const fresh = await this.workbook.readHistory("actions");
      const rows = fresh?.rows ?? [];
      const at = sameRow(rows[action.row], seen) ? action.row : rows.findIndex((r) => sameRow(r, seen));
      const cols = fresh ? actionColumns(fresh.header) : {};
      const sheet = this.store.getState().actionsSheet ?? PLAN_TEXT[settings.language].actionsSheet;
      if (at < 0 || cols.status === undefined || cols.doneOn === undefined) throw new WorkbookError("rowChanged", { name: sheet });
      const done = PLAN_TEXT[settings.language].status.done;
      await this.workbook.updateRow({
        kind: "actions",
        row: at,
        expect: seen,
        cells: [
          { col: cols.status, value: done },
          { col: cols.doneOn, value: today() },
        ],
      });
      this.actions = await this.workbook.readHistory("actions");
      this.counted = null;
      this.show();
      this.host.rebuild();
    } catch (e) {
      this.host.fail(e);
      await this.load();
    } finally {
      this.store.set({ busy: false });
    }
  }

  /** What Save review stores per account: owner, override quadrant, open, done and overdue actions now. */
  planFields(table: SourceTable, settings: Settings): ReviewPlanFields[] | undefined {
    const plan = this.forBuild(table, settings);
    return plan?.accounts.map((a, i) => ({
      owner: a.owner,
      override: plan.overrides[i]?.quadrant ?? null,
      open: a.open,
      done: a.done,
      overdue: a.overdue,
    }));
  }
}
