/**
 * Bad input for every custom function (SPEC 8): a clear error value whose message
 * names the problem, never an exception, never NaN or Infinity in a cell.
 */
import * as KAM from "../../functions/functions";
import { KamError } from "../../core";
import { FUNCTIONS as CATALOGUE } from "../../functions/catalogue";
import { col, expectError, firstColumn } from "../core/helpers";

const DATA = [
  [10, 3],
  [20, 1],
  [30, 2],
];
const HUGE_AND_TINY = [
  [1e300, 1e-300],
  [-1e300, 5e-324],
  [0, -5e-324],
  [1.7976931348623157e308, 2e-323],
];

/** Valid arguments for each function; the junk test swaps one argument at a time. */
const VALID: Record<string, unknown[]> = {
  value: [DATA, [[1, -1]], null, "zscore", "drop"],
  engagement: [DATA, null, DATA, "minmax", "zero"],
  normalize: [DATA, "percentile", null],
  coverage: [DATA, [[1, 2]]],
  quadrant: [col(60, 40), col(70, 30), "median", 50, col(1, 3), 5],
  label: [[[1, 2]], "de"],
  strategy: [[[3], [4]], "en"],
  playbook: ["de"],
  priority: [col(60, 40), col(70, 30), 50, "mean", col(2, 4), 10],
  matrix: [col("A", "B", "C"), DATA, col(1, 2, 3), [[1, 1]], null, "percentile", 50, 50, "en"],
  allocate: [1000, col(1, 2, 3), col(1, 1, 1), [[0.4, 0.3, 0.2, 0.1]]],
  clv: [[[100]], [[0.8]], [[0.1]], [[5]]],
  moves: [col(1, 2), col(2, 1), "full"],
  accounts: [
    col("A", "B", "a"),
    col(45658, "2025-02-01", "1.3.2025"),
    col(100, -20, 50),
    col(10, -2, 5),
    45700,
    12,
    col("x", "y", "x"),
    col("o1", "o2", "o3"),
  ],
  activity: [col("A", "B"), col(45658, "2025-02-01"), null, 6, col("Visit", "Call"), [["visit", 2]]],
  contrib: [DATA, [[2, -1]], null, "minmax", "zero"],
  stability: [DATA, col(1, 2, 3), [[1, 2]], null, 0.3, 50, 7, "percentile", "median", "median", 50],
  ratings: [
    col("A", "B", "a"),
    DATA,
    col("Anna", "Ben", "anna"),
    col(45658, "2025-02-01", "1.3.2025"),
    45700,
    12,
    "median",
    [["SI", "Collab"]],
  ],
  weights: [
    [
      [1, 3, 5],
      [null, 1, 3],
      [null, null, 1],
    ],
    "cr",
  ],
  correl: [DATA, [[1, -1]]],
};
const FUNCTIONS = Object.keys(VALID) as (keyof typeof KAM)[];
const call = (name: string, args: unknown[]): unknown => (KAM as Record<string, (...a: unknown[]) => unknown>)[name](...args);

const JUNK: unknown[] = [
  undefined,
  null,
  {},
  "x",
  "",
  [[{}]],
  [],
  [[]],
  [[], []],
  [[1, 2], [3]],
  [1, [2]],
  NaN,
  [[NaN, Infinity]],
  Infinity,
  -1e300,
  [[1e300, -1e300]],
  [[5e-324]],
  true,
  [[true, false]],
  () => 1,
  Symbol("s"),
  [[Symbol("s")]],
  new KamError("NA", "upstream"),
  [[new KamError("NUM", "upstream")]],
  [
    ["Revenue", "Margin"],
    [1, 2],
  ],
];

/** Every cell is a finite number, text, or an error value: nothing a sheet cannot show. */
function expectShowable(result: unknown): void {
  if (result instanceof KamError) return;
  expect(Array.isArray(result)).toBe(true);
  for (const row of result as unknown[][]) {
    expect(Array.isArray(row)).toBe(true);
    for (const c of row) {
      const ok = c instanceof KamError || typeof c === "string" || (typeof c === "number" && Number.isFinite(c));
      if (!ok) throw new Error(`cell ${String(c)} cannot be shown in a sheet`);
    }
  }
}

describe("no function ever throws", () => {
  it("has a valid call for every custom function", () => {
    expect([...FUNCTIONS].sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
    for (const name of FUNCTIONS) {
      const out = call(name, VALID[name]);
      expect(out).not.toBeInstanceOf(KamError);
      expectShowable(out);
    }
  });

  it.each(FUNCTIONS)("%s returns a value for junk in any argument", (name) => {
    const valid = VALID[name];
    const arity = Math.max(valid.length, 1);
    for (const junk of JUNK) {
      for (let k = 0; k < arity; k++) {
        const args = [...valid];
        args[k] = junk;
        let out: unknown;
        expect(() => (out = call(name, args))).not.toThrow();
        expectShowable(out);
      }
      let out: unknown;
      expect(() => (out = call(name, Array(arity).fill(junk)))).not.toThrow();
      expectShowable(out);
    }
    expect(() => call(name, [])).not.toThrow();
  });
});

describe("KAM.VALUE and KAM.ENGAGEMENT", () => {
  for (const fn of [KAM.value, KAM.engagement]) {
    it(`${fn.name}: wrong shapes and empty ranges`, () => {
      expectError(fn([[1, 2], [3]]), "VALUE", "data must be a rectangular range");
      expectError(fn([]), "VALUE", "data is empty");
      expectError(fn([[]]), "VALUE", "data is empty");
      expectError(
        fn(DATA, [
          [1, 2],
          [3, 4],
        ]),
        "VALUE",
        "weights must be a single row or column, got 2 x 2",
      );
      expectError(fn(DATA, [[1, 2, 3]]), "VALUE", "weights has 3 entries but data has 2 criteria");
      expectError(fn(DATA, null as any, [[1]]), "VALUE", "portfolio has 1 columns but data has 2 criteria");
    });

    it(`${fn.name}: text weights, unknown method and missing policy`, () => {
      expectError(fn(DATA, [["high", "low"]]), "VALUE", 'weight 1 is "high"');
      expectError(
        fn(DATA, null as any, null as any, "rank"),
        "VALUE",
        'unknown method "rank"; use percentile, minmax, winsor, zscore or none',
      );
      expectError(fn(DATA, null as any, null as any, null, "skip"), "VALUE", 'unknown missing "skip"; use median, drop or zero');
      expectError(fn(DATA, null as any, null as any, 3), "VALUE", "unknown method 3");
      expectError(fn(DATA, null as any, null as any, [["zscore", "minmax"]]), "VALUE", "method must be a single cell, got 1 x 2");
    });

    it(`${fn.name}: huge and tiny numbers still give finite scores in 0..100`, () => {
      for (const method of ["percentile", "minmax", "zscore"]) {
        for (const missing of ["median", "drop", "zero"]) {
          const cells = firstColumn(fn(HUGE_AND_TINY, null as any, null as any, method, missing));
          for (const c of cells) {
            expect(typeof c).toBe("number");
            expect(c as number).toBeGreaterThanOrEqual(0);
            expect(c as number).toBeLessThanOrEqual(100);
          }
        }
      }
      // The order survives: 1.79e308 > 1e300 > 0 > -1e300 in the first column.
      const minmax = firstColumn(fn(HUGE_AND_TINY, [[1, 0]], null as any, "minmax")) as number[];
      expect(minmax[3]).toBe(100);
      expect(minmax[1]).toBe(0);
      expect(minmax[0]).toBeGreaterThan(minmax[2]);
      // Subnormal values are numbers like any other: 1e-300 > 2e-323 > 5e-324 > -5e-324. Next to
      // 1e-300 the subnormals differ by less than a double resolves, so only their order is kept.
      const tiny = firstColumn(fn(HUGE_AND_TINY, [[0, 1]], null as any, "zscore")) as number[];
      expect(tiny.every((s) => s >= 0 && s <= 100)).toBe(true);
      expect(tiny[0]).toBeGreaterThan(tiny[3]);
      expect(tiny[3]).toBeGreaterThanOrEqual(tiny[1]);
      expect(tiny[1]).toBeGreaterThanOrEqual(tiny[2]);
    });

    it(`${fn.name}: huge and tiny weights mean the same as weights of 1`, () => {
      const plain = firstColumn(fn(DATA, [[1, -1]])) as number[];
      for (const w of [1e308, 1.7976931348623157e308, 1e-300, 5e-324]) {
        const cells = firstColumn(fn(DATA, [[w, -w]])) as number[];
        cells.forEach((c, i) => expect(c).toBeCloseTo(plain[i], 12));
      }
    });

    it(`${fn.name}: a header row included by mistake is #N/A for that row only`, () => {
      const cells = firstColumn(fn([["Revenue", "Margin"], ...DATA]));
      expectError(cells[0], "NA", "leave header rows out of the range");
      expect(cells.slice(1)).toEqual(firstColumn(fn(DATA)));
    });
  }

  it("coverage of exactly 50% is enough even when the weights do not add up exactly in binary", () => {
    // 0.3 / (0.1 + 0.2 + 0.3) is 0.4999999999999999 in doubles.
    const cells = firstColumn(
      KAM.value(
        [
          [null, null, 5],
          [1, 2, 3],
          [2, 3, 4],
        ],
        [[0.1, 0.2, 0.3]],
      ),
    );
    expect(typeof cells[0]).toBe("number");
    expect(firstColumn(KAM.coverage([[null, null, 5]], [[0.1, 0.2, 0.3]]))[0]).toBeCloseTo(0.5, 12);
  });

  it("reports coverage as whole percent without rounding down a hair too far", () => {
    const row = Array.from({ length: 100 }, (_, j) => (j < 29 ? 1 : null));
    const full = Array.from({ length: 100 }, () => 2);
    expectError(firstColumn(KAM.value([row, full]))[0], "NA", "insufficient data: coverage 29%");
  });
});

describe("KAM.NORMALIZE", () => {
  it("rejects empty and ragged ranges, unknown methods and mismatched portfolios", () => {
    expectError(KAM.normalize([]), "VALUE", "values is empty");
    expectError(KAM.normalize([[]]), "VALUE", "values is empty");
    expectError(KAM.normalize([[1], [2, 3]]), "VALUE", "values must be a rectangular range");
    expectError(KAM.normalize(DATA, "Z"), "VALUE", 'unknown method "Z"');
    expectError(KAM.normalize(DATA, null, [[1, 2, 3]]), "VALUE", "portfolio has 3 columns but data has 2 criteria");
    expectError(KAM.normalize(DATA, null, []), "VALUE", "portfolio is empty");
  });

  it("keeps huge and tiny numbers finite in 0..100 and in order", () => {
    for (const method of ["percentile", "minmax", "zscore"]) {
      const out = KAM.normalize(HUGE_AND_TINY, method) as number[][];
      for (const row of out) for (const c of row) expect(c >= 0 && c <= 100).toBe(true);
      const first = out.map((r) => r[0]);
      expect(first[3]).toBeGreaterThanOrEqual(first[0]);
      expect(first[0]).toBeGreaterThan(first[1]);
    }
    expectError(KAM.normalize([[1e300]], "none")[0][0], "NUM", "outside 0..100");
    expect(KAM.normalize([[5e-324]], "none")).toEqual([[5e-324]]);
  });

  it("gives a header row #N/A cells", () => {
    const out = KAM.normalize([["Revenue"], [1], [2]]);
    expectError(out[0][0], "NA", "cell in column 1 is missing");
    expect(out.slice(1)).toEqual([[0], [100]]);
  });
});

describe("KAM.COVERAGE", () => {
  it("rejects empty ranges and bad weights", () => {
    expectError(KAM.coverage([]), "VALUE", "data is empty");
    expectError(KAM.coverage([[]]), "VALUE", "data is empty");
    expectError(KAM.coverage(DATA, [[1]]), "VALUE", "weights has 1 entries but data has 2 criteria");
    expectError(KAM.coverage(DATA, [["a", 1]]), "VALUE", 'weight 1 is "a"');
    expectError(KAM.coverage(DATA, [[0, 0]]), "VALUE", "all weights are 0");
  });

  it("gives a header row coverage 0 and huge weights their share", () => {
    expect(
      KAM.coverage([
        ["Revenue", "Margin"],
        [1, null],
      ]),
    ).toEqual([[0], [0.5]]);
    expect(KAM.coverage([[1, null]], [[1e308, 1e308]])).toEqual([[0.5]]);
    expect(KAM.coverage([[1, null]], [[5e-324, 1.5e-323]])).toEqual([[0.25]]);
  });
});

describe("KAM.QUADRANT and KAM.PRIORITY", () => {
  for (const fn of [KAM.quadrant, KAM.priority]) {
    it(`${fn.name}: shapes, empty ranges and thresholds`, () => {
      expectError(fn(col(1, 2) as any, col(1, 2, 3) as any), "VALUE", "value is 2 x 1 but engagement is 3 x 1");
      expectError(fn([], col(1) as any), "VALUE", "value is empty");
      expectError(fn(col(1) as any, [[]]), "VALUE", "engagement is empty");
      expectError(fn(col(1) as any, col(1) as any, "high"), "VALUE", 'valueThreshold "high" is not valid');
      expectError(fn(col(1) as any, col(1) as any, null, 1e300), "NUM", "engagementThreshold 1e+300 is outside 0..100");
      expectError(fn(col(1) as any, col(1) as any, [[50, 60]]), "VALUE", "valueThreshold must be a single cell");
    });

    it(`${fn.name}: huge, tiny and text scores get errors for that account only`, () => {
      const v = col("Value", 1e300, 5e-324, 80, -1e-300);
      const e = col("Engagement", 50, 1e-300, 80, 50);
      const cells = firstColumn(fn(v as any, e as any));
      expectError(cells[0], "VALUE", 'value is "Value"; it must be a number');
      expectError(cells[1], "NUM", "value 1e+300 is outside 0..100");
      expectError(cells[4], "NUM", "value -1e-300 is outside 0..100");
      expect(typeof cells[2]).toBe("number");
      expect(typeof cells[3]).toBe("number");
    });
  }

  it("median threshold with no valid account says so", () => {
    expectError(KAM.quadrant(col("a") as any, col("b") as any, "median"), "NA", "no account has a valid score");
  });
});

describe("KAM.LABEL and KAM.STRATEGY", () => {
  for (const fn of [KAM.label, KAM.strategy]) {
    it(`${fn.name}: unknown languages, empty ranges and non-quadrants`, () => {
      expectError(fn([[1]], "fr"), "VALUE", 'unknown language "fr"; use en or de');
      expectError(fn([[1]], "english"), "VALUE", 'unknown language "english"');
      expectError(fn([[1]], [["de", "en"]]), "VALUE", "language must be a single cell, got 1 x 2");
      expectError(fn([]), "VALUE", "quadrant is empty");
      expectError(fn([[]]), "VALUE", "quadrant is empty");
      const cells = fn([["Quadrant", 1e300, 5e-324, 2.5, 0, 2]])[0];
      expectError(cells[0], "VALUE", 'quadrant "Quadrant" is not valid; use 1, 2, 3 or 4');
      expectError(cells[1], "VALUE", "quadrant 1e+300 is not valid");
      expectError(cells[2], "VALUE", "quadrant 5e-324 is not valid");
      expectError(cells[3], "VALUE", "quadrant 2.5 is not valid");
      expectError(cells[4], "VALUE", "quadrant 0 is not valid");
      expect(typeof cells[5]).toBe("string");
    });
  }
});

describe("KAM.PLAYBOOK", () => {
  it("rejects unknown languages and multi-cell ranges, accepts locales", () => {
    expectError(KAM.playbook("xx"), "VALUE", 'unknown language "xx"; use en or de');
    expectError(KAM.playbook(1e300), "VALUE", "unknown language 1e+300");
    expectError(KAM.playbook([["en"], ["de"]]), "VALUE", "language must be a single cell, got 2 x 1");
    expect(KAM.playbook("en-GB")).toEqual(KAM.playbook());
    expect(KAM.playbook([[null]])).toEqual(KAM.playbook("en"));
  });
});

describe("KAM.MATRIX", () => {
  const names = col("A", "B", "C");
  it("rejects mismatched rows, bad options and bad weights", () => {
    expectError(KAM.matrix(col("A") as any, DATA, col(1, 2, 3) as any), "VALUE", "valueData has 3 accounts but names has 1");
    expectError(KAM.matrix([], DATA, col(1, 2, 3) as any), "VALUE", "names is empty");
    expectError(KAM.matrix(names as any, [[]], col(1, 2, 3) as any), "VALUE", "valueData is empty");
    expectError(
      KAM.matrix(
        [
          ["A", "B"],
          ["C", "D"],
        ],
        DATA,
        col(1, 2, 3) as any,
      ),
      "VALUE",
      "names must be a single row or column, got 2 x 2",
    );
    expectError(KAM.matrix(names as any, DATA, col(1, 2, 3) as any, [[1]]), "VALUE", "weights has 1 entries but data has 2 criteria");
    expectError(KAM.matrix(names as any, DATA, col(1, 2, 3) as any, null as any, [["x"]]), "VALUE", 'weight 1 is "x"');
    expectError(KAM.matrix(names as any, DATA, col(1, 2, 3) as any, null as any, null as any, "best"), "VALUE", 'unknown method "best"');
    expectError(
      KAM.matrix(names as any, DATA, col(1, 2, 3) as any, null as any, null as any, null, 150),
      "NUM",
      "valueThreshold 150 is outside 0..100",
    );
    expectError(
      KAM.matrix(names as any, DATA, col(1, 2, 3) as any, null as any, null as any, null, null, "top"),
      "VALUE",
      'engagementThreshold "top"',
    );
    expectError(
      KAM.matrix(names as any, DATA, col(1, 2, 3) as any, null as any, null as any, null, null, null, "es"),
      "VALUE",
      'unknown language "es"',
    );
  });

  it("a header row included in every range is one row of #N/A; the others are scored", () => {
    const out = KAM.matrix(col("Account", "A", "B", "C") as any, [["Revenue", "Margin"], ...DATA], col("Loyalty", 1, 2, 3) as any);
    expect(out[0][0]).toBe("Account"); // the function's own header
    expect(out[1][0]).toBe("Account"); // the user's header, left as text
    for (const c of out[1].slice(1)) expectError(c, "NA", "insufficient data");
    expect(
      out
        .slice(2)
        .map((r: unknown[]) => r[5])
        .sort(),
    ).toEqual([1, 2, 3]);
  });

  it("huge and tiny numbers give a finite, classified matrix", () => {
    const out = KAM.matrix(
      col("A", "B", "C", "D") as any,
      HUGE_AND_TINY,
      col(1e308, -1e308, 5e-324, 0) as any,
      null as any,
      null as any,
      "zscore",
    );
    expectShowable(out);
    for (const row of out.slice(1)) expect([1, 2, 3, 4]).toContain(row[3]);
  });
});

describe("KAM.ALLOCATE", () => {
  it("rejects bad totals, quadrants, weights and shares", () => {
    expectError(KAM.allocate(null, col(1) as any), "VALUE", "total is empty; it must be a number of 0 or more");
    expectError(KAM.allocate([[1, 2]], col(1) as any), "VALUE", "total must be a single cell, got 1 x 2");
    expectError(KAM.allocate(-1e300, col(1) as any), "NUM", "total is -1e+300");
    expectError(KAM.allocate(100, []), "VALUE", "quadrants is empty");
    expectError(
      KAM.allocate(100, [
        [1, 2],
        [3, 4],
      ]),
      "VALUE",
      "quadrants must be a single row or column, got 2 x 2",
    );
    expectError(KAM.allocate(100, col(1, 2) as any, col("a", 1) as any), "VALUE", 'weight 1 is "a"');
    expectError(KAM.allocate(100, col(1) as any, null as any, [["40%", 0.3, 0.2, 0.1]]), "VALUE", "shares must be 4 numbers");
  });

  it("a header row takes no part; huge totals and weights still add up", () => {
    const cells = firstColumn(KAM.allocate(1e308, col("Quadrant", 1, 1, 2) as any, col("Weight", 1e308, 1e308, 5e-324) as any));
    expectError(cells[0], "NA", "no quadrant");
    const amounts = cells.slice(1) as number[];
    for (const a of amounts) expect(Number.isFinite(a)).toBe(true);
    expect(amounts[0]).toBeCloseTo(amounts[1], -290);
    expect(amounts[0] / 1e308).toBeCloseTo(0.4 / 0.7 / 2, 12);
    expect(amounts[2] / 1e308).toBeCloseTo(0.3 / 0.7, 12);
    expect(amounts[0] / 1e308 + amounts[1] / 1e308 + amounts[2] / 1e308).toBeCloseTo(1, 12);
  });
});

describe("KAM.CLV", () => {
  it("rejects text, empty and mismatched inputs", () => {
    expectError(KAM.clv([[]], [[0.5]], [[0.1]]), "VALUE", "margin is empty");
    expectError(KAM.clv(col(1, 2) as any, col(0.5, 0.5, 0.5) as any, [[0.1]]), "VALUE", "they must have the same size");
    expectError(KAM.clv([["Margin"]], [[0.5]], [[0.1]])[0][0], "VALUE", 'margin is "Margin"; it must be a number');
    expectError(KAM.clv([[1]], [[0.5]], [[0.1]], [["5 years"]])[0][0], "VALUE", 'years "5 years"');
  });

  it("gives #NUM! instead of Infinity for results too large to hold, and for a diverging series", () => {
    expectError(KAM.clv([[1e308]], [[0.9]], [[0]])[0][0], "NUM", "lifetime value is too large");
    expectError(KAM.clv([[1]], [[1]], [[-0.999999]], [[100000]])[0][0], "NUM", "too large");
    // r = 0.5, d = -0.6: 0.5 / 0.4 per year grows without end; the closed form would say -500.
    expectError(KAM.clv([[100]], [[0.5]], [[-0.6]])[0][0], "NUM", "retention 0.5 must be below 1 + discount");
  });

  it("answers quickly and correctly for a horizon of 1e15 years", () => {
    expect(KAM.clv([[100]], [[1]], [[0]], [[1e15]])[0][0]).toBe(100 * 1e15); // r = 1, d = 0: margin every year
    expect(KAM.clv([[100]], [[0.9]], [[0.1]], [[1e15]])[0][0]).toBeCloseTo((100 * 0.9) / (1 + 0.1 - 0.9), 9);
    expect(KAM.clv([[100]], [[0.9]], [[0.1]], [[1e300]])[0][0]).toBeCloseTo(450, 9);
  });

  it("keeps tiny numbers finite", () => {
    expect(KAM.clv([[5e-324]], [[0.5]], [[0]])[0][0]).toBeGreaterThanOrEqual(0);
    expect(KAM.clv([[1e-300]], [[5e-324]], [[0]])[0][0]).toBe(0);
  });
});

describe("KAM.MOVES", () => {
  it("rejects empty, 2D and mismatched ranges", () => {
    expectError(KAM.moves([], col(1) as any), "VALUE", "before is empty");
    expectError(KAM.moves(col(1) as any, [[]]), "VALUE", "after is empty");
    expectError(
      KAM.moves(
        [
          [1, 2],
          [3, 4],
        ],
        col(1, 2, 3, 4) as any,
      ),
      "VALUE",
      "before must be a single row or column, got 2 x 2",
    );
    expectError(KAM.moves(col(1, 2, 3) as any, col(1, 2) as any), "VALUE", "before has 3 accounts but after has 2");
  });

  it("leaves out header rows, huge and tiny values", () => {
    const out = KAM.moves(col("Before", 1, 1e300, 5e-324, 4) as any, col("After", 2, 1, 1, 4) as any);
    expect(out.flat().reduce((a: number, b: number) => a + b, 0)).toBe(2);
    expect(out[0][1]).toBe(1);
    expect(out[3][3]).toBe(1);
  });
});
