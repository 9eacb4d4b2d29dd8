import { isBlank, isPresent, scalar } from "./cells";
import { fail, isKamError, KamError, Scored } from "./errors";
import { Messages } from "./messages";

export type Quadrant = 1 | 2 | 3 | 4;
export type Threshold = number | "median" | "mean";
export const DEFAULT_THRESHOLD = 50;

/** A threshold argument: blank means 50; a number in 0..100; or "median" / "mean" (SPEC 4). */
export function parseThreshold(v: unknown, arg: string): Threshold {
  const raw = scalar(v, arg);
  if (isBlank(raw)) return DEFAULT_THRESHOLD;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) fail("VALUE", Messages.thresholdInvalid(arg, raw));
    if (raw < 0 || raw > 100) fail("NUM", Messages.thresholdOutOfRange(arg, raw));
    return raw;
  }
  if (typeof raw === "string") {
    const key = raw.trim().toLowerCase();
    if (key === "median" || key === "mean") return key;
  }
  return fail("VALUE", Messages.thresholdInvalid(arg, raw));
}

/** A score cell as a number in 0..100, or the error that explains why it is not one. */
export function checkScore(v: unknown, arg: string): Scored {
  if (isKamError(v)) return v;
  if (isPresent(v)) return v >= 0 && v <= 100 ? v : new KamError("NUM", Messages.scoreOutOfRange(arg, v));
  if (isBlank(v)) return new KamError("NA", Messages.missingScore(arg));
  return new KamError("VALUE", Messages.notANumber(arg, v));
}

/** Resolves "median"/"mean" over the valid scores being classified; errors are left out. */
export function resolveThreshold(t: Threshold, scores: readonly Scored[], arg: string): number {
  if (typeof t === "number") return t;
  const xs = scores.filter((s): s is number => typeof s === "number");
  if (xs.length === 0) fail("NA", Messages.noValidScores(arg));
  if (t === "mean") return xs.reduce((a, b) => a + b, 0) / xs.length;
  const sorted = Float64Array.from(xs).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quadrantOf(v: number, e: number, tV: number, tE: number): Quadrant {
  if (v >= tV) return e >= tE ? 1 : 2;
  return e >= tE ? 3 : 4;
}

export interface Classified {
  quadrants: (Quadrant | KamError)[];
  thresholds: { value: number; engagement: number };
}

/** Quadrant of every account; an account with an invalid score gets that score's error. */
export function classify(values: readonly Scored[], engagements: readonly Scored[], tV: Threshold, tE: Threshold): Classified {
  const ok = values.map((v, i) => (typeof v === "number" && typeof engagements[i] === "number" ? v : undefined));
  // Thresholds come from accounts that can be classified at all (both scores valid).
  const validV = values.filter((_, i) => ok[i] !== undefined);
  const validE = engagements.filter((_, i) => ok[i] !== undefined);
  const value = resolveThreshold(tV, validV.length ? validV : values, "valueThreshold");
  const engagement = resolveThreshold(tE, validE.length ? validE : engagements, "engagementThreshold");
  const quadrants = values.map((v, i) => {
    const e = engagements[i];
    if (isKamError(v)) return v;
    if (isKamError(e)) return e;
    return quadrantOf(v, e, value, engagement);
  });
  return { quadrants, thresholds: { value, engagement } };
}

/**
 * Priority ranks 1..n (SPEC 4): quadrant 1 first, then v + e descending, then v descending,
 * then input order. Accounts without a quadrant keep their error.
 */
export function prioritize(values: readonly Scored[], engagements: readonly Scored[], quadrants: readonly (Quadrant | KamError)[]): Scored[] {
  const idx: number[] = [];
  quadrants.forEach((q, i) => {
    if (!isKamError(q)) idx.push(i);
  });
  const v = values as number[];
  const e = engagements as number[];
  const q = quadrants as Quadrant[];
  idx.sort((a, b) => q[a] - q[b] || v[b] + e[b] - (v[a] + e[a]) || v[b] - v[a] || a - b);
  const ranks: Scored[] = quadrants.map((x) => x as KamError);
  idx.forEach((i, r) => (ranks[i] = r + 1));
  return ranks;
}
