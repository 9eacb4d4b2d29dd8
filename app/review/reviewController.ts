import type { Language, Quadrant } from "../../core";
import type { BuildReview } from "./comparison";
import type { Settings } from "../settings/settings";
import type { HistoryData, SourceTable, Workbook } from "../workbook/workbook";
import { joinBy, keyOf } from "./accountKey";
import { compareReviews, Comparison } from "./comparison";
import { ReviewExists } from "../errors";
import { appendReview, deleteReview, HistoryTable, replaceReview } from "./history";
import { historyChange } from "./historyChange";
import { historyProblemText } from "./history";
import { defaultCompareDate, parseHistory, ReviewSummary } from "./historyRead";
import { rescoreReview, reviewFromTable } from "./records";
import type { Review, ReviewPlanFields } from "./types";
import { Store } from "../store";

/** What the Review section shows. Replaced, never mutated. */
export interface ReviewState {
  loaded: boolean;
  reviews: ReviewSummary[];
  /** Rows of the history that could not be read, in words. */
  problems: string[];
  /** The suggested review to compare with: the latest one before today. */
  suggested: string | null;
  compareDate: string | null;
  /** Re-score the compared review with today's settings (offered when the settings changed). */
  rescore: boolean;
  /** The last comparison the report was built with (movers, trails, settings note). */
  comparison: Comparison | null;
  leftOut: string[];
  confirm: { kind: "replace"; date: string; label: string } | { kind: "delete"; date: string; label: string; accounts: number } | null;
  /** "Saved", "Deleted": one sentence after an action. */
  done: { kind: "saved" | "replaced" | "deleted"; label: string; sheet: string } | null;
  busy: boolean;
}

export interface ReviewHost {
  table(): SourceTable | null;
  settings(): Settings;
  /** Rebuild the matrix (debounced, as any settings change). */
  rebuild(): void;
  fail(e: unknown): void;
  /** The account plan's fields per account (in the table's account order), stored with the review; undefined without a plan. */
  planFields?(table: SourceTable, settings: Settings): (ReviewPlanFields | null)[] | undefined;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Save, compare and delete reviews, apart from the pane's Controller: the history is
 * read once (at start and after each save or delete) and the parsed reviews are cached, so a
 * slider movement rescored with a comparison never reads the sheet again.
 */
export class ReviewController {
  private history: HistoryData | null = null;
  private parsed = new Map<string, Review>();
  private readonly store = new Store<ReviewState>({
    loaded: false,
    reviews: [],
    problems: [],
    suggested: null,
    compareDate: null,
    rescore: false,
    comparison: null,
    leftOut: [],
    confirm: null,
    done: null,
    busy: false,
  });

  constructor(
    private readonly workbook: Workbook,
    private readonly lang: Language,
    private readonly host: ReviewHost,
  ) {}

  getState = (): ReviewState => this.store.getState();
  subscribe = (l: (s: ReviewState) => void): (() => void) => this.store.subscribe(l);
  get state(): ReviewState {
    return this.store.getState();
  }
  private set(patch: Partial<ReviewState>): void {
    this.store.set(patch);
  }

  /** Reads the history from the sheet (it survives closing and reopening the workbook). */
  async load(): Promise<void> {
    try {
      this.history = await this.workbook.readHistory();
      const parsed = this.history ? parseHistory(this.history as HistoryTable, this.lang) : { reviews: [], problems: [] };
      this.parsed = new Map(parsed.reviews.map((r) => [r.date, r]));
      const reviews = parsed.reviews.map((r) => ({ date: r.date, label: r.label, accounts: r.accounts.length }));
      const compareDate = this.state.compareDate && this.parsed.has(this.state.compareDate) ? this.state.compareDate : null;
      this.set({
        loaded: true,
        reviews,
        problems: parsed.problems.map((p) => historyProblemText(p, this.lang, 3)),
        suggested: defaultCompareDate(reviews, today()),
        compareDate,
      });
    } catch (e) {
      this.set({ loaded: true });
      this.host.fail(e);
    }
  }

  /** Saves the current results; a review with the same date asks first (confirm "replace"). */
  async save(date: string, label: string, replace = false): Promise<void> {
    const table = this.host.table();
    if (!table) return;
    const settings = this.host.settings();
    this.set({ busy: true, confirm: null, done: null });
    try {
      const then = this.compared(settings);
      const review = reviewFromTable(
        table,
        settings,
        { date, label },
        { idColumn: settings.idColumn ?? null, band: settings.band ?? 0, previous: then ?? undefined },
      );
      const plan = this.host.planFields?.(table, settings);
      if (plan) review.accounts.forEach((a, i) => plan[i] && (a.plan = plan[i]!));
      let edit;
      try {
        edit = replace
          ? replaceReview(this.history as HistoryTable, review, settings.language)
          : appendReview(this.history as HistoryTable | null, review, settings.language);
      } catch (e) {
        if (!(e instanceof ReviewExists)) throw e;
        this.set({ confirm: { kind: "replace", date, label: this.parsed.get(date)?.label ?? "" } });
        return;
      }
      const { sheetName } = await this.workbook.editHistory(historyChange(edit, settings.language));
      await this.load();
      this.set({ done: { kind: replace ? "replaced" : "saved", label: label || date, sheet: sheetName } });
    } catch (e) {
      await this.load();
      this.host.fail(e);
    } finally {
      this.set({ busy: false });
    }
  }

  askDelete(date: string): void {
    const r = this.state.reviews.find((x) => x.date === date);
    if (r) this.set({ confirm: { kind: "delete", date, label: r.label, accounts: r.accounts }, done: null });
  }

  cancel(): void {
    this.set({ confirm: null });
  }

  async confirmDelete(): Promise<void> {
    const c = this.state.confirm;
    if (!c || c.kind !== "delete" || !this.history) return;
    this.set({ busy: true, confirm: null });
    try {
      const settings = this.host.settings();
      const { sheetName } = await this.workbook.editHistory(
        historyChange(deleteReview(this.history as HistoryTable, c.date, settings.language), settings.language),
      );
      if (this.state.compareDate === c.date) this.set({ compareDate: null, comparison: null });
      await this.load();
      this.set({ done: { kind: "deleted", label: c.label || c.date, sheet: sheetName } });
      this.host.rebuild();
    } catch (e) {
      await this.load();
      this.host.fail(e);
    } finally {
      this.set({ busy: false });
    }
  }

  compareWith(date: string | null): void {
    this.set({ compareDate: date && this.parsed.has(date) ? date : null, rescore: false, comparison: null, leftOut: [] });
    this.host.rebuild();
  }

  setRescore(rescore: boolean): void {
    this.set({ rescore });
    this.host.rebuild();
  }

  /** The compared review as the report uses it (re-scored with today's settings when asked). */
  private compared(settings: Settings): Review | null {
    const then = this.state.compareDate ? this.parsed.get(this.state.compareDate) : undefined;
    if (!then) return null;
    if (!this.state.rescore) return then;
    return rescoreReview(then, settings, settings.band ?? 0).review;
  }

  /** What buildReport needs for the comparison; undefined without one. Pure work on cached reviews. */
  forBuild(table: SourceTable, settings: Settings): BuildReview | undefined {
    const then = this.compared(settings);
    if (!then) {
      if (this.state.comparison) this.set({ comparison: null });
      return undefined;
    }
    const band = settings.band ?? 0;
    const options = { idColumn: settings.idColumn ?? null, band, previous: then };
    const now = reviewFromTable(table, settings, { date: today(), label: "" }, options);
    const comparison = compareReviews(then, now, settings.language);
    const leftOut = this.state.rescore ? rescoreReview(then, settings, band).leftOut : [];
    this.set({ comparison, leftOut });
    return { comparison, previous: previousQuadrants(then, now), band };
  }
}

/** Each current account's quadrant in the earlier review (joined by account key), in the current order. */
export function previousQuadrants(then: Review, now: Review): (Quadrant | null)[] {
  const by = joinBy(then.accounts, now.accounts);
  const q = new Map<string, Quadrant | null>();
  for (const a of then.accounts) {
    const k = keyOf(by, a);
    if (!q.has(k)) q.set(k, a.quadrant);
  }
  return now.accounts.map((a) => q.get(keyOf(by, a)) ?? null);
}
