/** SPEC 5 (resource allocation), SPEC 6 (lifetime value) and KAM.MOVES. */
import { allocate, clv, moves } from "../../functions/functions";
import { moves as movesCore } from "../../core";
import { col, expectError, expectScores, firstColumn, thrown } from "./helpers";

const sum = (xs: unknown[]) => xs.reduce((a: number, b) => a + (typeof b === "number" ? b : 0), 0);

describe("KAM.ALLOCATE", () => {
  it("splits the total by the default shares 40/30/20/10, equally inside a quadrant", () => {
    expectScores(allocate(1000, col(1, 1, 2, 3, 4) as any), [200, 200, 300, 200, 100]);
  });

  it("passes the share of empty quadrants on in proportion to the others", () => {
    // Only quadrants 1 and 2: 0.4 and 0.3 of 0.7.
    expectScores(allocate(700, col(1, 2, 2) as any), [400, 150, 150]);
    expectScores(allocate(100, col(4) as any), [100]);
  });

  it("splits inside a quadrant by account weight; all-zero weights split equally", () => {
    expectScores(allocate(1000, col(1, 1, 2) as any, col(3, 1, 5) as any), [(400 / 0.7) * 0.75, (400 / 0.7) * 0.25, 300 / 0.7]);
    expectScores(allocate(1000, col(1, 1, 2) as any, col(0, 0, 5) as any), [400 / 0.7 / 2, 400 / 0.7 / 2, 300 / 0.7]);
  });

  it("takes custom shares, as proportions", () => {
    expectScores(allocate(100, col(1, 2, 3, 4) as any, null as any, [[1, 1, 1, 1]]), [25, 25, 25, 25]);
    expectScores(allocate(100, col(1, 2) as any, null as any, [[0, 0, 0, 1]]), [50, 50]); // live shares all 0: equal
  });

  it("gives #N/A to an account without a quadrant and the total to the others", () => {
    const cells = firstColumn(allocate(500, col(1, 5, "", null, 2) as any));
    expectError(cells[1], "NA", "no quadrant");
    expectError(cells[2], "NA", "no quadrant");
    expectError(cells[3], "NA", "no quadrant");
    expect(cells[0]).toBeCloseTo((500 * 0.4) / 0.7, 9);
    expect(cells[4]).toBeCloseTo((500 * 0.3) / 0.7, 9);
  });

  it("the parts add up to the total", () => {
    const quadrants = col(1, 3, 3, 2, 4, 4, 4, 1, 2, 3, 9);
    const weights = col(0.1, 7, 2, 0, 1, 1, 3, 5, 0, 0.5, 1);
    expect(Math.abs(sum(firstColumn(allocate(12345.67, quadrants as any, weights as any))) - 12345.67)).toBeLessThan(1e-9);
  });

  it("rejects bad totals, weights and shares, saying what is expected", () => {
    expectError(allocate(-1, col(1) as any), "NUM", "total is -1; it must be a number of 0 or more");
    expectError(allocate("lots", col(1) as any), "VALUE", 'total is "lots"');
    expectError(allocate(100, col(1, 2) as any, col(1) as any), "VALUE", "weights has 1 accounts but quadrants has 2");
    expectError(
      allocate(100, col(1, 2) as any, col(1, -1) as any),
      "VALUE",
      "weight 2 is -1; account weights must be numbers of 0 or more",
    );
    expectError(allocate(100, col(1) as any, null as any, [[0.5, 0.5, 0]]), "VALUE", "shares must be 4 numbers");
    expectError(allocate(100, col(1) as any, null as any, [[0, 0, 0, 0]]), "VALUE", "not all 0");
  });
});

describe("KAM.CLV", () => {
  it("without a horizon is m*r/(1+d-r)", () => {
    expectScores(clv([[100]], [[0.8]], [[0.1]]), [(100 * 0.8) / (1 + 0.1 - 0.8)]);
    expectScores(clv([[100]], [[0]], [[0.1]]), [0]);
  });

  it("with a horizon of T years is the sum of m*r^t/(1+d)^t", () => {
    const expected = [1, 2, 3].reduce((a, t) => a + (100 * 0.8 ** t) / 1.1 ** t, 0);
    expectScores(clv([[100]], [[0.8]], [[0.1]], [[3]]), [expected]);
    expectScores(clv([[50]], [[1]], [[0]], [[4]]), [200]); // r = 1 is allowed with a horizon
  });

  it("works element-wise, scalars broadcast", () => {
    expectScores(clv(col(100, 200) as any, [[0.5]], [[0]]), [100, 200]);
  });

  it.each([
    [[100, 1, 0.1, null], "NUM", "retention 1 must be at least 0 and below 1"],
    [[100, -0.1, 0.1, null], "NUM", "retention -0.1"],
    [[100, 1.1, 0.1, 5], "NUM", "retention 1.1 is outside 0..1"],
    [[100, 0.5, -1, null], "NUM", "discount -1 must be greater than -1"],
    [[100, 0.5, 0.1, 0], "NUM", "years 0 must be a whole number"],
    [[100, 0.5, 0.1, 2.5], "NUM", "years 2.5 must be a whole number"],
    [[100, 0.5, 0.1, "ten"], "VALUE", 'years "ten"'],
    [["x", 0.5, 0.1, null], "VALUE", 'margin is "x"; it must be a number'],
    [[100, "80%", 0.1, null], "VALUE", 'retention is "80%"'],
    [[100, 0.5, null, null], "VALUE", "discount is empty"],
  ])("%p gives %s", (args, kind, message) => {
    const [m, r, d, t] = args as unknown[];
    const out = clv([[m]], [[r]], [[d]], t === null ? (null as any) : [[t]]);
    expectError(firstColumn(out)[0], kind as any, message);
  });

  it("rejects inputs of different sizes", () => {
    expectError(clv(col(1, 2) as any, col(0.5, 0.5, 0.5) as any, [[0]]), "VALUE", "they must have the same size");
  });
});

describe("KAM.MOVES", () => {
  it("counts moves from quadrant (row) to quadrant (column), leaving out invalid pairs", () => {
    const before = col(1, 1, 2, 3, 4, "", 5, 2, 1);
    const after = col(1, 2, 2, 4, 4, 1, 1, null, 2);
    expect(moves(before as any, after as any)).toEqual([
      [1, 2, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 1],
    ]);
  });

  it("accepts rows as well as columns", () => {
    expect(moves([[4, 4]], [[1, 1]])[3][0]).toBe(2);
  });

  it("rejects reviews with different numbers of accounts", () => {
    expectError(moves(col(1, 2) as any, col(1) as any), "VALUE", "before has 2 accounts but after has 1");
  });
});

describe("MOVES modes (SPEC 13), at the core", () => {
  // Ten hand-made pairs: 1->1, 1->2, 1->2, 2->2, 3->4, new (blank->1), new (""->3),
  // dropped (4->blank), blank->blank (no pair), text "x"->2 (no pair), 2->"Q1" (no pair), 5->1 (no pair).
  const before = col(1, 1, 1, 2, 3, null, "", 4, null, "x", 2, 5);
  const after = col(1, 2, 2, 2, 4, 1, 3, null, "", 2, "Q1", 1);

  it('"count" (and an omitted mode) is the plain 4 x 4 table, new and dropped left out', () => {
    const expected = [
      [1, 2, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
    ];
    expect(movesCore(before, after)).toEqual(expected);
    expect(movesCore(before, after, "count")).toEqual(expected);
    expect(movesCore(before, after, [[" COUNT "]])).toEqual(expected);
    expect(movesCore(before, after, null)).toEqual(expected);
  });

  it('"share" divides each row by its total; an empty row stays 0', () => {
    // Row 1: 1, 2 of 3; row 2: 1 of 1; row 3: 1 of 1; row 4: total 0.
    const s = movesCore(before, after, "share");
    expect(s[0][0]).toBeCloseTo(1 / 3, 12);
    expect(s[0][1]).toBeCloseTo(2 / 3, 12);
    expect(s[1]).toEqual([0, 1, 0, 0]);
    expect(s[2]).toEqual([0, 0, 0, 1]);
    expect(s[3]).toEqual([0, 0, 0, 0]);
  });

  it('"full" adds row 5 for new accounts and column 5 for dropped ones', () => {
    expect(movesCore(before, after, "Full")).toEqual([
      [1, 2, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 1],
      [1, 0, 1, 0, 0],
    ]);
  });

  it("an error value on either side is no pair in any mode", () => {
    const err = thrown(() => movesCore(col(1), col(1), "nope"));
    expect(movesCore(col(err, 1), col(null, err), "full")).toEqual(Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]));
  });

  it("an unknown mode is #VALUE! listing the valid ones", () => {
    expectError(
      thrown(() => movesCore(col(1), col(1), "percent")),
      "VALUE",
      'unknown mode "percent"; use count, share or full',
    );
    expectError(
      thrown(() => movesCore(col(1), col(1), 3)),
      "VALUE",
      "use count, share or full",
    );
  });
});
