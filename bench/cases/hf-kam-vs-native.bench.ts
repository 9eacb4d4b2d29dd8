/**
 * The value score of every account in a formula engine (HyperFormula), two ways:
 *  - kam:    one `=KAM.VALUE(Data!A1:D<n>)` that spills n scores;
 *  - native: what an analyst would type without the add-in, SPEC 2's check formula per
 *            criterion cell (COUNTIF percentile) and a SUMPRODUCT per account.
 * Each run builds the engine from scratch and reads every score, so building, evaluating and
 * reading are all timed. Both must agree; the largest difference is printed with the times.
 */
import { HyperFormula, RawCellContent } from "hyperformula";
import { createEngine } from "../../test/support/hyperformula-kam";
import { seededRandom } from "../../test/support/portfolios";
import { report, round, timeMedian } from "../measure";

const CRITERIA = 4;
const COLUMNS = "ABCD";

/** Complete rows (no gaps), so the native form needs no median filling. Ties in the last criterion. */
function accounts(n: number): number[][] {
  const rand = seededRandom(42);
  return Array.from({ length: n }, () => [
    Math.round(rand() * 1e8) / 100,
    Math.round(rand() * 10000) / 100,
    Math.round(rand() * 1000) / 1000,
    Math.ceil(rand() * 5),
  ]);
}

const maxRows = (n: number) => Math.max(40_000, n + 1);

function kamScores(data: number[][]): number[] {
  const n = data.length;
  const hf = createEngine({ Data: data, Calc: [[`=KAM.VALUE(Data!A1:D${n})`]] }, { maxRows: maxRows(n) });
  const scores = readColumn(hf, "Calc", 0, n);
  hf.destroy();
  return scores;
}

function nativeScores(data: number[][]): number[] {
  const n = data.length;
  const calc: RawCellContent[][] = data.map((_, i) => {
    const r = i + 1;
    const criterion = [...COLUMNS].map((c) => {
      const p = `Data!$${c}$1:$${c}$${n}`;
      return `=100*(COUNTIF(${p},"<"&Data!${c}${r})+(COUNTIF(${p},Data!${c}${r})-1)/2)/(COUNT(${p})-1)`;
    });
    return [...criterion, `=SUMPRODUCT(A${r}:D${r},{1,1,1,1})/${CRITERIA}`];
  });
  const hf = createEngine({ Data: data, Calc: calc }, { maxRows: maxRows(n) });
  const scores = readColumn(hf, "Calc", CRITERIA, n);
  hf.destroy();
  return scores;
}

function readColumn(hf: HyperFormula, sheetName: string, col: number, n: number): number[] {
  const sheet = hf.getSheetId(sheetName)!;
  const values = hf.getRangeValues({ start: { sheet, row: 0, col }, end: { sheet, row: n - 1, col } });
  return values.map(([v]) => {
    if (typeof v !== "number") throw new Error(`expected a score, got ${JSON.stringify(v)}`);
    return v;
  });
}

const n = Number(process.env.KAM_BENCH_ACCOUNTS ?? 10_000);
const data = accounts(n);
let kam: number[] = [];
let native: number[] = [];
const kamTime = timeMedian(5, () => {
  kam = kamScores(data);
});
// The native form is quadratic (each COUNTIF scans the whole column): minutes at 10k, so one run.
const nativeTime = timeMedian(n > 2_000 ? 1 : 3, () => {
  native = nativeScores(data);
});
const maxAbsDiff = kam.reduce((m, x, i) => Math.max(m, Math.abs(x - native[i])), 0);
if (!(maxAbsDiff <= 1e-9)) throw new Error(`KAM.VALUE and the native formulas disagree by ${maxAbsDiff}`);
report({
  case: "hf-kam-vs-native",
  n,
  criteria: CRITERIA,
  ms: kamTime.ms,
  kamMs: kamTime.ms,
  nativeMs: nativeTime.ms,
  nativeOverKam: round(nativeTime.ms / kamTime.ms, 1),
  maxAbsDiff,
  runs: `${kamTime.runs}/${nativeTime.runs}`,
});
