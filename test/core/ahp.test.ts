/**
 * Weights from pairwise comparisons (SPEC 16): hand-checked cases, the errors that name cells by
 * row and column, and properties (weights add up to 1; a consistent matrix a_ij = w_i / w_j gives
 * back w with CR 0).
 */
import fc from "fast-check";
import { completePairwise, mostInconsistent, pairwiseWeights, weightsFromPairwise } from "../../core";
import { thrown } from "./helpers";

const RUNS = { seed: 20261206, numRuns: 200 };

/** The textbook example: criterion 1 is 3x criterion 2 and 5x criterion 3; 2 is 3x 3. */
const TEXTBOOK = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

describe("the textbook example", () => {
  // For a 3 x 3 reciprocal matrix the principal eigenvector is the vector of row geometric means,
  // and lambda = 1 + c + 1/c with c = (a13 / (a12 a23))^(1/3): a closed form, computed here by hand.
  const g = [Math.cbrt(3 * 5), Math.cbrt((1 / 3) * 3), Math.cbrt((1 / 5) * (1 / 3))];
  const sum = g[0] + g[1] + g[2];
  const c = Math.cbrt(5 / (3 * 3));
  const lambda = 1 + c + 1 / c;

  it("gives weights about 0.637, 0.258, 0.105, equal to the row geometric means to 1e-9", () => {
    const r = pairwiseWeights(TEXTBOOK);
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(g[i] / sum, 9));
    expect(r.weights.map((w) => Math.round(w * 1000) / 1000)).toEqual([0.637, 0.258, 0.105]);
  });

  it("gives lambda 1 + c + 1/c and CR = (lambda - 3) / 2 / 0.58, about 0.03", () => {
    const r = pairwiseWeights(TEXTBOOK);
    expect(r.lambda).toBeCloseTo(lambda, 9);
    expect(r.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 9);
    expect(r.cr).toBeCloseTo(0.033, 3);
  });

  it("needs only the upper triangle, and takes a blank or 1 on the diagonal", () => {
    const upper = [
      [null, 3, 5],
      ["", 1, 3],
      [null, undefined, null],
    ];
    expect(weightsFromPairwise(upper)).toEqual(weightsFromPairwise(TEXTBOOK));
    expect(weightsFromPairwise(upper, "cr")[0][0]).toBeCloseTo((lambda - 3) / 2 / 0.58, 9);
    expect(weightsFromPairwise(upper, "lambda")[0][0]).toBeCloseTo(lambda, 9);
  });

  it("takes the lower triangle alone just as well (the reciprocal of each mirror)", () => {
    const lower = [
      [null, null, null],
      [1 / 3, null, null],
      [1 / 5, 1 / 3, null],
    ];
    weightsFromPairwise(lower).forEach(([w], i) => expect(w).toBeCloseTo(g[i] / sum, 9));
  });
});

describe("two criteria", () => {
  it("gives a / (1 + a) and 1 / (1 + a), CR 0, lambda 2", () => {
    expect(
      weightsFromPairwise([
        [1, 4],
        [null, 1],
      ]),
    ).toEqual([[0.8], [0.2]]);
    expect(
      weightsFromPairwise(
        [
          [1, 4],
          [null, 1],
        ],
        "cr",
      ),
    ).toEqual([[0]]);
    expect(
      weightsFromPairwise(
        [
          [1, 4],
          [null, 1],
        ],
        "lambda",
      )[0][0],
    ).toBeCloseTo(2, 12);
  });
});

describe("errors name the cells by row and column", () => {
  it("a pair blank on both sides", () => {
    const e = thrown(() =>
      completePairwise([
        [1, 3, null],
        [null, 1, 2],
        [null, null, 1],
      ]),
    );
    expect(e.kind).toBe("VALUE");
    expect(e.message).toContain("row 1, column 3 and row 3, column 1 are both blank");
  });

  it("a value that is not a positive number", () => {
    for (const bad of [0, -2, "3", true, Infinity]) {
      const e = thrown(() =>
        completePairwise([
          [1, 3],
          [bad, 1],
        ]),
      );
      expect(e.kind).toBe("VALUE");
      expect(e.message).toMatch(/^pairwise row 2, column 1 is .*; a comparison must be a positive number/);
    }
  });

  it("both sides given but not reciprocal", () => {
    const e = thrown(() =>
      completePairwise([
        [1, 3],
        [0.5, 1],
      ]),
    );
    expect(e.message).toContain("row 1, column 2 (3) and row 2, column 1 (0.5) disagree");
    expect(() =>
      completePairwise([
        [1, 3],
        [1 / 3 + 1e-9, 1],
      ]),
    ).not.toThrow();
  });

  it("a diagonal other than blank or 1", () => {
    expect(
      thrown(() =>
        completePairwise([
          [1, 3],
          [null, 2],
        ]),
      ).message,
    ).toContain("row 2, column 2 is 2; the diagonal");
  });

  it("a range that is not square, or outside 2..15 criteria", () => {
    expect(
      thrown(() =>
        completePairwise([
          [1, 2, 3],
          [null, 1, 2],
        ]),
      ).message,
    ).toContain("got 2 x 3");
    expect(thrown(() => completePairwise([[1]])).message).toContain("got 1 x 1");
    const big = Array.from({ length: 16 }, () => new Array(16).fill(1));
    expect(thrown(() => completePairwise(big)).message).toContain("got 16 x 16");
    const fifteen = Array.from({ length: 15 }, () => new Array(15).fill(1));
    expect(pairwiseWeights(completePairwise(fifteen)).cr).toBeCloseTo(0, 12);
  });
});

describe("the most inconsistent comparison", () => {
  it("names the one wrong judgement in otherwise consistent comparisons, and a triangle it breaks", () => {
    // Weights 8 : 4 : 2 : 1 compared consistently, except criterion 1 vs 4 typed the wrong way round
    // (1/8 instead of 8). Every detour 1 -> m -> 4 says 8, so the pair (1, 4) is the culprit, and
    // both detours disagree equally: the lower m (criterion 2) is named.
    const w = [8, 4, 2, 1];
    const range = w.map((wi, i) => w.map((wj, j) => (j > i ? wi / wj : null)));
    range[0][3] = 1 / 8;
    const a = completePairwise(range);
    const r = pairwiseWeights(a);
    expect(r.cr).toBeGreaterThan(0.1);
    const worst = mostInconsistent(a, r.weights)!;
    expect(worst).toMatchObject({ i: 0, j: 3, via: 1 });
    expect(worst.deviation).toBeCloseTo(Math.abs(Math.log((a[0][3] * r.weights[3]) / r.weights[0])), 12);
  });

  it("with three criteria every comparison is equally far off (the one triangle is the whole matrix)", () => {
    const a = completePairwise([
      [1, 3, 1 / 5],
      [null, 1, 3],
      [null, null, 1],
    ]);
    const r = pairwiseWeights(a);
    const dev = (i: number, j: number) => Math.abs(Math.log((a[i][j] * r.weights[j]) / r.weights[i]));
    expect(dev(0, 1)).toBeCloseTo(dev(0, 2), 9);
    expect(dev(1, 2)).toBeCloseTo(dev(0, 2), 9);
    expect(mostInconsistent(a, r.weights)).toMatchObject({ i: 0, j: 1, via: 2 });
  });

  it("is undefined for two criteria", () => {
    expect(
      mostInconsistent(
        [
          [1, 2],
          [0.5, 1],
        ],
        [2 / 3, 1 / 3],
      ),
    ).toBeUndefined();
  });
});

const weightVector = (k: number) => fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: k, maxLength: k });
const scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];

describe("properties", () => {
  it("a consistent matrix a_ij = w_i / w_j gives back w (scaled to 1), lambda = k and CR ~ 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 15 }).chain((k) => weightVector(k)),
        (w) => {
          const k = w.length;
          const a = w.map((wi) => w.map((wj) => wi / wj));
          const total = w.reduce((s, x) => s + x, 0);
          const r = pairwiseWeights(a);
          r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i] / total, 9));
          expect(r.lambda).toBeCloseTo(k, 9);
          expect(Math.abs(r.cr)).toBeLessThan(1e-9);
        },
      ),
      RUNS,
    );
  });

  it("any judgements on Saaty's scale: weights positive, adding up to 1, lambda >= k, A w = lambda w", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 10 })
          .chain((k) => fc.array(fc.constantFrom(...scale), { minLength: (k * (k - 1)) / 2, maxLength: (k * (k - 1)) / 2 })),
        (upper) => {
          const k = Math.round((1 + Math.sqrt(1 + 8 * upper.length)) / 2);
          const range: (number | null)[][] = Array.from({ length: k }, () => new Array(k).fill(null));
          let t = 0;
          for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) range[i][j] = upper[t++];
          const a = completePairwise(range);
          const r = pairwiseWeights(a);
          expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
          r.weights.forEach((x) => expect(x).toBeGreaterThan(0));
          expect(r.lambda).toBeGreaterThanOrEqual(k - 1e-9);
          // The eigen equation, row by row (the power iteration converged).
          for (let i = 0; i < k; i++) {
            const aw = a[i].reduce((s, x, j) => s + x * r.weights[j], 0);
            expect(aw / r.weights[i]).toBeCloseTo(r.lambda, 6);
          }
        },
      ),
      RUNS,
    );
  });

  it("renaming the criteria (a permutation of rows and columns) permutes the weights", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 8 })
          .chain((k) =>
            fc.tuple(
              fc.array(fc.constantFrom(...scale), { minLength: k * k, maxLength: k * k }),
              fc.shuffledSubarray([...Array(k).keys()], { minLength: k, maxLength: k }),
            ),
          ),
        ([cells, perm]) => {
          const k = perm.length;
          const range = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (j > i ? cells[i * k + j] : null)));
          const a = completePairwise(range);
          const b = perm.map((pi) => perm.map((pj) => a[pi][pj]));
          const ra = pairwiseWeights(a);
          const rb = pairwiseWeights(b);
          perm.forEach((pi, i) => expect(rb.weights[i]).toBeCloseTo(ra.weights[pi], 9));
          expect(rb.cr).toBeCloseTo(ra.cr, 9);
        },
      ),
      RUNS,
    );
  });
});
