import { Language, moves, Quadrant, quadrantLabel, rowShares } from "../../core";
import { inMatrix, Joined } from "./compare";
import { REVIEW_TEXT } from "./text";
import type { ReviewAccount } from "./types";

/** KAM.MOVES "full" of a comparison (SPEC 13): rows = then, columns = now, 5 = no quadrant. */
export interface Transition {
  /** Row labels: the four quadrants, then "New". */
  rows: string[];
  /** Column labels: the four quadrants, then "Dropped". */
  columns: string[];
  counts: number[][];
  /** Each row divided by its total (a row with total 0 stays 0). */
  shares: number[][];
}

const quadrantCell = (a: ReviewAccount | undefined): Quadrant | null => (inMatrix(a) ? a.quadrant : null);

export function transition(joined: Joined, lang: Language): Transition {
  const before = joined.pairs.map((p) => quadrantCell(p.then));
  const after = joined.pairs.map((p) => quadrantCell(p.now));
  const counts = joined.pairs.length ? moves(before, after, "full") : Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  const labels = ([1, 2, 3, 4] as Quadrant[]).map((q) => quadrantLabel(q, lang));
  const text = REVIEW_TEXT[lang];
  return { rows: [...labels, text.newRow], columns: [...labels, text.droppedColumn], counts, shares: rowShares(counts) };
}

export interface QuadrantKpis {
  quadrant: Quadrant;
  now: number;
  then: number;
  /** In this quadrant both times. */
  stayed: number;
  /** Now here, then in another quadrant. */
  movedIn: number;
  /** Then here, now in another quadrant. */
  movedOut: number;
  /** Now here, not in the matrix then (new, or not scored then): now = stayed + movedIn + entered. */
  entered: number;
  /** Then here, not in the matrix now: then = stayed + movedOut + left. */
  left: number;
  /** Share of the revenue of the accounts in the matrix; null without revenue. */
  revenueShareNow: number | null;
  revenueShareThen: number | null;
}

export interface PortfolioKpis {
  accountsThen: number;
  accountsNow: number;
  /** In the matrix both times. */
  retained: number;
  /** In the matrix now, not then. */
  new: number;
  /** In the matrix then, not now. */
  dropped: number;
  /**
   * Revenue now of the accounts in the matrix then (0 for an account that is gone) / their
   * revenue then; null when there is no revenue then.
   */
  revenueRetention: number | null;
}

export interface ReviewKpis {
  quadrants: QuadrantKpis[];
  portfolio: PortfolioKpis;
}

const revenueOf = (a: ReviewAccount | undefined): number => (a && a.revenue !== null ? a.revenue : 0);

/** Review KPIs: per quadrant and for the portfolio. An account counts where it has a quadrant. */
export function reviewKpis(joined: Joined): ReviewKpis {
  const quadrants: QuadrantKpis[] = ([1, 2, 3, 4] as Quadrant[]).map((quadrant) => ({
    quadrant,
    now: 0,
    then: 0,
    stayed: 0,
    movedIn: 0,
    movedOut: 0,
    entered: 0,
    left: 0,
    revenueShareNow: null,
    revenueShareThen: null,
  }));
  const revenue = { now: [0, 0, 0, 0], then: [0, 0, 0, 0] };
  const hasRevenue = { now: false, then: false };
  const p: PortfolioKpis = { accountsThen: 0, accountsNow: 0, retained: 0, new: 0, dropped: 0, revenueRetention: null };
  let retainedNow = 0;
  let retainedThen = 0;
  for (const pair of joined.pairs) {
    const a = inMatrix(pair.then) ? pair.then : undefined;
    const b = inMatrix(pair.now) ? pair.now : undefined;
    if (a) {
      const k = quadrants[a.quadrant - 1];
      k.then++;
      p.accountsThen++;
      revenue.then[a.quadrant - 1] += revenueOf(a);
      hasRevenue.then ||= a.revenue !== null;
      retainedThen += revenueOf(a);
      // The revenue an account brings now counts even if it cannot be scored now.
      retainedNow += revenueOf(pair.now);
      if (b) {
        if (a.quadrant === b.quadrant) k.stayed++;
        else k.movedOut++;
      } else k.left++;
    }
    if (b) {
      const k = quadrants[b.quadrant - 1];
      k.now++;
      p.accountsNow++;
      revenue.now[b.quadrant - 1] += revenueOf(b);
      hasRevenue.now ||= b.revenue !== null;
      if (a) {
        p.retained++;
        if (a.quadrant !== b.quadrant) k.movedIn++;
      } else {
        k.entered++;
        p.new++;
      }
    } else if (a) p.dropped++;
  }
  const totals = { now: revenue.now.reduce((x, y) => x + y, 0), then: revenue.then.reduce((x, y) => x + y, 0) };
  for (const k of quadrants) {
    const i = k.quadrant - 1;
    k.revenueShareNow = hasRevenue.now && totals.now > 0 ? revenue.now[i] / totals.now : null;
    k.revenueShareThen = hasRevenue.then && totals.then > 0 ? revenue.then[i] / totals.then : null;
  }
  p.revenueRetention = hasRevenue.then && retainedThen > 0 ? retainedNow / retainedThen : null;
  return { quadrants, portfolio: p };
}
