import type { Quadrant } from "../../core";
import { distanceOf, inMatrix, Joined } from "./compare";

export interface Trail {
  key: string;
  name: string;
  /** Earlier position (hollow marker) and current position, value on x, engagement on y. */
  from: { x: number; y: number };
  to: { x: number; y: number };
  quadrantThen: Quadrant;
  quadrantNow: Quadrant;
  distance: number;
  changedQuadrant: boolean;
}

export const MAX_TRAILS = 25;
export const LARGEST_MOVES = 10;

/**
 * Trails for the chart: every account (in the matrix both times) that changed quadrant, plus the
 * 10 largest moves by distance (accounts that did not move at all are no trail), at most 25 in
 * all. When there are more, the largest distances win; the 10 largest moves are always among
 * them. Ties go by account key, so the choice is the same every time.
 */
export function selectTrails(joined: Joined): Trail[] {
  const all: Trail[] = [];
  for (const p of joined.pairs) {
    const a = p.then;
    const b = p.now;
    if (!inMatrix(a) || !inMatrix(b)) continue;
    all.push({
      key: p.key,
      name: p.name,
      from: { x: a.value, y: a.engagement },
      to: { x: b.value, y: b.engagement },
      quadrantThen: a.quadrant,
      quadrantNow: b.quadrant,
      distance: distanceOf(a, b),
      changedQuadrant: a.quadrant !== b.quadrant,
    });
  }
  const order = (x: Trail, y: Trail) => y.distance - x.distance || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  all.sort(order);
  const largest = new Set(all.filter((t) => t.distance > 0).slice(0, LARGEST_MOVES));
  return all.filter((t) => t.changedQuadrant || largest.has(t)).slice(0, MAX_TRAILS);
}
