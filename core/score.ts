import { isOmitted, isPresent, numericColumns, toMatrix } from "./cells";
import { MIN_COVERAGE } from "./coverage";
import { fail, KamError, Scored } from "./errors";
import { Messages } from "./messages";
import { ColumnBuffers, ColumnModel, medianScore, Method, normalizeValue, ownPercentiles, parseMethod, prepareColumn } from "./normalize";
import { sortScratch } from "./sort";
import { parseOption } from "./cells";
import { parseWeights } from "./weights";

export const MISSING_POLICIES = ["median", "drop", "zero"] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
export const parseMissing = (v: unknown): MissingPolicy => parseOption(v, "missing", MISSING_POLICIES, "median");

/** Raw, unchecked arguments of an axis score, as a host passes them. */
export interface AxisArgs {
  data: unknown;
  weights?: unknown;
  portfolio?: unknown;
  method?: unknown;
  missing?: unknown;
}

export interface AxisResult {
  /** One composite score (0..100) or error per account. */
  scores: Scored[];
  /** Share of the weight with a present value, per account (0..1). */
  coverage: number[];
}

const isHeaderLike = (row: unknown[]) => row.every((c) => typeof c === "string" && c.trim() !== "");

export function coverageOf(row: unknown[], absWeights: readonly number[], totalWeight: number): number {
  let present = 0;
  for (let j = 0; j < absWeights.length; j++) if (isPresent(row[j])) present += absWeights[j];
  return present / totalWeight;
}

/**
 * The scores of one axis kept as numbers, with the (few) per-account errors aside: a million
 * scores in a generic array would each be a boxed heap number. KAM.VALUE builds its output
 * column straight from this; scoreAxis turns it into the AxisResult the other callers use.
 */
export interface AxisNumbers {
  /** Composite score (0..100) per account; NaN where the account has an error. */
  readonly scores: Float64Array;
  /** The error of each account whose score is NaN, by account index. */
  readonly errors: ReadonlyMap<number, KamError>;
  readonly coverage: Float64Array;
}

/** Checks the arguments and scores one axis (value or engagement) for every account: SPEC 1 to 3. */
export function scoreAxis(args: AxisArgs): AxisResult {
  const { scores, errors, coverage } = scoreAxisNumbers(args);
  const n = scores.length;
  const out: Scored[] = new Array(n);
  const cov: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    out[i] = s === s ? s : errors.get(i)!;
    cov[i] = coverage[i];
  }
  return { scores: out, coverage: cov };
}

/** An axis's arguments checked as KAM.VALUE checks them (same errors, same order); `portfolio === data` when omitted. */
export interface ParsedAxisArgs {
  data: unknown[][];
  portfolio: unknown[][];
  weights: number[];
  method: Method;
  missing: MissingPolicy;
}

export function parseAxisArgs(args: AxisArgs): ParsedAxisArgs {
  const data = toMatrix(args.data, "data");
  const criteria = data[0].length;
  const weights = parseWeights(args.weights, criteria);
  const method = parseMethod(args.method);
  const missing = parseMissing(args.missing);
  const portfolio = isOmitted(args.portfolio) ? data : toMatrix(args.portfolio, "portfolio");
  if (portfolio[0].length !== criteria) fail("VALUE", Messages.portfolioColumns(portfolio[0].length, criteria));
  return { data, portfolio, weights, method, missing };
}

/** scoreAxis without building the generic arrays (see AxisNumbers). */
export function scoreAxisNumbers(args: AxisArgs): AxisNumbers {
  const { data, portfolio, weights, method, missing } = parseAxisArgs(args);
  return scoreRows(data, portfolio, weights, method, missing);
}

function scoreRows(data: unknown[][], portfolio: unknown[][], weights: number[], method: Method, missing: MissingPolicy): AxisNumbers {
  const criteria = weights.length;
  const abs = weights.map(Math.abs);
  const total = abs.reduce((a, b) => a + b, 0);
  const dataColumns = numericColumns(data, criteria);
  const portfolioColumns = portfolio === data ? dataColumns : numericColumns(portfolio, criteria);
  // Scored against itself (the default), a percentile column needs no per-account search:
  // ownPercentiles scores each sorted run once and writes the scores back to the rows.
  const own = portfolio === data && method === "percentile";
  // Each column's model is built, used and dropped in turn, in one set of buffers.
  const p = portfolio.length;
  const buffers: ColumnBuffers = { sorted: new Float64Array(p), rows: new Uint32Array(own ? p : 0), scratch: sortScratch(own ? p : 0) };
  const flip = (s: number, j: number) => (weights[j] < 0 ? 100 - s : s);

  // Criterion by criterion (not account by account): one column's sorted values stay in the
  // cache while all accounts are looked up in it. Sums still add criteria in order 1..k.
  const n = data.length;
  const sums = new Float64Array(n);
  const presentWeights = new Float64Array(n);
  // The first criterion error of an account; its sum is set to NaN (which stays NaN) to mark it.
  const errors = new Map<number, KamError>();
  const ownScores = own ? new Float64Array(n) : undefined;
  for (let j = 0; j < criteria; j++) {
    const col = dataColumns[j];
    const model: ColumnModel = prepareColumn(portfolioColumns[j], j + 1, { method, withRows: own, buffers });
    const w = abs[j];
    const lowerIsBetter = weights[j] < 0;
    // A weight-0 criterion adds nothing, not even a gap's fill (0 * NaN would poison the sum).
    const fill = missing === "median" && w !== 0 ? w * flip(medianScore(model, method), j) : 0;
    if (ownScores) {
      ownPercentiles(model, ownScores);
      for (let i = 0; i < n; i++) {
        if (col[i] !== col[i]) sums[i] += fill;
        else {
          presentWeights[i] += w;
          if (w !== 0) sums[i] += w * (lowerIsBetter ? 100 - ownScores[i] : ownScores[i]);
        }
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const x = col[i];
      if (x !== x) {
        // Method "none" with no value inside 0..100 has no median score to fill the gap with.
        if (fill !== fill && !errors.has(i)) errors.set(i, new KamError("NUM", Messages.noneNoMedian(j + 1)));
        sums[i] += fill;
        continue;
      }
      presentWeights[i] += w;
      if (w === 0) continue;
      const s = normalizeValue(model, x, method);
      if (typeof s !== "number") {
        if (!errors.has(i)) errors.set(i, s);
        sums[i] = NaN;
      } else sums[i] += w * (lowerIsBetter ? 100 - s : s);
    }
  }

  const scores = sums; // each account's sum becomes its score, in place
  const coverage = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const presentWeight = presentWeights[i];
    const sum = sums[i];
    const cov = presentWeight / total;
    coverage[i] = cov;
    // The tolerance keeps weights such as 0.1, 0.2, 0.3 (sums off in the last bit) at exactly 50%.
    if (cov < MIN_COVERAGE - 1e-12) {
      errors.set(i, new KamError("NA", Messages.insufficientData(cov, isHeaderLike(data[i]))));
      scores[i] = NaN;
    } else if (sum !== sum && errors.has(i)) {
      scores[i] = NaN; // a criterion error, recorded above
    } else {
      const s = missing === "drop" ? sum / presentWeight : sum / total;
      if (Number.isFinite(s)) {
        // Rounding can push a weighted mean of 100s a hair past 100; the score is defined on [0, 100].
        scores[i] = s < 0 ? 0 : s > 100 ? 100 : s;
      } else {
        errors.set(i, new KamError("NUM", Messages.unexpected("a criterion has no valid scores to fill a gap")));
        scores[i] = NaN;
      }
    }
  }
  return { scores, errors, coverage };
}
