/**
 * KAM.STABILITY's core: 10k accounts x 7 criteria (4 value, 3 engagement) x 1,000 trials, median
 * thresholds, percentile, 5% blanks. Target: under 1.5 s. Timed from the raw cells (criterion
 * scores included), as the custom function runs; the trials alone are reported as trialsMs.
 */
import { criterionScores, stability, stabilityFromScores } from "../../core";
import { report, timeMedian } from "../measure";
import { seededRandom } from "../../test/support/portfolios";

const N = 10_000;
const TRIALS = 1000;

function table(seed: number, cols: number): unknown[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: N }, () => Array.from({ length: cols }, () => (rand() < 0.05 ? null : Math.round(rand() * 1e6) / 100)));
}

const valueData = table(1, 4);
const engagementData = table(2, 3);
const args = { valueData, engagementData, trials: TRIALS, valueThreshold: "median", engagementThreshold: "median" };
let scored = 0;
const whole = timeMedian(7, () => {
  scored = stability(args).filter((s) => typeof s === "number").length;
});
const value = criterionScores({ data: valueData });
const engagement = criterionScores({ data: engagementData });
const trialsOnly = timeMedian(7, () => {
  stabilityFromScores(value, engagement, { trials: TRIALS, valueThreshold: "median", engagementThreshold: "median" }).step();
});
if (scored < N * 0.9) throw new Error(`expected most of ${N} accounts scored, got ${scored}`);
report({ case: "stability", n: N, criteria: 7, trials: TRIALS, thresholds: "median", ...whole, trialsMs: trialsOnly.ms });
