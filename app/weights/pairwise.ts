import { Inconsistency, mostInconsistent, pairwiseWeights } from "../../core";
import { criteriaOn, MAX_WEIGHT, Settings } from "../settings/settings";
import type { PairJudgement, WeightAxis } from "../settings/pairwise";

/**
 * "Derive weights": the criteria of one axis compared two at a time (analytic hierarchy process),
 * the weights and the consistency ratio that follow, and applying them to the weight sliders.
 */

/** Saaty's scale: the slider runs over 17 steps, 1/9 .. 1/2, 1, 2 .. 9. */
export const SLIDER_MIN = -8;
export const SLIDER_MAX = 8;
export const sliderToRatio = (step: number): number => (step >= 0 ? step + 1 : 1 / (1 - step));
/** The nearest slider step of a ratio (a stored ratio off the scale snaps to it). */
export function ratioToSlider(ratio: number): number {
  const step = ratio >= 1 ? Math.round(ratio) - 1 : 1 - Math.round(1 / ratio);
  return Math.max(SLIDER_MIN, Math.min(SLIDER_MAX, step));
}

/** The criteria of an axis compared in pairs, in column order: (1,2), (1,3), ..., (2,3), ... */
export function pairsOf(columns: readonly string[], stored: readonly PairJudgement[] = []): PairJudgement[] {
  const pairs: PairJudgement[] = [];
  for (let i = 0; i < columns.length; i++)
    for (let j = i + 1; j < columns.length; j++) {
      const a = columns[i];
      const b = columns[j];
      const same = stored.find((p) => p.a === a && p.b === b);
      const mirrored = stored.find((p) => p.a === b && p.b === a);
      pairs.push({ a, b, ratio: same ? same.ratio : mirrored ? 1 / mirrored.ratio : 1 });
    }
  return pairs;
}

/** The completed k x k matrix of the pairs (1 on the diagonal, reciprocals below it). */
export function pairwiseMatrix(columns: readonly string[], pairs: readonly PairJudgement[]): number[][] {
  const k = columns.length;
  const a = Array.from({ length: k }, () => new Array<number>(k).fill(1));
  for (const p of pairs) {
    const i = columns.indexOf(p.a);
    const j = columns.indexOf(p.b);
    if (i < 0 || j < 0 || i === j) continue;
    a[i][j] = p.ratio;
    a[j][i] = 1 / p.ratio;
  }
  return a;
}

export interface Derived {
  columns: string[];
  weights: number[];
  cr: number;
  lambda: number;
  /** When CR > 0.1: the comparison that contradicts the others most, by column name. */
  inconsistent?: { a: string; b: string; via: string };
}

/** Weights and CR of an axis's judgements; null with fewer than 2 criteria. */
export function derive(columns: readonly string[], pairs: readonly PairJudgement[], limit = 0.1): Derived | null {
  if (columns.length < 2) return null;
  const a = pairwiseMatrix(columns, pairs);
  const r = pairwiseWeights(a);
  const worst: Inconsistency | undefined = r.cr > limit ? mostInconsistent(a, r.weights) : undefined;
  return {
    columns: [...columns],
    weights: r.weights,
    cr: r.cr,
    lambda: r.lambda,
    ...(worst ? { inconsistent: { a: columns[worst.i], b: columns[worst.j], via: columns[worst.via] } } : {}),
  };
}

/** The axis's columns as the pane compares them (criteria of that axis, in column order). */
export const axisColumns = (settings: Settings, axis: WeightAxis): string[] => criteriaOn(settings, axis).map((c) => c.column);

/** Slider weights (0..10, two decimals) from derived weights: the largest becomes 10, ratios kept. */
export function sliderWeights(weights: readonly number[]): number[] {
  const max = Math.max(...weights);
  return weights.map((w) => (max > 0 ? Math.round((100 * MAX_WEIGHT * w) / max) / 100 : 0));
}

/** "Use these weights": the axis's criteria get the derived weights on the slider scale. */
export function applyDerived(settings: Settings, derived: Derived): Settings {
  const scaled = sliderWeights(derived.weights);
  const weightOf = new Map(derived.columns.map((c, i) => [c, scaled[i]]));
  return { ...settings, criteria: settings.criteria.map((c) => (weightOf.has(c.column) ? { ...c, weight: weightOf.get(c.column)! } : c)) };
}

/** Stores one axis's judgements (only the pairs of its current criteria). */
export function withJudgements(settings: Settings, axis: WeightAxis, pairs: readonly PairJudgement[]): Settings {
  return { ...settings, pairwise: { ...settings.pairwise, [axis]: pairs.map((p) => ({ ...p })) } };
}

/** Whether a settings change only touched the stored judgements (the scores, preview and sheet stay as they are). */
export function onlyJudgementsChanged(before: Settings, after: Settings): boolean {
  if (before === after || before.pairwise === after.pairwise) return false;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete("pairwise");
  for (const k of keys) if (before[k as keyof Settings] !== after[k as keyof Settings]) return false;
  return true;
}
