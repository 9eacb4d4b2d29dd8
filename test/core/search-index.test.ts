/**
 * The percentile score of a big column looks ranks up in an index of its distinct values (src/search-index.ts).
 * That must give exactly the answer of counting the whole column, for any data: ties, skewed
 * and huge ranges, subnormal values, and accounts scored against a portfolio they lie outside.
 */
import fc from "fast-check";
import { normalizeValue, prepareColumn } from "../../core";
import { buildRankIndex } from "../../core/search-index";

/** SPEC 2 by counting: 100 * (L + (E - 1) / 2) / (n - 1), clamped, n = 1 special. */
function countedPercentile(portfolio: number[], x: number): number {
  const n = portfolio.length;
  const below = portfolio.filter((p) => p < x).length;
  const equal = portfolio.filter((p) => p === x).length;
  if (n === 1) return equal ? 50 : below ? 100 : 0;
  return Math.min(100, Math.max(0, (100 * (below + (equal - 1) / 2)) / (n - 1)));
}

function expectSameAsCounting(portfolio: number[], probes: number[]) {
  const model = prepareColumn(Float64Array.from(portfolio), 1);
  for (const x of [...portfolio, ...probes]) {
    expect(normalizeValue(model, x, "percentile")).toBe(countedPercentile(portfolio, x));
  }
}

const doubles = fc.double({ noNaN: true, noDefaultInfinity: true });

it("indexes columns of 64 values or more by their distinct values", () => {
  expect(buildRankIndex(Float64Array.from({ length: 63 }, (_, i) => i))).toBeUndefined();
  const index = buildRankIndex(Float64Array.from([...Array(30).fill(-1), -0, 0, ...Array(32).fill(2.5)]))!;
  expect([...index.values]).toEqual([-1, -0, 2.5]);
  expect([...index.below]).toEqual([0, 30, 32, 64]);
  expect(buildRankIndex(new Float64Array(100).fill(7))?.buckets).toBeUndefined();
});

it("matches counting on uniform, skewed and tied columns of 64 to 400 values", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 64, max: 400 }),
      fc.constantFrom("uniform", "skewed", "ties"),
      fc.array(doubles, { maxLength: 20 }),
      fc.integer(),
      (n, shape, probes, seed) => {
        let s = seed >>> 0 || 1;
        const rand = () => (s = (s * 48271) % 2147483647) / 2147483647;
        const portfolio = Array.from({ length: n }, () =>
          shape === "uniform" ? rand() * 1000 - 200 : shape === "skewed" ? Math.exp(rand() * 40) : Math.floor(rand() * 4) * 2.5,
        );
        expectSameAsCounting(portfolio, probes);
      },
    ),
    { numRuns: 60 },
  );
});

it("matches counting for any doubles, including huge, tiny and signed zeros", () => {
  // Bounded ranges get an index; unbounded ones mostly overflow max - min and are searched whole.
  const bounded = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e-300, max: 1e-300, noNaN: true }));
  for (const cell of [bounded, doubles]) {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 64, maxLength: 200 }), fc.array(doubles, { maxLength: 20 }), (portfolio, probes) => {
        expectSameAsCounting(portfolio, probes);
      }),
      { numRuns: 60 },
    );
  }
});

it("scores accounts outside the portfolio's range as 0 and 100", () => {
  const portfolio = Array.from({ length: 100 }, (_, i) => i + 1);
  const model = prepareColumn(Float64Array.from(portfolio), 1);
  expect(normalizeValue(model, -1e300, "percentile")).toBe(0);
  expect(normalizeValue(model, 0.5, "percentile")).toBe(0);
  expect(normalizeValue(model, 1e300, "percentile")).toBe(100);
  expect(normalizeValue(model, 50.5, "percentile")).toBe((100 * (50 - 0.5)) / 99);
});
