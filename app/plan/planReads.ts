import type { Language } from "../../core";
import { inputsFromTable } from "../review/records";
import type { ReviewPlanFields } from "../review/types";
import { today } from "../review/reviewController";
import type { Settings } from "../settings/settings";
import type { Store } from "../store";
import type { HistoryData } from "../workbook/contract";
import type { SourceTable, Workbook } from "../workbook/workbook";
import { ActionEntry, parseActions } from "./actions";
import { reportPlan, type ReportPlan } from "./overrides";
import { leftMatrix, parsePlan, PlanAccount } from "./plan";
import type { PlanHost, PlanState } from "./planState";
import { PLAN_TEXT, type PlanText } from "./text";

/** The matrix's accounts (as the plan keys them) and what the plan holds for each. */
interface Planned {
  accounts: PlanAccount[];
  report: ReportPlan;
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
 * The plan and its actions as last read, shared by the Plan section's jobs (create, suggest, mark
 * done): reading them (whole for the section, the counted columns before a build), what the section
 * shows of them, and what the matrix and a saved review take from them.
 */
export class PlanReads {
  plan: HistoryData | null = null;
  private whole: HistoryData | null = null;
  /** Counts the whole reads of the actions: a card's re-read that started before a newer one is dropped. */
  private version = 0;
  private refreshing: Promise<void> | null = null;
  private again = false;
  /** The actions' counted columns as read for the last build, newer than `actions` (null: use `actions`). */
  counted: HistoryData | null = null;
  private planned: { plan: HistoryData | null; actions: HistoryData | null; table: SourceTable; names: string; value: Planned } | null =
    null;

  constructor(
    readonly workbook: Workbook,
    readonly lang: Language,
    readonly host: PlanHost,
    readonly store: Store<PlanState>,
  ) {}

  /** The actions as last read whole (the card lists an account's; Mark done checks a row against them). */
  get actions(): HistoryData | null {
    return this.whole;
  }

  set actions(value: HistoryData | null) {
    this.whole = value;
    this.version++;
  }

  /**
   * A card opened: the actions read again whole, so the card lists them as they are now (a build in
   * Excel reads only the counted columns, and the user may have typed in KAM Actions since). One
   * read at a time: a request while one runs reads once more after it. Nothing is read before the
   * pane knows of a plan or an actions sheet.
   */
  refreshActions(): Promise<void> {
    if (!this.plan && !this.actions) return Promise.resolve();
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    const run = async (): Promise<void> => {
      do {
        this.again = false;
        const started = this.version;
        const fresh = await this.workbook.readHistory("actions");
        if (this.version !== started) continue; // a newer whole read (Mark done, Suggest) came first
        this.actions = fresh;
        this.counted = null;
        this.show();
      } while (this.again);
    };
    this.refreshing = run()
      .catch((e: unknown) => this.host.fail(e))
      .finally(() => (this.refreshing = null));
    return this.refreshing;
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

  /** The actions as the matrix counts them: the last build's read, else the last whole read. */
  private actionEntries(): ActionEntry[] {
    const rows = this.counted ?? this.actions;
    return rows ? parseActions(rows) : [];
  }

  /** The matrix's accounts and what the plan holds for each, kept until the plan, its actions, the table or the name columns change. */
  plannedFor(table: SourceTable, settings: Settings): Planned {
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
   * read otherwise); where the host can, only the columns the matrix takes, in one go (the card
   * reads the actions whole again when it opens).
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
  show(sheet?: string): void {
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
