/** Medians by selection must be the very numbers sorting gives (SPEC 4's median threshold). */
import fc from "fast-check";
import { medianInPlace, medianNear, selectInPlace } from "../../core";

describe("selection", () => {
  it("finds every order statistic and the median of arrays with ties, sorted and reversed runs", () => {
    const values = fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(values, fc.constantFrom("as is", "sorted", "reversed"), fc.nat(), (xs, order, at) => {
        const input = Float64Array.from(xs);
        if (order !== "as is") input.sort();
        if (order === "reversed") input.reverse();
        const sorted = input.slice().sort();
        const k = at % input.length;
        expect(selectInPlace(input.slice(), k)).toBe(sorted[k]);
        const m = sorted.length >> 1;
        const expected = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        expect(medianInPlace(input.slice())).toBe(expected);
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });

  it("finds the median near a guess, whether the window holds the middle or misses it", () => {
    const values = fc.array(fc.oneof(fc.double({ min: -100, max: 200, noNaN: true }), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(
        values,
        fc.double({ min: -50, max: 150, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (xs, guess, width) => {
          const input = Float64Array.from(xs);
          const before = input.slice();
          const window = { width };
          const got = medianNear(input, guess, window, new Float64Array(input.length));
          expect(got).toBe(medianInPlace(input.slice()));
          expect(input).toEqual(before); // the scores themselves are left as they are
          expect(window.width).toBeGreaterThan(0);
        },
      ),
      { seed: 20261201, numRuns: 1000 },
    );
  });
});
