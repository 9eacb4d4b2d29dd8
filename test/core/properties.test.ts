/**
 * Properties of the composite score that must hold for any portfolio (fast-check, fixed seed so a
 * failure replays): range, order invariance, weight scaling, monotonicity, fill-down = spill.
 */
import fc from "fast-check";
import { KamError, METHODS, MISSING_POLICIES } from "../../core";
import { value } from "../../functions/functions";
import { randomPortfolio } from "../support/portfolios";

const RUNS = { seed: 20240611, numRuns: 100 };

/** value() as a list of per-account results, or the one whole-range error. */
function scores(
  data: unknown[][],
  weights: number[] | null,
  method: string,
  missing: string,
  portfolio?: unknown[][],
): (number | KamError)[] | KamError {
  const out = value(data as any[][], weights ? [weights] : (null as any), (portfolio ?? null) as any, method, missing);
  return out instanceof KamError ? out : (out as unknown[][]).map((row) => row[0] as number | KamError);
}

/** Same result: both errors of the same kind, or numbers within 1e-9. */
function same(a: number | KamError, b: number | KamError): boolean {
  if (a instanceof KamError || b instanceof KamError) return a instanceof KamError && b instanceof KamError && a.kind === b.kind;
  return Math.abs(a - b) <= 1e-9;
}

// Cells as sheets hold them: any double (1e308 and 5e-324 included), small integers that tie, blanks and text.
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "n/a", "12", true) },
);
const weight = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((w) => w !== 0),
  fc.integer({ min: -5, max: 5 }),
);
const method = fc.constantFrom(...METHODS.filter((m) => m !== "none"));
const anyMethod = fc.constantFrom(...METHODS);
const missing = fc.constantFrom(...MISSING_POLICIES);

/** A portfolio with a weight per criterion: either fully random cells or the shared generator. */
const portfolio = fc.integer({ min: 1, max: 4 }).chain((cols) =>
  fc.record({
    data: fc.oneof(
      fc.array(fc.array<unknown>(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 12 }),
      fc
        .tuple(fc.nat(), fc.integer({ min: 1, max: 30 }), fc.boolean())
        .map(([seed, rows, ties]) => randomPortfolio(seed, rows, cols, { ties, missingRate: 0.2 })),
    ),
    weights: fc.option(fc.array(weight, { minLength: cols, maxLength: cols }), { nil: null }),
  }),
);

describe("score properties", () => {
  it("every score is a finite number in 0..100 or an error value", () => {
    fc.assert(
      fc.property(portfolio, anyMethod, missing, ({ data, weights }, m, p) => {
        const result = scores(data, weights, m, p);
        if (result instanceof KamError) return true;
        return result.every((s) => s instanceof KamError || (Number.isFinite(s) && s >= 0 && s <= 100));
      }),
      RUNS,
    );
  });

  it("reordering the accounts does not change any account's score", () => {
    fc.assert(
      fc.property(portfolio, anyMethod, missing, fc.nat(), ({ data, weights }, m, p, seed) => {
        const order = data.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 104729) - ((b * 7919 + seed) % 104729));
        const before = scores(data, weights, m, p);
        const after = scores(
          order.map((i) => data[i]),
          weights,
          m,
          p,
        );
        if (before instanceof KamError || after instanceof KamError) return before instanceof KamError && after instanceof KamError;
        return order.every((i, k) => same(before[i], after[k]));
      }),
      RUNS,
    );
  });

  it("scaling all weights by a positive constant does not change the scores", () => {
    fc.assert(
      fc.property(portfolio, anyMethod, missing, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ data, weights }, m, p, c) => {
        const w = weights ?? data[0].map(() => 1);
        const scaled = w.map((x) => x * c);
        // 1e306 * 200 overflows, 5e-324 * 0.001 underflows and subnormal weights lose digits when
        // scaled: those are no longer the same weight ratios, so they are not this property's input.
        const normal = (x: number) => x === 0 || (Number.isFinite(x) && Math.abs(x) >= 2.2250738585072014e-308);
        fc.pre(scaled.every((x, k) => normal(x) && normal(w[k]) && (x === 0) === (w[k] === 0)));
        const before = scores(data, w, m, p);
        const after = scores(data, scaled, m, p);
        if (before instanceof KamError || after instanceof KamError) return before instanceof KamError && after instanceof KamError;
        return before.every((s, i) => same(s, after[i]));
      }),
      RUNS,
    );
  });

  it("improving one criterion value never lowers that account's score", () => {
    // "Improving" is raising a criterion with a positive weight, lowering one with a negative weight.
    fc.assert(
      fc.property(
        portfolio,
        method,
        missing,
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        ({ data, weights }, m, p, ri, ci, step) => {
          const i = ri % data.length;
          const j = ci % data[0].length;
          const x = data[i][j];
          if (typeof x !== "number" || !Number.isFinite(x)) return true;
          const w = weights ?? data[0].map(() => 1);
          const better = x + Math.sign(w[j]) * step;
          if (!Number.isFinite(better)) return true;
          const changed = data.map((row, k) => (k === i ? row.map((c, l) => (l === j ? better : c)) : row));
          const before = scores(data, w, m, p);
          const after = scores(changed, w, m, p);
          if (before instanceof KamError || after instanceof KamError) return true;
          const [b, a] = [before[i], after[i]];
          if (b instanceof KamError || a instanceof KamError) return b instanceof KamError && a instanceof KamError;
          return a >= b - 1e-9;
        },
      ),
      RUNS,
    );
  });

  it("a row scored against the portfolio (fill-down) equals its row of the spilled result", () => {
    fc.assert(
      fc.property(portfolio, anyMethod, missing, fc.nat(), ({ data, weights }, m, p, ri) => {
        const i = ri % data.length;
        const spilled = scores(data, weights, m, p);
        const filled = scores([data[i]], weights, m, p, data);
        if (spilled instanceof KamError || filled instanceof KamError) return spilled instanceof KamError && filled instanceof KamError;
        return same(filled[0], spilled[i]);
      }),
      RUNS,
    );
  });
});

describe("randomPortfolio", () => {
  it("is reproducible from its seed and has the asked-for shape", () => {
    expect(randomPortfolio(3, 6, 4)).toEqual(randomPortfolio(3, 6, 4));
    expect(randomPortfolio(3, 6, 4)).not.toEqual(randomPortfolio(4, 6, 4));
    const table = randomPortfolio(5, 6, 4);
    expect(table).toHaveLength(6);
    for (const row of table) expect(row).toHaveLength(4);
  });

  it("keeps a number in every column, and only numbers when nothing is missing", () => {
    const sparse = randomPortfolio(9, 5, 6, { missingRate: 0.95 });
    for (let j = 0; j < 6; j++) expect(sparse.some((row) => typeof row[j] === "number")).toBe(true);
    const full = randomPortfolio(9, 20, 3, { missingRate: 0 });
    expect(full.flat().every((c) => typeof c === "number" && Number.isFinite(c))).toBe(true);
  });

  it("repeats values when asked for ties", () => {
    const column = randomPortfolio(11, 40, 1, { ties: true, missingRate: 0 }).map((row) => row[0]);
    expect(new Set(column).size).toBeLessThanOrEqual(5);
  });
});
