import { Language } from "../core";
import { friendlyError } from "./i18n/errors";
import { AppError, PaneError, PlanError } from "./errors";
import { Store } from "./store";
import { findProblems } from "./report/problems";
import { defaultSettings, reconcile, Settings } from "./settings/settings";
import { isNewerSettings, parseSettings, serializeSettings } from "./settings/storage";
import type { SourceRef, SourceTable, Workbook } from "./workbook/workbook";
import type { ReviewController } from "./review";
import type { PlanController } from "./plan/planController";
import { addSampleSheet } from "./sample/insertSample";
import { writeSamplePlan } from "./sample/samplePlan";
import { today } from "./review/reviewController";
import { WhatIf } from "./whatif/whatif";
import { problemsMayChange } from "./whatif/preview";
import { Derived, onlyJudgementsChanged } from "./weights/pairwise";
import type { PairJudgement, WeightAxis } from "./settings/pairwise";
import { writePairwiseSheet } from "./weights/pairwiseSheet";
import { initialPaneState, PaneState } from "./paneState";
import { BuildQueue, DEBOUNCE_MS } from "./buildQueue";
import { ReportWrite } from "./reportWrite";
import { CardSelection } from "./cardSelection";

/** What the matrix asks of the pane's other controllers (createPane builds and wires them). */
export interface MatrixHost {
  /** Reviews: read at start; the comparison each build writes. */
  review: Pick<ReviewController, "load" | "forBuild">;
  /** The account plan: read at start and before Build matrix; its overrides and flags in each build and the preview. */
  plan: Pick<PlanController, "load" | "reload" | "refreshActions" | "forBuild" | "overridden" | "table" | "subscribe">;
}

/**
 * The pane's one use case without any React: read the table, map it, build the report and write
 * it. Changes are debounced and written one at a time; the latest settings always win.
 */
export class Controller {
  private readonly store: Store<PaneState>;
  private readonly queue: BuildQueue;
  private readonly report: ReportWrite;
  private readonly card: CardSelection;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The settings object as stored (by this or another version), so that keys it does not know are kept. */
  private stored: unknown = null;
  /** The re-read of the source after the user's last edit, awaited by the next pass. */
  private reloading: Promise<void> | null = null;
  private unsubscribeEdits: (() => void) | null = null;
  // ---- review: save, compare and delete reviews; its state lives in ReviewController.
  private readonly review: MatrixHost["review"];
  // ---- plan: the account plan and its actions, the user's own tables.
  private readonly plan: MatrixHost["plan"];
  // ---- what-if
  private readonly whatIf: WhatIf;
  private unsubscribeSelection: (() => void) | null = null;

  constructor(
    private readonly workbook: Workbook,
    private readonly uiLanguage: Language,
    host: MatrixHost,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {
    this.review = host.review;
    this.plan = host.plan;
    this.store = new Store<PaneState>(initialPaneState(uiLanguage));
    this.queue = new BuildQueue(() => this.pass(), debounceMs);
    this.whatIf = new WhatIf(
      (whatIf) => this.set({ whatIf }),
      uiLanguage,
      (table, settings) => this.plan.overridden(table, settings),
    );
    this.report = new ReportWrite(workbook, uiLanguage, host, this.whatIf, this.store);
    this.card = new CardSelection(workbook, this.whatIf, this.plan, () => this.state);
    // plan: a plan read again may add or drop overrides; the preview marks them.
    let planRead = this.plan.table;
    this.plan.subscribe(() => {
      if (this.plan.table === planRead) return;
      planRead = this.plan.table;
      this.whatIf.changed(this.state.table, this.state.settings);
    });
  }

  getState = (): PaneState => this.store.getState();

  subscribe = (listener: (s: PaneState) => void): (() => void) => this.store.subscribe(listener);

  private get state(): PaneState {
    return this.store.getState();
  }

  /** Loads stored settings and the table; listens for the user's edits. */
  async start(): Promise<void> {
    try {
      const [stored, tables] = await Promise.all([this.workbook.loadSettings(), this.workbook.listTables()]);
      this.stored = stored;
      let settings = parseSettings(stored) ?? defaultSettings(this.uiLanguage);
      if ("tableName" in settings.source && !tables.includes(settings.source.tableName))
        settings = { ...settings, source: { selection: true } };
      this.set({ tables, settings });
      await this.load(settings.source, false);
    } catch (e) {
      this.fail(e);
    }
    await this.review.load();
    await this.plan.load();
    this.set({ phase: "ready" });
    this.unsubscribeEdits = this.workbook.onUserEdit(() => {
      // Read the source now, while the selection is still where the user edited: switching to
      // another sheet within the debounce must not lose the edit. The rebuild stays debounced.
      this.reloading = this.reloadSource().catch((e) => this.fail(e));
      this.schedule();
    });
    this.unsubscribeSelection = this.workbook.onSelectionChange?.((sel) => this.card.selectRow(sel)) ?? null;
  }

  dispose(): void {
    this.queue.dispose();
    clearTimeout(this.saveTimer);
    this.unsubscribeEdits?.();
    this.unsubscribeSelection?.();
    this.store.clear();
  }

  /** Any settings change from the pane: saved, checked, and (after the first build) written. */
  update(change: (s: Settings) => Settings): void {
    const settings = change(this.state.settings);
    // what-if: a slider step between non-zero weights keeps the data check as it is.
    const problems = !this.state.table
      ? []
      : problemsMayChange(this.state.settings, settings)
        ? findProblems(this.state.table, settings)
        : this.state.problems;
    const judgementsOnly = onlyJudgementsChanged(this.state.settings, settings);
    this.set({ settings, problems });
    // "Derive weights" judgements alone change no score: they are saved after the pause, and the
    // sheet is not rewritten for them.
    if (judgementsOnly) return this.saveSoon();
    this.whatIf.changed(this.state.table, settings); // the preview follows at once; the sheet after the pause
    this.schedule();
  }

  // ---- what-if: the account card ---------------------------------------------------

  /** A click on a marker of the preview: that account's card (null closes the card). */
  selectAccount(account: number | null): void {
    this.card.selectAccount(account);
  }

  /** Google Sheets' "Show selected account": the host cannot push selections, so the pane asks. */
  async showSelectedAccount(): Promise<void> {
    try {
      await this.card.showSelected();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Whether the host tells the pane about selections itself (else the pane shows a button). */
  get pushesSelection(): boolean {
    return this.card.pushesSelection;
  }

  /**
   * Reads the table at the current selection (or a named table) and maps it afresh; with `fresh`
   * false (Refresh of KAM Accounts) the mapping of the columns that are still there is kept.
   * `read`: the table the caller has just read at `source` and the workbook's tables (Prepare
   * data, after writing KAM Accounts), taken as they are instead of reading them a second time.
   * It must be taken without waiting for anything else: an edit typed after the read is then
   * heard as any edit of the source is.
   */
  async useSource(source: SourceRef, fresh = true, read?: { table: SourceTable; tables: string[] }): Promise<void> {
    try {
      this.set({ error: null, tables: read ? read.tables : await this.workbook.listTables() });
      await this.load(source, fresh, read?.table);
      this.schedule();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The "Build matrix" button: writes now and keeps the sheet live afterwards. */
  build(): Promise<void> {
    this.queue.cancel();
    this.report.reveal = true;
    this.set({ live: true, keptEdits: null });
    // The plan is the user's to edit at any time (no edit event reaches the pane for it): read it again.
    return this.plan.reload().then(() => this.queue.run());
  }

  /** Writes the sample portfolio into a new sheet and makes it the source. */
  async insertSample(quarter: "first" | "next" = "first"): Promise<void> {
    try {
      const table = await addSampleSheet(this.workbook, quarter);
      this.adopt(table, { selection: true }, true);
      // The sample's plan and actions (owners, overrides, actions in every state), unless the workbook has its own.
      if (await writeSamplePlan(this.workbook, this.state.settings.language, quarter, today())) await this.plan.load();
      this.schedule();
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * "Add sample plan" (Plan section, with the sample as the source and no plan yet): the sample's
   * plan and actions, as Insert sample data writes them, through the same own-sheet route.
   */
  async insertSamplePlan(): Promise<void> {
    try {
      if (!(await writeSamplePlan(this.workbook, this.state.settings.language, "first", today())))
        throw new PlanError("samplePlanNotAdded");
      await this.plan.load();
      this.schedule();
    } catch (e) {
      this.fail(e);
    }
  }

  /** "Write to sheet" of Derive weights: the pairwise table and KAM.WEIGHTS on a new sheet; returns its name. */
  writePairwise(axis: WeightAxis, pairs: readonly PairJudgement[], derived: Derived): Promise<string> {
    return writePairwiseSheet(this.workbook, axis, pairs, derived, this.state.settings.language);
  }

  /** Rebuilds the matrix after the pause, as any settings change does (a review or the plan changed). */
  rebuild(): void {
    this.schedule();
  }

  /** Shows an error in the pane as a sentence (a failure of the review or the plan, too). */
  fail(e: unknown): void {
    if (!(e instanceof AppError)) console.error(e); // for developers; the user sees a sentence
    this.set({ error: friendlyError(e, this.uiLanguage), progress: null });
  }

  /** Resolves when no write is waiting or running (tests, and the pane's unload). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  // ---- internals ----------------------------------------------------------------------------

  /** Saves the settings, keeping what a stored object holds beyond this version; returns the error to show, if any. */
  private async saveSettings(settings: Settings): Promise<unknown> {
    // Written by a newer version: its keys may mean more than this version knows, so they stay as they are.
    if (isNewerSettings(this.stored)) return new PaneError("settingsNewer");
    try {
      const stored = serializeSettings(settings, this.stored);
      await this.workbook.saveSettings(stored);
      this.stored = stored;
      return null;
    } catch (e) {
      return e;
    }
  }

  private set(patch: Partial<PaneState>): void {
    this.store.set(patch);
  }

  private async load(source: SourceRef, fresh: boolean, read?: SourceTable): Promise<void> {
    const table = read ?? (await this.workbook.readTable(source));
    if (!table || table.headers.length === 0) throw new PaneError("noTable");
    // The report is never its own source: the next build would overwrite what it reads.
    if (table.onReportSheet || (this.state.lastBuild && table.sheetName === this.state.lastBuild.sheetName))
      throw new PaneError("reportSelected");
    this.adopt(table, source, fresh);
  }

  /** Makes a table the source; a native table is then found by name, wherever the selection is. */
  private adopt(table: SourceTable, source: SourceRef, fresh: boolean): void {
    const ref: SourceRef = table.tableName ? { tableName: table.tableName } : source;
    const base = fresh ? { ...this.state.settings, nameColumn: null, criteria: [] } : this.state.settings;
    const settings = reconcile({ ...base, source: ref }, table);
    this.set({ table, settings, problems: findProblems(table, settings), error: null });
    this.whatIf.changed(table, settings);
  }

  /** After the user edits cells: re-read the source, unless the selection has moved off its sheet. */
  private async reloadSource(): Promise<void> {
    const current = this.state.table;
    const table = await this.workbook.readTable(this.state.settings.source);
    if (!table || table.onReportSheet || (current && "selection" in this.state.settings.source && table.sheetName !== current.sheetName))
      return;
    this.adopt(table, this.state.settings.source, false);
  }

  /** Saves the settings after the pause (the latest win), without a rebuild. */
  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.workbook.saveSettings(serializeSettings(this.state.settings)).catch((e) => this.fail(e));
    }, this.debounceMs);
  }

  private schedule(): void {
    this.queue.schedule();
  }

  /** One pass of the queue: the pending re-read, the settings saved, and (once live) the report written. */
  private async pass(): Promise<void> {
    let unsaved: unknown = null;
    try {
      if (this.reloading) {
        const reload = this.reloading;
        this.reloading = null;
        await reload;
      }
      const { settings, table } = this.state;
      // Settings that cannot be saved do not stop the build; the pane says why after it.
      unsaved = await this.saveSettings(settings);
      if (!this.state.live) return;
      if (!table) throw new PaneError("noTable");
      await this.report.write(table, settings);
    } catch (e) {
      this.fail(e);
      unsaved = null;
    } finally {
      if (unsaved) this.fail(unsaved);
      this.set({ phase: "ready", progress: null });
    }
  }
}
