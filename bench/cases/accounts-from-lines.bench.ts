/**
 * KAM.ACCOUNTS's core over large order-line exports: n lines for about n/20 accounts over three
 * years, with profits, categories, order ids (several lines per order), 3% returns and text
 * account ids in mixed case. Target: 1M lines in under 1 s. The columns are built once per size,
 * outside the timing, as a host hands them over (n x 1 ranges).
 */
import { accountsTable } from "../../core";
import { report, timeMedian } from "../measure";
import { seededRandom } from "../../test/support/portfolios";

const START = 45292; // 2024-01-01
const DAYS = 3 * 365;

function orderLines(n: number) {
  const rand = seededRandom(n);
  const accountCount = Math.max(1, Math.round(n / 20));
  const accounts: unknown[][] = [];
  const dates: unknown[][] = [];
  const amounts: unknown[][] = [];
  const profits: unknown[][] = [];
  const categories: unknown[][] = [];
  const orders: unknown[][] = [];
  let orderNo = 100000;
  while (accounts.length < n) {
    const a = Math.floor(rand() * accountCount);
    const name = rand() < 0.1 ? `CUSTOMER ${a}` : `Customer ${a}`;
    const date = START + Math.floor(rand() * DAYS);
    const order = `SO-${orderNo++}`;
    const lines = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < lines && accounts.length < n; j++) {
      const amount = Math.round((rand() < 0.03 ? -1 : 1) * rand() * 500000) / 100;
      accounts.push([name]);
      dates.push([date]);
      amounts.push([amount]);
      profits.push([Math.round(amount * (0.1 + rand() * 0.3) * 100) / 100]);
      categories.push([`Category ${Math.floor(rand() * 12)}`]);
      orders.push([order]);
    }
  }
  return { accounts, dates, amounts, profits, categories, orders, accountCount };
}

for (const n of [100_000, 1_000_000]) {
  const data = orderLines(n);
  let rows = 0;
  const run = () => {
    rows = accountsTable(data).length - 1;
  };
  const first = timeMedian(1, run);
  const t = timeMedian(n >= 1_000_000 ? 5 : 7, run);
  if (rows < data.accountCount * 0.9) throw new Error(`expected about ${data.accountCount} accounts, got ${rows}`);
  report({ case: "accounts-from-lines", n, accounts: rows, ...t, firstMs: first.ms });
}
