import { ratingSpreads } from "../card/ratingSpread";
import type { Language, Scored } from "../../core";
import { AccountCard, accountCard, scoreForCard } from "../card";
import { sheetOrigin } from "../portfolio/accounts";
import { RESULTS_ANCHOR, RESULTS_COLUMNS } from "../report/layout";
import type { Settings } from "../settings/settings";
import type { SelectedRow, SourceTable } from "../workbook/workbook";
import { Preview, previewOf } from "./preview";
import { isBorderline } from "../report/borderline";
import { PortfolioScores, ScoreCache } from "./scores";
import { computeStability } from "./stability";

/** Above this many accounts the card follows the weights after the pause, not on every step ("what it takes" rescores columns: ~20 ms at 1,000 accounts). */
const CARD_LIVE_UP_TO = 500;

export interface StabilityStatus {
  /** "running": being computed for the current settings; "done": `borderline` is known. */
  status: "idle" | "running" | "done";
  /** 0..1 while running over many accounts, else null. */
  progress: number | null;
  /** Accounts under 80%: their label depends on the weights. */
  borderline: number | null;
}

/** The what-if part of the pane's state. */
export interface WhatIfState {
  /** The matrix for the weights on screen right now; null when nothing can be drawn yet. */
  preview: Preview | null;
  stability: StabilityStatus;
  /** The selected account's card; null when none is selected. */
  card: AccountCard | null;
}

export const INITIAL_WHAT_IF: WhatIfState = { preview: null, stability: { status: "idle", progress: null, borderline: null }, card: null };

export type StabilityOutcome = { values: Scored[] } | "cancelled" | "unavailable";

/** What stability depends on: everything that changes scores, thresholds or the spread. */
function stabilityKey(settings: Settings): string {
  return JSON.stringify([
    settings.nameColumn,
    settings.criteria,
    settings.method,
    settings.missing,
    settings.valueThreshold,
    settings.engagementThreshold,
    settings.robustness,
  ]);
}

/**
 * The pane's what-if logic without React: the preview on every change (from cached criterion
 * scores), stability after the pause (sliced, cancelled by a newer change), and the account card.
 * The Controller calls it at a few points and publishes its state.
 */
export class WhatIf {
  private readonly cache = new ScoreCache();
  private state: WhatIfState = INITIAL_WHAT_IF;
  /** Bumped on every change: a running stability computation for older settings stops. */
  private generation = 0;
  private stabilityFor: { table: SourceTable; key: string; values: Scored[] } | null = null;
  private selected: number | null = null;
  /** Which account is on each results row of the sheet last written, and that sheet's name. */
  private sheet: { sheetName: string; rowAccounts: number[] } | null = null;

  constructor(
    private readonly publish: (state: WhatIfState) => void,
    private readonly uiLanguage: Language,
    /** plan: per account, whether the plan overrides its quadrant (the preview marks it as the sheet does). */
    private readonly overridden: (table: SourceTable, settings: Settings) => readonly boolean[] | undefined = () => undefined,
  ) {}

  get current(): WhatIfState {
    return this.state;
  }

  /** Criterion scores for the current table and settings (cached: a weight change reuses them). */
  scores(table: SourceTable | null, settings: Settings): PortfolioScores | null {
    return this.cache.scores(table, settings);
  }

  /** Criterion-score computations so far (tests: a weight change must not add one). */
  get criterionScoreComputations(): number {
    return this.cache.computed;
  }

  /** Every change of data or settings: the preview now; a running stability becomes stale. */
  changed(table: SourceTable | null, settings: Settings): void {
    this.generation++;
    const scores = this.cache.scores(table, settings);
    const stability = this.knownStability(table, settings);
    const preview = scores && table ? previewOf(scores, settings, stability, this.overridden(table, settings)) : null;
    const n = scores?.accounts.names.length ?? 0;
    const card = n <= CARD_LIVE_UP_TO ? this.cardOf(scores, settings, stability, table) : this.state.card;
    const status: StabilityStatus = stability ? this.doneStatus(stability) : { status: "idle", progress: null, borderline: null };
    this.set({ preview, card, stability: status });
  }

  /** Stability already computed for exactly these settings, if any. */
  knownStability(table: SourceTable | null, settings: Settings): Scored[] | undefined {
    const s = this.stabilityFor;
    return s && s.table === table && s.key === stabilityKey(settings) ? s.values : undefined;
  }

  /**
   * KAM.STABILITY for the current settings, after the pause: in slices that yield to the event
   * loop, with progress when `withProgress`; "cancelled" when a change came in meanwhile.
   */
  async stability(table: SourceTable, settings: Settings, withProgress: boolean): Promise<StabilityOutcome> {
    const known = this.knownStability(table, settings);
    if (known) return { values: known };
    const scores = this.cache.scores(table, settings);
    if (!scores) return "unavailable";
    const generation = this.generation;
    const cancelled = () => generation !== this.generation;
    this.set({ stability: { status: "running", progress: withProgress ? 0 : null, borderline: null } });
    let values: Scored[] | null;
    try {
      values = await computeStability(scores, settings, {
        cancelled,
        onProgress: withProgress
          ? (p) => !cancelled() && this.set({ stability: { status: "running", progress: p, borderline: null } })
          : undefined,
      });
    } catch (e) {
      console.error(e); // for developers: the report is written without the column
      if (!cancelled()) this.set({ stability: { status: "idle", progress: null, borderline: null } });
      return "unavailable";
    }
    if (!values || cancelled()) return "cancelled";
    this.stabilityFor = { table, key: stabilityKey(settings), values };
    const preview = previewOf(scores, settings, values, this.overridden(table, settings));
    this.set({ preview, stability: this.doneStatus(values), card: this.cardOf(scores, settings, values, table) });
    return { values };
  }

  /** After a write: which account each results row holds, to find the selected one. */
  written(sheetName: string, rowAccounts: number[], table: SourceTable | null, settings: Settings): void {
    this.sheet = { sheetName, rowAccounts };
    // Large portfolios: the card caught up with the weights only now.
    if (this.selected !== null)
      this.set({ card: this.cardOf(this.cache.scores(table, settings), settings, this.knownStability(table, settings), table) });
  }

  /** A click on a preview marker (or a row mapped to an account): its card; null closes it. */
  select(account: number | null, table: SourceTable | null, settings: Settings): void {
    this.selected = account;
    this.set({ card: this.cardOf(this.cache.scores(table, settings), settings, this.knownStability(table, settings), table) });
  }

  /**
   * A selected cell: a row of the results table on the report sheet, or of the source table.
   * Anything else leaves the card as it is. Returns whether the cell was an account's.
   */
  selectRow(sel: SelectedRow, table: SourceTable | null, settings: Settings): boolean {
    const account = this.accountAt(sel, table, settings);
    if (account !== null) this.select(account, table, settings);
    return account !== null;
  }

  private accountAt(sel: SelectedRow, table: SourceTable | null, settings: Settings): number | null {
    const w = this.sheet;
    if (w && sel.sheetName === w.sheetName) {
      if (sel.col !== undefined && sel.col >= RESULTS_ANCHOR.col + RESULTS_COLUMNS) return null; // the summary or playbook
      const r = sel.row - (RESULTS_ANCHOR.row + 2);
      return r >= 0 && r < w.rowAccounts.length ? w.rowAccounts[r] : null;
    }
    const scores = this.cache.scores(table, settings);
    if (!table || !scores || sel.sheetName !== table.sheetName) return null;
    const origin = sheetOrigin(table.address); // 1-based header row: the first data row is origin.row (0-based)
    const i = scores.accounts.rowIndex.indexOf(sel.row - origin.row);
    return i >= 0 ? i : null;
  }

  private cardOf(
    scores: PortfolioScores | null,
    settings: Settings,
    stability: readonly Scored[] | undefined,
    table: SourceTable | null,
  ): AccountCard | null {
    const i = this.selected;
    if (i === null || !scores || i >= scores.accounts.names.length) return null;
    const { accounts } = scores;
    const axis = (a: "value" | "engagement") => ({
      data: accounts[a].data,
      weights: scores[a].weights,
      criteria: accounts[a].criteria.map((c) => c.column),
      lowerIsBetter: scores[a].lowerIsBetter,
      ...(table
        ? {
            ratings: ratingSpreads(
              table,
              accounts.rowIndex,
              accounts[a].criteria.map((c) => c.column),
            ),
          }
        : {}),
    });
    try {
      const portfolio = scoreForCard(
        {
          names: accounts.names,
          value: axis("value"),
          engagement: axis("engagement"),
          method: settings.method,
          missing: settings.missing,
          valueThreshold: settings.valueThreshold,
          engagementThreshold: settings.engagementThreshold,
          stability,
        },
        { value: scores.value, engagement: scores.engagement },
      );
      return accountCard(portfolio, i, this.uiLanguage);
    } catch {
      return null; // nobody can be classified: no card to show
    }
  }

  private doneStatus(values: readonly Scored[]): StabilityStatus {
    return { status: "done", progress: null, borderline: values.filter(isBorderline).length };
  }

  private set(patch: Partial<WhatIfState>): void {
    this.state = { ...this.state, ...patch };
    this.publish(this.state);
  }
}
