/**
 * Criterion scores kept apart from the weighted means must give KAM.VALUE's numbers: for any
 * portfolio, method, missing policy and weights (same signs), weightedScores equals
 * scoreAxisNumbers, errors included.
 */
import fc from "fast-check";
import {
  AxisNumbers,
  coverageFor,
  criterionScores,
  KamError,
  METHODS,
  MISSING_POLICIES,
  scoreAxisNumbers,
  weightedScores,
  withColumn,
} from "../../core";
import { randomPortfolio } from "../support/portfolios";

const RUNS = { seed: 20261201, numRuns: 300 };

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "n/a", "12", true) },
);
const weight = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true }));

const portfolio = fc.integer({ min: 1, max: 5 }).chain((cols) =>
  fc.record({
    data: fc.oneof(
      fc.array(fc.array<unknown>(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 15 }),
      fc
        .tuple(fc.nat(), fc.integer({ min: 1, max: 40 }), fc.boolean())
        .map(([seed, rows, ties]) => randomPortfolio(seed, rows, cols, { ties, missingRate: 0.25 })),
    ),
    weights: fc.option(fc.array(weight, { minLength: cols, maxLength: cols }), { nil: null }),
    // New magnitudes with the same signs, as a slider would give.
    factors: fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: cols, maxLength: cols }),
  }),
);

/** Either the whole-argument error or the per-account results. */
function attempt(body: () => AxisNumbers): AxisNumbers | KamError {
  try {
    return body();
  } catch (e) {
    if (e instanceof KamError) return e;
    throw e;
  }
}

function expectSame(a: AxisNumbers | KamError, b: AxisNumbers | KamError): void {
  if (a instanceof KamError || b instanceof KamError) {
    expect(b).toBeInstanceOf(KamError);
    expect(a).toBeInstanceOf(KamError);
    expect((a as KamError).message).toBe((b as KamError).message);
    return;
  }
  expect(a.scores.length).toBe(b.scores.length);
  for (let i = 0; i < a.scores.length; i++) {
    const x = a.scores[i];
    const y = b.scores[i];
    if (x !== x || y !== y) {
      expect([x, a.errors.get(i)?.kind, a.errors.get(i)?.message]).toEqual([y, b.errors.get(i)?.kind, b.errors.get(i)?.message]);
    } else {
      // The same operations in the same order: the very same double, which is within 1e-9.
      expect(x).toBe(y);
    }
    expect(a.coverage[i]).toBeCloseTo(b.coverage[i], 12);
  }
}

describe("criterion scores apart from the weights", () => {
  it("give exactly scoreAxisNumbers for every method and missing policy", () => {
    fc.assert(
      fc.property(portfolio, fc.constantFrom(...METHODS), fc.constantFrom(...MISSING_POLICIES), ({ data, weights }, method, missing) => {
        const args = { data, weights: weights ? [weights] : null, method, missing };
        expectSame(
          attempt(() => weightedScores(criterionScores(args))),
          attempt(() => scoreAxisNumbers(args)),
        );
      }),
      RUNS,
    );
  });

  it("recompute only the means for new weights of the same signs", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.constantFrom(...METHODS),
        fc.constantFrom(...MISSING_POLICIES),
        ({ data, weights, factors }, method, missing) => {
          const w = weights ?? data[0].map(() => 1);
          const moved = w.map((x, j) => x * factors[j]);
          if (moved.every((x) => x === 0)) return;
          const cs = attempt(() => criterionScores({ data, weights: [w], method, missing }) as never);
          if (cs instanceof KamError) return;
          const direct = attempt(() => scoreAxisNumbers({ data, weights: [moved], method, missing }));
          // parseWeights scales by a power of two; compare ratios, so scale the same way.
          const scaled = criterionScores({ data, weights: [moved], method, missing }).weights;
          expectSame(weightedScores(cs as never, scaled), direct);
          if (!(direct instanceof KamError))
            coverageFor(cs as never, scaled).forEach((c, i) => expect(c).toBeCloseTo(direct.coverage[i], 12));
        },
      ),
      RUNS,
    );
  });

  it("against an explicit portfolio, as a filled-down row", () => {
    const data = randomPortfolio(7, 30, 4, { missingRate: 0.2 });
    for (const method of METHODS.filter((m) => m !== "none")) {
      for (const missing of MISSING_POLICIES) {
        const args = { data: data.slice(3, 9), weights: [[2, -1, 0.5, 3]], portfolio: data, method, missing };
        expectSame(weightedScores(criterionScores(args)), scoreAxisNumbers(args));
      }
    }
  });

  it("withColumn re-scores one criterion as if the data had changed", () => {
    const data = randomPortfolio(11, 25, 3, { missingRate: 0.1 });
    for (const method of METHODS.filter((m) => m !== "none")) {
      const cs = criterionScores({ data, weights: [[1, -2, 1]], method });
      const changed = data.map((row, i) => (i === 4 ? [row[0], 123.5, row[2]] : row));
      const column = Float64Array.from(changed, (row) => (typeof row[1] === "number" ? row[1] : NaN));
      expectSame(weightedScores(withColumn(cs, 1, column)), scoreAxisNumbers({ data: changed, weights: [[1, -2, 1]], method }));
    }
  });

  it("refuse weights whose sign does not fit the flipped scores", () => {
    const cs = criterionScores({
      data: [
        [1, 2],
        [3, 4],
      ],
      weights: [[1, -1]],
    });
    expect(() => weightedScores(cs, [1, 1])).toThrow(RangeError);
    expect(() => weightedScores(cs, [1])).toThrow(RangeError);
    expect(weightedScores(cs, [0, -3]).scores.length).toBe(2);
  });
});
