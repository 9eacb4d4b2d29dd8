import { isKamError, KamError, Quadrant, Scored } from "../../core";
import { scoreMatrix } from "../portfolio/score";
import { buildChart, ChartAccount } from "../report/chart";
import type { ChartSpec } from "../report/types";
import type { Settings } from "../settings/settings";
import type { PortfolioScores } from "./scores";
import { isBorderline } from "../report/borderline";

/** The matrix for the current weights, from cached criterion scores: what the preview draws. */
export interface Preview {
  spec: ChartSpec;
  counts: [number, number, number, number];
  values: Scored[];
  engagements: Scored[];
  quadrants: (Quadrant | KamError)[];
  thresholds: { value: number; engagement: number };
}

/**
 * Weighted means and quadrants for the weights in `scores` (scoreMatrix, without the ranking), then the same ChartSpec the
 * report's chart gets (buildChart). `stability` (per account, when it was computed for these very
 * settings) marks borderline accounts hollow. Null when no account can be classified.
 */
export function previewOf(scores: PortfolioScores, settings: Settings, stability?: readonly Scored[]): Preview | null {
  let matrix;
  try {
    matrix = scoreMatrix(scores, { value: settings.valueThreshold, engagement: settings.engagementThreshold });
  } catch {
    return null; // nobody has both scores: nothing to draw
  }
  const { value: values, engagement: engagements, quadrants, thresholds } = matrix;
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
      // The preview draws no point labels, so it needs no ranking (a sort per slider step).
      priority: Number.MAX_SAFE_INTEGER,
      account: i,
      ...(stability && isBorderline(stability[i]) ? { hollow: true } : {}),
    });
  }
  if (points.length === 0) return null;
  return { spec: buildChart(points, thresholds, settings.language), counts, values, engagements, quadrants, thresholds };
}

/**
 * Whether a settings change can change the data check (taskpane/report/problems.ts): anything but
 * a weight moving between two non-zero values (a weight of 0 changes coverage). The check reads
 * every cell, ~30 ms at 10,000 accounts, so a slider step skips it.
 */
export function problemsMayChange(before: Settings, after: Settings): boolean {
  if (before === after) return false;
  // The pairwise judgements of "Derive weights" do not touch the data check.
  const { criteria: a, pairwise: _pa, ...restA } = before;
  const { criteria: b, pairwise: _pb, ...restB } = after;
  if (JSON.stringify(restA) !== JSON.stringify(restB) || a.length !== b.length) return true;
  return a.some((c, j) => {
    const d = b[j];
    return (
      c.column !== d.column ||
      c.axis !== d.axis ||
      c.lowerIsBetter !== d.lowerIsBetter ||
      (c.weight !== d.weight && (c.weight === 0 || d.weight === 0))
    );
  });
}
