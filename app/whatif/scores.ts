import { CriterionScores, scaleToUnit } from "../../core";
import { scoreCriteria } from "../portfolio/score";
import { Accounts, readAccounts } from "../portfolio/accounts";
import { criteriaOn, Settings } from "../settings/settings";
import { columnLabels } from "../settings/mapping";
import type { SourceTable } from "../workbook/workbook";

/**
 * The portfolio's criterion scores, kept while only weights change: they depend on the
 * table, which columns feed which axis, lower-is-better, the method and the missing policy, never
 * on the size of a weight. A slider move then costs one weighted mean per axis (weightedScores).
 */
export interface PortfolioScores {
  accounts: Accounts;
  /** Criterion scores carrying the current weights (scaled to unit, signed), as KAM.VALUE gets them. */
  value: CriterionScores;
  engagement: CriterionScores;
}

/** Signed weights of one axis as the settings give them now, scaled as the core's parseWeights does. */
function weightsOf(settings: Settings, axis: "value" | "engagement", present: Set<string>): number[] {
  return scaleToUnit(
    criteriaOn(settings, axis)
      .filter((c) => present.has(c.column))
      .map((c) => (c.lowerIsBetter ? -c.weight : c.weight)),
  );
}

/** What the criterion scores depend on, apart from the table itself. */
function keyOf(settings: Settings): string {
  const axis = (a: "value" | "engagement") => criteriaOn(settings, a).map((c) => [c.column, c.lowerIsBetter]);
  return JSON.stringify([settings.nameColumn, settings.language, settings.method, settings.missing, axis("value"), axis("engagement")]);
}

const hasWeight = (cs: CriterionScores) => cs.weights.some((w) => w !== 0);

export class ScoreCache {
  private table: SourceTable | null = null;
  private key = "";
  private cached: { accounts: Accounts; value: CriterionScores; engagement: CriterionScores; present: Set<string> } | null = null;
  /** How often the criterion scores were computed (tests: a weight change must not recompute them). */
  computed = 0;

  /**
   * The scores for this table and these settings; null when there is nothing to score (no
   * accounts, an axis without criteria or without any weight). Errors of single accounts stay
   * inside the scores, as in KAM.VALUE.
   */
  scores(table: SourceTable | null, settings: Settings): PortfolioScores | null {
    if (!table) return null;
    const key = keyOf(settings);
    if (table !== this.table || key !== this.key || !this.cached) {
      this.table = table;
      this.key = key;
      this.cached = null;
      const accounts = readAccounts(table, settings);
      if (accounts.names.length === 0 || accounts.value.criteria.length === 0 || accounts.engagement.criteria.length === 0) return null;
      const axis = (a: Accounts["value"]) => ({ data: a.data, weights: a.weights, lowerIsBetter: a.criteria.map((c) => c.lowerIsBetter) });
      this.computed++;
      try {
        const made = scoreCriteria(
          { value: axis(accounts.value), engagement: axis(accounts.engagement) },
          settings.method,
          settings.missing,
        );
        this.cached = { accounts, ...made, present: new Set(columnLabels(table.headers)) };
      } catch {
        return null; // a whole-column problem: the build says it in words, the preview just waits
      }
    }
    const { accounts, present } = this.cached;
    const value: CriterionScores = { ...this.cached.value, weights: weightsOf(settings, "value", present) };
    const engagement: CriterionScores = { ...this.cached.engagement, weights: weightsOf(settings, "engagement", present) };
    if (!hasWeight(value) || !hasWeight(engagement)) return null;
    return { accounts, value, engagement };
  }
}
