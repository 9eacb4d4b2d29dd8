/**
 * The one way the pane scores a portfolio, used by the report, a saved review (the history), the
 * what-if preview and the account card. Two steps, so the preview can keep the costly one:
 * scoreCriteria (every criterion normalised: depends on the data, method, missing policy and
 * lower-is-better, never on the size of a weight) and scoreMatrix (weighted means, quadrants with
 * the optional hysteresis band, priority). weightedScores gives exactly the numbers of the core's
 * scoreAxis, so all four agree with KAM.VALUE / KAM.QUADRANT / KAM.PRIORITY.
 */
import {
  AxisNumbers,
  classify,
  CriterionScores,
  criterionScores,
  criterionScoresOf,
  KamError,
  Method,
  MissingPolicy,
  prioritize,
  Quadrant,
  scaleToUnit,
  Scored,
  Threshold,
  weightedScores,
} from "../../core";

export type AxisName = "value" | "engagement";

/** One axis: rows of cells (accounts x criteria) and signed weights (negative = lower is better). */
export interface AxisInput {
  data: readonly (readonly unknown[])[];
  weights: readonly number[];
  /** Lower-is-better per criterion when a weight of 0 cannot say it; default: the negative weights. */
  lowerIsBetter?: readonly boolean[];
}

export type CriteriaScores = Record<AxisName, CriterionScores>;

/**
 * Criterion scores of both axes. `checked`: the arguments are checked as KAM.VALUE checks them
 * (same errors, same order), for the report and the history; the preview and the card skip it.
 */
export function scoreCriteria(
  axes: Record<AxisName, AxisInput>,
  method: Method,
  missing: MissingPolicy,
  options: { checked?: boolean } = {},
): CriteriaScores {
  const one = (a: AxisInput): CriterionScores =>
    options.checked
      ? criterionScores({ data: a.data, weights: [...a.weights], method, missing }, { lowerIsBetter: a.lowerIsBetter })
      : criterionScoresOf(a.data, a.data, scaleToUnit(a.weights), method, missing, a.lowerIsBetter);
  return { value: one(axes.value), engagement: one(axes.engagement) };
}

export interface MatrixScores {
  criteria: CriteriaScores;
  axes: Record<AxisName, AxisNumbers>;
  value: Scored[];
  engagement: Scored[];
  quadrants: (Quadrant | KamError)[];
  thresholds: { value: number; engagement: number };
  /** With a previous review and a band: the accounts the band kept on their previous side. */
  held?: boolean[];
  /** Only when asked for (`rank`): the preview draws no labels and skips the sort. */
  priority: Scored[] | null;
}

export interface MatrixOptions {
  /** Rank the accounts (KAM.PRIORITY). */
  rank?: boolean;
  /** Each account's quadrant in the compared review, for the hysteresis band (SPEC 12). */
  previous?: readonly (Quadrant | null)[];
  band?: number;
}

const toScored = (axis: AxisNumbers): Scored[] => Array.from(axis.scores, (s, i) => (s === s ? s : axis.errors.get(i)!));

/** Weighted means for the weights the criterion scores carry, quadrants and (when asked) priority. */
export function scoreMatrix(
  criteria: CriteriaScores,
  thresholds: { value: Threshold; engagement: Threshold },
  options: MatrixOptions = {},
): MatrixScores {
  const axes = { value: weightedScores(criteria.value), engagement: weightedScores(criteria.engagement) };
  const value = toScored(axes.value);
  const engagement = toScored(axes.engagement);
  const hysteresis = options.previous ? { previous: options.previous, band: options.band ?? 0 } : {};
  const classified = classify(value, engagement, thresholds.value, thresholds.engagement, hysteresis);
  const priority = options.rank ? prioritize(value, engagement, classified.quadrants) : null;
  return {
    criteria,
    axes,
    value,
    engagement,
    quadrants: classified.quadrants,
    thresholds: classified.thresholds,
    ...(classified.held ? { held: classified.held } : {}),
    priority,
  };
}
