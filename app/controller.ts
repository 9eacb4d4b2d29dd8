import { Language } from "../core";
import { friendlyError, isTooLarge } from "./i18n/errors";
import { AppError, PaneError, PlanError } from "./errors";
import { Store } from "./store";
import { buildReport } from "./report/buildReport";
import { findProblems, Problem } from "./report/problems";
import { SAMPLE_HEADERS, SAMPLE_SHEET_NAME, sampleTable } from "./sample/sampleData";
import { defaultSettings, reconcile, Settings } from "./settings/settings";
import { isNewerSettings, parseSettings, serializeSettings } from "./settings/storage";
import { STRINGS } from "./i18n/strings";
import { isWorkbookError, MissingFeature } from "./workbook/contract";
import type { SelectedRow, SourceRef, SourceTable, Workbook } from "./workbook/workbook";
import type { ReviewController } from "./review";
import type { PlanController } from "./plan/planController";
import { NEXT_QUARTER_SHEET_NAME, sampleNextQuarterTable } from "./sample/sampleNextQuarter";
import { writeSamplePlan } from "./sample/samplePlan";
import { today } from "./review/reviewController";
import { INITIAL_WHAT_IF, StabilityOutcome, WhatIf, WhatIfState } from "./whatif/whatif";
import { problemsMayChange } from "./whatif/preview";
import { Derived, onlyJudgementsChanged } from "./weights/pairwise";
import type { PairJudgement, WeightAxis } from "./settings/pairwise";
import { writePairwiseSheet } from "./weights/pairwiseSheet";

/** What the pane shows; replaced (never mutated) on every change so React can compare. */
export interface PaneState {
  phase: "loading" | "ready" | "building";
  table: SourceTable | null;
  tables: string[];
  settings: Settings;
  problems: Problem[];
  /** True after the first build: from then on every change rebuilds the sheet by itself. */
  live: boolean;
  lastBuild: {
    sheetName: string;
    counts: [number, number, number, number];
    notScored: number;
    accounts: number;
    missingFeatures: MissingFeature[];
    /** what-if: accounts under 80% stability, once the Stability column is written. */
    borderline?: number;
  } | null;
  /**
   * Set when a build found cells the user had typed on the old report sheet: that sheet was kept
   * under `kept`, and the pane says so until the next Build matrix click.
   */
  keptEdits: { kept: string; report: string } | null;
  /** 0..1 while a large build (over PROGRESS_FROM accounts) is written, else null. */
  progress: number | null;
  /** A sentence for the user, never a stack trace. */
  error: string | null;
  /** what-if: the preview, stability and the account card. */
  whatIf: WhatIfState;
}

export const DEBOUNCE_MS = 150;
export const PROGRESS_FROM = 5000;

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
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private pending = false;
  /** The settings object as stored (by this or another version), so that keys it does not know are kept. */
  private stored: unknown = null;
  /** The re-read of the source after the user's last edit, awaited by the next pass. */
  private reloading: Promise<void> | null = null;
  /** Set by the Build matrix button: that write brings the report sheet to the front. */
  private reveal = false;
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
    const settings = defaultSettings(uiLanguage);
    this.store = new Store<PaneState>({
      phase: "loading",
      table: null,
      tables: [],
      settings,
      problems: [],
      live: false,
      lastBuild: null,
      keptEdits: null,
      progress: null,
      error: null,
      whatIf: INITIAL_WHAT_IF,
    });
    this.whatIf = new WhatIf(
      (whatIf) => this.set({ whatIf }),
      uiLanguage,
      (table, settings) => this.plan.overridden(table, settings),
    );
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
    this.unsubscribeSelection = this.workbook.onSelectionChange?.((sel) => this.selectRow(sel)) ?? null;
  }

  dispose(): void {
    clearTimeout(this.timer);
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
    this.whatIf.select(account, this.state.table, this.state.settings);
    if (account !== null) this.cardOpened();
  }

  /** A selected cell: its account's card when it is a row of an account. */
  private selectRow(sel: SelectedRow): void {
    if (this.whatIf.selectRow(sel, this.state.table, this.state.settings)) this.cardOpened();
  }

  /** A card opened (or an account selected again): its actions as they are now, not as last read. */
  private cardOpened(): void {
    void this.plan.refreshActions();
  }

  /** Google Sheets' "Show selected account": the host cannot push selections, so the pane asks. */
  async showSelectedAccount(): Promise<void> {
    try {
      const sel = await this.workbook.readSelection?.();
      if (sel) this.selectRow(sel);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Whether the host tells the pane about selections itself (else the pane shows a button). */
  get pushesSelection(): boolean {
    return typeof this.workbook.onSelectionChange === "function";
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
    clearTimeout(this.timer);
    this.timer = undefined; // else idle() waits for a timer that was cleared
    this.reveal = true;
    this.set({ live: true, keptEdits: null });
    // The plan is the user's to edit at any time (no edit event reaches the pane for it): read it again.
    return this.plan.reload().then(() => this.run());
  }

  /** Writes the sample portfolio into a new sheet and makes it the source. */
  async insertSample(quarter: "first" | "next" = "first"): Promise<void> {
    try {
      const values = quarter === "next" ? sampleNextQuarterTable() : sampleTable();
      const sheetName = await this.workbook.addDataSheet(quarter === "next" ? NEXT_QUARTER_SHEET_NAME : SAMPLE_SHEET_NAME, values);
      const read = await this.workbook.readTable({ selection: true });
      // The adapters select the new sheet; should one not, the values just written are the table.
      const table =
        read && read.sheetName === sheetName
          ? read
          : {
              sheetName,
              address: `'${sheetName}'!A1:${String.fromCharCode(64 + SAMPLE_HEADERS.length)}${values.length}`,
              headers: [...SAMPLE_HEADERS],
              rows: values.slice(1),
            };
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
  async idle(): Promise<void> {
    while (this.timer !== undefined || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, this.debounceMs));
    }
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
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.debounceMs);
  }

  /** One write at a time; changes that arrive meanwhile are folded into one more pass. */
  private run(): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.pending = false;
        await this.pass();
      } while (this.pending);
    })().finally(() => (this.running = null));
    return this.running;
  }

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
      // what-if: up to PROGRESS_FROM accounts stability takes a few tens of ms and the
      // sheet is written once, with its column; above, the matrix is written first and rewritten
      // with the column when stability arrives. A newer change cancels it (its own pass follows).
      const quick = (this.whatIf.scores(table, settings)?.accounts.names.length ?? 0) <= PROGRESS_FROM;
      const known = this.whatIf.knownStability(table, settings);
      let stability: StabilityOutcome = known
        ? { values: known }
        : quick
          ? await this.whatIf.stability(table, settings, false)
          : "unavailable";
      if (stability === "cancelled") return;
      await this.write(table, settings, stability);
      if (!quick && !known && this.state.lastBuild) {
        stability = await this.whatIf.stability(table, settings, true);
        if (typeof stability === "object") await this.write(table, settings, stability);
      }
    } catch (e) {
      this.fail(e);
      unsaved = null;
    } finally {
      if (unsaved) this.fail(unsaved);
      this.set({ phase: "ready", progress: null });
    }
  }

  /** One write of the report (with the Stability column when it is known). */
  private async write(table: SourceTable, settings: Settings, stability: StabilityOutcome): Promise<void> {
    const built = buildReport(table, settings, {
      ...this.review.forBuild(table, settings),
      plan: this.plan.forBuild(table, settings),
      ...(typeof stability === "object" ? { stability: stability.values } : {}),
    });
    const large = built.accounts > PROGRESS_FROM;
    this.set({ phase: "building", progress: large ? 0 : null });
    let written;
    try {
      const reveal = this.reveal;
      this.reveal = false;
      const report = { ...built.report, keptSuffix: STRINGS[this.uiLanguage].keptSuffix };
      written = await this.workbook.writeReport(report, large ? (p) => this.set({ progress: p.done }) : undefined, reveal);
    } catch (e) {
      // A WorkbookError says exactly what is left (e.g. an unfinished sheet); anything else
      // left the old report whole (the adapters build into a new sheet and swap at the end).
      throw isTooLarge(e) || isWorkbookError(e) ? e : new PaneError("writeFailed");
    }
    const { counts, notScored, accounts, borderline } = built;
    const keptEdits = written.keptEdits ? { kept: written.keptEdits, report: written.sheetName } : this.state.keptEdits;
    this.set({
      lastBuild: {
        sheetName: written.sheetName,
        counts,
        notScored,
        accounts,
        missingFeatures: written.missingFeatures,
        ...(borderline !== undefined ? { borderline } : {}),
      },
      keptEdits,
      error: null,
    });
    this.whatIf.written(written.sheetName, built.rowAccounts, table, settings);
  }
}
