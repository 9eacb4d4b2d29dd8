import { isBlank, parseOption, toMatrix } from "./cells";
import { fail } from "./errors";
import { Messages } from "./messages";

/**
 * Weights from pairwise comparisons (SPEC 16), the analytic hierarchy process: a_ij says how many
 * times criterion i matters as much as criterion j; the weights are the principal eigenvector of
 * the completed matrix, and the consistency ratio says how far the comparisons contradict each other.
 */

export const MIN_PAIRWISE = 2;
export const MAX_PAIRWISE = 15;

/** Saaty's random indices RI_k for k = 3..15 (RI_1 = RI_2 = 0). */
const RANDOM_INDEX: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** A CR above this means the comparisons contradict each other (Saaty's rule of thumb). */
export const CR_LIMIT = 0.1;

export const WEIGHTS_OUTPUTS = ["weights", "cr", "lambda"] as const;
export type WeightsOutput = (typeof WEIGHTS_OUTPUTS)[number];
export const parseWeightsOutput = (v: unknown): WeightsOutput => parseOption(v, "output", WEIGHTS_OUTPUTS, "weights");

export interface PairwiseResult {
  /** The principal eigenvector, adding up to 1. */
  readonly weights: number[];
  readonly lambda: number;
  /** Consistency ratio; 0 for k = 2. */
  readonly cr: number;
}

const isPositive = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;

/**
 * The completed k x k matrix from a pairwise range: a blank diagonal is 1, an off-diagonal blank
 * takes the reciprocal of its mirror. Whole-argument problems are thrown as #VALUE!, naming cells
 * by row and column (1-based, within the range).
 */
export function completePairwise(pairwise: unknown): number[][] {
  const m = toMatrix(pairwise, "pairwise");
  const k = m.length;
  if (k !== m[0].length || k < MIN_PAIRWISE || k > MAX_PAIRWISE) fail("VALUE", Messages.pairwiseShape(m.length, m[0].length));
  const a: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(1));
  for (let i = 0; i < k; i++) {
    const d = m[i][i];
    if (!isBlank(d) && d !== 1) fail("VALUE", Messages.pairwiseDiagonal(i + 1, d));
  }
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const upper = m[i][j];
      const lower = m[j][i];
      if (isBlank(upper) && isBlank(lower)) fail("VALUE", Messages.pairwiseBothBlank(i + 1, j + 1));
      if (!isBlank(upper) && !isPositive(upper)) fail("VALUE", Messages.pairwiseNotPositive(i + 1, j + 1, upper));
      if (!isBlank(lower) && !isPositive(lower)) fail("VALUE", Messages.pairwiseNotPositive(j + 1, i + 1, lower));
      if (isPositive(upper) && isPositive(lower) && Math.abs(upper * lower - 1) > 1e-6)
        fail("VALUE", Messages.pairwiseNotReciprocal(i + 1, j + 1, upper, lower));
      a[i][j] = isPositive(upper) ? upper : 1 / (lower as number);
      a[j][i] = isPositive(lower) ? lower : 1 / (upper as number);
    }
  }
  return a;
}

/** Weights, lambda and CR of a completed (positive, reciprocal) matrix, by SPEC 16's power iteration. */
export function pairwiseWeights(a: readonly (readonly number[])[]): PairwiseResult {
  const k = a.length;
  let w = new Array<number>(k).fill(1 / k);
  const aw = new Array<number>(k);
  for (let iteration = 0; iteration < 1000; iteration++) {
    multiply(a, w, aw);
    const sum = aw.reduce((s, x) => s + x, 0);
    let change = 0;
    const next = aw.map((x) => x / sum);
    for (let i = 0; i < k; i++) change = Math.max(change, Math.abs(next[i] - w[i]));
    w = next;
    if (change <= 1e-14) break;
  }
  multiply(a, w, aw);
  let lambda = 0;
  for (let i = 0; i < k; i++) lambda += aw[i] / w[i];
  lambda /= k;
  const cr = k <= 2 ? 0 : (lambda - k) / (k - 1) / RANDOM_INDEX[k];
  return { weights: w, lambda, cr };
}

function multiply(a: readonly (readonly number[])[], w: readonly number[], out: number[]): void {
  for (let i = 0; i < a.length; i++) {
    let s = 0;
    for (let j = 0; j < a.length; j++) s += a[i][j] * w[j];
    out[i] = s;
  }
}

/** KAM.WEIGHTS: the weights (k x 1), the CR or lambda (1 x 1) of a pairwise range. */
export function weightsFromPairwise(pairwise: unknown, output: WeightsOutput = "weights"): number[][] {
  const r = pairwiseWeights(completePairwise(pairwise));
  if (output === "cr") return [[r.cr]];
  if (output === "lambda") return [[r.lambda]];
  return r.weights.map((x) => [x]);
}

/** The comparison that contradicts the others most, and the criterion whose detour shows it. */
export interface Inconsistency {
  /** The pair (i < j, 0-based) whose judgement a_ij deviates most from w_i / w_j. */
  readonly i: number;
  readonly j: number;
  /** The third criterion m: a_ij disagrees most with a_im * a_mj (the triangle it contradicts). */
  readonly via: number;
  /** |ln(a_ij * w_j / w_i)|: 0 for a judgement that agrees with the weights. */
  readonly deviation: number;
}

/**
 * The most inconsistent comparison of a completed matrix with k >= 3: the pair with the largest
 * |ln(a_ij w_j / w_i)| (the first such pair in row order when several are within 1e-9), named with the criterion m for which
 * the detour a_im * a_mj is furthest from a_ij (largest |ln(a_ij / (a_im a_mj))|, lowest m on ties).
 */
export function mostInconsistent(a: readonly (readonly number[])[], weights: readonly number[]): Inconsistency | undefined {
  const k = a.length;
  if (k < 3) return undefined;
  let best: { i: number; j: number; deviation: number } | undefined;
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const deviation = Math.abs(Math.log((a[i][j] * weights[j]) / weights[i]));
      if (!best || deviation > best.deviation + 1e-9) best = { i, j, deviation };
    }
  const { i, j, deviation } = best!;
  let via = -1;
  let furthest = -1;
  for (let m = 0; m < k; m++) {
    if (m === i || m === j) continue;
    const gap = Math.abs(Math.log(a[i][j] / (a[i][m] * a[m][j])));
    if (gap > furthest + 1e-9) {
      furthest = gap;
      via = m;
    }
  }
  return { i, j, via, deviation };
}
