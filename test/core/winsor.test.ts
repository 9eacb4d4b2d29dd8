/**
 * Robust min-max, method "winsor" (SPEC 17): min-max between the 5th and 95th percentiles of the
 * portfolio (PERCENTILE.INC), so one giant account does not squeeze everyone else towards 0.
 */
import { normalizeValue, percentileInc, prepareColumn } from "../../core";
import { normalize } from "../../functions/functions";
import { col, expectScores } from "./helpers";

describe("PERCENTILE.INC", () => {
  it("interpolates between neighbours as Excel does", () => {
    // n = 5: h = 4 * 0.05 = 0.2 -> 10 + 0.2 * (20 - 10) = 12; h = 3.8 -> 40 + 0.8 * (1000 - 40) = 808.
    const sorted = [10, 20, 30, 40, 1000];
    expect(percentileInc(sorted, 0.05)).toBeCloseTo(12, 12);
    expect(percentileInc(sorted, 0.95)).toBeCloseTo(808, 12);
    expect(percentileInc([7], 0.95)).toBe(7);
    expect(percentileInc([1, 2], 1)).toBe(2);
  });
});

describe("winsor scores", () => {
  it("scores by hand: clipped below lo and above hi, min-max between", () => {
    // lo = 12, hi = 808 (above): 10 -> 0, 20 -> 100 * 8 / 796, 1000 -> 100.
    const out = normalize(col(10, 20, 30, 40, 1000), "winsor");
    expectScores(out, [0, 800 / 796, 1800 / 796, 2800 / 796, 100]);
  });

  it("keeps the spread of the other accounts when one giant account is 9x the next", () => {
    // 21 accounts 100..120 and one of 1080: min-max crushes the 21 into 0..2; winsor spreads them.
    const values = [...Array.from({ length: 21 }, (_, i) => 100 + i), 1080];
    const minmax = (normalize(col(...values), "minmax") as number[][]).map((r) => r[0]);
    const winsor = (normalize(col(...values), "WINSOR") as number[][]).map((r) => r[0]);
    expect(minmax[20]).toBeLessThan(3);
    expect(winsor[20]).toBeGreaterThan(90);
    expect(winsor[21]).toBe(100);
  });

  it("gives 50 when lo = hi (a constant column, or one value)", () => {
    expectScores(normalize(col(5, 5, 5), "winsor"), [50, 50, 50]);
    const m = prepareColumn(Float64Array.of(3), 1, { method: "winsor" });
    expect(normalizeValue(m, 99, "winsor")).toBe(50);
  });

  it("scores a value from outside the portfolio against the portfolio's clip points", () => {
    const out = normalize([[11], [2000]], "winsor", col(10, 20, 30, 40, 1000));
    expectScores(out, [0, 100]);
  });

  it("is listed in the message for an unknown method", () => {
    const out = normalize(col(1, 2), "robust") as unknown as Error;
    expect(out.message).toBe('unknown method "robust"; use percentile, minmax, winsor, zscore or none');
  });
});
