import { fail, KamError, Scored } from "./errors";
import { Messages } from "./messages";
import { normalCdf } from "./normal";
import { parseOption } from "./cells";
import { buildRankIndex, lowerBound, midRank, RankIndex } from "./search-index";
import { sortNumbers, sortNumbersWithRows, SortScratch } from "./sort";

export const METHODS = ["percentile", "minmax", "winsor", "zscore", "none"] as const;
export type Method = (typeof METHODS)[number];

export const parseMethod = (v: unknown): Method => parseOption(v, "method", METHODS, "percentile");

/**
 * One criterion column of the portfolio, prepared once so that scoring each account is cheap:
 * percentile needs the sorted values (O(n log n) once, O(log n) per account), minmax and zscore
 * need summary statistics.
 */
export interface ColumnModel {
  readonly criterion: number; // 1-based, for messages
  readonly sorted: Float64Array;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly sd: number;
  /** winsor's clip points: PERCENTILE.INC of the present values at 0.05 and 0.95 (SPEC 17). */
  readonly lo: number;
  readonly hi: number;
  /** Fast percentile ranks in big columns (see search-index.ts). */
  readonly index?: RankIndex;
  /** rows[k] = position in the column of sorted[k]; only when asked for (ownPercentiles). */
  readonly rows?: Uint32Array;
}

export interface ColumnOptions {
  /** The one method the model will serve: the rank index is built only for percentile. */
  method?: Method;
  /** Keep each sorted value's position, to score the column against itself by ownPercentiles. */
  withRows?: boolean;
  /**
   * Memory to build the model in, at least as long as the column, reused column after column:
   * the model is then valid only until the next column is prepared with the same buffers.
   */
  buffers?: ColumnBuffers;
}

export interface ColumnBuffers {
  sorted: Float64Array;
  rows: Uint32Array;
  scratch: SortScratch;
}

/** Builds the model from a column's present values (NaN marks a missing cell). */
export function prepareColumn(values: Float64Array, criterion: number, options: ColumnOptions = {}): ColumnModel {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n === 0) fail("VALUE", Messages.noNumericValues(criterion));
  const buffers = options.buffers && options.buffers.sorted.length >= n ? options.buffers : undefined;
  const sorted = buffers ? buffers.sorted.subarray(0, n) : new Float64Array(n);
  const rows = options.withRows ? (buffers ? buffers.rows.subarray(0, n) : new Uint32Array(n)) : undefined;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== values[i]) continue;
    if (rows) rows[k] = i;
    sorted[k++] = values[i];
  }
  if (rows) sortNumbersWithRows(sorted, rows, buffers?.scratch);
  else sortNumbers(sorted);
  // ownPercentiles needs no index, and two median lookups are cheaper without one.
  const indexed = (options.method ?? "percentile") === "percentile" && !rows;
  return new Column(criterion, sorted, rows, indexed ? buildRankIndex(sorted) : undefined);
}

class Column implements ColumnModel {
  readonly min: number;
  readonly max: number;
  private stats?: { mean: number; sd: number };
  private clip?: { lo: number; hi: number };

  constructor(
    readonly criterion: number,
    readonly sorted: Float64Array,
    readonly rows: Uint32Array | undefined,
    readonly index: RankIndex | undefined,
  ) {
    this.min = sorted[0];
    this.max = sorted[sorted.length - 1];
  }

  // Only zscore needs the mean and the standard deviation: computed on first use.
  get mean(): number {
    return (this.stats ??= meanAndSd(this.sorted, this.min, this.max)).mean;
  }

  get sd(): number {
    return (this.stats ??= meanAndSd(this.sorted, this.min, this.max)).sd;
  }

  get lo(): number {
    return (this.clip ??= { lo: percentileInc(this.sorted, WINSOR_LOW), hi: percentileInc(this.sorted, WINSOR_HIGH) }).lo;
  }

  get hi(): number {
    return (this.clip ??= { lo: percentileInc(this.sorted, WINSOR_LOW), hi: percentileInc(this.sorted, WINSOR_HIGH) }).hi;
  }
}

/** winsor clips the scale at these quantiles of the portfolio (SPEC 17). */
export const WINSOR_LOW = 0.05;
export const WINSOR_HIGH = 0.95;

/**
 * Excel's PERCENTILE.INC of ascending values: p_f + (h - f) * (p_(f+1) - p_f) with h = (n - 1) q,
 * f = floor(h); p_f itself when f = n - 1.
 */
export function percentileInc(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const h = (n - 1) * q;
  const f = Math.floor(h);
  if (f >= n - 1) return sorted[n - 1];
  return sorted[f] + (h - f) * (sorted[f + 1] - sorted[f]);
}

function meanAndSd(sorted: Float64Array, min: number, max: number): { mean: number; sd: number } {
  const n = sorted.length;
  // Scale by a power of two (exact in binary) so huge values do not overflow the sums and tiny
  // ones do not underflow the squares; z-scores are unchanged by scaling.
  const scale = powerOfTwoScale(Math.max(Math.abs(min), Math.abs(max)));
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] * scale;
  const meanScaled = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i] * scale - meanScaled;
    ss += d * d;
  }
  const sdScaled = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  return { mean: meanScaled / scale, sd: sdScaled / scale };
}

function powerOfTwoScale(magnitude: number): number {
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return 1;
  // Capped at 2^1023: 2^1074 (for subnormal values) is Infinity and would turn scores into NaN.
  const e = Math.floor(Math.log2(magnitude));
  return Math.pow(2, Math.min(-e, 1023));
}

/** Index of the first sorted value > x (upper bound), searching a[lo..hi). */
function upperBound(a: Float64Array, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const clamp = (s: number): number => (s < 0 ? 0 : s > 100 ? 100 : s);

/** Percentile with average ranks for ties: 100 * (L + (E - 1) / 2) / (n - 1). */
function percentile(m: ColumnModel, x: number): number {
  const n = m.sorted.length;
  if (n === 1) return x === m.sorted[0] ? 50 : x < m.sorted[0] ? 0 : 100;
  if (m.index) return clamp((100 * midRank(m.index, x)) / (n - 1));
  const below = lowerBound(m.sorted, x, 0, n);
  const equal = upperBound(m.sorted, x, below, n) - below;
  return clamp((100 * (below + (equal - 1) / 2)) / (n - 1));
}

/**
 * The percentile score of every value of a model prepared withRows, scored against its own
 * column: out[rows[k]] = s(sorted[k]); positions without a value are left untouched. Scoring the
 * portfolio against itself needs no search: in the sorted column a run of E equal values starts
 * after exactly L smaller ones. Same formula and operations as percentile(), so the same bits.
 */
export function ownPercentiles(m: ColumnModel, out: Float64Array): void {
  const { sorted, rows } = m;
  if (!rows) throw new Error("ownPercentiles needs a model prepared withRows");
  const n = sorted.length;
  if (n === 1) {
    out[rows[0]] = 50;
    return;
  }
  for (let start = 0; start < n;) {
    const x = sorted[start];
    let end = start + 1;
    while (end < n && sorted[end] === x) end++; // -0 and 0 are one run, as in every comparison
    const s = clamp((100 * (start + (end - start - 1) / 2)) / (n - 1));
    for (let k = start; k < end; k++) out[rows[k]] = s;
    start = end;
  }
}

function minmax(m: ColumnModel, x: number): number {
  if (m.max === m.min) return 50;
  const range = m.max - m.min;
  if (Number.isFinite(range)) return clamp((100 * (x - m.min)) / range);
  return clamp((100 * (x / 2 - m.min / 2)) / (m.max / 2 - m.min / 2)); // range overflowed: halve
}

/** minmax between the clip points lo and hi: 100 * (min(max(x, lo), hi) - lo) / (hi - lo). */
function winsor(m: ColumnModel, x: number): number {
  const { lo, hi } = m;
  if (hi === lo) return 50;
  const clipped = x < lo ? lo : x > hi ? hi : x;
  const range = hi - lo;
  if (Number.isFinite(range)) return clamp((100 * (clipped - lo)) / range);
  return clamp((100 * (clipped / 2 - lo / 2)) / (hi / 2 - lo / 2)); // range overflowed: halve
}

function zscore(m: ColumnModel, x: number): number {
  if (m.sorted.length < 2 || m.sd === 0) return 50;
  const z = (x - m.mean) / m.sd;
  if (Number.isFinite(z)) return 100 * normalCdf(z);
  const scale = powerOfTwoScale(Math.abs(x));
  return 100 * normalCdf((x * scale - m.mean * scale) / (m.sd * scale));
}

/** The criterion score s(x) in 0..100 of SPEC 2 (before the lower-is-better flip). */
export function normalizeValue(m: ColumnModel, x: number, method: Method): Scored {
  switch (method) {
    case "percentile":
      return percentile(m, x);
    case "minmax":
      return minmax(m, x);
    case "winsor":
      return winsor(m, x);
    case "zscore":
      return zscore(m, x);
    case "none":
      return x >= 0 && x <= 100 ? x : new KamError("NUM", Messages.noneOutOfRange(m.criterion, x));
  }
}

/**
 * Median of the criterion scores of the portfolio's present values. Every method is monotone in x,
 * so this is the score of the middle order statistic(s): no need to score the whole column.
 * For "none", values outside 0..100 (errors) are left out.
 */
export function medianScore(m: ColumnModel, method: Method): number {
  let a = m.sorted;
  if (method === "none") a = a.filter((x) => x >= 0 && x <= 100);
  const n = a.length;
  if (n === 0) return NaN;
  const s = (i: number) => normalizeValue(m, a[i], method) as number;
  return n % 2 === 1 ? s((n - 1) / 2) : (s(n / 2 - 1) + s(n / 2)) / 2;
}
