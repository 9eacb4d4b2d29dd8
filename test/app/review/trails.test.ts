/** Which moves get a trail on the chart: every quadrant change plus the 10 largest moves, at most 25. */
import { joinReviews, MAX_TRAILS, Review, ReviewAccount, selectTrails } from "../../../app/review";
import type { Quadrant as Q } from "../../../core";

const PRINT = {
  method: "none",
  missing: "median",
  valueThreshold: 50,
  engagementThreshold: 50,
  band: 0,
  criteria: [],
} as Review["settings"];

const account = (name: string, v: number | null, e: number | null, q: Q | null): ReviewAccount => ({
  key: name.toLowerCase(),
  id: null,
  name,
  raw: new Map(),
  scores: new Map(),
  value: v,
  engagement: e,
  quadrant: q,
  priority: null,
  revenue: null,
});

interface Move {
  name: string;
  /** Distance moved (along the value axis, inside one half so the quadrant is known). */
  d: number;
  changed: boolean;
}

/** Unchanged: value 0 -> d in quadrant 3; changed: 50 + d/2 (Q1) -> 50 - d/2 (Q3). Either way the distance is d. */
function reviews(moves: Move[], extra: { then?: ReviewAccount[]; now?: ReviewAccount[] } = {}): { then: Review; now: Review } {
  const then = moves.map((m) => (m.changed ? account(m.name, 50 + m.d / 2, 80, 1) : account(m.name, 0, 80, 3)));
  const now = moves.map((m) => (m.changed ? account(m.name, 50 - m.d / 2, 80, 3) : account(m.name, m.d, 80, 3)));
  return {
    then: { date: "2026-09-30", label: "Q3", settings: PRINT, accounts: [...then, ...(extra.then ?? [])] },
    now: { date: "2026-12-31", label: "Q4", settings: PRINT, accounts: [...now, ...(extra.now ?? [])] },
  };
}

const trailsOf = (r: { then: Review; now: Review }) => selectTrails(joinReviews(r.then, r.now));
const names = (prefix: string, n: number, d: (i: number) => number, changed: boolean): Move[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${String(i).padStart(2, "0")}`, d: d(i), changed }));

describe("trail selection", () => {
  it("few quadrant changes: all of them plus the 10 largest other moves", () => {
    // 5 changed with small moves (1..5), 30 unchanged moving 10..39: 5 + the 10 largest (30..39) = 15.
    const r = reviews([...names("c", 5, (i) => i + 1, true), ...names("u", 30, (i) => 10 + i, false)]);
    const t = trailsOf(r);
    expect(t).toHaveLength(15);
    expect(
      t
        .filter((x) => x.changedQuadrant)
        .map((x) => x.name)
        .sort(),
    ).toEqual(["c00", "c01", "c02", "c03", "c04"]);
    expect(t.filter((x) => !x.changedQuadrant).map((x) => x.distance)).toEqual([39, 38, 37, 36, 35, 34, 33, 32, 31, 30]);
  });

  it("many quadrant changes: capped at 25, the 10 largest moves always in, then the largest changes", () => {
    // 30 changed moving 1..30, 10 unchanged moving 100..109: the 10 unchanged + changes 16..30 = 25.
    const r = reviews([...names("c", 30, (i) => i + 1, true), ...names("u", 10, (i) => 100 + i, false)]);
    const t = trailsOf(r);
    expect(t).toHaveLength(MAX_TRAILS);
    expect(t.filter((x) => !x.changedQuadrant)).toHaveLength(10);
    expect(
      t
        .filter((x) => x.changedQuadrant)
        .map((x) => x.distance)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 15 }, (_, i) => 16 + i));
    // Drawn largest first.
    expect(t[0].distance).toBe(109);
  });

  it("an account that did not move gets no trail unless its quadrant changed (e.g. a median threshold moved)", () => {
    const still = reviews(names("u", 3, () => 0, false));
    expect(trailsOf(still)).toEqual([]);
    const r = reviews([]);
    r.then.accounts.push(account("Flip", 49, 80, 1));
    r.now.accounts.push(account("Flip", 49, 80, 3));
    const t = trailsOf(r);
    expect(t.map((x) => [x.name, x.distance, x.changedQuadrant])).toEqual([["Flip", 0, true]]);
  });

  it("new, dropped and unscored accounts have no earlier or later point, so no trail", () => {
    const r = reviews(
      names("c", 2, (i) => 10 + i, true),
      {
        then: [account("Gone", 10, 10, 4), account("Unscored now", 20, 20, 4)],
        now: [account("New", 90, 90, 1), account("Unscored now", null, null, null)],
      },
    );
    expect(trailsOf(r).map((x) => x.name)).toEqual(["c01", "c00"]);
  });

  it("ties go by account key, so the choice is the same every time", () => {
    // 12 unchanged accounts all moving 5: the first 10 by key.
    const r = reviews(names("u", 12, () => 5, false).reverse());
    expect(trailsOf(r).map((x) => x.name)).toEqual(Array.from({ length: 10 }, (_, i) => `u${String(i).padStart(2, "0")}`));
  });
});
