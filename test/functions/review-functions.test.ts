/**
 * The review functions as custom functions: KAM.CONTRIB (SPEC 11), the previous/band arguments of
 * KAM.QUADRANT and KAM.PRIORITY (SPEC 12), the mode of KAM.MOVES (SPEC 13) and KAM.STABILITY
 * (SPEC 14). Numbers worked out by hand or from the other KAM functions; each bad argument's error.
 */
import * as KAM from "../../functions/functions";
import { KamError } from "../../core";
import { randomPortfolio } from "../support/portfolios";
import { col, expectError, firstColumn } from "../core/helpers";

class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const sum = (xs: readonly unknown[]) => (xs as number[]).reduce((a, b) => a + b, 0);

describe("KAM.CONTRIB", () => {
  const DATA = [
    [1, 2],
    [3, 4],
    [5, 1],
  ];

  it("gives the points of each criterion, by hand", () => {
    // Percentile scores: column 1 0, 50, 100; column 2 50, 100, 0. Equal weights: half of each.
    expect(KAM.contrib(DATA)).toEqual([
      [0, 25],
      [25, 50],
      [50, 0],
    ]);
    // Weights 3 and -1: column 2 flips to 50, 0, 100; D = 4.
    expect(KAM.contrib(DATA, [[3, -1]])).toEqual([
      [0, 12.5],
      [37.5, 0],
      [75, 25],
    ]);
  });

  it("applies the missing policy as KAM.VALUE does", () => {
    // Column 1: 100, 50, 0. Column 2 has 4 and 1 only: 100 and 0; account 1's gap.
    const data = [
      [5, null],
      [3, 4],
      [1, 1],
    ];
    expect(KAM.contrib(data, null as any, null as any, null, "median")[0]).toEqual([50, 25]); // median of 100 and 0
    expect(KAM.contrib(data, null as any, null as any, null, "zero")[0]).toEqual([50, 0]);
    expect(KAM.contrib(data, null as any, null as any, null, "drop")[0]).toEqual([100, 0]); // D = the present weight
    expect(firstColumn(KAM.value(data, null as any, null as any, null, "drop"))[0]).toBe(100);
  });

  it("each row adds up to KAM.VALUE for every method and missing policy", () => {
    for (const [seed, method, missing] of [
      [1, "percentile", "median"],
      [2, "minmax", "drop"],
      [3, "zscore", "zero"],
      [4, "percentile", "drop"],
    ] as const) {
      const data = randomPortfolio(seed, 40, 5);
      const weights = [[2, -1, 0.5, 3, 1]];
      const parts = KAM.contrib(data, weights, null as any, method, missing);
      const scores = firstColumn(KAM.value(data, weights, null as any, method, missing));
      expect(parts).toHaveLength(40);
      parts.forEach((row, i) => {
        if (scores[i] instanceof KamError) {
          for (const c of row) expect(c).toEqual(scores[i]);
        } else expect(sum(row)).toBeCloseTo(scores[i] as number, 9);
      });
    }
  });

  it("against a portfolio, one row scored as in the whole table", () => {
    const row = KAM.contrib([DATA[1]], null as any, DATA);
    expect(row).toEqual([[25, 50]]);
  });

  it("an account with coverage below 0.5 gets #N/A in every cell, with KAM.VALUE's message", () => {
    const out = KAM.contrib([[null, null, 1], ...DATA.map((r) => [...r, 2])]);
    const message = (firstColumn(KAM.value([[null, null, 1], ...DATA.map((r) => [...r, 2])]))[0] as KamError).message;
    for (const c of out[0]) expectError(c, "NA", message);
    expect(message).toContain("insufficient data: coverage 33%");
  });

  it("bad arguments give KAM.VALUE's errors", () => {
    expectError(KAM.contrib(DATA, [[1, 2, 3]]), "VALUE", "weights has 3 entries but data has 2 criteria");
    expectError(KAM.contrib(DATA, [[0, 0]]), "VALUE", "all weights are 0");
    expectError(KAM.contrib(DATA, null as any, [[1]]), "VALUE", "portfolio has 1 columns but data has 2 criteria");
    expectError(KAM.contrib(DATA, null as any, null as any, "rank"), "VALUE", 'unknown method "rank"');
    expectError(KAM.contrib(DATA, null as any, null as any, null, "skip"), "VALUE", 'unknown missing "skip"');
    expectError(KAM.contrib([[1], [2, 3]]), "VALUE", "data must be a rectangular range");
    expectError(KAM.contrib(DATA, [[1, new ExcelError("#N/A", "no weight")]]), "NA", "no weight");
    // Optional arguments as blank 1x1 ranges are left out.
    expect(KAM.contrib(DATA, [[null]], [[null]], [[""]], [[null]])).toEqual(KAM.contrib(DATA));
  });
});

describe("KAM.QUADRANT and KAM.PRIORITY with previous and band", () => {
  // Thresholds 50, band 5: high at 55 or above, low below 45, in between the previous side.
  const v = col(45, 50, 55, 44.99, 54.99, 60, 60);
  const e = col(60, 60, 60, 60, 40, 50, 45);

  it("without a previous quadrant the plain rule applies, whatever the band", () => {
    const plain = KAM.quadrant(v, e);
    expect(firstColumn(plain)).toEqual([3, 1, 1, 3, 2, 1, 2]);
    expect(KAM.quadrant(v, e, null, null, null as any, 5)).toEqual(plain);
    expect(KAM.quadrant(v, e, null, null, [[null]], 5)).toEqual(plain);
    expect(KAM.quadrant(v, e, null, null, col("", "", "", "", "", "", ""), 5)).toEqual(plain);
  });

  it("at t - band, t and t + band on the value axis, and at t + band on the engagement axis", () => {
    // Previously quadrant 1 (high, high) for all but the last two.
    const previous = col(1, 1, 1, 1, 3, 4, 4);
    expect(firstColumn(KAM.quadrant(v, e, null, null, previous, 5))).toEqual([
      1, // value 45 = t - band is not below it: keeps its high side; engagement 60 >= 55
      1, // value 50 = t: keeps high
      1, // value 55 = t + band: high
      3, // value 44.99 is below t - band: low
      4, // value 54.99 within the band, previously low (3): stays low; engagement 40 < 45: low
      2, // value 60: high; engagement 50 within the band, previously low (4): stays low
      2, // engagement 45 = t - band: within the band, stays low
    ]);
  });

  it("a band of 0 with a previous quadrant is the plain rule; an error cell in previous means none", () => {
    expect(KAM.quadrant(v, e, null, null, col(4, 4, 4, 4, 4, 4, 4), 0)).toEqual(KAM.quadrant(v, e));
    const previous = col(new ExcelError("#N/A"), 1, 1, 1, 1, 1, 1);
    expect(KAM.quadrant(v, e, null, null, previous, 5)[0]).toEqual([3]); // plain rule: 45 < 50
    expect(KAM.quadrant(v, e, null, null, col(1, ...Array(6).fill(null)), 5)[0]).toEqual([1]);
  });

  it('"median" thresholds are computed first, then the band is applied', () => {
    // Value scores 10, 40, 52, 70, 90: median 52. Band 15: high at 67+, low below 37.
    const vs = col(10, 40, 52, 70, 90);
    const es = col(80, 80, 80, 80, 80);
    expect(firstColumn(KAM.quadrant(vs, es, "median", 50))).toEqual([3, 3, 1, 1, 1]);
    expect(firstColumn(KAM.quadrant(vs, es, "median", 50, col(1, 1, 3, 3, 3), 15))).toEqual([3, 1, 3, 1, 1]);
  });

  it("PRIORITY ranks by the quadrants the band keeps", () => {
    const vs = col(48, 60, 30);
    const es = col(90, 55, 70);
    // Plain: 60 is quadrant 1; 48 and 30 are quadrant 3, ranked by v + e (138, 100).
    expect(firstColumn(KAM.priority(vs, es))).toEqual([2, 1, 3]);
    // 48 was in quadrant 1 and stays there with a band of 5: it leads quadrant 1 by v + e (138 > 115).
    expect(firstColumn(KAM.priority(vs, es, null, null, col(1, null, null), 5))).toEqual([1, 2, 3]);
    // 60 was low on value (quadrant 3) and a band of 15 keeps it low: all three in quadrant 3.
    expect(firstColumn(KAM.quadrant(vs, es, null, null, col(3, 3, 3), 15))).toEqual([3, 3, 3]);
    expect(firstColumn(KAM.priority(vs, es, null, null, col(3, 3, 3), 15))).toEqual([1, 2, 3]);
  });

  it("bad previous and band arguments", () => {
    for (const fn of [KAM.quadrant, KAM.priority]) {
      expectError(fn(v, e, null, null, col(1, 2)), "VALUE", "previous is 2 x 1 but value is 7 x 1");
      expectError(fn(v, e, null, null, null as any, -1), "NUM", "band -1 is outside 0..50");
      expectError(fn(v, e, null, null, null as any, 50.5), "NUM", "band 50.5 is outside 0..50");
      expectError(
        fn(v, e, null, null, null as any, "wide"),
        "VALUE",
        'band "wide" is not valid; use a number of score points from 0 to 50',
      );
      expectError(fn(v, e, null, null, null as any, [[1, 2]]), "VALUE", "band must be a single cell, got 1 x 2");
      expectError(fn(v, e, null, null, null as any, new ExcelError("#N/A", "band unknown")), "NA", "band unknown");
      // A band of 50 is allowed; a blank band is 0.
      expect(fn(v, e, null, null, col(1, 1, 1, 1, 1, 1, 1), 50)).not.toBeInstanceOf(KamError);
      expect(fn(v, e, null, null, col(1, 1, 1, 1, 1, 1, 1), [[null]])).toEqual(fn(v, e));
    }
  });
});

describe("KAM.MOVES modes", () => {
  const before = col(1, 1, 2, null, 3, "x", null, 4, new ExcelError("#N/A"), "");
  const after = col(1, 2, null, 3, 3, 2, null, 4, 1, 4);

  it('"count" (the default) is the 4 x 4 of before', () => {
    const counts = [
      [1, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ];
    expect(KAM.moves(before, after)).toEqual(counts);
    expect(KAM.moves(before, after, "COUNT")).toEqual(counts);
    expect(KAM.moves(before, after, [[null]])).toEqual(counts);
  });

  it('"share": each row by its total, an empty row stays 0', () => {
    expect(KAM.moves(before, after, "share")).toEqual([
      [0.5, 0.5, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
  });

  it('"full": 5 x 5 with new accounts in row 5 and dropped ones in column 5; text and errors left out', () => {
    expect(KAM.moves(before, after, " Full ")).toEqual([
      [1, 1, 0, 0, 0],
      [0, 0, 0, 0, 1], // 2 -> blank: dropped
      [0, 0, 1, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 1, 1, 0], // blank -> 3 and "" -> 4: new
    ]);
  });

  it("bad modes", () => {
    expectError(KAM.moves(before, after, "all"), "VALUE", 'unknown mode "all"; use count, share or full');
    expectError(KAM.moves(before, after, 2), "VALUE", "unknown mode 2");
    expectError(KAM.moves(before, after, [["count", "full"]]), "VALUE", "mode must be a single cell, got 1 x 2");
    expectError(KAM.moves(before, after, new ExcelError("#N/A", "no mode")), "NA", "no mode");
  });
});

describe("KAM.STABILITY", () => {
  const VALUE_DATA = [
    [10, 1],
    [20, 5],
    [30, 2],
    [40, 4],
    [50, 3],
    [null, null],
  ];
  const ENGAGEMENT_DATA = [
    [1, 9],
    [2, 8],
    [3, 7],
    [4, 6],
    [5, 5],
    [6, 4],
  ];

  it("spread 0 gives 1 to every scored account, and an account that cannot be scored its error", () => {
    const out = firstColumn(KAM.stability(VALUE_DATA, ENGAGEMENT_DATA, null as any, null as any, 0, 20));
    expect(out.slice(0, 5)).toEqual([1, 1, 1, 1, 1]);
    expectError(out[5], "NA", "insufficient data: coverage 0%");
  });

  it("one trial by hand: the SPEC's generator, the weights moved, the quadrants of KAM.NORMALIZE's scores", () => {
    // The SPEC's mulberry32, pasted.
    const mulberry32 = (seed: number) => {
      let a = seed >>> 0;
      return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    const vData = VALUE_DATA.slice(0, 5);
    const eData = ENGAGEMENT_DATA.slice(0, 5);
    const vw = [1, 3];
    const ew = [2, 1];
    const spread = 0.9;
    const trials = 30;
    const seed = 42;
    const vs = KAM.normalize(vData) as number[][];
    const es = KAM.normalize(eData) as number[][];
    const mean = (s: number[][], w: number[]) => s.map((row) => (row[0] * w[0] + row[1] * w[1]) / (w[0] + w[1]));
    const nominal = firstColumn(KAM.quadrant(col(...mean(vs, vw)), col(...mean(es, ew)), "median", "median"));
    const rand = mulberry32(seed);
    const kept = [0, 0, 0, 0, 0];
    for (let t = 0; t < trials; t++) {
      const move = (w: number) => w * (1 + spread * (2 * rand() - 1));
      const tv = vw.map(move);
      const te = ew.map(move);
      const q = firstColumn(KAM.quadrant(col(...mean(vs, tv)), col(...mean(es, te)), "median", "median"));
      q.forEach((x, i) => (kept[i] += x === nominal[i] ? 1 : 0));
    }
    const out = firstColumn(KAM.stability(vData, eData, [vw], [ew], spread, trials, seed, null, null, "median", "median")) as number[];
    out.forEach((s, i) => expect(s).toBeCloseTo(kept[i] / trials, 12));
    expect(out.some((s) => s < 1)).toBe(true); // the case is not trivially stable
  });

  it("optional arguments left out as null or as blank cells give the defaults", () => {
    const reference = KAM.stability(VALUE_DATA, ENGAGEMENT_DATA);
    const blank = [[null]];
    expect(KAM.stability(VALUE_DATA, ENGAGEMENT_DATA, blank, blank, blank, blank, blank, blank, blank, blank, blank)).toEqual(reference);
    expect(KAM.stability(VALUE_DATA, ENGAGEMENT_DATA, [[1, 1]], [[1, 1]], 0.25, 1000, 1, "percentile", "median", 50, 50)).toEqual(
      reference,
    );
  });

  it("bad arguments say what is wrong", () => {
    const call = (k: number, x: unknown) => {
      const args: unknown[] = [VALUE_DATA, ENGAGEMENT_DATA, null, null, null, null, null, null, null, null, null];
      args[k] = x;
      return (KAM.stability as (...a: unknown[]) => unknown)(...args);
    };
    expectError(call(4, 1), "NUM", "spread 1 is not valid; use a number from 0 to below 1");
    expectError(call(4, -0.1), "NUM", "spread -0.1 is not valid");
    expectError(call(4, "25%"), "VALUE", 'spread "25%" is not valid');
    expectError(call(5, 0), "NUM", "trials 0 is not valid; use a whole number from 1 to 100000");
    expectError(call(5, 100001), "NUM", "trials 100001 is not valid");
    expectError(call(5, 2.5), "NUM", "trials 2.5 is not valid");
    expectError(call(6, -1), "NUM", "seed -1 is not valid; use a whole number from 0 to 4294967295");
    expectError(call(6, "one"), "VALUE", 'seed "one" is not valid');
    expectError(call(6, [[1, 2]]), "VALUE", "seed must be a single cell, got 1 x 2");
    expectError(call(7, "best"), "VALUE", 'unknown method "best"');
    expectError(call(8, "skip"), "VALUE", 'unknown missing "skip"');
    expectError(call(9, 101), "NUM", "valueThreshold 101 is outside 0..100");
    expectError(call(10, "top"), "VALUE", 'engagementThreshold "top" is not valid');
    expectError(call(1, ENGAGEMENT_DATA.slice(1)), "VALUE", "engagementData has 5 accounts but valueData has 6");
    expectError(call(2, [[1, 2, 3]]), "VALUE", "weights has 3 entries but data has 2 criteria");
    expectError(call(3, [["x", 1]]), "VALUE", 'weight 1 is "x"');
    expectError(call(4, new ExcelError("#N/A", "spread unknown")), "NA", "spread unknown");
    expectError(call(0, []), "VALUE", "valueData is empty");
  });
});
