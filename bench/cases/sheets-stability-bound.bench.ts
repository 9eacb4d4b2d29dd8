/**
 * KAM_STABILITY as Google Sheets runs it, at the largest call the Sheets edition accepts
 * (SHEETS_STABILITY_WORK): 10k accounts x 7 criteria (4 value, 3 engagement) with median
 * thresholds and the most trials that fit. Apps Script stops a custom function after 30 s and
 * runs slower than Node, so this should stay well under that here. Also times the refusal of a
 * call over the bound (it must not start the work).
 */
import { SHEETS_STABILITY_WORK, sheetsFunctions } from "../../hosts/sheets/functions";
import { report, timeMedian } from "../measure";
import { seededRandom } from "../../test/support/portfolios";

const N = 10_000;

function table(seed: number, cols: number): unknown[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: N }, () => Array.from({ length: cols }, () => (rand() < 0.05 ? "" : Math.round(rand() * 1e6) / 100)));
}

const valueData = table(1, 4);
const engagementData = table(2, 3);
const trials = Math.floor(SHEETS_STABILITY_WORK / (N * 7));
const call = (t: number) =>
  sheetsFunctions.stability(
    valueData,
    engagementData,
    undefined,
    undefined,
    undefined,
    t,
    undefined,
    undefined,
    undefined,
    "median",
    "median",
  );

const atBound = timeMedian(3, () => void call(trials));
const refused = timeMedian(7, () => {
  try {
    call(trials + 1);
  } catch {
    return;
  }
  throw new Error("a call over the bound was not refused");
});
report({ case: "sheets-stability-bound", n: N, criteria: 7, trials, thresholds: "median", ...atBound, refusedMs: refused.ms });
