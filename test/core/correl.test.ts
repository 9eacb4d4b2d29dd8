/**
 * Criterion coherence (SPEC 18): Spearman rank correlations per pair of columns, over the rows
 * where both are present, ties averaged. Checked by hand, against a second implementation written
 * straight from the definition, and by properties.
 */
import fc from "fast-check";
import { correlations, KamError, Scored } from "../../core";
import { expectError, thrown } from "./helpers";

const RUNS = { seed: 20261207, numRuns: 150 };

/** Average ranks, 1-based, the slow obvious way. */
function averageRanks(xs: number[]): number[] {
  return xs.map((x) => xs.filter((y) => y < x).length + (xs.filter((y) => y === x).length + 1) / 2);
}

function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

const present = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** SPEC 18 from the definition: NaN where the cell is #N/A. */
function reference(data: unknown[][]): number[][] {
  const k = data[0].length;
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      const rows = data.filter((r) => present(r[i]) && present(r[j]));
      if (rows.length < 3) return NaN;
      if (i === j) return 1;
      const a = averageRanks(rows.map((r) => r[i] as number));
      const b = averageRanks(rows.map((r) => r[j] as number));
      if (new Set(a).size === 1 || new Set(b).size === 1) return NaN;
      return pearson(a, b);
    }),
  );
}

const asNumbers = (m: Scored[][]) => m.map((row) => row.map((c) => (c instanceof KamError ? NaN : c)));

function expectClose(actual: Scored[][], expected: number[][]): void {
  actual.forEach((row, i) =>
    row.forEach((c, j) => {
      if (Number.isNaN(expected[i][j])) expect(c).toBeInstanceOf(KamError);
      else {
        expect(typeof c).toBe("number");
        expect(Math.abs((c as number) - expected[i][j])).toBeLessThanOrEqual(1e-9);
      }
    }),
  );
}

describe("hand-checked", () => {
  it("perfectly monotone columns give 1 and -1; the diagonal is 1", () => {
    const data = [
      [1, 10, 5],
      [2, 20, 4],
      [3, 300, 3],
      [4, 4000, 2],
    ];
    expect(correlations(data)).toEqual([
      [1, 1, -1],
      [1, 1, -1],
      [-1, -1, 1],
    ]);
  });

  it("ties get average ranks: x = 1,2,3,4 with y = 1,1,2,2 is 2/sqrt(5)", () => {
    // Ranks of y: 1.5, 1.5, 3.5, 3.5; deviations -1.5,-0.5,0.5,1.5 and -1,-1,1,1; sum 4; sqrt(5 * 4).
    const r = correlations([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
    ]);
    expect(r[0][1]).toBeCloseTo(4 / Math.sqrt(5 * 4), 12);
  });

  it("uses only the rows where both cells are present (text, blanks, errors are missing)", () => {
    const data = [
      [1, 3],
      [2, "n/a"],
      [3, 2],
      [null, 9],
      [4, 1],
      [5, true],
    ];
    // Common rows: (1,3), (3,2), (4,1): perfectly reversed.
    expect(correlations(data)[0][1]).toBe(-1);
  });

  it("#N/A for fewer than 3 common rows or a constant column, naming the criteria", () => {
    const r = correlations([
      [1, 7, 1],
      [2, 7, null],
      [3, 7, 2],
      [4, 7, null],
    ]);
    expectError(r[0][1], "NA", "criterion 2 has the same value for every account where criteria 1 and 2 both have numbers");
    expectError(r[0][2], "NA", "criteria 1 and 3 both have numbers for 2 accounts; a rank correlation needs at least 3");
    expectError(r[2][2], "NA", "criterion 3 has numbers for 2 accounts");
    expect(r[1][1]).toBe(1); // the diagonal is 1 with at least 3 numbers, even for a constant criterion
    expect(r[0][0]).toBe(1);
  });

  it("negative weights flip the sign of that criterion's row and column (0 counts as positive)", () => {
    const data = [
      [1, 10, 5],
      [2, 20, 4],
      [3, 30, 3],
    ];
    expect(correlations(data, [[1, -2, 0]])).toEqual([
      [1, -1, -1],
      [-1, 1, 1],
      [-1, 1, 1],
    ]);
    expect(thrown(() => correlations(data, [[1, 2]])).message).toBe("weights has 2 entries but data has 3 criteria");
  });
});

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "x", NaN, Infinity) },
);
/** Whole numbers, so that a nonlinear increasing transform stays exact (no two values merge). */
const wholeCell = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "x") },
);
const wholeTable = fc
  .integer({ min: 1, max: 5 })
  .chain((k) => fc.array(fc.array(wholeCell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 30 }));
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((k) => fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 30 }));

describe("properties", () => {
  it("matches the definition computed the slow way, to 1e-9", () => {
    fc.assert(
      fc.property(table, (data) => expectClose(correlations(data), reference(data))),
      RUNS,
    );
  });

  it("is symmetric with 1 on the diagonal (or #N/A), every value within -1..1", () => {
    fc.assert(
      fc.property(table, (data) => {
        const r = correlations(data);
        r.forEach((row, i) =>
          row.forEach((c, j) => {
            expect(r[j][i]).toBe(c);
            if (i === j) expect(c === 1 || c instanceof KamError).toBe(true);
            if (typeof c === "number") expect(Math.abs(c)).toBeLessThanOrEqual(1);
          }),
        );
      }),
      RUNS,
    );
  });

  it("does not change under a strictly increasing transform of any column; a decreasing one flips the sign", () => {
    fc.assert(
      fc.property(wholeTable, fc.nat(), (data, pick) => {
        const k = data[0].length;
        const j = pick % k;
        const up = data.map((row) => row.map((c, jj) => (jj === j && present(c) ? c * c * c + 10 * c - 7 : c)));
        const down = data.map((row) => row.map((c, jj) => (jj === j && present(c) ? -c : c)));
        const base = asNumbers(correlations(data));
        expect(asNumbers(correlations(up))).toEqual(base);
        const flipped = asNumbers(correlations(down));
        const weights = [Array.from({ length: k }, (_, jj) => (jj === j ? -1 : 1))];
        expect(flipped.map((row) => row.map((x) => x + 0))).toEqual(
          base.map((row, i) => row.map((x, jj) => ((i === j) !== (jj === j) ? -x + 0 : x))),
        );
        // The same flip by a negative weight instead of negated numbers.
        expect(asNumbers(correlations(down, weights))).toEqual(base);
      }),
      RUNS,
    );
  });
});
