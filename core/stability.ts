import { isBlank, scalar, toMatrix } from "./cells";
import { CriterionScores, criterionScoresOf, weightedScores } from "./criterion-scores";
import { fail, KamError, Scored } from "./errors";
import { Message, Messages } from "./messages";
import { parseMethod } from "./normalize";
import { classify, parseThreshold, Quadrant, Threshold } from "./quadrant";
import { mulberry32 } from "./random";
import { AxisNumbers, parseMissing } from "./score";
import { medianInPlace, medianNear } from "./select";
import { parseWeights } from "./weights";

export const DEFAULT_SPREAD = 0.25;
export const DEFAULT_TRIALS = 1000;
export const MAX_TRIALS = 100_000;
export const DEFAULT_SEED = 1;
const MAX_SEED = 4294967295;

/** Text, booleans or errors where a number is needed are #VALUE!; a number out of its range is #NUM!. */
function parseNumber(v: unknown, arg: string, dflt: number, ok: (x: number) => boolean, message: (v: unknown) => Message): number {
  const raw = scalar(v, arg);
  if (isBlank(raw)) return dflt;
  if (typeof raw !== "number") return fail("VALUE", message(raw));
  if (!ok(raw)) fail("NUM", message(raw));
  return raw;
}

/** spread: 0 <= spread < 1, default 0.25 (SPEC 14). */
export const parseSpread = (v: unknown): number => parseNumber(v, "spread", DEFAULT_SPREAD, (x) => x >= 0 && x < 1, Messages.spreadInvalid);

/** trials: a whole number from 1 to 100000, default 1000. */
export const parseTrials = (v: unknown): number =>
  parseNumber(v, "trials", DEFAULT_TRIALS, (x) => Number.isInteger(x) && x >= 1 && x <= MAX_TRIALS, Messages.trialsInvalid);

/** seed: a whole number from 0 to 4294967295, default 1. */
export const parseSeed = (v: unknown): number =>
  parseNumber(v, "seed", DEFAULT_SEED, (x) => Number.isInteger(x) && x >= 0 && x <= MAX_SEED, Messages.seedInvalid);

/**
 * A host that stops a call after a time limit (Google Sheets: 30 s per custom function) bounds
 * the work of one KAM.STABILITY call before it starts: work is accounts x criteria x trials (each
 * trial weighs every criterion of every account). Null when the call fits `maxWork` or its
 * arguments are not valid (the call itself then says what is wrong); else the error saying what fits.
 */
export function stabilityWorkError(
  args: Pick<StabilityArgs, "valueData" | "engagementData" | "trials">,
  limit: { maxWork: number; host: string; seconds: number },
): KamError | null {
  let accounts: number, criteria: number, trials: number;
  try {
    const value = toMatrix(args.valueData, "valueData");
    accounts = value.length;
    criteria = value[0].length + toMatrix(args.engagementData, "engagementData")[0].length;
    trials = parseTrials(args.trials);
  } catch {
    return null;
  }
  if (accounts * criteria * trials <= limit.maxWork) return null;
  // At least 1: a host's budget is meant to hold one trial of any portfolio its sheets can hold.
  const fits = Math.max(1, Math.floor(limit.maxWork / (accounts * criteria)));
  return new KamError("NUM", Messages.tooMuchWork(accounts, criteria, trials, fits, limit.host, limit.seconds));
}

/** Raw arguments of KAM.STABILITY, as a host passes them. */
export interface StabilityArgs {
  valueData: unknown;
  engagementData: unknown;
  valueWeights?: unknown;
  engagementWeights?: unknown;
  spread?: unknown;
  trials?: unknown;
  seed?: unknown;
  method?: unknown;
  missing?: unknown;
  valueThreshold?: unknown;
  engagementThreshold?: unknown;
}

/** KAM.STABILITY (SPEC 14): per account the share of weight scenarios keeping its quadrant, or its error. */
export function stability(args: StabilityArgs): Scored[] {
  const valueData = toMatrix(args.valueData, "valueData");
  const engagementData = toMatrix(args.engagementData, "engagementData");
  if (engagementData.length !== valueData.length)
    fail("VALUE", Messages.countMismatch("engagementData", "valueData", engagementData.length, valueData.length));
  const valueWeights = parseWeights(args.valueWeights, valueData[0].length);
  const engagementWeights = parseWeights(args.engagementWeights, engagementData[0].length);
  const spread = parseSpread(args.spread);
  const trials = parseTrials(args.trials);
  const seed = parseSeed(args.seed);
  const method = parseMethod(args.method);
  const missing = parseMissing(args.missing);
  const valueThreshold = parseThreshold(args.valueThreshold, "valueThreshold");
  const engagementThreshold = parseThreshold(args.engagementThreshold, "engagementThreshold");
  // Each axis against its own data as the portfolio, as KAM.VALUE and KAM.ENGAGEMENT without one.
  const value = criterionScoresOf(valueData, valueData, valueWeights, method, missing);
  const engagement = criterionScoresOf(engagementData, engagementData, engagementWeights, method, missing);
  const run = stabilityFromScores(value, engagement, { spread, trials, seed, valueThreshold, engagementThreshold });
  run.step(trials);
  return run.result();
}

export interface StabilityOptions {
  spread?: number;
  trials?: number;
  seed?: number;
  valueThreshold?: Threshold;
  engagementThreshold?: Threshold;
  /** Nominal weights; default: the ones each axis's criterion scores were made for. */
  valueWeights?: ArrayLike<number>;
  engagementWeights?: ArrayLike<number>;
}

export interface NominalResult {
  value: AxisNumbers;
  engagement: AxisNumbers;
  quadrants: (Quadrant | KamError)[];
  /** The thresholds of the nominal weights; undefined when no account could be classified. */
  thresholds?: { value: number; engagement: number };
}

/**
 * A stability computation that can run in slices (the pane runs a few hundred trials per frame):
 * step(count) runs the next trials in the generator's order, so slices give the same result as
 * one run.
 */
export interface StabilityRun {
  readonly trials: number;
  /** Trials run so far. */
  readonly done: number;
  readonly nominal: NominalResult;
  /** Runs up to count more trials (default: all that are left); returns the trials done. */
  step(count?: number): number;
  /** Per account the share of trials keeping the nominal quadrant, or its error; after all trials. */
  result(): Scored[];
}

/** One axis of the scored accounts, criterion-major, ready for a dense multiply per trial. */
interface TrialAxis {
  weights: Float64Array; // |w| nominal
  /** What each criterion adds before the weight: the criterion score or fill, 0 where it adds nothing. */
  terms: Float64Array;
  /** 1 where the criterion counts in the denominator ("drop": present only); undefined: always. */
  counted?: Float64Array;
}

function trialAxis(cs: CriterionScores, weights: ArrayLike<number>, scored: Uint32Array): TrialAxis {
  const { accounts: n, criteria: k } = cs;
  const m = scored.length;
  const abs = Float64Array.from({ length: k }, (_, j) => Math.abs(weights[j]));
  const terms = new Float64Array(k * m);
  const counted = cs.missing === "drop" ? new Float64Array(k * m) : undefined;
  for (let j = 0; j < k; j++) {
    for (let r = 0; r < m; r++) {
      const at = j * n + scored[r];
      // A weight of 0 stays 0 in every trial; its cell may even be an error, which never counts.
      terms[j * m + r] = abs[j] === 0 ? 0 : cs.scores[at];
      if (counted) counted[j * m + r] = cs.present[at];
    }
  }
  return { weights: abs, terms, counted };
}

/**
 * Weighted means of one axis for trial weights w, in the operation order of weightedScores, so
 * that a trial with the nominal weights gives the nominal scores bit for bit.
 */
function trialScores(axis: TrialAxis, w: Float64Array, out: Float64Array, denominators: Float64Array): void {
  const m = out.length;
  const { terms, counted } = axis;
  out.fill(0);
  let total = 0;
  for (let j = 0; j < w.length; j++) {
    const wj = w[j];
    total += wj;
    const base = j * m;
    for (let r = 0; r < m; r++) out[r] += wj * terms[base + r];
  }
  if (counted) {
    denominators.fill(0);
    for (let j = 0; j < w.length; j++) {
      const wj = w[j];
      const base = j * m;
      for (let r = 0; r < m; r++) denominators[r] += wj * counted[base + r];
    }
    for (let r = 0; r < m; r++) {
      const s = out[r] / denominators[r];
      out[r] = s < 0 ? 0 : s > 100 ? 100 : s;
    }
  } else {
    for (let r = 0; r < m; r++) {
      const s = out[r] / total;
      out[r] = s < 0 ? 0 : s > 100 ? 100 : s;
    }
  }
}

/**
 * A threshold of SPEC 4 over the scored accounts: "median" by selection near the last trial's
 * median (the weights move a little, so does the median), "mean" summed in account order.
 */
class TrialThreshold {
  private last = NaN;
  private readonly window = { width: 1 };
  constructor(
    private readonly t: Threshold,
    private readonly scratch: Float64Array,
  ) {}

  of(scores: Float64Array): number {
    const t = this.t;
    if (typeof t === "number") return t;
    if (t === "mean") {
      let sum = 0;
      for (let r = 0; r < scores.length; r++) sum += scores[r];
      return sum / scores.length;
    }
    if (this.last !== this.last) {
      this.scratch.set(scores);
      return (this.last = medianInPlace(this.scratch));
    }
    return (this.last = medianNear(scores, this.last, this.window, this.scratch));
  }
}

const SIDES: Record<Quadrant, number> = { 1: 3, 2: 2, 3: 1, 4: 0 };

const toScored = (axis: AxisNumbers): Scored[] => Array.from(axis.scores, (s, i) => (s === s ? s : axis.errors.get(i)!));

/** KAM.STABILITY from criterion scores made once (the pane keeps them while only weights change). */
export function stabilityFromScores(value: CriterionScores, engagement: CriterionScores, options: StabilityOptions = {}): StabilityRun {
  const spread = options.spread ?? DEFAULT_SPREAD;
  const trials = options.trials ?? DEFAULT_TRIALS;
  const tV = options.valueThreshold ?? 50;
  const tE = options.engagementThreshold ?? 50;
  const vw = options.valueWeights ?? value.weights;
  const ew = options.engagementWeights ?? engagement.weights;
  if (value.accounts !== engagement.accounts)
    fail("VALUE", Messages.countMismatch("engagementData", "valueData", engagement.accounts, value.accounts));
  const n = value.accounts;

  // The nominal result is KAM.VALUE, KAM.ENGAGEMENT and KAM.QUADRANT with these arguments.
  const nominalValue = weightedScores(value, vw);
  const nominalEngagement = weightedScores(engagement, ew);
  const values = toScored(nominalValue);
  const engagements = toScored(nominalEngagement);
  const both: number[] = [];
  for (let i = 0; i < n; i++) if (typeof values[i] === "number" && typeof engagements[i] === "number") both.push(i);
  let nominal: NominalResult;
  if (both.length > 0) {
    const c = classify(values, engagements, tV, tE);
    nominal = { value: nominalValue, engagement: nominalEngagement, quadrants: c.quadrants, thresholds: c.thresholds };
  } else {
    // Nobody can be classified: each account keeps its own error (no threshold to compute).
    const quadrants = values.map((v, i) => (typeof v === "number" ? (engagements[i] as KamError) : v));
    nominal = { value: nominalValue, engagement: nominalEngagement, quadrants };
  }

  const scored = Uint32Array.from(both);
  const m = scored.length;
  const axisV = trialAxis(value, vw, scored);
  const axisE = trialAxis(engagement, ew, scored);
  // Each account's nominal sides as two bits (2: high value, 1: high engagement), so that a trial
  // compares numbers, not quadrants.
  const nominalSides = Uint8Array.from(scored, (i) => SIDES[nominal.quadrants[i] as Quadrant]);
  const hits = new Uint32Array(m);
  const rand = mulberry32(options.seed ?? DEFAULT_SEED);
  const wV = new Float64Array(axisV.weights.length);
  const wE = new Float64Array(axisE.weights.length);
  const v = new Float64Array(m);
  const e = new Float64Array(m);
  const denominators = new Float64Array(m);
  const thresholdV = new TrialThreshold(tV, new Float64Array(m));
  const thresholdE = new TrialThreshold(tE, new Float64Array(m));
  let done = 0;

  const runTrial = () => {
    // One u per value criterion in column order, then one per engagement criterion (SPEC 14).
    for (let j = 0; j < wV.length; j++) wV[j] = axisV.weights[j] * (1 + spread * (2 * rand() - 1));
    for (let j = 0; j < wE.length; j++) wE[j] = axisE.weights[j] * (1 + spread * (2 * rand() - 1));
    if (m === 0) return;
    trialScores(axisV, wV, v, denominators);
    trialScores(axisE, wE, e, denominators);
    const a = thresholdV.of(v);
    const b = thresholdE.of(e);
    // SPEC 4's rule: high on an axis when the score is >= its threshold.
    for (let r = 0; r < m; r++) if (((v[r] >= a ? 2 : 0) | (e[r] >= b ? 1 : 0)) === nominalSides[r]) hits[r]++;
  };

  return {
    trials,
    get done() {
      return done;
    },
    nominal,
    step(count = trials - done) {
      const until = Math.min(trials, done + Math.max(0, Math.floor(count)));
      while (done < until) {
        runTrial();
        done++;
      }
      return done;
    },
    result() {
      if (done < trials) throw new RangeError(`stability: ${done} of ${trials} trials run; call step() until all are done`);
      const out: Scored[] = nominal.quadrants.map((q) => q as KamError);
      for (let r = 0; r < m; r++) out[scored[r]] = hits[r] / trials;
      return out;
    },
  };
}
