/**
 * KAM.WEIGHTS and KAM.CORREL typed into a formula engine (HyperFormula with the KAM plugin) and
 * checked with its built-in functions:
 * - KAM.CORREL against CORREL over average ranks built from COUNTIF (HyperFormula has no RANK.AVG:
 *   rank_avg(x) = COUNTIF(r,"<"&x) + (COUNTIF(r,x)+1)/2), over the rows where both criteria are numbers;
 * - KAM.WEIGHTS against the eigen equation: MMULT(A, w) / w equals lambda in every row, and
 *   CR = (lambda - k) / (k - 1) / RI_k.
 */
import { DetailedCellError, RawCellContent } from "hyperformula";
import { asCellContent, cellsAt, createEngine } from "../../support/hyperformula-kam";
import { randomPortfolio, seededRandom } from "../../support/portfolios";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CRITERIA = 5;

describe.each([
  { seed: 11, rows: 40, ties: true },
  { seed: 12, rows: 90, ties: false },
  { seed: 13, rows: 25, ties: true },
])("KAM.CORREL, portfolio seed $seed ($rows accounts, ties $ties)", ({ seed, rows, ties }) => {
  const data = randomPortfolio(seed, rows, CRITERIA, { ties, missingRate: 0.2 });
  const weights = [1, -2, 1, 0, -1];
  const sheets: Record<string, RawCellContent[][]> = {
    Data: data.map((row, i) => [...row.map(asCellContent), null, ...(i === 0 ? weights : [])]),
    Calc: [[`=KAM.CORREL(Data!A1:E${rows})`], ...Array.from({ length: 6 }, () => []), [`=KAM.CORREL(Data!A1:E${rows},Data!G1:K1)`]],
  };
  // One sheet per pair: X, Y where both are numbers (else ""), their average ranks, and CORREL.
  const pairs: [number, number][] = [];
  for (let i = 0; i < CRITERIA; i++) for (let j = i + 1; j < CRITERIA; j++) pairs.push([i, j]);
  for (const [i, j] of pairs) {
    const x = `Data!${LETTERS[i]}`;
    const y = `Data!${LETTERS[j]}`;
    const rank = (c: string, r: number) =>
      `=IF(ISNUMBER(${c}${r}),COUNTIF(${c}$1:${c}$${rows},"<"&${c}${r})+(COUNTIF(${c}$1:${c}$${rows},${c}${r})+1)/2,"")`;
    sheets[`P${i}${j}`] = Array.from({ length: rows }, (_, t) => {
      const r = t + 1;
      const both = `AND(ISNUMBER(${x}${r}),ISNUMBER(${y}${r}))`;
      return [
        `=IF(${both},${x}${r},"")`,
        `=IF(${both},${y}${r},"")`,
        rank("A", r),
        rank("B", r),
        t === 0 ? `=CORREL(C1:C${rows},D1:D${rows})` : null,
      ];
    });
  }
  const hf = createEngine(sheets);
  const plain = cellsAt(hf, "Calc", "A1", CRITERIA, CRITERIA);
  const signed = cellsAt(hf, "Calc", "A8", CRITERIA, CRITERIA);

  it.each(pairs)("pair %i, %i matches CORREL of COUNTIF ranks to 1e-9, and is symmetric", (i, j) => {
    const builtIn = cellsAt(hf, `P${i}${j}`, "E1", 1, 1)[0][0];
    expect(typeof builtIn).toBe("number");
    expect(Math.abs((plain[i][j] as number) - (builtIn as number))).toBeLessThanOrEqual(1e-9);
    expect(plain[j][i]).toBe(plain[i][j]);
    const sign = (weights[i] < 0 ? -1 : 1) * (weights[j] < 0 ? -1 : 1);
    expect(Math.abs((signed[i][j] as number) - sign * (builtIn as number))).toBeLessThanOrEqual(1e-9);
  });

  it("has 1 on the diagonal", () => {
    for (let i = 0; i < CRITERIA; i++) expect(plain[i][i]).toBe(1);
  });
});

describe("KAM.CORREL #N/A cells", () => {
  it("spills #N/A with the reason where a pair has fewer than 3 common rows", () => {
    const hf = createEngine({
      Data: [
        [1, 2],
        [2, null],
        [3, 1],
      ],
      Calc: [["=KAM.CORREL(Data!A1:B3)"]],
    });
    const out = cellsAt(hf, "Calc", "A1", 2, 2);
    expect(out[0][0]).toBe(1);
    expect(out[0][1]).toBeInstanceOf(DetailedCellError);
    expect((out[0][1] as DetailedCellError).value).toBe("#N/A");
    expect((out[0][1] as DetailedCellError).message).toContain("criteria 1 and 2 both have numbers for 2 accounts");
  });
});

const SCALE = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];
const RI: Record<number, number> = { 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24 };

describe.each([3, 4, 5, 6])("KAM.WEIGHTS, %i criteria", (k) => {
  const rand = seededRandom(1000 + k);
  // The judgements (upper triangle only) in A1, the completed matrix (mirror = 1 / judgement) beside it.
  const col = (j: number) => LETTERS[j];
  const pairwise = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (j > i ? SCALE[Math.floor(rand() * SCALE.length)] : null)),
  );
  const full = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : j > i ? `=${col(j)}${i + 1}` : `=1/${col(i)}${j + 1}`)),
  );
  const w = `$W$1:$W$${k}`;
  const calc = Array.from({ length: k }, (_, i) => [
    ...pairwise[i],
    null,
    ...full[i],
    ...Array(22 - 2 * k - 1).fill(null),
    i === 0 ? `=KAM.WEIGHTS(A1:${col(k - 1)}${k})` : null, // W
    i === 0 ? `=MMULT(${col(k + 1)}1:${col(2 * k)}${k},${w})` : null, // X
    `=X${i + 1}/W${i + 1}`, // Y: (A w)_i / w_i
    i === 0
      ? `=KAM.WEIGHTS(A1:${col(k - 1)}${k},"lambda")`
      : i === 1
        ? `=KAM.WEIGHTS(A1:${col(k - 1)}${k},"cr")`
        : i === 2
          ? `=SUM(${w})`
          : null, // Z
  ]);
  const hf = createEngine({ Calc: calc as RawCellContent[][] });
  const ratios = cellsAt(hf, "Calc", "Y1", k, 1).map((r) => r[0] as number);
  const [[lambda], [cr], [total]] = cellsAt(hf, "Calc", "Z1", 3, 1) as number[][];

  it("A w = lambda w in every row (MMULT), the weights add up to 1", () => {
    for (const ratio of ratios) expect(Math.abs(ratio - lambda)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-12);
  });

  it("CR = (lambda - k) / (k - 1) / RI", () => {
    expect(Math.abs(cr - (lambda - k) / (k - 1) / RI[k])).toBeLessThanOrEqual(1e-9);
  });
});

describe("KAM.WEIGHTS errors in a sheet", () => {
  it("names the cells of a pair blank on both sides", () => {
    const hf = createEngine({
      Calc: [
        [1, 3, null, "=KAM.WEIGHTS(A1:C3)"],
        [null, 1, 2],
        [null, null, 1],
      ],
    });
    const out = cellsAt(hf, "Calc", "D1", 1, 1)[0][0] as DetailedCellError;
    expect(out.value).toBe("#VALUE!");
    expect(out.message).toContain("pairwise row 1, column 3 and row 3, column 1 are both blank");
  });
});
