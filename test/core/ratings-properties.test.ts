/**
 * Properties of KAM.RATINGS over generated responses (fast-check, fixed seed): the table equals a
 * second, deliberately plain implementation of SPEC 15 written here (every response listed, sorted
 * with Array.sort, the window through Date.UTC) to the last bit, also without dates or raters and
 * on the window's edges; the spread is the largest minus the smallest response; and swapping two
 * lines without a rater changes nothing.
 */
import fc from "fast-check";
import { ratingsTable } from "../../core";

const RUNS = { seed: 20261001, numRuns: 150 };
const FIRST = 46000; // 2025-12-09
const SPAN = 500;
const ACCOUNTS: (string | number)[] = ["Acme", "acme ", "Beta", "Gamma AG", "GAMMA  AG", 1001, "1001"];
const RATERS = ["Anna", "anna", "Ben", null, null, " ANNA ", "", "  ", "Cleo", "Dev", "Eli"];

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

/** How the plain implementation reads a call: which optional columns are given, and the window. */
interface Call {
  dates: boolean;
  raters: boolean;
  /** Omitted: the latest date of the lines. */
  asOf?: number;
  months: number;
  method: string;
  criteria: number;
}

const blankCell = (c: unknown) => c === null || (typeof c === "string" && c.trim() === "");

function reference(lines: Line[], asOf: number | undefined, months: number, method: string, call: Partial<Call> = {}): unknown[][] {
  const { dates = true, raters = true, criteria = 2 } = call;
  // A line whose cells are all blank is ignored (the generators below blank every cell of such a line).
  const given = lines.map((l, i) => ({ ...l, i })).filter((l) => l.account >= 0);
  const latest = Math.max(...given.map((l) => l.date));
  const end = asOf ?? latest;
  const start = edateUtc(end, months);
  const counting = dates ? given.filter((l) => l.date > start && l.date <= end) : given;
  const raterOf = (l: Line) => (raters ? RATERS[l.rater] : null);
  const accounts: string[] = [];
  const names = new Map<string, string | number>();
  for (const l of counting) {
    const a = key(String(ACCOUNTS[l.account]));
    if (!names.has(a)) {
      const name = ACCOUNTS[l.account];
      names.set(a, typeof name === "string" ? name.trim() : name);
      accounts.push(a);
    }
  }
  const out: unknown[][] = [["Account", "Responses", ...Array.from({ length: criteria }, (_, j) => `Score ${j + 1}`)]];
  for (const a of accounts) {
    const mine = counting.filter((l) => key(String(ACCOUNTS[l.account])) === a);
    const responders = new Set<string>();
    const row: unknown[] = [names.get(a)];
    for (let j = 0; j < criteria; j++) {
      const answered = mine.filter((l) => typeof l.scores[j] === "number");
      const responses: number[] = [];
      const byRater = new Map<string, Line & { i: number }>();
      for (const l of answered) {
        const r = raterOf(l);
        if (r === null || blankCell(r)) {
          responses.push(l.scores[j] as number);
          responders.add(`line ${l.i}`);
          continue;
        }
        // Latest date wins; on equal dates (and without dates) the later line.
        const before = byRater.get(key(r));
        if (!before || !dates || before.date <= l.date) byRater.set(key(r), l);
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

// Exact: the plain implementation sums and sorts the same responses, so every number is the same double.
const close = (a: unknown[][], b: unknown[][]) => expect(a).toStrictEqual(b);

/**
 * Wider calls: with or without dates and raters, asOf and months omitted, lines dated on the
 * window's edges, all-blank lines, blank and text score cells, scores in tenths (for the mean's
 * sums), and one account with far more answers than the others (the sort of a large group).
 */
const EDGES = ["start", "after start", "asOf", "after asOf"] as const;
const wideLine = fc.record({
  account: fc.oneof(
    { arbitrary: fc.constantFrom(0, 1), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }), weight: 2 },
    { arbitrary: fc.constant(-1), weight: 1 },
  ),
  rater: fc.integer({ min: 0, max: RATERS.length - 1 }),
  date: fc.oneof(fc.integer({ min: FIRST, max: FIRST + SPAN }), fc.constantFrom(...EDGES)),
  scores: fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 100 }).map((x) => x / 10),
      fc.constantFrom(null, "", "  ", "n/a"),
    ),
    { minLength: 3, maxLength: 3 },
  ),
});
const wideScenario = fc.record({
  lines: fc.oneof(fc.array(wideLine, { minLength: 1, maxLength: 20 }), fc.array(wideLine, { minLength: 100, maxLength: 200 })),
  dates: fc.boolean(),
  raters: fc.boolean(),
  asOf: fc.option(fc.integer({ min: FIRST, max: FIRST + SPAN }), { nil: undefined }),
  months: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
  method: fc.constantFrom("median", "mean", "spread", "count", "nps"),
});
type WideScenario = typeof wideScenario extends fc.Arbitrary<infer T> ? T : never;

/** The lines of a wide scenario as plain lines: edge dates placed, blank lines blank, NPS answers whole. */
function wideLines({ lines, asOf, months, method }: WideScenario): Line[] {
  const end = asOf ?? FIRST + SPAN;
  const start = edateUtc(end, months ?? 12);
  const at = { start, "after start": start + 1, asOf: end, "after asOf": end + 1 };
  return lines.map((l) => ({
    account: l.account,
    rater: l.rater,
    date: typeof l.date === "number" ? l.date : at[l.date],
    scores: l.account < 0 ? [null, "", "  "] : l.scores.map((c) => (typeof c === "number" && method === "nps" ? Math.round(c) : c)),
  }));
}

function wideTable(lines: Line[], s: WideScenario): unknown[][] {
  const blank = (l: Line) => l.account < 0;
  return ratingsTable({
    accounts: lines.map((l) => [blank(l) ? null : ACCOUNTS[l.account]]),
    raters: s.raters ? lines.map((l) => [blank(l) ? null : RATERS[l.rater]]) : undefined,
    dates: s.dates ? lines.map((l) => [blank(l) ? null : l.date]) : undefined,
    scores: lines.map((l) => l.scores),
    asOf: s.dates ? s.asOf : undefined,
    months: s.dates ? s.months : undefined,
    method: s.method,
  });
}

describe("KAM.RATINGS properties", () => {
  test("equals a plain second implementation of SPEC 15", () => {
    fc.assert(
      fc.property(scenario, ({ lines, asOf, months, method }) =>
        close(table(lines, asOf, months, method), reference(lines, asOf, months, method)),
      ),
      RUNS,
    );
  });

  test("equals the plain implementation without dates or raters, on the window's edges, with blank lines and large groups", () => {
    let largest = 0;
    fc.assert(
      fc.property(wideScenario, (s) => {
        const lines = wideLines(s);
        if (lines.every((l) => l.account < 0)) return;
        const months = s.months ?? 12;
        const asOf = s.dates ? s.asOf : undefined;
        const expected = reference(lines, asOf, months, s.method, { dates: s.dates, raters: s.raters, criteria: 3 });
        close(wideTable(lines, s), expected);
        const counts = reference(lines, asOf, months, "count", { dates: s.dates, raters: s.raters, criteria: 3 });
        for (const row of counts.slice(1)) for (const c of row.slice(2)) if (typeof c === "number") largest = Math.max(largest, c);
      }),
      { seed: 20261206, numRuns: 150 },
    );
    // The generator reaches groups past the insertion-sort size.
    expect(largest).toBeGreaterThan(32);
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
        const anonymous = (l: Line) => blankCell(RATERS[l.rater]);
        if (i + 1 >= lines.length || !anonymous(lines[i]) || !anonymous(lines[i + 1])) return;
        if (key(String(ACCOUNTS[lines[i].account])) === key(String(ACCOUNTS[lines[i + 1].account]))) {
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
