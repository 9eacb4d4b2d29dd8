/** SPEC 12: the hysteresis band of KAM.QUADRANT / KAM.PRIORITY, at the core (classify, parseBand, parsePrevious). */
import { classify, parseBand, parsePrevious, prioritize, Quadrant, Scored } from "../../core";
import { expectError, thrown } from "./helpers";

const quadrants = (v: Scored[], e: Scored[], prev?: (Quadrant | null)[], band?: number, tV: any = 50, tE: any = 50) =>
  classify(v, e, tV, tE, prev === undefined ? {} : { previous: prev, band });

describe("hysteresis band on the value axis (t = 50, band = 5: high at 55 or above, low below 45)", () => {
  const v = [44.999, 45, 50, 54.999, 55];
  const e = [80, 80, 80, 80, 80]; // clearly high engagement: only the value side is in question

  it("without a previous quadrant the plain rule applies, band or not", () => {
    expect(quadrants(v, e).quadrants).toEqual([3, 3, 1, 1, 1]);
    const c = quadrants(v, e, [null, null, null, null, null], 5);
    expect(c.quadrants).toEqual([3, 3, 1, 1, 1]);
    expect(c.held).toEqual([false, false, false, false, false]);
  });

  it("previously high (quadrant 1): stays high down to t - band, drops below it", () => {
    // 44.999 < 45 -> low (Q3); 45 is not below 45 -> keeps high; 50, 54.999, 55 high.
    const c = quadrants(v, e, [1, 1, 1, 1, 1], 5);
    expect(c.quadrants).toEqual([3, 1, 1, 1, 1]);
    // Only 45 differs from the plain rule (plain: 45 < 50 -> Q3).
    expect(c.held).toEqual([false, true, false, false, false]);
  });

  it("previously low (quadrant 3): stays low up to just below t + band, rises at t + band", () => {
    const c = quadrants(v, e, [3, 3, 3, 3, 3], 5);
    expect(c.quadrants).toEqual([3, 3, 3, 3, 1]);
    // 50 and 54.999 would be Q1 by the plain rule.
    expect(c.held).toEqual([false, false, true, true, false]);
  });

  it("band 0 with a previous quadrant is the plain rule", () => {
    const c = quadrants(v, e, [1, 3, 1, 3, 1], 0);
    expect(c.quadrants).toEqual([3, 3, 1, 1, 1]);
    expect(c.held!.some(Boolean)).toBe(false);
  });
});

describe("hysteresis band on the engagement axis (t = 40, band = 10: high at 50 or above, low below 30)", () => {
  const e = [29.5, 30, 40, 49.5, 50];
  const v = [90, 90, 90, 90, 90]; // clearly high value

  it("without previous: plain rule at 40", () => {
    expect(quadrants(v, e, undefined, undefined, 50, 40).quadrants).toEqual([2, 2, 1, 1, 1]);
  });

  it("previously engaged (quadrant 1) keeps high engagement from 30 up", () => {
    const c = quadrants(v, e, [1, 1, 1, 1, 1], 10, 50, 40);
    expect(c.quadrants).toEqual([2, 1, 1, 1, 1]);
    expect(c.held).toEqual([false, true, false, false, false]);
  });

  it("previously not engaged (quadrant 2) stays low until 50", () => {
    const c = quadrants(v, e, [2, 2, 2, 2, 2], 10, 50, 40);
    expect(c.quadrants).toEqual([2, 2, 2, 2, 1]);
    expect(c.held).toEqual([false, false, true, true, false]);
  });

  it("both axes at once: a previous quadrant 4 account at t on both stays in 4; one at t + band on both moves to 1", () => {
    const c = quadrants([50, 60, 39.9], [40, 50, 50], [4, 4, 4], 10, 50, 40);
    // 50/40: both in band -> previous sides low/low -> 4 (plain 1). 60/50: both at t + band -> 1.
    // 39.9/50: value 39.9 < 40 = t - band -> low; engagement 50 high -> 3.
    expect(c.quadrants).toEqual([4, 1, 3]);
    expect(c.held).toEqual([true, false, false]);
  });
});

describe("median thresholds with a band", () => {
  it("computes the median from the scores first, then applies the band around it", () => {
    // Values 10, 20, 30, 34, 60: median 30; band 5 -> high at 35 or above, low below 25.
    const v = [10, 20, 30, 34, 60];
    const e = [80, 80, 80, 80, 80];
    const c = quadrants(v, e, [null, 1, 3, 3, 3], 5, "median", 50);
    expect(c.thresholds.value).toBe(30);
    // 10: no previous -> plain, 10 < 30 -> Q3. 20 < 25 -> low even though it was 1 -> Q3.
    // 30 and 34 in band, previously low -> Q3 (plain: Q1). 60 -> Q1.
    expect(c.quadrants).toEqual([3, 3, 3, 3, 1]);
    expect(c.held).toEqual([false, false, true, true, false]);
  });

  it("the median is the same with or without previous quadrants (the band does not move it)", () => {
    const v = [10, 20, 30, 34, 60];
    const e = [5, 15, 25, 35, 45];
    const plain = quadrants(v, e, undefined, undefined, "median", "median");
    const banded = quadrants(v, e, [1, 1, 1, 1, 1], 50, "median", "median");
    expect(banded.thresholds).toEqual(plain.thresholds);
    expect(plain.thresholds).toEqual({ value: 30, engagement: 25 });
    // Band 50 around 30 and 25: every score is in the band (>= -20, < 80), so all keep quadrant 1.
    expect(banded.quadrants).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("accounts with errors and priority", () => {
  it("an account with an error keeps its error whatever its previous quadrant", () => {
    const err = thrown(() => parseBand("x"));
    const c = quadrants([err, 50], [50, 50], [1, 4], 10);
    expect(c.quadrants[0]).toBe(err);
    expect(c.quadrants[1]).toBe(4);
  });

  it("priority ranks by the held quadrants", () => {
    // A: 48/80 previously 1, held in Q1 (plain Q3). B: 60/60 Q1. C: 90/49.9 Q2 (no previous).
    const v = [48, 60, 90];
    const e = [80, 60, 49.9];
    const c = quadrants(v, e, [1, null, null], 5);
    expect(c.quadrants).toEqual([1, 1, 2]);
    // Q1: A (128) before B (120); then C in Q2 though its sum 139.9 is larger.
    expect(prioritize(v, e, c.quadrants)).toEqual([1, 2, 3]);
    // Without the band A would be Q3 and rank last.
    expect(prioritize(v, e, quadrants(v, e).quadrants)).toEqual([3, 1, 2]);
  });

  it("leaves classify without hysteresis exactly as before (no held list)", () => {
    const c = quadrants([50, 49], [49, 50]);
    expect(c).toEqual({ quadrants: [2, 3], thresholds: { value: 50, engagement: 50 } });
  });
});

describe("band and previous arguments", () => {
  it("band: blank is 0; 0..50 accepted; outside #NUM!; not a number #VALUE!", () => {
    expect(parseBand(null)).toBe(0);
    expect(parseBand([[null]])).toBe(0);
    expect(parseBand("")).toBe(0);
    expect(parseBand(0)).toBe(0);
    expect(parseBand([[50]])).toBe(50);
    expect(parseBand(2.5)).toBe(2.5);
    expectError(
      thrown(() => parseBand(50.01)),
      "NUM",
      "band 50.01 is outside 0..50",
    );
    expectError(
      thrown(() => parseBand(-1)),
      "NUM",
      "band -1 is outside 0..50",
    );
    expectError(
      thrown(() => parseBand(Infinity)),
      "NUM",
      "outside 0..50",
    );
    expectError(
      thrown(() => parseBand("5")),
      "VALUE",
      'band "5" is not valid; use a number of score points from 0 to 50',
    );
    expectError(
      thrown(() => parseBand(true)),
      "VALUE",
      "band TRUE is not valid",
    );
    expectError(
      thrown(() => parseBand([[1, 2]])),
      "VALUE",
      "band must be a single cell, got 1 x 2",
    );
  });

  it("previous: omitted means none; cells that are not 1..4 mean none; another shape is #VALUE!", () => {
    expect(parsePrevious(null, { rows: 3, cols: 1 })).toBeUndefined();
    expect(parsePrevious([[1], ["2"], [5], [null], [0], [4], [2.5]], { rows: 7, cols: 1 })).toEqual([1, null, null, null, null, 4, null]);
    expect(parsePrevious([[1, 3]], { rows: 1, cols: 2 })).toEqual([1, 3]);
    expectError(
      thrown(() => parsePrevious([[1], [2]], { rows: 3, cols: 1 })),
      "VALUE",
      "previous is 2 x 1 but value is 3 x 1",
    );
    expectError(
      thrown(() => parsePrevious([[1, 2]], { rows: 2, cols: 1 })),
      "VALUE",
      "previous is 1 x 2 but value is 2 x 1",
    );
  });
});
