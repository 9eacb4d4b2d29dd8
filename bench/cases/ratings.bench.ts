/**
 * KAM.RATINGS's core over large response exports: n responses x 5 criteria for n/10 accounts, a
 * third of the lines from 20 named raters (so latest answers replace earlier ones), the rest
 * anonymous survey answers, 5% blank answers, dates over two years and a 12-month window.
 * Target: 100,000 responses x 5 criteria in under 300 ms. Columns are built once per size,
 * outside the timing, as a host hands them over.
 */
import { ratingsTable } from "../../core";
import { report, timeMedian } from "../measure";
import { seededRandom } from "../../test/support/portfolios";

const START = 45658; // 2025-01-01
const DAYS = 2 * 365;

function responses(n: number) {
  const rand = seededRandom(n + 7);
  const accountCount = Math.max(1, Math.round(n / 10));
  const accounts: unknown[][] = [];
  const raters: unknown[][] = [];
  const dates: unknown[][] = [];
  const scores: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(rand() * accountCount);
    accounts.push([rand() < 0.1 ? `ACCOUNT ${a}` : `Account ${a}`]);
    raters.push([rand() < 0.33 ? `Rater ${Math.floor(rand() * 20)}` : null]);
    dates.push([START + Math.floor(rand() * DAYS)]);
    scores.push(Array.from({ length: 5 }, () => (rand() < 0.05 ? null : Math.floor(rand() * 11))));
  }
  return { accounts, raters, dates, scores, accountCount };
}

for (const n of [10_000, 100_000]) {
  const data = responses(n);
  for (const method of ["median", "nps"]) {
    let rows = 0;
    const run = () => {
      rows = ratingsTable({ ...data, method }).length - 1;
    };
    const first = timeMedian(1, run);
    const t = timeMedian(7, run);
    if (rows < data.accountCount * 0.5) throw new Error(`expected about ${data.accountCount} accounts, got ${rows}`);
    report({ case: "ratings", n, criteria: 5, method, accounts: rows, ...t, firstMs: first.ms });
  }
}
