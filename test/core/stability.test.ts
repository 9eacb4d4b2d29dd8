/** KAM.STABILITY (SPEC 14), checked against an independent re-implementation of a trial. */
import fc from "fast-check";
import {
  classify,
  criterionScores,
  KamError,
  METHODS,
  MISSING_POLICIES,
  mulberry32,
  scoreAxis,
  Scored,
  stability,
  stabilityFromScores,
} from "../../core";
import { normalize } from "../../functions/functions";
import { randomPortfolio } from "../support/portfolios";
import { expectError, thrown } from "./helpers";

// The SPEC's generator, pasted verbatim as the independent reference.

function specMulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Criterion scores by KAM.NORMALIZE, flipped for a negative weight; null where the cell is missing. */
function criterionColumns(data: unknown[][], weights: number[], method: string): (number | null)[][] {
  const scores = normalize(data as any[][], method) as unknown[][];
  return weights.map((w, j) =>
    scores.map((row) => (typeof row[j] === "number" ? (w < 0 ? 100 - (row[j] as number) : (row[j] as number)) : null)),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** SPEC 3's weighted mean written out, for the accounts in `scored`, with weights w. */
function axisScores(columns: (number | null)[][], w: number[], missing: string, scored: boolean[]): number[] {
  const fills = columns.map((c) => (missing === "median" ? median(c.filter((x): x is number => x !== null)) : 0));
  return scored.map((ok, i) => {
    if (!ok) return NaN;
    let sum = 0;
    let weight = 0;
    columns.forEach((c, j) => {
      const s = c[i];
      if (s === null && missing === "drop") return;
      sum += Math.abs(w[j]) * (s ?? fills[j]);
      weight += Math.abs(w[j]);
    });
    return Math.min(100, Math.max(0, sum / weight));
  });
}

/**
 * KAM.STABILITY by brute force and by hand: criterion scores from KAM.NORMALIZE, the SPEC's
 * perturbed weights, the weighted means written out, thresholds by sorting, SPEC 4's rule.
 * Which accounts count is KAM.VALUE's and KAM.ENGAGEMENT's nominal decision.
 */
function bruteStability(
  valueData: unknown[][],
  engagementData: unknown[][],
  vw: number[],
  ew: number[],
  spread: number,
  trials: number,
  seed: number,
  method: string,
  missing: string,
  tV: number | string,
  tE: number | string,
): Scored[] {
  const v0 = scoreAxis({ data: valueData, weights: [vw], method, missing }).scores;
  const e0 = scoreAxis({ data: engagementData, weights: [ew], method, missing }).scores;
  const scored = v0.map((v, i) => typeof v === "number" && typeof e0[i] === "number");
  const vc = criterionColumns(valueData, vw, method);
  const ec = criterionColumns(engagementData, ew, method);
  const threshold = (t: number | string, xs: number[]) => {
    const ys = xs.filter((_, i) => scored[i]);
    return typeof t === "number" ? t : t === "mean" ? ys.reduce((a, b) => a + b, 0) / ys.length : median(ys);
  };
  const quadrants = (wv: number[], we: number[]) => {
    const v = axisScores(vc, wv, missing, scored);
    const e = axisScores(ec, we, missing, scored);
    const a = threshold(tV, v);
    const b = threshold(tE, e);
    return v.map((x, i) => (x >= a ? (e[i] >= b ? 1 : 2) : e[i] >= b ? 3 : 4));
  };
  const nominal = quadrants(vw, ew);
  const rand = specMulberry32(seed);
  const hits = nominal.map(() => 0);
  for (let t = 0; t < trials; t++) {
    const wv = vw.map((w) => w * (1 + spread * (2 * rand() - 1)));
    const we = ew.map((w) => w * (1 + spread * (2 * rand() - 1)));
    quadrants(wv, we).forEach((q, i) => {
      if (q === nominal[i]) hits[i]++;
    });
  }
  return scored.map((ok, i) => (ok ? hits[i] / trials : ((v0[i] instanceof KamError ? v0[i] : e0[i]) as KamError)));
}

const sample = (seed: number, rows: number) => ({
  valueData: randomPortfolio(seed, rows, 4, { missingRate: 0.15 }),
  engagementData: randomPortfolio(seed + 1, rows, 3, { missingRate: 0.15 }),
});

describe("the generator", () => {
  it("draws the SPEC's numbers for seeds 1 and 42 (and 0 and 2^32 - 1)", () => {
    for (const seed of [1, 42, 0, 4294967295]) {
      const ours = mulberry32(seed);
      const spec = specMulberry32(seed);
      for (let i = 0; i < 1000; i++) expect(ours()).toBe(spec());
    }
    // Pinned, so a change to both copies at once is noticed too.
    expect(mulberry32(1)()).toBe(0.6270739405881613);
    expect(mulberry32(42)()).toBe(0.6011037519201636);
  });
});

describe("KAM.STABILITY", () => {
  it("gives 1 to every scored account with spread 0, and each unscored account its error", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...METHODS.filter((m) => m !== "none")),
        fc.constantFrom(...MISSING_POLICIES),
        fc.constantFrom<unknown>(50, "median", "mean", 37.5),
        (seed, rows, method, missing, t) => {
          const { valueData, engagementData } = sample(seed, rows);
          const out = stability({
            valueData,
            engagementData,
            valueWeights: [[3, -1, 2, 0.5]],
            spread: 0,
            trials: 20,
            method,
            missing,
            valueThreshold: t,
            engagementThreshold: t,
          });
          const v = scoreAxis({ data: valueData, weights: [[3, -1, 2, 0.5]], method, missing }).scores;
          const e = scoreAxis({ data: engagementData, method, missing }).scores;
          out.forEach((s, i) => {
            const error = v[i] instanceof KamError ? v[i] : e[i];
            if (error instanceof KamError) expectError(s, error.kind, error.message);
            else expect(s).toBe(1);
          });
        },
      ),
      { seed: 20261201, numRuns: 150 },
    );
  });

  it("equals trials written out by hand from KAM.NORMALIZE's criterion scores (one trial, and twenty)", () => {
    for (const method of ["percentile", "minmax", "zscore"]) {
      for (const missing of MISSING_POLICIES) {
        for (const [trials, seed] of [
          [1, 1],
          [1, 42],
          [20, 7],
        ]) {
          const { valueData, engagementData } = sample(seed * 13 + trials, 25);
          const vw = [2, 1, -1, 1];
          const ew = [1, 1, 1];
          const args = {
            valueData,
            engagementData,
            valueWeights: [vw],
            spread: 0.4,
            trials,
            seed,
            method,
            missing,
            valueThreshold: "median",
            engagementThreshold: 50,
          };
          const expected = bruteStability(valueData, engagementData, vw, ew, 0.4, trials, seed, method, missing, "median", 50);
          const got = stability(args);
          got.forEach((s, i) => {
            const x = expected[i];
            if (x instanceof KamError) expectError(s, x.kind, x.message);
            else expect(s).toBe(x);
          });
        }
      }
    }
  });

  it("recomputes median thresholds in every trial (a fixed nominal median would give other shares)", () => {
    const { valueData, engagementData } = sample(99, 40);
    const args = { valueData, engagementData, spread: 0.5, trials: 200, seed: 5, valueThreshold: "median", engagementThreshold: "mean" };
    const got = stability(args);
    const expected = bruteStability(
      valueData,
      engagementData,
      [1, 1, 1, 1],
      [1, 1, 1],
      0.5,
      200,
      5,
      "percentile",
      "median",
      "median",
      "mean",
    );
    expect(got).toEqual(expected);
    // With the nominal thresholds frozen the shares differ: the test above can tell the two apart.
    const run = stabilityFromScores(criterionScores({ data: valueData }), criterionScores({ data: engagementData }), {
      spread: 0.5,
      trials: 200,
      seed: 5,
      valueThreshold: "median",
      engagementThreshold: "mean",
    });
    const frozen = stabilityFromScores(criterionScores({ data: valueData }), criterionScores({ data: engagementData }), {
      spread: 0.5,
      trials: 200,
      seed: 5,
      valueThreshold: run.nominal.thresholds!.value,
      engagementThreshold: run.nominal.thresholds!.engagement,
    });
    frozen.step();
    expect(frozen.result()).not.toEqual(got);
  });

  it("keeps an account exactly on the threshold high in the trials where its heavier criterion's weight grows", () => {
    // Value scores: account 1 = (100 + 0) / 2 and account 2 = (0 + 100) / 2, exactly on 50; accounts
    // 3 and 4 score 33.3 and 66.7 whatever the weights.
    const valueData = [
      [4, 1],
      [1, 4],
      [2, 2],
      [3, 3],
    ];
    const engagementData = [[5], [5], [5], [5]]; // all 50: high at threshold 50, in every trial
    const trials = 500;
    const got = stability({ valueData, engagementData, spread: 0.3, trials, seed: 42 });
    // By hand: account 1 stays high (quadrant 1) iff its first weight >= its second, i.e. u1 >= u2.
    const rand = specMulberry32(42);
    let first = 0;
    let second = 0;
    for (let t = 0; t < trials; t++) {
      const u1 = rand();
      const u2 = rand();
      rand(); // the engagement criterion's draw
      if (u1 >= u2) first++;
      if (u2 >= u1) second++;
    }
    expect(got).toEqual([first / trials, second / trials, 1, 1]);
    expect(first).toBeGreaterThan(200);
    expect(first).toBeLessThan(300);
  });

  it("runs in slices with the same result as in one go", () => {
    const { valueData, engagementData } = sample(3, 30);
    const make = () =>
      stabilityFromScores(criterionScores({ data: valueData }), criterionScores({ data: engagementData }), {
        trials: 250,
        seed: 9,
        valueThreshold: "median",
        engagementThreshold: "median",
      });
    const whole = make();
    whole.step();
    const sliced = make();
    expect(() => sliced.result()).toThrow(RangeError);
    let done = 0;
    while (done < 250) done = sliced.step(37);
    expect(sliced.done).toBe(250);
    expect(sliced.result()).toEqual(whole.result());
    expect(whole.result()).toEqual(
      stability({ valueData, engagementData, trials: 250, seed: 9, valueThreshold: "median", engagementThreshold: "median" }),
    );
  });

  it("has nominal scores and quadrants exactly those of KAM.VALUE, KAM.ENGAGEMENT and KAM.QUADRANT", () => {
    const { valueData, engagementData } = sample(17, 50);
    const run = stabilityFromScores(
      criterionScores({ data: valueData, weights: [[1, 2, -3, 1]], method: "zscore" }),
      criterionScores({ data: engagementData, method: "zscore" }),
      { valueThreshold: "median", engagementThreshold: "mean" },
    );
    const v = scoreAxis({ data: valueData, weights: [[1, 2, -3, 1]], method: "zscore" }).scores;
    const e = scoreAxis({ data: engagementData, method: "zscore" }).scores;
    const c = classify(v, e, "median", "mean");
    expect(run.nominal.thresholds).toEqual(c.thresholds);
    expect(run.nominal.quadrants).toEqual(c.quadrants);
    v.forEach((x, i) =>
      typeof x === "number" ? expect(run.nominal.value.scores[i]).toBe(x) : expect(run.nominal.value.scores[i]).toBeNaN(),
    );
  });

  it("rejects bad arguments with the SPEC's errors", () => {
    const base = {
      valueData: [
        [1, 2],
        [3, 4],
        [5, 1],
      ],
      engagementData: [[1], [2], [3]],
    };
    const err = (extra: object) => thrown(() => stability({ ...base, ...extra }));
    expectError(err({ spread: 1 }), "NUM", "spread 1 is not valid; use a number from 0 to below 1");
    expectError(err({ spread: -0.1 }), "NUM", "spread -0.1");
    expectError(err({ spread: "25%" }), "VALUE", 'spread "25%" is not valid');
    expectError(err({ spread: true }), "VALUE", "spread TRUE");
    expectError(err({ trials: 0 }), "NUM", "trials 0 is not valid; use a whole number from 1 to 100000");
    expectError(err({ trials: 2.5 }), "NUM", "trials 2.5");
    expectError(err({ trials: 100001 }), "NUM", "trials 100001");
    expectError(err({ trials: "1000" }), "VALUE", 'trials "1000"');
    expectError(err({ seed: -1 }), "NUM", "seed -1 is not valid; use a whole number from 0 to 4294967295");
    expectError(err({ seed: 4294967296 }), "NUM", "seed 4294967296");
    expectError(err({ seed: "abc" }), "VALUE", 'seed "abc"');
    expectError(err({ spread: [[0.1, 0.2]] }), "VALUE", "spread must be a single cell, got 1 x 2");
    expectError(err({ engagementData: [[1], [2]] }), "VALUE", "engagementData has 2 accounts but valueData has 3");
    expectError(err({ valueWeights: [[1]] }), "VALUE", "weights has 1 entries but data has 2 criteria");
    expectError(err({ method: "rank" }), "VALUE", "unknown method");
    expectError(err({ valueThreshold: 120 }), "NUM", "valueThreshold 120");
    // Blank optional arguments take the defaults (spread 0.25, 1000 trials, seed 1).
    expect(stability({ ...base, spread: null, trials: [[null]], seed: "" })).toEqual(
      stability({ ...base, spread: 0.25, trials: 1000, seed: 1 }),
    );
  });
});
