/**
 * Which numeric columns of the ratings table are criteria and how each is combined: offered when
 * the table is picked, kept when a role is mapped to another column, and restored by header on Refresh.
 */
import type { PrepareSettings, RatingRole } from "../settings/prepare";
import type { SourceTable } from "../workbook/workbook";
import { mapRatingColumns } from "./columns";
import type { PickedRatings } from "./prepareState";
import { rawOf, sourceOf } from "./rawInputs";
import { ratingCandidates, RatingCriterion } from "./ratingsInput";
import { remap, resolveMapping } from "./storedMapping";

/** Ratings just read: every numeric column not mapped to a role is a candidate, and all are chosen. */
export function pickedRatings(table: SourceTable): PickedRatings {
  const mapping = mapRatingColumns(table.headers);
  const candidates = ratingCandidates(rawOf(table), mapping);
  return { table, source: sourceOf(table), mapping, candidates, criteria: candidates };
}

/** A role mapped to another column: the candidates change, the chosen ones keep their method. */
export function remapRatings(r: PickedRatings, role: RatingRole, column: number | undefined): PickedRatings {
  const mapping = remap(r.mapping, role, column);
  const candidates = ratingCandidates(rawOf(r.table), mapping);
  const chosen = new Set(r.criteria.map((c) => c.column));
  const method = new Map(r.criteria.map((c) => [c.column, c.method]));
  const criteria = candidates.filter((c) => chosen.has(c.column)).map((c) => ({ ...c, method: method.get(c.column) ?? c.method }));
  return { ...r, mapping, candidates, criteria };
}

/** A candidate column taken in or out of the criteria, or its method changed. */
export function chooseCriterion(
  r: PickedRatings,
  column: number,
  choice: { included: boolean; method?: RatingCriterion["method"] },
): RatingCriterion[] {
  const current = new Map(r.criteria.map((c) => [c.column, c]));
  return r.candidates.flatMap((c) => {
    if (c.column !== column) return current.has(c.column) ? [current.get(c.column)!] : [];
    return choice.included ? [{ ...c, method: choice.method ?? current.get(c.column)?.method ?? c.method }] : [];
  });
}

/** The stored ratings input resolved on the table read again: mapping by header, criteria by header. */
export function storedRatings(table: SourceTable, stored: NonNullable<PrepareSettings["ratings"]>): PickedRatings {
  const mapping = resolveMapping(table.headers, stored.mapping, mapRatingColumns(table.headers));
  const candidates = ratingCandidates(rawOf(table), mapping);
  const method = new Map(stored.criteria.map((c) => [c.header, c.method]));
  const criteria = stored.criteria.length
    ? candidates.filter((c) => method.has(c.header)).map((c) => ({ ...c, method: method.get(c.header)! }))
    : candidates;
  return { table, source: stored.source, mapping, candidates, criteria };
}
