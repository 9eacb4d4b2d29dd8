import { isOmitted, toVector } from "./cells";
import { fail } from "./errors";
import { Messages } from "./messages";

/**
 * Criterion weights (SPEC 1): omitted means equal; otherwise one finite number per criterion,
 * not all zero. A negative weight marks a lower-is-better criterion.
 */
export function parseWeights(v: unknown, criteria: number): number[] {
  if (isOmitted(v)) return new Array(criteria).fill(1);
  const cells = toVector(v, "weights");
  if (cells.length !== criteria) fail("VALUE", Messages.weightsCount(cells.length, criteria));
  cells.forEach((w, i) => {
    if (typeof w !== "number" || !Number.isFinite(w)) fail("VALUE", Messages.weightNotNumber(i + 1, w));
  });
  const weights = cells as number[];
  if (weights.every((w) => w === 0)) fail("VALUE", Messages.weightsAllZero());
  return weights;
}
