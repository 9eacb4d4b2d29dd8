/**
 * Properties of KAM.RATINGS over generated responses (fast-check, fixed seed): the table equals a
 * second, deliberately plain implementation of SPEC 15 written here (every response listed, sorted
 * with Array.sort, the window through Date.UTC), the spread is the largest minus the smallest
 * response, and swapping two lines without a rater changes nothing.
 */
import fc from "fast-check";
import { ratingsTable } from "../../core";

const RUNS = { seed: 20261001, numRuns: 150 };
const FIRST = 46000; // 2025-12-09
const SPAN = 500;
const ACCOUNTS = ["Acme", "acme ", "Beta", "Gamma AG", "GAMMA  AG"];
const RATERS = ["Anna", "anna", "Ben", null, null];

const line = fc.record({
  account: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  rater: fc.integer({ min: 0, max: RATERS.length - 1 }),
  date: fc.integer({ min: FIRST, max: FIRST + SPAN }),
  scores: fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom(null, "n/a")), { minLength: 2, maxLength: 2 }),
});
type Line = { account: number; rater: number; date: number; scores: (number | string | null)[] };
const scenario = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 40 }),
  asOf: fc.integer({ min: FIRST, max: FIRST + SPAN }),
  months: fc.integer({ min: 1, max: 12 }),
  method: fc.constantFrom("median", "mean", "spread", "count", "nps"),
});

/** EDATE through the JavaScript calendar. */
function edateUtc(serial: number, months: number): number {
  const d = new Date((serial - 25569) * 86400000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86400000 + 25569;
}

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

function reference(lines: Line[], asOf: number, months: number, method: string): unknown[][] {
  const start = edateUtc(asOf, months);
  const counting = lines.map((l, i) => ({ ...l, i })).filter((l) => l.date > start && l.date <= asOf);
  const accounts: string[] = [];
  const names = new Map<string, string>();
  for (const l of counting) {
    const a = key(ACCOUNTS[l.account]);
    if (!names.has(a)) {
      names.set(a, ACCOUNTS[l.account].trim());
      accounts.push(a);
    }
  }
  const out: unknown[][] = [["Account", "Responses", "Score 1", "Score 2"]];
  for (const a of accounts) {
    const mine = counting.filter((l) => key(ACCOUNTS[l.account]) === a);
    const responders = new Set<string>();
    const row: unknown[] = [names.get(a)];
    for (let j = 0; j < 2; j++) {
      const answered = mine.filter((l) => typeof l.scores[j] === "number");
      const responses: number[] = [];
      const byRater = new Map<string, Line & { i: number }>();
      for (const l of answered) {
        const r = RATERS[l.rater];
        if (r === null) {
          responses.push(l.scores[j] as number);
          responders.add(`line ${l.i}`);
          continue;
        }
        const before = byRater.get(key(r));
        if (!before || before.date <= l.date) byRater.set(key(r), l);
        responders.add(`rater ${key(r)}`);
      }
      for (const l of byRater.values()) responses.push(l.scores[j] as number);
      row.push(responses.length === 0 ? "" : aggregate(responses, method));
    }
    row.splice(1, 0, responders.size);
    if (responders.size > 0) out.push(row);
  }
  return out;
}

function aggregate(xs: number[], method: string): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (method === "median") return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  if (method === "mean") return s.reduce((a, b) => a + b, 0) / n;
  if (method === "spread") return s[n - 1] - s[0];
  if (method === "count") return n;
  return (100 * (s.filter((x) => x >= 9).length - s.filter((x) => x <= 6).length)) / n;
}

const table = (lines: Line[], asOf: number, months: number, method: string) =>
  ratingsTable({
    accounts: lines.map((l) => [ACCOUNTS[l.account]]),
    raters: lines.map((l) => [RATERS[l.rater]]),
    dates: lines.map((l) => [l.date]),
    scores: lines.map((l) => l.scores),
    asOf,
    months,
    method,
  });

const close = (a: unknown[][], b: unknown[][]) => {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) =>
    row.forEach((c, j) => {
      if (typeof c === "number" && typeof b[i][j] === "number") expect(Math.abs(c - (b[i][j] as number))).toBeLessThan(1e-9);
      else expect(c).toEqual(b[i][j]);
    }),
  );
};

describe("KAM.RATINGS properties", () => {
  test("equals a plain second implementation of SPEC 15", () => {
    fc.assert(
      fc.property(scenario, ({ lines, asOf, months, method }) =>
        close(table(lines, asOf, months, method), reference(lines, asOf, months, method)),
      ),
      RUNS,
    );
  });

  test("the spread is blank exactly where the count is, never negative, and 0 for one response", () => {
    fc.assert(
      fc.property(scenario, ({ lines, asOf, months }) => {
        const spread = table(lines, asOf, months, "spread");
        const count = table(lines, asOf, months, "count");
        spread.slice(1).forEach((row, i) => {
          for (const j of [2, 3]) {
            expect(row[j] === "").toBe(count[i + 1][j] === "");
            if (row[j] !== "") expect(row[j]).toBeGreaterThanOrEqual(0);
            if (count[i + 1][j] === 1) expect(row[j]).toBe(0);
          }
        });
      }),
      RUNS,
    );
  });

  test("swapping two adjacent lines without a rater changes no number", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ lines, asOf, months, method }, at) => {
        const i = at % lines.length;
        if (i + 1 >= lines.length || RATERS[lines[i].rater] !== null || RATERS[lines[i + 1].rater] !== null) return;
        if (key(ACCOUNTS[lines[i].account]) === key(ACCOUNTS[lines[i + 1].account])) {
          const swapped = [...lines];
          [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
          const byName = (t: unknown[][]) => t.slice(1).map((r) => r.slice(1));
          close(byName(table(swapped, asOf, months, method)), byName(table(lines, asOf, months, method)));
        }
      }),
      RUNS,
    );
  });
});
