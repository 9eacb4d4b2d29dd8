/**
 * KAM.ACCOUNTS against a formula engine: on generated order lines (case and space variants of the
 * account names, returns, month ends, times of day, orders with several lines), HyperFormula's
 * built-in SUMIFS, COUNTIFS, MAXIFS, EDATE and INT compute Revenue, Margin, Growth, Orders and Days
 * since last order for each account; they must equal accountsTable to 1e-9.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { accountsTable, isKamError, serialFromYmd } from "../../../core";
import { seededRandom } from "../../support/portfolios";

const NAMES = ["Acme GmbH", "Beta AG", "Müller & Söhne", "Nordwind Logistik", "Zeta SE", "Kessler Textil"];
const spell = (name: string, k: number) => [name, name.toUpperCase(), `  ${name.toLowerCase()}`, name.replace(" ", "   ")][k];

function lines(seed: number, count: number) {
  const rand = seededRandom(seed);
  const first = serialFromYmd(2023, 1, 1);
  const out: { account: string; date: number; amount: number; profit: number; order: string }[] = [];
  let orderNo = 1;
  while (out.length < count) {
    const name = NAMES[Math.floor(rand() * NAMES.length)];
    let date = first + Math.floor(rand() * 1460);
    if (rand() < 0.3) date = serialFromYmd(2023 + Math.floor(rand() * 4), 1 + Math.floor(rand() * 12), 1) - 1; // a month end
    const time = rand() < 0.25 ? 0.75 : 0;
    const order = `SO-${orderNo++}`;
    for (let j = 0; j < 1 + Math.floor(rand() * 3) && out.length < count; j++) {
      const amount = ((rand() < 0.1 ? -1 : 1) * Math.round(rand() * 500000)) / 100;
      out.push({
        account: spell(name, Math.floor(rand() * 4)),
        date: date + time,
        amount,
        profit: Math.round(amount * rand() * 30) / 100,
        order: rand() < 0.3 ? order.toLowerCase() : order,
      });
    }
  }
  return out;
}

const text = (s: string): RawCellContent => `'${s}`;

describe.each([
  { seed: 11, asOf: serialFromYmd(2026, 9, 30), months: 12 },
  { seed: 12, asOf: serialFromYmd(2025, 3, 31), months: 1 },
  { seed: 13, asOf: serialFromYmd(2024, 2, 29), months: 6 },
  { seed: 14, asOf: serialFromYmd(2026, 5, 31), months: 3 },
])("HyperFormula: seed $seed, asOf $asOf, $months months", ({ seed, asOf, months }) => {
  const data = lines(seed, 300);
  const n = data.length;
  const table = accountsTable({
    accounts: data.map((l) => [l.account]),
    dates: data.map((l) => [l.date]),
    amounts: data.map((l) => [l.amount]),
    profits: data.map((l) => [l.profit]),
    orders: data.map((l) => [l.order]),
    asOf,
    months,
  });
  const accounts = table.slice(1);

  // Lines: A account, B date (with time), C amount, D profit, E order, F key = LOWER(TRIM(A)),
  // G day = INT(B), H 1 on the first line of each (key, order) among the lines of W with amount > 0.
  const W = `">"&P!$A$3`;
  const upTo = `"<="&P!$A$1`;
  const lineSheet: RawCellContent[][] = data.map((l, i) => {
    const r = i + 1;
    return [
      text(l.account),
      l.date,
      l.amount,
      l.profit,
      text(l.order),
      `=LOWER(TRIM(A${r}))`,
      `=INT(B${r})`,
      `=IF(AND(G${r}>P!$A$3,G${r}<=P!$A$1,C${r}>0),IF(COUNTIFS(F$1:F${r},F${r},E$1:E${r},E${r},G$1:G${r},${W},G$1:G${r},${upTo},C$1:C${r},">0")=1,1,0),0)`,
    ];
  });
  const L = (c: string) => `Lines!$${c}$1:$${c}$${n}`;
  const sumW = (c: string, r: number) => `SUMIFS(${L(c)},${L("F")},$G${r},${L("G")},${W},${L("G")},${upTo})`;
  // Calc: A the name shown, B Revenue, C Margin, D Growth, E Orders, F Days since last order,
  // G the key of A computed by the engine (LOWER(TRIM())), which every criterion uses.
  const prev = (r: number) => `SUMIFS(${L("C")},${L("F")},$G${r},${L("G")},">"&P!$A$4,${L("G")},"<="&P!$A$3)`;
  const calc: RawCellContent[][] = accounts.map((row, i) => {
    const r = i + 1;
    return [
      text(String(row[0])),
      `=${sumW("C", r)}`,
      `=IF(B${r}>0,${sumW("D", r)}/B${r},NA())`,
      `=IF(${prev(r)}>0,B${r}/${prev(r)}-1,NA())`,
      `=SUMIFS(${L("H")},${L("F")},$G${r})`,
      `=IF(COUNTIFS(${L("F")},$G${r},${L("C")},">0",${L("G")},${upTo})>0,P!$A$1-MAXIFS(${L("G")},${L("F")},$G${r},${L("C")},">0",${L("G")},${upTo}),NA())`,
      `=LOWER(TRIM(A${r}))`,
    ];
  });
  const hf = HyperFormula.buildFromSheets(
    { Lines: lineSheet, Calc: calc, P: [[asOf], [months], [`=EDATE(A1,-A2)`], [`=EDATE(A1,-2*A2)`]] },
    { licenseKey: "gpl-v3", smartRounding: false, maxRows: 10_000 },
  );
  afterAll(() => hf.destroy());
  const sheet = hf.getSheetId("Calc")!;

  test("Revenue, Margin, Growth, Orders and Days since last order agree to 1e-9", () => {
    expect(accounts.length).toBeGreaterThanOrEqual(NAMES.length - 1);
    let numbers = 0;
    accounts.forEach((row, i) => {
      for (const [j, col] of [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
        [5, 5],
      ] as const) {
        const f = hf.getCellValue({ sheet, row: i, col });
        const k = row[j];
        if (isKamError(k)) expect([row[0], j, f instanceof DetailedCellError ? f.type : f]).toEqual([row[0], j, "NA"]);
        else {
          expect(typeof f).toBe("number");
          const tol = 1e-9 * Math.max(1, Math.abs(k as number));
          if (Math.abs((f as number) - (k as number)) > tol) throw new Error(`${row[0]} column ${j}: HyperFormula ${f}, KAM.ACCOUNTS ${k}`);
          numbers++;
        }
      }
    });
    expect(numbers).toBeGreaterThan(accounts.length * 3);
  });
});
