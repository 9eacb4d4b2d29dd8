/** Defects found by an adversarial corpus of calls (issue 8, section 5), each checked by hand. */
import * as KAM from "../../functions/functions";
import { allocate as allocateCore, KamError, Messages } from "../../core";
import { col, expectError, firstColumn } from "../core/helpers";

describe("LABEL and STRATEGY pass an upstream error on, as QUADRANT does", () => {
  it.each([KAM.label, KAM.strategy])("%p", (fn) => {
    const upstream = new KamError("NA", Messages.insufficientData(0.25, false));
    const cells = fn([[upstream, 2, new KamError("NUM", "retention 2 is outside 0..1")]])[0];
    expect(cells[0]).toBe(upstream);
    expect(typeof cells[1]).toBe("string");
    expectError(cells[2], "NUM", "retention 2 is outside 0..1");
  });
});

describe("a message says what a non-primitive argument is", () => {
  it("an object, a range, a date, an error value, a function", () => {
    expectError(KAM.label([[{}]])[0][0], "VALUE", "quadrant (an object) is not valid; use 1, 2, 3 or 4");
    expectError(
      KAM.value(
        [
          [1, 2],
          [3, 4],
        ],
        [[{}, 1]],
      ),
      "VALUE",
      "weight 1 is an object; weights must be numbers",
    );
    expectError(
      KAM.clv([[new Date(Date.UTC(2024, 4, 1))]], [[0.5]], [[0.1]])[0][0],
      "VALUE",
      "margin is the date 2024-05-01; it must be a number",
    );
    expectError(KAM.quadrant([[[1, 2] as any]], [[50]])[0][0], "VALUE", "value is a list of 2 values; it must be a number");
    expectError(KAM.quadrant(col(50) as any, col(50) as any, [[() => 1]]), "VALUE", "valueThreshold (a function) is not valid");
    // The core called directly with an error where a number belongs.
    expect(() => allocateCore(new KamError("NA", "x"), [[1]])).toThrow("total is the error value #N/A; it must be a number of 0 or more");
    expectError(KAM.value([[1]], null as any, null as any, [[[["a"], ["b"]] as any]]), "VALUE", "unknown method (a range of 2 x 1 cells)");
  });
});

describe("MATRIX writes names as text", () => {
  it("numbers, booleans and dates become their text; NaN, Infinity and objects a #VALUE! naming them", () => {
    const names = col("Alpha", 12345, true, new Date(Date.UTC(2025, 0, 31)), NaN, Infinity, {}, null);
    const n = names.length;
    const out = KAM.matrix(
      names as any,
      Array.from({ length: n }, (_, i) => [i + 1]),
      Array.from({ length: n }, (_, i) => [n - i]),
    );
    const written = out.slice(1).map((r: unknown[]) => r[0]);
    expect(written.slice(0, 4)).toEqual(["Alpha", "12345", "TRUE", "2025-01-31"]);
    expectError(written[4], "VALUE", "name 5 is NaN; account names must be text or numbers");
    expectError(written[5], "VALUE", "name 6 is Infinity");
    expectError(written[6], "VALUE", "name 7 is an object");
    expect(written[7]).toBe("");
    // The row of a bad name is still scored.
    expect(typeof out[5][1]).toBe("number");
  });
});

describe("ALLOCATE", () => {
  it("keeps the whole total when the shares would overflow as they are summed", () => {
    const cells = firstColumn(KAM.allocate(1000, col(1, 2, 3, 4) as any, null as any, [[1e308, 1e308, 1e308, 1e308]])) as number[];
    // Four equal shares: a quarter each, as with shares 1, 1, 1, 1.
    cells.forEach((c) => expect(c).toBeCloseTo(250, 9));
    const unequal = firstColumn(KAM.allocate(900, col(1, 2) as any, null as any, [[1.7e308, 0.85e308, 1e308, 0]])) as number[];
    expect(unequal[0]).toBeCloseTo(600, 9);
    expect(unequal[1]).toBeCloseTo(300, 9);
  });

  it("accounts without a quadrant share one #N/A", () => {
    const cells = firstColumn(KAM.allocate(100, col("x", 1, null, "y") as any));
    expect(cells[0]).toBe(cells[2]);
    expect(cells[0]).toBe(cells[3]);
    expectError(cells[0], "NA", "no quadrant");
    expect(cells[1]).toBe(100);
  });
});

describe("CLV with a horizon computes without overflowing before the margin is applied", () => {
  it("a margin of 0 is worth 0 however large the sum of the yearly factors", () => {
    // r = 1, d = -0.5: each year's factor doubles; over 2,000 years the factors' sum is beyond doubles.
    expect(KAM.clv([[0]], [[1]], [[-0.5]], [[2000]])[0][0]).toBe(0);
    expect(KAM.clv([[0]], [[1]], [[-0.5]], [[1e6]])[0][0]).toBe(0);
  });

  it("a tiny margin gives its finite value", () => {
    // sum_{t=1..1100} 2^t = 2^1101 - 2; times 1e-300 = (2^1000 * 1e-300) * 2^101 (the -2 is below a double's resolution).
    const expected = 2 ** 1000 * 1e-300 * 2 ** 101;
    const got = KAM.clv([[1e-300]], [[1]], [[-0.5]], [[1100]])[0][0] as number;
    expect(got / expected).toBeCloseTo(1, 12);
    expect((KAM.clv([[-1e-300]], [[1]], [[-0.5]], [[1100]])[0][0] as number) / -expected).toBeCloseTo(1, 12);
  });

  it("a value that really is too large is still #NUM!", () => {
    expectError(KAM.clv([[1]], [[1]], [[-0.5]], [[2000]])[0][0], "NUM", "too large");
  });
});

describe('method "none": a gap in a column with no value inside 0..100', () => {
  it("says that the column has nothing to fill the gap with, for that account only", () => {
    // Column 2 holds only 150 and 200 (outside 0..100) and one gap; column 1 is fine.
    const data = [
      [10, 150],
      [20, 200],
      [30, null],
    ];
    const out = KAM.value(data, null as any, null as any, "none");
    expectError(out[0][0], "NUM", "criterion 2 value 150 is outside 0..100");
    expectError(out[2][0], "NUM", 'criterion 2 has no value inside 0..100 to fill this gap with (method "none"');
  });
  it("a weight-0 column's gaps add nothing", () => {
    const data = [
      [10, 150],
      [30, null],
    ];
    expect(KAM.value(data, [[1, 0]], null as any, "none")).toEqual([[10], [30]]);
  });
});
