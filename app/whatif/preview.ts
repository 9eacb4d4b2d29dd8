import { isKamError, KamError, Quadrant, Scored } from "../../core";
import { scoreMatrix } from "../portfolio/score";
import { buildChart, ChartAccount } from "../report/chart";
import type { ChartSpec } from "../report/types";
import type { Settings } from "../settings/settings";
import type { PortfolioScores } from "./scores";
import { isBorderline } from "../report/borderline";
import { overrideSeries } from "../plan/overrides";
import type { ChartPoint } from "../report/types";

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
 * settings) marks borderline accounts hollow; `overridden` (per account: the plan overrides its
 * quadrant) adds the sheet's "Override (plan)" marker at the scored position. Null when no account
 * can be classified.
 */
export function previewOf(
  scores: PortfolioScores,
  settings: Settings,
  stability?: readonly Scored[],
  overridden?: readonly boolean[],
): Preview | null {
  let matrix;
  try {
    matrix = scoreMatrix(scores, { value: settings.valueThreshold, engagement: settings.engagementThreshold });
  } catch {
    return null; // nobody has both scores: nothing to draw
  }
  const { value: values, engagement: engagements, quadrants, thresholds } = matrix;
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  const points: ChartAccount[] = [];
  const marks: ChartPoint[] = [];
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
    if (overridden?.[i]) marks.push({ x: values[i] as number, y: engagements[i] as number, label: names[i], labelled: false, account: i });
  }
  if (points.length === 0) return null;
  const spec = buildChart(points, thresholds, settings.language);
  if (marks.length > 0) spec.series.push(overrideSeries(marks, settings.language));
  return { spec, counts, values, engagements, quadrants, thresholds };
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
