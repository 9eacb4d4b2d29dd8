/**
 * Generated activity logs and rating sheets for the SQL cross-checks, keyed to the accounts of
 * order-lines.ts: spelling variants of accounts and raters, raters who answer twice (the later
 * answer counts), lines without a rater, equal dates, answers left blank or written as text, and
 * dates on both sides of the window.
 */
import { seededRandom } from "../../support/portfolios";

const NAMES = ["Acme GmbH", "Beta AG", "Müller & Söhne", "Nordwind Logistik", "Zeta SE", "O'Neill Ltd", "Kessler Textil", "Only Rated KG"];
const spell = (name: string, k: number) => [name, name.toUpperCase(), `  ${name.toLowerCase()} `, name.replace(" ", "\u00a0")][k];
const FIRST = 44927; // 2023-01-01
const LAST = 46387; // 2026-12-31

export interface ActivityLine {
  account: string | number;
  date: number;
}

export function activityLines(seed: number, count: number): ActivityLine[] {
  const rand = seededRandom(seed);
  const accounts = [...NAMES, 1001, "2002"];
  return Array.from({ length: count }, () => {
    const a = accounts[Math.floor(rand() * accounts.length)];
    return { account: typeof a === "number" ? a : spell(a, Math.floor(rand() * 4)), date: FIRST + Math.floor(rand() * (LAST - FIRST)) };
  });
}

export interface RatingLine {
  account: string | number;
  rater: string | null;
  date: number;
  /** Answers: a number, null (blank) or text ("n/a", which the SQL table holds as NULL). */
  scores: (number | string | null)[];
}

/** k criteria: 1-5 ratings, the last one a 0-10 recommendation question when `nps`. */
export function ratingLines(seed: number, count: number, k: number, nps: boolean): RatingLine[] {
  const rand = seededRandom(seed);
  const accounts = [...NAMES, 1001, "3003"];
  const raters = ["Anna", "anna ", "Ben", "BEN", "Carla", null, null];
  // Workshops: a few dates, so equal dates are common.
  const days = Array.from({ length: 12 }, () => FIRST + Math.floor(rand() * (LAST - FIRST)));
  return Array.from({ length: count }, () => {
    const a = accounts[Math.floor(rand() * accounts.length)];
    const scores = Array.from({ length: k }, (_, j) => {
      const u = rand();
      if (u < 0.1) return null;
      if (u < 0.13) return "n/a";
      return nps && j === k - 1 ? Math.floor(rand() * 11) : 1 + Math.floor(rand() * 5);
    });
    return {
      account: typeof a === "number" ? a : spell(a, Math.floor(rand() * 4)),
      rater: raters[Math.floor(rand() * raters.length)],
      date: days[Math.floor(rand() * days.length)],
      scores,
    };
  });
}
