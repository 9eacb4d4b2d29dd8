/** SPEC 1 (what counts as a number) and SPEC 2 (the four normalisation methods). */
import { isPresent, KamError, normalCdf, parseMethod, prepareColumn, normalizeValue, Method } from "../../core";
import { normalize } from "../../functions/functions";
import { col, expectError, expectScores, firstColumn, thrown } from "./helpers";

/** Scores x against the present values of a portfolio column with one method. */
const score = (portfolio: number[], x: number, method: Method) => normalizeValue(prepareColumn(Float64Array.from(portfolio), 1), x, method);

/**
 * Independent standard normal CDF for checking zscore: Phi(z) = 1/2 + integral_0^z phi(t) dt by
 * composite Simpson's rule with 4000 panels (error well below 1e-12 for |z| <= 8).
 */
function referencePhi(z: number): number {
  const phi = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  const n = 4000;
  const h = z / n;
  let sum = phi(0) + phi(z);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * phi(i * h);
  return 0.5 + (sum * h) / 3;
}

describe("input cleaning (SPEC 1)", () => {
  it.each([
    [12, true],
    [0, true],
    [-3.5, true],
    [1e300, true],
    ["12", false],
    ["", false],
    [" ", false],
    [null, false],
    [undefined, false],
    [true, false],
    [false, false],
    [NaN, false],
    [Infinity, false],
    [-Infinity, false],
    [new KamError("NA", "x"), false],
  ])("%p counts as present: %p", (cell, present) => {
    expect(isPresent(cell)).toBe(present);
  });

  it("leaves numeric-looking text, blanks, booleans, NaN and Infinity out of the portfolio", () => {
    // If "30" counted as 30, the 20 would sit in the middle (50) instead of at the top (100).
    const out = normalize(col(10, "30", 20, "", null, true, NaN, Infinity) as any[][]);
    const cells = firstColumn(out);
    expect(cells[0]).toBe(0);
    expect(cells[2]).toBe(100);
    for (const i of [1, 3, 4, 5, 6, 7]) expectError(cells[i], "NA", `cell in column 1`);
  });

  it("reports a criterion without any number as #VALUE! naming the column", () => {
    expectError(
      normalize([
        [1, "a"],
        [2, ""],
      ]),
      "VALUE",
      "criterion 2 has no numeric values",
    );
  });
});

describe("percentile (default)", () => {
  it("gives tied values the average rank: [10,20,20,40] -> 0, 50, 50, 100", () => {
    expectScores(normalize(col(10, 20, 20, 40) as any[][]), [0, 50, 50, 100]);
  });

  it('matches 100*(COUNTIF(P,"<"&x)+(COUNTIF(P,x)-1)/2)/(COUNT(P)-1) for values inside the portfolio', () => {
    const P = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const check = (x: number) => {
      const less = P.filter((p) => p < x).length;
      const equal = P.filter((p) => p === x).length;
      return (100 * (less + (equal - 1) / 2)) / (P.length - 1);
    };
    for (const x of P) expect(score(P, x, "percentile")).toBeCloseTo(check(x), 12);
    expect(score(P, 5, "percentile")).toBeCloseTo(70, 12); // sorted 1 1 2 3 3 4 [5 5 5] 6 9: 6 below, 3 equal: (6 + 1) / 10
  });

  it("scores a value between portfolio values by the same formula, and clamps outside values", () => {
    const P = [10, 20, 20, 40];
    expect(score(P, 30, "percentile")).toBeCloseTo((100 * (3 - 0.5)) / 3, 12); // L=3, E=0
    expect(score(P, 5, "percentile")).toBe(0); // formula gives -16.7
    expect(score(P, 50, "percentile")).toBe(100); // formula gives 116.7
  });

  it("with one value in the portfolio: 50 when equal, 0 below, 100 above", () => {
    expect(score([7], 7, "percentile")).toBe(50);
    expect(score([7], 6, "percentile")).toBe(0);
    expect(score([7], 8, "percentile")).toBe(100);
  });

  it("scores a constant column 50 for everyone", () => {
    expectScores(normalize(col(4, 4, 4) as any[][]), [50, 50, 50]);
  });
});

describe("minmax", () => {
  it("is 100*(x-min)/(max-min)", () => {
    expectScores(normalize(col(10, 20, 40) as any[][], "minmax"), [0, (100 * 10) / 30, 100]);
  });

  it("clamps values outside the portfolio", () => {
    expectScores(normalize(col(0, 50) as any[][], "minmax", col(10, 20, 40) as any[][]), [0, 100]);
    expect(score([10, 40], 25, "minmax")).toBeCloseTo(50, 12);
  });

  it("gives 50 for a constant column and a single value", () => {
    expectScores(normalize(col(5, 5) as any[][], "minmax"), [50, 50]);
    expect(score([5], 9, "minmax")).toBe(50);
  });
});

describe("zscore", () => {
  it("the normal CDF agrees with an independent integration to 1e-12", () => {
    for (let z = -8; z <= 8; z += 0.37) expect(Math.abs(normalCdf(z) - referencePhi(z))).toBeLessThan(1e-12);
    expect(normalCdf(0)).toBe(0.5);
  });

  it("is 100*Phi((x-mean)/sd) with the sample standard deviation", () => {
    const P = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, sum of squared deviations 32
    const sd = Math.sqrt(32 / 7);
    for (const x of [...P, 0, 12, 30]) {
      const expected = 100 * referencePhi((x - 5) / sd);
      expect(Math.abs((score(P, x, "zscore") as number) - expected)).toBeLessThan(1e-10);
    }
  });

  it("gives 50 with fewer than two values or no spread", () => {
    expect(score([3], 10, "zscore")).toBe(50);
    expect(score([3, 3, 3], 10, "zscore")).toBe(50);
  });
});

describe("none", () => {
  it("passes scores from 0 to 100 through", () => {
    expectScores(normalize(col(0, 37.5, 100) as any[][], "none"), [0, 37.5, 100]);
  });

  it("gives #NUM! for a value outside 0..100, for that cell only", () => {
    const cells = firstColumn(normalize(col(50, 101, -1) as any[][], "none"));
    expect(cells[0]).toBe(50);
    expectError(cells[1], "NUM", "value 101 is outside 0..100");
    expectError(cells[2], "NUM", "value -1 is outside 0..100");
  });
});

describe("method names", () => {
  it.each([
    ["PERCENTILE", "percentile"],
    [" MinMax ", "minmax"],
    ["ZScore", "zscore"],
    ["None", "none"],
    [null, "percentile"],
    ["", "percentile"],
  ])("%p means %p", (given, method) => {
    expect(parseMethod(given)).toBe(method);
  });

  it("rejects an unknown name with #VALUE! listing the valid ones", () => {
    const e = thrown(() => parseMethod("rank"));
    expectError(e, "VALUE", 'unknown method "rank"');
    expect(e.message).toContain("percentile, minmax, winsor, zscore or none");
    expectError(normalize(col(1, 2) as any[][], "average"), "VALUE", "percentile, minmax, winsor, zscore or none");
  });
});
