import { numericColumns } from "./cells";
import { KamError } from "./errors";
import { Messages } from "./messages";
import { ColumnBuffers, medianScore, Method, normalizeValue, ownPercentiles, prepareColumn } from "./normalize";
import { MIN_COVERAGE } from "./coverage";
import { AxisArgs, AxisNumbers, MissingPolicy, parseAxisArgs } from "./score";
import { sortScratch } from "./sort";

/**
 * The criterion scores of one axis, apart from the weighted means (SPEC 2 and 3). They depend on
 * the data, the portfolio, the method, the missing policy and which criteria are lower-is-better,
 * never on the size of a weight: a weight slider or a stability trial only recomputes the means.
 *
 * Stored criterion-major (`scores[j * accounts + i]`), as score.ts walks them: one criterion's
 * scores lie together, so a weighted mean is k passes of one multiply-add over contiguous memory.
 */
export interface CriterionScores {
  readonly accounts: number;
  readonly criteria: number;
  readonly method: Method;
  readonly missing: MissingPolicy;
  /** Weights the scores were made for (scaled to unit, signed); the default of weightedScores. */
  readonly weights: readonly number[];
  /** Criterion j is lower-is-better: its scores are already flipped to 100 - s. */
  readonly lowerIsBetter: readonly boolean[];
  /**
   * Criterion score after the flip. A missing cell holds the policy's fill: the (flipped) median
   * score for "median" (NaN if the column has none), 0 for "zero" and "drop". A present cell
   * whose value is not valid for the method ("none" outside 0..100) holds NaN, its error in cellErrors.
   */
  readonly scores: Float64Array;
  /** 1 where the account has a number for the criterion: coverage is recomputed from this. */
  readonly present: Uint8Array;
  /** Errors of single cells, by j * accounts + i. */
  readonly cellErrors: ReadonlyMap<number, KamError>;
  /** 1 where the account's row is all text (likely a header row), for the coverage message. */
  readonly headerLike: Uint8Array;
}

export interface CriterionOptions {
  /**
   * Which criteria are lower-is-better, when the weights cannot say it (a weight of 0 has no sign,
   * but a pane's slider at 0 keeps its "lower is better" box). Default: the weights that are < 0.
   */
  lowerIsBetter?: readonly boolean[];
}

/** Checks the arguments as KAM.VALUE does (same errors, same order) and scores every criterion. */
export function criterionScores(args: AxisArgs, options: CriterionOptions = {}): CriterionScores {
  const { data, portfolio, weights, method, missing } = parseAxisArgs(args);
  return criterionScoresOf(data, portfolio, weights, method, missing, options.lowerIsBetter);
}

const isHeaderLike = (row: readonly unknown[]) => row.every((c) => typeof c === "string" && c.trim() !== "");

/** criterionScores with checked arguments; `portfolio === data` means "scored against itself". */
export function criterionScoresOf(
  data: readonly (readonly unknown[])[],
  portfolio: readonly (readonly unknown[])[],
  weights: readonly number[],
  method: Method,
  missing: MissingPolicy,
  lowerIsBetter: readonly boolean[] = weights.map((w) => w < 0),
): CriterionScores {
  const k = weights.length;
  const n = data.length;
  const dataColumns = numericColumns(data, k);
  const portfolioColumns = portfolio === data ? dataColumns : numericColumns(portfolio, k);
  const scores = new Float64Array(n * k);
  const present = new Uint8Array(n * k);
  const cellErrors = new Map<number, KamError>();
  const own = portfolio === data && method === "percentile";
  const p = portfolio.length;
  const buffers: ColumnBuffers = { sorted: new Float64Array(p), rows: new Uint32Array(own ? p : 0), scratch: sortScratch(own ? p : 0) };
  for (let j = 0; j < k; j++) {
    scoreColumn(
      dataColumns[j],
      portfolioColumns[j],
      j,
      { method, missing, flip: lowerIsBetter[j], own, buffers },
      scores.subarray(j * n, (j + 1) * n),
      present.subarray(j * n, (j + 1) * n),
      (i, e) => cellErrors.set(j * n + i, e),
    );
  }
  const headerLike = new Uint8Array(n);
  for (let i = 0; i < n; i++) headerLike[i] = isHeaderLike(data[i]) ? 1 : 0;
  return {
    accounts: n,
    criteria: k,
    method,
    missing,
    weights: [...weights],
    lowerIsBetter: [...lowerIsBetter],
    scores,
    present,
    cellErrors,
    headerLike,
  };
}

interface ColumnJob {
  method: Method;
  missing: MissingPolicy;
  flip: boolean;
  /** Percentile of the column against itself: ownPercentiles, no search (as score.ts). */
  own: boolean;
  buffers?: ColumnBuffers;
}

/** One criterion's scores (flipped, gaps filled) into out; the same operations as score.ts. */
function scoreColumn(
  col: Float64Array,
  portfolioCol: Float64Array,
  j: number,
  job: ColumnJob,
  out: Float64Array,
  present: Uint8Array,
  onError: (i: number, e: KamError) => void,
): void {
  const { method, missing, flip, own } = job;
  const model = prepareColumn(portfolioCol, j + 1, { method, withRows: own, buffers: job.buffers });
  const fill = missing === "median" ? (flip ? 100 - medianScore(model, method) : medianScore(model, method)) : 0;
  if (own) ownPercentiles(model, out);
  for (let i = 0; i < col.length; i++) {
    const x = col[i];
    if (x !== x) {
      out[i] = fill;
      continue;
    }
    present[i] = 1;
    const s = own ? out[i] : normalizeValue(model, x, method);
    if (typeof s !== "number") {
      onError(i, s);
      out[i] = NaN;
    } else out[i] = flip ? 100 - s : s;
  }
}

/**
 * The same criterion scores with criterion j's column replaced (one account's value changed, say):
 * only that column is normalised again. The portfolio is the data itself.
 */
export function withColumn(cs: CriterionScores, j: number, column: Float64Array): CriterionScores {
  const n = cs.accounts;
  const scores = cs.scores.slice();
  const present = cs.present.slice();
  present.fill(0, j * n, (j + 1) * n);
  const cellErrors = new Map([...cs.cellErrors].filter(([key]) => Math.floor(key / n) !== j));
  // Searched, not ownPercentiles: the same bits, and below 20,000 values a plain sort beats the
  // sort that carries rows.
  const job: ColumnJob = { method: cs.method, missing: cs.missing, flip: cs.lowerIsBetter[j], own: false };
  scoreColumn(column, column, j, job, scores.subarray(j * n, (j + 1) * n), present.subarray(j * n, (j + 1) * n), (i, e) =>
    cellErrors.set(j * n + i, e),
  );
  return { ...cs, scores, present, cellErrors };
}

/**
 * Checks that new weights fit the criterion scores: as many as criteria, and no weight whose sign
 * says lower-is-better where the scores were not flipped (or the reverse). A weight of 0 fits both.
 */
export function fitsWeights(cs: CriterionScores, weights: ArrayLike<number>): boolean {
  if (weights.length !== cs.criteria) return false;
  for (let j = 0; j < cs.criteria; j++) {
    const w = weights[j];
    if (!Number.isFinite(w) || (w < 0 && !cs.lowerIsBetter[j]) || (w > 0 && cs.lowerIsBetter[j])) return false;
  }
  return true;
}

/** Coverage of every account (share of |w| with a number), as KAM.COVERAGE for these weights. */
export function coverageFor(cs: CriterionScores, weights: ArrayLike<number> = cs.weights): Float64Array {
  const { accounts: n, criteria: k, present } = cs;
  const covered = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < k; j++) {
    const w = Math.abs(weights[j]);
    total += w;
    const base = j * n;
    for (let i = 0; i < n; i++) if (present[base + i]) covered[i] += w;
  }
  for (let i = 0; i < n; i++) covered[i] /= total;
  return covered;
}

/**
 * The composite scores for these weights (default: the ones the scores were made for): exactly the
 * numbers of scoreAxisNumbers with the same arguments, computed in the same order of operations.
 * Weights are taken by magnitude; their signs must fit the scores (fitsWeights), or this throws.
 */
export function weightedScores(cs: CriterionScores, weights: ArrayLike<number> = cs.weights): AxisNumbers {
  if (!fitsWeights(cs, weights)) throw new RangeError("weightedScores: the weights do not fit these criterion scores (count or sign)");
  const { accounts: n, criteria: k, scores: s, present, missing } = cs;
  const sums = new Float64Array(n);
  const presentWeights = new Float64Array(n);
  // The first criterion (in column order) whose cell is an error, per account; -1 for none.
  const firstError = new Int32Array(n).fill(-1);
  const gapErrors = new Map<number, KamError>();
  let total = 0;
  for (let j = 0; j < k; j++) {
    const w = Math.abs(weights[j]);
    total += w;
    const base = j * n;
    for (let i = 0; i < n; i++) {
      const x = s[base + i];
      if (!present[base + i]) {
        if (w === 0) continue; // a weight-0 criterion adds nothing, as in score.ts
        // Method "none" with no value inside 0..100 has no median score to fill the gap with.
        if (x !== x && firstError[i] < 0) {
          firstError[i] = j;
          gapErrors.set(i, new KamError("NUM", Messages.noneNoMedian(j + 1)));
        }
        sums[i] += w * x; // the fill (0 for "zero" and "drop")
        continue;
      }
      presentWeights[i] += w;
      if (w === 0) continue;
      if (x !== x && cs.cellErrors.has(base + i)) {
        if (firstError[i] < 0) firstError[i] = j;
        sums[i] = NaN;
      } else sums[i] += w * x;
    }
  }
  const errors = new Map<number, KamError>();
  const coverage = new Float64Array(n);
  const out = sums;
  for (let i = 0; i < n; i++) {
    const presentWeight = presentWeights[i];
    const sum = sums[i];
    const cov = presentWeight / total;
    coverage[i] = cov;
    if (cov < MIN_COVERAGE - 1e-12) {
      errors.set(i, new KamError("NA", Messages.insufficientData(cov, cs.headerLike[i] === 1)));
      out[i] = NaN;
    } else if (firstError[i] >= 0) {
      errors.set(i, cs.cellErrors.get(firstError[i] * n + i) ?? gapErrors.get(i)!);
      out[i] = NaN;
    } else {
      const v = missing === "drop" ? sum / presentWeight : sum / total;
      if (Number.isFinite(v)) out[i] = v < 0 ? 0 : v > 100 ? 100 : v;
      else {
        errors.set(i, new KamError("NUM", Messages.unexpected("a criterion has no valid scores to fill a gap")));
        out[i] = NaN;
      }
    }
  }
  return { scores: out, errors, coverage };
}
