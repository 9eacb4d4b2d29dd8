import {
  AxisNumbers,
  CriterionScores,
  isKamError,
  KamError,
  medianInPlace,
  Method,
  MissingPolicy,
  Quadrant,
  Scored,
  Threshold,
  weightedScores,
  withColumn,
} from "../../core";
import type { RatingSpread } from "./ratingSpread";

import { AxisInput, AxisName, CriteriaScores, scoreCriteria, scoreMatrix } from "../portfolio/score";

/** One axis as the pane holds it: raw rows, signed weights (negative = lower is better), criterion names. */
export interface CardAxisInput extends AxisInput {
  criteria: readonly string[];
  /** Per criterion, per account: raters and their spread, for a rated criterion (ratingSpread.ts). */
  ratings?: readonly ((RatingSpread | null)[] | undefined)[];
}

export interface CardInput {
  names: readonly unknown[];
  value: CardAxisInput;
  engagement: CardAxisInput;
  method?: Method;
  missing?: MissingPolicy;
  valueThreshold?: Threshold;
  engagementThreshold?: Threshold;
  /** KAM.STABILITY per account, when it has been computed. */
  stability?: readonly Scored[];
}

/** A portfolio scored once, from which any account's card is cheap. */
export interface CardPortfolio {
  readonly input: CardInput;
  readonly scores: Record<AxisName, CriterionScores>;
  readonly axes: Record<AxisName, AxisNumbers>;
  readonly quadrants: (Quadrant | KamError)[];
  readonly priority: Scored[];
  readonly thresholds: { value: number; engagement: number };
}

/** Scores both axes as KAM.VALUE / KAM.ENGAGEMENT / KAM.QUADRANT / KAM.PRIORITY would (the pane's one scoring path). */
export function scoreForCard(input: CardInput, scores?: CriteriaScores): CardPortfolio {
  const made = scores ?? scoreCriteria(input, input.method ?? "percentile", input.missing ?? "median");
  const m = scoreMatrix(made, { value: input.valueThreshold ?? 50, engagement: input.engagementThreshold ?? 50 }, { rank: true });
  return { input, scores: made, axes: m.axes, quadrants: m.quadrants, priority: m.priority!, thresholds: m.thresholds };
}

/** A raw cell as a number, NaN where it is missing (SPEC 1). */
export const numberOf = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : NaN);

/**
 * The account's score and the axis threshold after its value of criterion j becomes x, everyone
 * else unchanged: only that column is normalised again; a "median"/"mean" threshold is taken
 * again over the accounts with both scores. NaN score when the account cannot be scored.
 */
export function scoreIfChanged(
  p: CardPortfolio,
  axis: AxisName,
  account: number,
  j: number,
  x: number,
): { score: number; threshold: number } {
  const cs = p.scores[axis];
  const column = Float64Array.from(p.input[axis].data, (row) => numberOf(row[j]));
  column[account] = x;
  const changed = weightedScores(withColumn(cs, j, column));
  const other = p.axes[axis === "value" ? "engagement" : "value"];
  const t = (axis === "value" ? p.input.valueThreshold : p.input.engagementThreshold) ?? 50;
  const score = changed.scores[account];
  if (typeof t === "number") return { score, threshold: t };
  const both: number[] = [];
  for (let i = 0; i < cs.accounts; i++) {
    const s = changed.scores[i];
    if (s === s && other.scores[i] === other.scores[i]) both.push(s);
  }
  if (both.length === 0) return { score: NaN, threshold: NaN };
  const threshold = t === "mean" ? both.reduce((a, b) => a + b, 0) / both.length : medianInPlace(Float64Array.from(both));
  return { score, threshold };
}

export const errorOf = (p: CardPortfolio, account: number): KamError | undefined => {
  const q = p.quadrants[account];
  return isKamError(q) ? q : undefined;
};
