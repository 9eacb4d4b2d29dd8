import { isKamError, rankCorrelations } from "../../core";
import type { AccountPair } from "./compare";
import type { Review, ReviewAccount } from "./types";

/** Fewer accounts than this give a sentence instead of correlations: too few to say anything. */
export const MIN_PREDICTED_ACCOUNTS = 10;

/** One row of "What predicted revenue change": a criterion (or an axis score) then against the change since. */
export interface PredictorRow {
  /** The criterion's name, or "value" / "engagement" for the axis scores. */
  name: string;
  kind: "criterion" | "value" | "engagement";
  /** Spearman rank correlation (SPEC 18) of the score then with the revenue change; null when it has none. */
  rho: number | null;
  /** Accounts that entered it: in both reviews, revenue both times, a score then. */
  n: number;
}

export type PredictedGrowth =
  { kind: "rows"; rows: PredictorRow[]; accounts: number } | { kind: "tooFew"; accounts: number } | { kind: "noRevenue" };

/**
 * Which criteria predicted the accounts' later revenue change: for each criterion of the earlier
 * review, and for its value and engagement scores, the rank correlation between the score then
 * and the revenue change since (revenue now / revenue then - 1), over the accounts in both reviews
 * with revenue both times (revenue then above 0). Evidence for or against the weights, not a cause.
 */
export function predictedGrowth(pairs: readonly AccountPair[], then: Review): PredictedGrowth {
  const both = pairs.filter(
    (p): p is AccountPair & { then: ReviewAccount; now: ReviewAccount } =>
      p.then !== undefined && p.now !== undefined && p.then.revenue !== null && p.then.revenue > 0 && p.now.revenue !== null,
  );
  if (!then.accounts.some((a) => a.revenue !== null)) return { kind: "noRevenue" };
  if (both.length < MIN_PREDICTED_ACCOUNTS) return { kind: "tooFew", accounts: both.length };
  const change = Float64Array.from(both, (p) => p.now.revenue! / p.then.revenue! - 1);
  const row = (name: string, kind: PredictorRow["kind"], score: (a: ReviewAccount) => number | null | undefined): PredictorRow => {
    const x = Float64Array.from(both, (p) => score(p.then) ?? NaN);
    let n = 0;
    for (const v of x) if (v === v) n++;
    const cell = n >= MIN_PREDICTED_ACCOUNTS ? rankCorrelations([x, change])[0][1] : null;
    return { name, kind, rho: cell === null || isKamError(cell) ? null : cell, n };
  };
  return {
    kind: "rows",
    accounts: both.length,
    rows: [
      ...then.settings.criteria.map((c) => row(c.name, "criterion", (a) => a.scores.get(c.name))),
      row("value", "value", (a) => a.value),
      row("engagement", "engagement", (a) => a.engagement),
    ],
  };
}
