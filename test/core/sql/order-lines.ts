/**
 * Generated order-line exports for the cross-checks (DuckDB, HyperFormula): spelling variants of
 * account ids (case, spaces, tabs, no-break spaces), numeric ids, returns, gaps of whole periods,
 * many month ends and a time of day on some serials, blank categories and order ids.
 */
import { seededRandom } from "../../support/portfolios";

export interface OrderLine {
  account: string | number;
  /** Date serial, sometimes with a time of day. */
  date: number;
  amount: number;
  profit: number;
  category: string | null;
  order: string | number | null;
}

const NAMES = ["Acme GmbH", "Beta AG", "Müller & Söhne", "Nordwind Logistik", "Zeta SE", "O'Neill Ltd", "Kessler Textil"];
const spell = (name: string, k: number) =>
  [name, name.toUpperCase(), `  ${name.toLowerCase()} `, name.replace(" ", "\t "), name.replace(" ", "\u00a0")][k];

/** Serials from 2023-01-01 to 2026-12-31; a third fall on a month end or a month's 28th to 31st. */
const FIRST = 44927;
const LAST = 46387;

export function orderLines(seed: number, count: number): OrderLine[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const accounts = [...NAMES, 1001, 2002, "3003"];
  // Some accounts buy only in some years: gaps of whole windows.
  const activeFrom = new Map(accounts.map((a) => [a, FIRST + Math.floor(rand() * 3) * 365]));
  const lines: OrderLine[] = [];
  let orderNo = 1;
  while (lines.length < count) {
    const a = pick(accounts);
    const from = activeFrom.get(a)!;
    let date = from + Math.floor(rand() * (LAST - from));
    if (rand() < 0.35) {
      // a month end (or the 28th..30th) of the same month
      const d = new Date((date - 25569) * 86400000);
      const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      date = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), end - Math.floor(rand() * 4)) / 86400000 + 25569;
    }
    const time = rand() < 0.2 ? Math.round(rand() * 99) / 100 : 0;
    const lineCount = 1 + Math.floor(rand() * 3);
    const order = rand() < 0.05 ? null : rand() < 0.5 ? `SO-${orderNo}` : 90000 + orderNo;
    orderNo++;
    for (let j = 0; j < lineCount && lines.length < count; j++) {
      const sign = rand() < 0.08 ? -1 : 1;
      const amount = (sign * Math.round(rand() * 2_000_000)) / 100;
      const account = typeof a === "number" ? (rand() < 0.5 ? a : String(a)) : spell(a, Math.floor(rand() * 5));
      lines.push({
        account,
        date: date + time,
        amount,
        profit: Math.round(amount * (rand() * 0.5 - 0.05) * 100) / 100,
        category: rand() < 0.1 ? null : pick(["Tools", "tools", "Paint ", "Spare parts", "Service"]),
        order: typeof order === "string" && rand() < 0.3 ? order.toLowerCase() : order,
      });
    }
  }
  return lines;
}

/** The columns as a host passes them to KAM.ACCOUNTS (n x 1 ranges). */
export function columns(lines: OrderLine[]) {
  return {
    accounts: lines.map((l) => [l.account]),
    dates: lines.map((l) => [l.date]),
    amounts: lines.map((l) => [l.amount]),
    profits: lines.map((l) => [l.profit]),
    categories: lines.map((l) => [l.category]),
    orders: lines.map((l) => [l.order]),
  };
}
