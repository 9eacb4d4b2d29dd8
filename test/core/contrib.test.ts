/** KAM.CONTRIB (SPEC 11): the points each criterion adds; every row adds up to KAM.VALUE. */
import fc from "fast-check";
import { contributions, KamError, METHODS, MISSING_POLICIES, scoreAxis } from "../../core";
import { randomPortfolio } from "../support/portfolios";
import { expectError, thrown } from "./helpers";

// The README's portfolio: revenue, margin (Epsilon's blank), growth, strategic importance.
const VALUE_DATA = [
  [1200000, 18, 7, 5],
  [450000, 25, 9, 3],
  [2300000, 9, 4, 4],
  [300000, 12, 3, 2],
  [800000, null, 6, 4],
];

const expectRow = (row: unknown[], expected: number[]) => {
  expect(row).toHaveLength(expected.length);
  row.forEach((c, j) => expect(c as number).toBeCloseTo(expected[j], 9));
};

describe("KAM.CONTRIB", () => {
  it("splits Alpha's 79.17 into its four criterion scores / 4 (checked by hand)", () => {
    const rows = contributions({ data: VALUE_DATA });
    // Revenue rank 4 of 5 = 75, margin 18 among 9, 12, 18, 25 = 66.67, growth 75, strategic 100.
    expectRow(rows[0], [75 / 4, 200 / 3 / 4, 75 / 4, 100 / 4]);
    // Epsilon: revenue 50, margin blank = median margin score 50, growth 50, strategic (2 + 1/2) / 4 = 62.5.
    expectRow(rows[4], [12.5, 12.5, 12.5, 62.5 / 4]);
  });

  it("uses |w| / sum |w| with weights, and for 'drop' leaves the missing criterion at 0", () => {
    expectRow(contributions({ data: VALUE_DATA, weights: [[0.4, 0.3, 0.2, 0.1]] })[0], [30, 20, 15, 10]);
    expectRow(contributions({ data: VALUE_DATA, missing: "drop" })[4], [50 / 3, 0, 50 / 3, 62.5 / 3]);
    expectRow(contributions({ data: VALUE_DATA, missing: "zero" })[4], [12.5, 0, 12.5, 62.5 / 4]);
  });

  it("flips a lower-is-better criterion before weighting it", () => {
    const rows = contributions({
      data: [
        [1, 10],
        [2, 20],
        [3, 30],
      ],
      weights: [[1, -1]],
    });
    expectRow(rows[0], [0, 50]);
    expectRow(rows[1], [25, 25]);
    expectRow(rows[2], [50, 0]);
  });

  it("gives #N/A with KAM.VALUE's message in every cell of an account under 50% coverage", () => {
    const data = [...VALUE_DATA, [900000, null, null, null]];
    const rows = contributions({ data });
    expect(rows[5]).toHaveLength(4);
    for (const c of rows[5]) expectError(c, "NA", "insufficient data: coverage 25%");
    expect((rows[5][0] as KamError).message).toBe((scoreAxis({ data }).scores[5] as KamError).message);
    expect(rows[0].every((c) => typeof c === "number")).toBe(true);
  });

  it("reports whole-argument problems as KAM.VALUE does", () => {
    expectError(
      thrown(() => contributions({ data: VALUE_DATA, weights: [[1, 2, 3]] })),
      "VALUE",
      "weights has 3 entries but data has 4 criteria",
    );
    expectError(
      thrown(() => contributions({ data: VALUE_DATA, method: "rank" })),
      "VALUE",
      "unknown method",
    );
  });

  it("adds up to KAM.VALUE on random portfolios, for every method and missing policy", () => {
    const weight = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true }));
    const input = fc.integer({ min: 1, max: 6 }).chain((cols) =>
      fc.record({
        seed: fc.nat(),
        rows: fc.integer({ min: 1, max: 40 }),
        ties: fc.boolean(),
        weights: fc.option(fc.array(weight, { minLength: cols, maxLength: cols }), { nil: null }),
        cols: fc.constant(cols),
      }),
    );
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(...METHODS),
        fc.constantFrom(...MISSING_POLICIES),
        ({ seed, rows, ties, weights, cols }, method, missing) => {
          if (weights && weights.every((w) => w === 0)) return;
          const data =
            method === "none"
              ? randomPortfolio(seed, rows, cols, { ties, missingRate: 0.3 }).map((r) =>
                  r.map((c) => (typeof c === "number" ? Math.abs(c) % 100 : c)),
                )
              : randomPortfolio(seed, rows, cols, { ties, missingRate: 0.3 });
          const args = { data, weights: weights ? [weights] : null, method, missing };
          const scores = scoreAxis(args).scores;
          const parts = contributions(args);
          expect(parts).toHaveLength(rows);
          parts.forEach((row, i) => {
            expect(row).toHaveLength(cols);
            const s = scores[i];
            if (s instanceof KamError) {
              for (const c of row) expectError(c, s.kind, s.message);
              return;
            }
            let sum = 0;
            for (const c of row) {
              expect(typeof c).toBe("number");
              sum += c as number;
            }
            expect(Math.abs(sum - s)).toBeLessThanOrEqual(1e-9);
          });
        },
      ),
      { seed: 20261201, numRuns: 400 },
    );
  });
});
