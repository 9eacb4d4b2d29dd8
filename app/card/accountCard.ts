import { contributionRow, KamError, Language, Quadrant, quadrantLabel, Scored, strategiesFor } from "../../core";
import type { AxisName } from "../portfolio/score";
import { CardPortfolio, errorOf, numberOf } from "./portfolio";
import { whatItTakes, WhatItTakes } from "./whatItTakes";
import type { RatingSpread } from "./ratingSpread";

/** One criterion on the card: the account's raw value beside the portfolio's median, its points. */
export interface CriterionLine {
  name: string;
  /** The account's raw number, or null when it has none (its score is then the policy's fill). */
  raw: number | null;
  /** Median of the portfolio's numbers for this criterion. */
  median: number;
  lowerIsBetter: boolean;
  /** Criterion score 0..100 after the lower-is-better flip and the missing policy. */
  score: number;
  /** Points this criterion adds to the axis score (KAM.CONTRIB); they add up to the score. */
  contribution: number;
  /** For a rated criterion: the raters and how far apart they were. */
  rating?: RatingSpread;
}

export interface AxisCard {
  score: number;
  threshold: number;
  high: boolean;
  /** Points to the threshold when low; the margin above it when high. */
  gap: number;
  criteria: CriterionLine[];
  /** When low: per criterion, the raw value that alone brings the account to the threshold. */
  whatItTakes: WhatItTakes[];
}

export interface RecommendedAction {
  strategy: string;
  action: string;
}

export type AccountCard =
  | {
      account: number;
      name: unknown;
      scored: true;
      quadrant: Quadrant;
      label: string;
      priority: number;
      /** KAM.STABILITY, when it was computed (a number 0..1, or the account's error). */
      stability?: Scored;
      value: AxisCard;
      engagement: AxisCard;
      actions: RecommendedAction[];
    }
  | { account: number; name: unknown; scored: false; error: KamError };

function medianOf(xs: number[]): number {
  const s = xs.sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function axisCard(p: CardPortfolio, axis: AxisName, account: number): AxisCard {
  const cs = p.scores[axis];
  const input = p.input[axis];
  const n = cs.accounts;
  const score = p.axes[axis].scores[account];
  const threshold = p.thresholds[axis];
  const high = score >= threshold;
  const contributions = contributionRow(cs, account);
  const criteria = input.criteria.map((name, j) => {
    const raw = numberOf(input.data[account][j]);
    const numbers = input.data.map((row) => numberOf(row[j])).filter((x) => x === x);
    const rating = input.ratings?.[j]?.[account];
    return {
      name,
      raw: raw === raw ? raw : null,
      median: medianOf(numbers),
      lowerIsBetter: cs.lowerIsBetter[j],
      score: cs.scores[j * n + account],
      contribution: contributions[j],
      ...(rating ? { rating } : {}),
    };
  });
  return {
    score,
    threshold,
    high,
    gap: high ? score - threshold : threshold - score,
    criteria,
    whatItTakes: high ? [] : whatItTakes(p, axis, account),
  };
}

/** Everything the account card shows for one account of a scored portfolio. */
export function accountCard(p: CardPortfolio, account: number, language: Language): AccountCard {
  const name = p.input.names[account];
  const error = errorOf(p, account);
  if (error) return { account, name, scored: false, error };
  const quadrant = p.quadrants[account] as Quadrant;
  return {
    account,
    name,
    scored: true,
    quadrant,
    label: quadrantLabel(quadrant, language),
    priority: p.priority[account] as number,
    stability: p.input.stability?.[account],
    value: axisCard(p, "value", account),
    engagement: axisCard(p, "engagement", account),
    actions: strategiesFor(quadrant).map((s) => ({ strategy: s.name[language], action: s.actions[language] })),
  };
}
