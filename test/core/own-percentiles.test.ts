/**
 * When the portfolio is the data itself (the default) percentile scores are not looked up per
 * account: the column is sorted together with its row numbers and each run of equal values is
 * scored once (ownPercentiles in src/normalize.ts). That must give the same bits as looking each
 * value up (the path explicit portfolios take): ties, -0 and 0, one value, blanks, huge and tiny
 * values, small columns (built-in sort) and big ones (radix sort).
 */
import fc from "fast-check";
import { KamError, normalizeValue, ownPercentiles, prepareColumn, scoreAxis } from "../../core";
import { sortNumbers, sortNumbersWithRows } from "../../core/sort";

/** Compares bit for bit: toBe would also pass -0 for 0, Object.is does not. */
const sameBits = (a: ArrayLike<unknown>, b: ArrayLike<unknown>) =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

/** Column with NaN for blanks: each own score must equal the lookup of that value; blanks stay untouched. */
function expectOwnEqualsLookup(column: number[]) {
  const values = Float64Array.from(column);
  const lookup = prepareColumn(values, 1, { method: "percentile" });
  const own = prepareColumn(values, 1, { method: "percentile", withRows: true });
  const out = new Float64Array(column.length).fill(-1);
  ownPercentiles(own, out);
  const expected = column.map((x) => (x === x ? (normalizeValue(lookup, x, "percentile") as number) : -1));
  expect(sameBits(out, expected)).toBe(true);
  expect(sameBits(own.sorted, lookup.sorted)).toBe(true);
}

/** Random columns: a share of blanks (NaN), and values drawn from a few shapes. */
function column(n: number, seed: number, shape: "ties" | "zeros" | "extremes" | "uniform", blankRate: number): number[] {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const special = [-0, 0, 5e-324, -5e-324, 1e-310, -Number.MAX_VALUE, Number.MAX_VALUE, 1e300, -1e-300];
  const values = Array.from({ length: n }, () => {
    if (rand() < blankRate) return NaN;
    switch (shape) {
      case "ties":
        return Math.floor(rand() * 5) * 2.5 - 5;
      case "zeros":
        return rand() < 0.5 ? -0 : rand() < 0.5 ? 0 : rand() - 0.5;
      case "extremes":
        return special[Math.floor(rand() * special.length)] * (rand() < 0.3 ? 1 : rand());
      case "uniform":
        return rand() * 2e6 - 1e6;
    }
  });
  if (n > 0 && values.every((x) => x !== x)) values[0] = 1; // a column needs a value (SPEC 2)
  return values;
}

const shapes = ["ties", "zeros", "extremes", "uniform"] as const;

it("scores small columns exactly as the lookup does", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 300 }),
      fc.constantFrom(...shapes),
      fc.constantFrom(0, 0.05, 0.5),
      fc.integer(),
      (n, shape, blankRate, seed) => expectOwnEqualsLookup(column(n, seed, shape, blankRate)),
    ),
    { numRuns: 200 },
  );
});

it("scores any doubles exactly as the lookup does", () => {
  const cell = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(NaN), fc.constantFrom(-0, 0, 1, 1));
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 150 }), (values) => {
      if (values.some((x) => x === x)) expectOwnEqualsLookup(values);
    }),
    { numRuns: 200 },
  );
});

it("scores big columns (radix sort) exactly as the lookup does", () => {
  for (const shape of shapes) expectOwnEqualsLookup(column(30_000, shape.length, shape, 0.05));
});

it("gives a single value 50, as SPEC 2 says for n = 1", () => {
  const own = prepareColumn(Float64Array.from([NaN, 7, NaN]), 1, { withRows: true });
  const out = new Float64Array(3);
  ownPercentiles(own, out);
  expect([...out]).toEqual([0, 50, 0]);
});

it("sorts rows along with the values, in the order of sortNumbers", () => {
  for (const n of [0, 1, 50, 25_000]) {
    for (const shape of shapes) {
      const values = column(n, n + 1, shape, 0);
      const a = Float64Array.from(values);
      const rows = Uint32Array.from(values, (_, i) => i);
      sortNumbersWithRows(a, rows);
      expect(sameBits(a, sortNumbers(Float64Array.from(values)))).toBe(true);
      expect(
        sameBits(
          a,
          Array.from(rows, (r) => values[r]),
        ),
      ).toBe(true);
      expect(new Set(rows).size).toBe(n);
    }
  }
});

it("scoreAxis against itself equals scoring against an explicit copy of the portfolio", () => {
  for (const n of [1, 2, 40, 3000, 25_000]) {
    const cols = [column(n, 1, "ties", 0.1), column(n, 2, "zeros", 0.1), column(n, 3, "extremes", 0.1), column(n, 4, "uniform", 0.1)];
    const data = Array.from({ length: n }, (_, i) => cols.map((c) => (c[i] === c[i] ? c[i] : null)));
    for (const missing of ["median", "drop", "zero"]) {
      const weights = [[1, -2, 0.5, 3]];
      const self = scoreAxis({ data, weights, missing });
      const explicit = scoreAxis({ data, weights, missing, portfolio: data.map((row) => row.slice()) });
      expect(sameBits(self.coverage, explicit.coverage)).toBe(true);
      // Errors compare by kind and message (each call makes its own KamError objects).
      const plain = (xs: unknown[]) => xs.map((x) => (x instanceof KamError ? `${x.kind}: ${x.message}` : x));
      expect(self.scores.length).toBe(n);
      expect(sameBits(plain(self.scores), plain(explicit.scores))).toBe(true);
    }
  }
});
