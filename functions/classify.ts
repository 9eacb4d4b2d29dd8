/**
 * The element-wise classification that KAM.QUADRANT and KAM.PRIORITY share: the scores cell by
 * cell (an error cell stays that account's error), the thresholds, and the hysteresis band of
 * SPEC 12 when a previous quadrant is given.
 */
import { checkScore, classify, flatten, KamError, Messages, parseBand, parsePrevious, parseThreshold } from "../core";

export function classifyCells(
  valueScores: unknown,
  engagementScores: unknown,
  valueThreshold: unknown,
  engagementThreshold: unknown,
  previous: unknown,
  band: unknown,
) {
  const v = flatten(valueScores, "value");
  const e = flatten(engagementScores, "engagement");
  if (v.rows !== e.rows || v.cols !== e.cols)
    throw new KamError("VALUE", Messages.shapeMismatch("value", "engagement", `${v.rows} x ${v.cols}`, `${e.rows} x ${e.cols}`));
  const vs = v.cells.map((x) => checkScore(x, "value"));
  const es = e.cells.map((x) => checkScore(x, "engagement"));
  const tV = parseThreshold(valueThreshold, "valueThreshold");
  const tE = parseThreshold(engagementThreshold, "engagementThreshold");
  const hysteresis = { previous: parsePrevious(previous, v), band: parseBand(band) };
  return { vs, es, shape: v, ...classify(vs, es, tV, tE, hysteresis) };
}
