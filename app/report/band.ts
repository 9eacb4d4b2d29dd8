import { classify, parseThreshold, PortfolioResult, prioritize, Quadrant } from "../../core";
import type { Settings } from "../settings/settings";

/**
 * The hysteresis band of SPEC 12 on a scored portfolio: with each account's quadrant
 * of the compared review, an account within `band` points of a threshold keeps its earlier side.
 * Quadrants and priorities are replaced in place; returns which accounts the band held.
 */
export function applyBand(scored: PortfolioResult, settings: Settings, previous: readonly (Quadrant | null)[], band: number): boolean[] {
  const values = scored.accounts.map((a) => a.value);
  const engagements = scored.accounts.map((a) => a.engagement);
  const tV = parseThreshold(settings.valueThreshold, "valueThreshold");
  const tE = parseThreshold(settings.engagementThreshold, "engagementThreshold");
  const { quadrants, held } = classify(values, engagements, tV, tE, { previous, band });
  const priority = prioritize(values, engagements, quadrants);
  scored.accounts.forEach((a, i) => {
    a.quadrant = quadrants[i];
    a.priority = priority[i];
  });
  return held ?? scored.accounts.map(() => false);
}
