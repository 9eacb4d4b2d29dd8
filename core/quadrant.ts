import { flatten, isBlank, isOmitted, isPresent, scalar } from "./cells";
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
  /**
   * Only when a previous quadrant was given: true for each account that the band kept on its
   * previous side of a threshold, so that its quadrant differs from the plain rule's.
   */
  held?: boolean[];
}

/** Hysteresis (SPEC 12): each account's quadrant of the last review (null = none) and the band. */
export interface Hysteresis {
  previous?: readonly (Quadrant | null)[];
  band?: number;
}

export const MAX_BAND = 50;

/** The band argument: blank means 0 (off); a number of score points in 0..50 (SPEC 12). */
export function parseBand(v: unknown): number {
  const raw = scalar(v, "band");
  if (isBlank(raw)) return 0;
  if (typeof raw !== "number" || Number.isNaN(raw)) return fail("VALUE", Messages.bandInvalid(raw));
  if (!(raw >= 0 && raw <= MAX_BAND)) fail("NUM", Messages.bandOutOfRange(raw));
  return raw;
}

/** A previous cell as a quadrant; anything that is not 1..4 means "no previous quadrant". */
export const asQuadrant = (v: unknown): Quadrant | null => (v === 1 || v === 2 || v === 3 || v === 4 ? v : null);

/**
 * The previous argument, row-major like flatten(value): omitted gives undefined (no hysteresis);
 * another shape than value's is an error.
 */
export function parsePrevious(v: unknown, shape: { rows: number; cols: number }): (Quadrant | null)[] | undefined {
  if (isOmitted(v)) return undefined; // also a single blank cell: nothing to hold on to
  const p = flatten(v, "previous");
  if (p.rows !== shape.rows || p.cols !== shape.cols)
    fail("VALUE", Messages.previousShape(`${p.rows} x ${p.cols}`, `${shape.rows} x ${shape.cols}`));
  return p.cells.map(asQuadrant);
}

/** One axis with the band: high at t + band or above, low below t - band, else the previous side. */
function highOn(s: number, t: number, band: number, previousHigh: boolean | undefined): boolean {
  if (previousHigh === undefined || s >= t + band) return s >= t;
  if (s < t - band) return false;
  return previousHigh;
}

/**
 * Quadrant of every account; an account with an invalid score gets that score's error.
 * With `previous` and a band, an account within the band of a threshold keeps its previous side
 * of it (SPEC 12); "median"/"mean" thresholds are computed first, as without a band.
 */
export function classify(
  values: readonly Scored[],
  engagements: readonly Scored[],
  tV: Threshold,
  tE: Threshold,
  hysteresis: Hysteresis = {},
): Classified {
  const ok = values.map((v, i) => (typeof v === "number" && typeof engagements[i] === "number" ? v : undefined));
  // Thresholds come from accounts that can be classified at all (both scores valid).
  const validV = values.filter((_, i) => ok[i] !== undefined);
  const validE = engagements.filter((_, i) => ok[i] !== undefined);
  const value = resolveThreshold(tV, validV.length ? validV : values, "valueThreshold");
  const engagement = resolveThreshold(tE, validE.length ? validE : engagements, "engagementThreshold");
  const { previous } = hysteresis;
  const band = hysteresis.band ?? 0;
  if (previous && previous.length !== values.length)
    fail("VALUE", Messages.previousShape(`${previous.length} x 1`, `${values.length} x 1`));
  const held: boolean[] | undefined = previous ? new Array(values.length).fill(false) : undefined;
  const quadrants = values.map((v, i) => {
    const e = engagements[i];
    if (isKamError(v)) return v;
    if (isKamError(e)) return e;
    const plain = quadrantOf(v, e, value, engagement);
    const p = previous?.[i];
    if (!p || !held) return plain;
    const high = highOn(v, value, band, p <= 2);
    const engaged = highOn(e, engagement, band, p === 1 || p === 3);
    const q: Quadrant = high ? (engaged ? 1 : 2) : engaged ? 3 : 4;
    held[i] = q !== plain;
    return q;
  });
  return held ? { quadrants, thresholds: { value, engagement }, held } : { quadrants, thresholds: { value, engagement } };
}

/**
 * Priority ranks 1..n (SPEC 4): quadrant 1 first, then v + e descending, then v descending,
 * then input order. Accounts without a quadrant keep their error.
 */
export function prioritize(
  values: readonly Scored[],
  engagements: readonly Scored[],
  quadrants: readonly (Quadrant | KamError)[],
): Scored[] {
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
