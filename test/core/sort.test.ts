/**
 * Big criterion columns are sorted by a radix sort on the bits of the doubles (src/sort.ts).
 * It must give exactly the order of the built-in sort, bit for bit: signed zeros, subnormals,
 * huge magnitudes, ties and negative numbers included.
 */
import fc from "fast-check";
import { sortNumbers, sortNumbersWithRows, sortScratch } from "../../core/sort";

const sameBits = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

function expectBuiltInOrder(values: number[]) {
  const expected = Float64Array.from(values).sort();
  const actual = sortNumbers(Float64Array.from(values));
  expect(sameBits(actual, expected)).toBe(true);
}

it("sorts big columns of any finite doubles exactly as Float64Array.prototype.sort", () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 20_000, maxLength: 20_500 }),
      expectBuiltInOrder,
    ),
    { numRuns: 8 },
  );
});

it("puts -0 before 0 and keeps subnormals, ties and extremes in numeric order", () => {
  const special = [-0, 0, 5e-324, -5e-324, 1e-310, -Number.MAX_VALUE, Number.MAX_VALUE, 1, -1, 2.5, 2.5];
  const values = Array.from({ length: 30_000 }, (_, i) => special[i % special.length] * (i % 7 === 0 ? 1 : 1 + (i % 13) / 1e3));
  expectBuiltInOrder(values);
  const sorted = sortNumbers(Float64Array.from(values));
  expect(Object.is(sorted[sorted.indexOf(0)], -0)).toBe(true); // the first zero is -0
});

it("sorts a column of cents with many ties", () => {
  expectBuiltInOrder(Array.from({ length: 50_000 }, (_, i) => ((i * 7919) % 10_000) / 100 - 20));
});

it("leaves small columns to the built-in sort", () => {
  expectBuiltInOrder([3, -0, 0, -2, 1e300, -1e-300]);
});

it("sorts rows with the values the same with a reused scratch as with a fresh one", () => {
  const scratch = sortScratch(60_000); // larger than each column, used for all of them in turn
  for (const n of [20_000, 45_000, 30_000]) {
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % 4001) / 7 - 200 + (i % 3 === 0 ? -0 : 0));
    const fresh = Float64Array.from(values);
    const freshRows = Uint32Array.from(values, (_, i) => i);
    sortNumbersWithRows(fresh, freshRows);
    const reused = Float64Array.from(values);
    const reusedRows = Uint32Array.from(values, (_, i) => i);
    sortNumbersWithRows(reused, reusedRows, scratch);
    expect(sameBits(reused, Float64Array.from(values).sort())).toBe(true);
    expect(sameBits(reused, fresh)).toBe(true);
    expect(Array.from(reusedRows)).toEqual(Array.from(freshRows));
    expect(Array.from(reusedRows, (r) => values[r])).toEqual(Array.from(reused));
  }
});
