import { isBlank, toMatrix, toVector } from "./cells";
import { fail, isKamError, KamError, Scored } from "./errors";
import { Messages } from "./messages";
import { classify, parseThreshold, prioritize, Quadrant, Threshold } from "./quadrant";
import { AxisArgs, scoreAxis } from "./score";
import type { Language } from "./i18n/language";

export interface PortfolioArgs {
  names: unknown;
  value: AxisArgs;
  engagement: AxisArgs;
  valueThreshold?: unknown;
  engagementThreshold?: unknown;
}

export interface AccountResult {
  name: unknown;
  value: Scored;
  engagement: Scored;
  quadrant: Quadrant | KamError;
  priority: Scored;
  /** Share of each axis's weight with data (0..1). */
  valueCoverage: number;
  engagementCoverage: number;
}

export interface PortfolioResult {
  accounts: AccountResult[];
  thresholds: { value: number; engagement: number };
}

/** Scores both axes, classifies and ranks a portfolio: everything the matrix shows. */
export function scorePortfolio(args: PortfolioArgs): PortfolioResult {
  const names = toVector(args.names, "names");
  const valueRows = toMatrix(args.value.data, "valueData").length;
  const engagementRows = toMatrix(args.engagement.data, "engagementData").length;
  if (valueRows !== names.length) fail("VALUE", Messages.countMismatch("valueData", "names", valueRows, names.length));
  if (engagementRows !== names.length) fail("VALUE", Messages.countMismatch("engagementData", "names", engagementRows, names.length));
  const tV: Threshold = parseThreshold(args.valueThreshold, "valueThreshold");
  const tE: Threshold = parseThreshold(args.engagementThreshold, "engagementThreshold");
  const value = scoreAxis(args.value);
  const engagement = scoreAxis(args.engagement);
  const { quadrants, thresholds } = classify(value.scores, engagement.scores, tV, tE);
  const priority = prioritize(value.scores, engagement.scores, quadrants);
  const accounts = names.map((name, i) => ({
    name,
    value: value.scores[i],
    engagement: engagement.scores[i],
    quadrant: quadrants[i],
    priority: priority[i],
    valueCoverage: value.coverage[i],
    engagementCoverage: engagement.coverage[i],
  }));
  return { accounts, thresholds };
}

/** Column headers of the matrix table (KAM.MATRIX and the results table). */
export const MATRIX_HEADER: Record<Language, string[]> = {
  en: ["Account", "Value", "Engagement", "Quadrant", "Label", "Priority", "Strategy"],
  de: ["Kunde", "Wert", "Engagement", "Quadrant", "Bezeichnung", "Priorität", "Strategie"],
};

/**
 * An account name (index 1-based) as the text a sheet shows: text stays exactly that text, a
 * number or a date becomes its text, an error cell stays that error; anything else (NaN, an
 * object) is a #VALUE! naming what it is, never a value a host cannot show.
 */
export function nameText(v: unknown, index: number): string | KamError {
  if (typeof v === "string") return v;
  if (isBlank(v)) return "";
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isKamError(v)) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return new KamError("VALUE", Messages.nameNotText(index, v));
}
