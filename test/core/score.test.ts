/** SPEC 1 weights and SPEC 3 composite scores: weights, coverage, missing policies, explicit portfolio. */
import { KamError, METHODS, MISSING_POLICIES, parseWeights, scoreAxis } from "../../core";
import { coverage, value, engagement } from "../../functions/functions";
import { randomPortfolio } from "../support/portfolios";
import { col, expectError, expectScores, firstColumn, thrown } from "./helpers";

// Three accounts, two criteria. Percentile scores: column 1 -> 0, 50, 100; column 2 -> 100, 0, 50.
const DATA = [
  [10, 3],
  [20, 1],
  [30, 2],
];

describe("weights (SPEC 1, 3)", () => {
  it("omitted weights are equal weights", () => {
    expectScores(value(DATA), [(0 + 100) / 2, (50 + 0) / 2, (100 + 50) / 2]);
    expectScores(value(DATA, null as any), [50, 25, 75]);
    expectScores(value(DATA, [[null]]), [50, 25, 75]);
  });

  it("weights the criterion scores: sum(|w| s) / sum(|w|)", () => {
    const expected = [(3 * 0 + 1 * 100) / 4, (3 * 50 + 1 * 0) / 4, (3 * 100 + 1 * 50) / 4];
    expectScores(value(DATA, [[3, 1]]), expected);
    expectScores(value(DATA, [[3], [1]]), expected); // a column works as well as a row
    expectScores(value(DATA, [3, 1] as any), expected);
  });

  it("a negative weight means lower is better: the criterion score becomes 100 - s", () => {
    expectScores(value(DATA, [[3, -1]]), [(3 * 0 + (100 - 100)) / 4, (3 * 50 + (100 - 0)) / 4, (3 * 100 + (100 - 50)) / 4]);
  });

  it("a zero weight leaves a criterion out of the score", () => {
    expectScores(value(DATA, [[1, 0]]), [0, 50, 100]);
  });

  it("rejects a wrong count with #VALUE! naming both counts", () => {
    const five = [[1, 2, 3, 4, 5]];
    expectError(value(five, [[1, 1, 1, 1]]), "VALUE", "weights has 4 entries but data has 5 criteria");
    expectError(value(DATA, [[1], [2], [3]]), "VALUE", "weights has 3 entries but data has 2 criteria");
  });

  it("rejects all-zero weights and non-number weights with #VALUE!", () => {
    expectError(value(DATA, [[0, 0]]), "VALUE", "all weights are 0");
    expectError(value(DATA, [[1, "high"]]), "VALUE", 'weight 2 is "high"; weights must be numbers');
    expectError(value(DATA, [[1, "2"]]), "VALUE", 'weight 2 is "2"');
    expectError(value(DATA, [[1, null]]), "VALUE", "weight 2 is empty");
    expectError(value(DATA, [[true, 1]]), "VALUE", "weight 1 is TRUE");
    expectError(
      thrown(() =>
        parseWeights(
          [
            [1, 2],
            [3, 4],
          ],
          4,
        ),
      ),
      "VALUE",
      "weights must be a single row or column, got 2 x 2",
    );
  });
});

// Four accounts, three criteria, method minmax so that column medians are not simply 50.
//   column 1: 0, 1, 10, 5 -> 0, 10, 100, 50
//   column 2: 0, 2, 20, _ -> 0, 10, 100       median 10
//   column 3: 0, _, 1, 3  -> 0, 100/3, 100    median 100/3
const GAPS = [
  [0, 0, 0],
  [1, 2, null],
  [10, 20, 1],
  [5, "", 3],
];
const third = 100 / 3;

describe("coverage and missing policies (SPEC 3)", () => {
  it("coverage is the share of the weight with a number", () => {
    expectScores(coverage(GAPS), [1, 2 / 3, 1, 2 / 3], 12);
    expectScores(coverage(GAPS, [[2, 1, 1]]), [1, 3 / 4, 1, 3 / 4], 12);
    expectScores(coverage(GAPS, [[1, -1, 2]]), [1, 2 / 4, 1, 3 / 4], 12); // |w| counts
  });

  it("median (default) fills a gap with the median criterion score of the portfolio", () => {
    const expected = [0, (10 + 10 + third) / 3, (100 + 100 + third) / 3, (50 + 10 + 100) / 3];
    expectScores(value(GAPS, null as any, null as any, "minmax"), expected);
    expectScores(value(GAPS, null as any, null as any, "minmax", "median"), expected);
  });

  it("median is taken after the flip for a negative weight", () => {
    // Column 2 flipped: 100, 90, 0 -> median 90.
    const expected = [(0 + 100 + 0) / 3, (10 + 90 + third) / 3, (100 + 0 + third) / 3, (50 + 90 + 100) / 3];
    expectScores(value(GAPS, [[1, -1, 1]], null as any, "minmax"), expected);
  });

  it("drop averages the present criteria only", () => {
    expectScores(value(GAPS, null as any, null as any, "minmax", "drop"), [0, (10 + 10) / 2, (100 + 100 + third) / 3, (50 + 100) / 2]);
  });

  it("zero counts a gap as 0", () => {
    expectScores(value(GAPS, null as any, null as any, "MinMax", "ZERO"), [
      0,
      (10 + 10 + 0) / 3,
      (100 + 100 + third) / 3,
      (50 + 0 + 100) / 3,
    ]);
  });

  it("rejects an unknown missing policy, listing the valid ones", () => {
    expectError(value(GAPS, null as any, null as any, null, "mean"), "VALUE", 'unknown missing "mean"; use median, drop or zero');
  });

  it("gives #N/A with the coverage for an account below 50%, and scores the others", () => {
    const data = [
      [10, 100, 1, 7, 3],
      [20, 200, null, "", "n/a"], // 2 of 5 criteria: 40%
      [30, 300, 2, 8, 4],
    ];
    const cells = firstColumn(value(data));
    expectError(cells[1], "NA", "insufficient data: coverage 40%");
    expect(typeof cells[0]).toBe("number");
    expect(typeof cells[2]).toBe("number");
    // Exactly 50% is enough.
    expect(
      typeof firstColumn(
        value([
          [1, null],
          [2, 3],
        ]),
      )[0],
    ).toBe("number");
  });

  it("a header row included by mistake gets #N/A; the other rows score as without it", () => {
    const withHeader = [["Revenue", "Margin"], ...DATA];
    const cells = firstColumn(value(withHeader));
    expectError(cells[0], "NA", "coverage 0%");
    expectError(cells[0], "NA", "leave header rows out");
    expect(cells.slice(1)).toEqual(firstColumn(value(DATA)));
  });

  it("engagement is the same computation as value", () => {
    expect(engagement(GAPS, [[1, -2, 3]], null as any, "zscore", "drop")).toEqual(value(GAPS, [[1, -2, 3]], null as any, "zscore", "drop"));
  });
});

describe("explicit portfolio (SPEC 1: fill-down equals spill)", () => {
  const portfolio = randomPortfolio(7, 25, 4, { missingRate: 0.15, ties: true });
  const scores0to100 = randomPortfolio(8, 25, 4, { missingRate: 0.15 }).map((row) =>
    row.map((c) => (typeof c === "number" ? Math.abs(c) % 101 : c)),
  );
  const weights = [[2, -1, 0.5, 1]];

  for (const method of METHODS) {
    for (const missing of MISSING_POLICIES) {
      it(`${method} / ${missing}: each row scored against the portfolio equals its spilled score`, () => {
        const data = method === "none" ? scores0to100 : portfolio;
        const spilled = scoreAxis({ data, weights, method, missing }).scores;
        data.forEach((row, i) => {
          const [one] = scoreAxis({ data: [row], weights, portfolio: data, method, missing }).scores;
          if (spilled[i] instanceof KamError) {
            expect(one).toBeInstanceOf(KamError);
            expect((one as KamError).message).toBe((spilled[i] as KamError).message);
          } else {
            expect(one).toBeCloseTo(spilled[i] as number, 12);
          }
        });
      });
    }
  }

  it("scores a new row against the portfolio, not against itself", () => {
    const portfolioRows = col(10, 20, 30, 40) as number[][];
    expectScores(value([[35]], null as any, portfolioRows), [(100 * (3 - 0.5)) / 3]);
    expectScores(value([[35]]), [50]); // alone it would be the middle
  });

  it("rejects a portfolio with different columns", () => {
    expectError(value(DATA, null as any, [[1, 2, 3]]), "VALUE", "portfolio has 3 columns but data has 2 criteria");
  });
});
