import * as React from "react";
import { readAccounts } from "../../app/portfolio/accounts";
import type { Settings } from "../../app/settings/settings";
import { axisCoherence, type AxisCoherence } from "../../app/weights/coherence";
import type { WeightAxis } from "../../app/settings/pairwise";
import type { SourceTable } from "../../app/workbook/workbook";

export type Coherence = Record<WeightAxis, AxisCoherence>;

/**
 * The coherence check of both axes, recomputed only when the table or the mapping changes (not
 * when a weight moves: the correlations do not depend on the sizes of the weights).
 */
export function useCoherence(table: SourceTable | null, settings: Settings): Coherence | null {
  const mapping = JSON.stringify([settings.nameColumn, settings.criteria.map((c) => [c.column, c.axis, c.lowerIsBetter])]);
  return React.useMemo(() => {
    if (!table) return null;
    const accounts = readAccounts(table, settings);
    return { value: axisCoherence(accounts.value), engagement: axisCoherence(accounts.engagement) };
  }, [table, mapping]);
}
