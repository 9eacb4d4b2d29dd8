/**
 * For a rated criterion on the card: how many raters answered and how far apart they were, read
 * from the columns "Prepare data" writes beside it on KAM Accounts ("<criterion>: raters",
 * ": lowest", ": highest", in English or German). A criterion without them is not a rated one.
 */
import { RATING_WORDS } from "../prepare/ratingsInput";
import { disagreementThreshold, ratingScale } from "../prepare/ratingsInput";
import { columnLabels } from "../settings/mapping";
import type { SourceTable } from "../workbook/workbook";

export interface RatingSpread {
  raters: number;
  lowest: number;
  highest: number;
  /** The raters lie far apart (2 points on a 1-5 scale, a quarter of another): worth a discussion. */
  discuss: boolean;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Per criterion, per account (in rowIndex order): its spread, or null; undefined for a criterion that is not rated. */
export function ratingSpreads(
  table: Pick<SourceTable, "headers" | "rows">,
  rowIndex: readonly number[],
  criteria: readonly string[],
): ((RatingSpread | null)[] | undefined)[] {
  const labels = columnLabels(table.headers);
  return criteria.map((criterion) => {
    const words = Object.values(RATING_WORDS).find((w) => labels.includes(`${criterion}: ${w.raters}`));
    if (!words) return undefined;
    const [r, lo, hi] = [words.raters, words.lowest, words.highest].map((w) => labels.indexOf(`${criterion}: ${w}`));
    if (lo < 0 || hi < 0) return undefined;
    let min = Infinity;
    let max = -Infinity;
    for (const i of rowIndex) {
      const a = num(table.rows[i][lo]);
      const b = num(table.rows[i][hi]);
      if (a !== null) min = Math.min(min, a);
      if (b !== null) max = Math.max(max, b);
    }
    const threshold = min <= max ? disagreementThreshold(ratingScale(min, max)) : Infinity;
    return rowIndex.map((i) => {
      const raters = num(table.rows[i][r]);
      const lowest = num(table.rows[i][lo]);
      const highest = num(table.rows[i][hi]);
      if (raters === null || lowest === null || highest === null) return null;
      return { raters, lowest, highest, discuss: raters > 1 && threshold > 0 && highest - lowest >= threshold };
    });
  });
}
