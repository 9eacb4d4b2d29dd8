import type { Language, Quadrant } from "../../core";
import type { BuildReview } from "./comparison";
import type { Settings } from "../settings/settings";
import type { HistoryData, SourceTable, Workbook } from "../workbook/workbook";
import { joinBy, keyOf } from "./accountKey";
import { compareReviews, Comparison } from "./comparison";
import { isWorkbookError } from "../workbook/contract";
import { friendlyError } from "../i18n/errors";
import { HistoryError, PaneError, PaneMessage, ReviewExists } from "../errors";
import { REVIEW_STRINGS } from "../i18n/reviewStrings";
import {
  appendReview,
  deleteReview,
  HistoryEdit,
  historyProblemText,
  HistoryTable,
  newReviewId,
  replaceReview,
  ReviewGroup,
} from "./history";
import { HISTORY_SHEET_NAME, historyChange } from "./historyChange";
import { defaultCompareDate, ParsedHistory, parseHistory, ReviewSummary } from "./historyRead";
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
  private groups: ReviewGroup[] = [];
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
      await this.read();
    } catch (e) {
      this.set({ loaded: true });
      this.fail(e);
    }
  }

  /** Reads and parses the history; a history the pane cannot read throws with what to repair. */
  private async read(): Promise<void> {
    let parsed: ParsedHistory = { reviews: [], problems: [], groups: [] };
    try {
      this.history = await this.workbook.readHistory();
      if (this.history) parsed = parseHistory(this.history as HistoryTable, this.lang);
    } catch (e) {
      // Keep nothing from an earlier read: the pane must not act on reviews it cannot see now.
      this.parsed = new Map();
      this.groups = [];
      this.set({ loaded: true, reviews: [], problems: [], suggested: null, compareDate: null, comparison: null });
      throw e;
    }
    this.groups = parsed.groups;
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
  }

  /** Shows an error in its own words: a history problem names the column or row to repair. */
  private fail(e: unknown): void {
    this.host.fail(e instanceof HistoryError ? new PaneMessage(`${historyProblemText(e.problem, this.lang, 3)}.`) : e);
  }

  /**
   * Applies an edit computed from the latest read. When the host refuses a plain save because the
   * table changed (another pane, a user's edit), the pane reads again and computes it once more
   * (a replace or delete is not repeated: the user confirmed it for what they saw). On any
   * failure the history is read back and the user told what is there now: nothing changed, the
   * new review unfinished, or the old one not (fully) removed.
   */
  private async write(lang: Language, compute: () => HistoryEdit, newId: string | null, retry: boolean): Promise<{ sheetName: string }> {
    for (let attempt = 1; ; attempt++) {
      const edit = compute();
      try {
        const result = await this.workbook.editHistory(historyChange(edit, lang));
        await this.read();
        return result;
      } catch (e) {
        try {
          await this.read();
        } catch (again) {
          // The same refusal on reading (a history it cannot prove or read): nothing was written.
          if (this.message(again) === this.message(e)) throw e;
          throw new PaneMessage(`${REVIEW_STRINGS[this.lang].outcome.unreadable} ${this.message(again)}`);
        }
        const refused = isWorkbookError(e) && e.code === "historyChanged";
        // A refused delete wrote nothing, even when its review is gone now (another pane removed or replaced it).
        const outcome = newId === null && refused ? "unchanged" : writeOutcome(edit, newId, this.groups);
        if (outcome === "done") return { sheetName: HISTORY_SHEET_NAME };
        if (outcome === "unchanged" && retry && attempt === 1 && refused) continue;
        // A first save whose new sheet could not be removed again: named as a review's sheet, not the matrix's.
        if (outcome === "unchanged" && isWorkbookError(e) && e.code === "reportIncomplete")
          throw new PaneMessage(REVIEW_STRINGS[this.lang].outcome.firstSaveIncomplete(e.params.name ?? ""));
        if (outcome === "unchanged") throw e;
        const date = edit.date ?? edit.remove[0]?.date ?? "";
        const t = REVIEW_STRINGS[this.lang].outcome;
        const written = this.groups.find((g) => g.reviewId === newId)?.indices.length ?? 0;
        const text =
          outcome === "unfinished"
            ? t.unfinished(date, written, edit.table.rows.length - edit.appendedFrom)
            : outcome === "oldKept"
              ? t.oldKept(date)
              : t.partlyDeleted(date);
        throw new PaneMessage(text);
      }
    }
  }

  private message(e: unknown): string {
    return e instanceof HistoryError ? `${historyProblemText(e.problem, this.lang, 3)}.` : friendlyError(e, this.lang);
  }

  /** Saves the current results; a review with the same date asks first (confirm "replace"). */
  async save(date: string, label: string, replace = false): Promise<void> {
    const table = this.host.table();
    // Never a press that does nothing: without a table, say so.
    if (!table) return this.fail(new PaneError("noTable"));
    const settings = this.host.settings();
    const lang = settings.language;
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
      const id = newReviewId();
      let sheetName: string;
      try {
        ({ sheetName } = await this.write(
          lang,
          () =>
            replace && this.history
              ? replaceReview(this.history as HistoryTable, review, lang, id)
              : appendReview(this.history as HistoryTable | null, review, lang, id),
          id,
          !replace,
        ));
      } catch (e) {
        if (!(e instanceof ReviewExists)) throw e;
        this.set({ confirm: { kind: "replace", date, label: this.parsed.get(date)?.label ?? "" } });
        return;
      }
      this.set({ done: { kind: replace ? "replaced" : "saved", label: label || date, sheet: sheetName } });
    } catch (e) {
      this.fail(e);
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
      const lang = this.host.settings().language;
      const { sheetName } = await this.write(lang, () => deleteReview(this.history as HistoryTable, c.date, lang), null, false);
      if (this.state.compareDate === c.date) this.set({ compareDate: null, comparison: null });
      this.set({ done: { kind: "deleted", label: c.label || c.date, sheet: sheetName } });
      this.host.rebuild();
    } catch (e) {
      this.fail(e);
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

/**
 * What a failed edit left, read back: "done" (it went through after all), "unchanged" (nothing
 * written), "unfinished" (the new review not written to the end; the old one whole), "oldKept"
 * (the new one whole, the old one not or not fully removed), "partlyDeleted" (a delete stopped
 * part-way).
 */
export function writeOutcome(
  edit: HistoryEdit,
  newId: string | null,
  groups: readonly ReviewGroup[],
): "done" | "unchanged" | "unfinished" | "oldKept" | "partlyDeleted" {
  const now = (r: HistoryEdit["remove"][number]) => groups.find((g) => g.date === r.date && g.reviewId === r.reviewId);
  const whole = edit.remove.every((r) => now(r)?.indices.length === r.rows);
  const gone = edit.remove.every((r) => !now(r));
  const added = newId === null ? null : groups.find((g) => g.reviewId === newId);
  if (newId !== null && !added) return whole ? "unchanged" : "partlyDeleted";
  if (added && !added.complete) return "unfinished";
  if (gone) return "done";
  if (added) return "oldKept";
  return whole ? "unchanged" : "partlyDeleted";
}
