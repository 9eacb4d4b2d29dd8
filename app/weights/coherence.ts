import { isKamError, numericColumns, rankCorrelations } from "../../core";
import type { AxisData } from "../portfolio/accounts";

/** |rho| from which two criteria of one axis are said to measure the same thing. */
export const COHERENCE_LIMIT = 0.8;

export interface CoherentPair {
  a: string;
  b: string;
  rho: number;
}

export interface AxisCoherence {
  columns: string[];
  /** KAM.CORREL of the axis's criteria, signs flipped for lower-is-better; null where it is #N/A. */
  matrix: (number | null)[][];
  /** Pairs with |rho| >= 0.8, strongest first. */
  strong: CoherentPair[];
}

/**
 * The coherence check of one axis: rank correlations between its criteria (SPEC 18) as the
 * criterion scores see them (a lower-is-better criterion flipped), and the pairs that count twice.
 */
export function axisCoherence(axis: AxisData): AxisCoherence {
  const columns = axis.criteria.map((c) => c.column);
  const signs = axis.criteria.map((c) => (c.lowerIsBetter ? -1 : 1));
  const matrix = rankCorrelations(numericColumns(axis.data, columns.length), signs).map((row) =>
    row.map((c) => (isKamError(c) ? null : c)),
  );
  const strong: CoherentPair[] = [];
  for (let i = 0; i < columns.length; i++)
    for (let j = i + 1; j < columns.length; j++) {
      const rho = matrix[i][j];
      if (rho !== null && Math.abs(rho) >= COHERENCE_LIMIT) strong.push({ a: columns[i], b: columns[j], rho });
    }
  strong.sort((x, y) => Math.abs(y.rho) - Math.abs(x.rho));
  return { columns, matrix, strong };
}
