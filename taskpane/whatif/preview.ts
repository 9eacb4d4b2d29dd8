import { classify, isKamError, KamError, prioritize, Quadrant, Scored, weightedScores, AxisNumbers } from "../../src";
import { buildChart, ChartAccount } from "../report/chart";
import type { ChartSpec } from "../report/types";
import type { Settings } from "../settings/settings";
import type { PortfolioScores } from "./scores";

/** Under this stability an account's label depends on the weights (issue 11). */
export const BORDERLINE_BELOW = 0.8;

export const isBorderline = (s: Scored | undefined): boolean => typeof s === "number" && s < BORDERLINE_BELOW;

/** The matrix for the current weights, from cached criterion scores: what the preview draws. */
export interface Preview {
  spec: ChartSpec;
  counts: [number, number, number, number];
  values: Scored[];
  engagements: Scored[];
  quadrants: (Quadrant | KamError)[];
  priority: Scored[];
  thresholds: { value: number; engagement: number };
}

const toScored = (axis: AxisNumbers): Scored[] => Array.from(axis.scores, (s, i) => (s === s ? s : axis.errors.get(i)!));

/**
 * Weighted means, quadrants and priorities for the weights in `scores`, then the same ChartSpec the
 * report's chart gets (buildChart). `stability` (per account, when it was computed for these very
 * settings) marks borderline accounts hollow. Null when no account can be classified.
 */
export function previewOf(scores: PortfolioScores, settings: Settings, stability?: readonly Scored[]): Preview | null {
  const values = toScored(weightedScores(scores.value));
  const engagements = toScored(weightedScores(scores.engagement));
  let classified;
  try {
    classified = classify(values, engagements, settings.valueThreshold, settings.engagementThreshold);
  } catch {
    return null; // nobody has both scores: nothing to draw
  }
  const { quadrants, thresholds } = classified;
  const priority = prioritize(values, engagements, quadrants);
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  const points: ChartAccount[] = [];
  const names = scores.accounts.names;
  for (let i = 0; i < names.length; i++) {
    const q = quadrants[i];
    if (isKamError(q)) continue;
    counts[q - 1]++;
    points.push({
      name: names[i],
      value: values[i] as number,
      engagement: engagements[i] as number,
      quadrant: q,
      priority: priority[i] as number,
      account: i,
      ...(stability && isBorderline(stability[i]) ? { hollow: true } : {}),
    });
  }
  if (points.length === 0) return null;
  return { spec: buildChart(points, thresholds, settings.language), counts, values, engagements, quadrants, priority, thresholds };
}
