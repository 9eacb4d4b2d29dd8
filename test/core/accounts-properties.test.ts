/**
 * Properties of KAM.ACCOUNTS over generated order lines (fast-check, fixed seed): the Revenue
 * column adds up to the amounts in the window (computed here with Date.UTC, not the core's
 * calendar code), reordering the lines reorders only the rows, and spelling variants of an
 * account id change nothing but the name shown.
 */
import fc from "fast-check";
import { accountKey, accountsTable, isKamError } from "../../core";

const RUNS = { seed: 20260930, numRuns: 150 };
const FIRST = 45000; // 2023-03-15
const SPAN = 1200;

const BASES = ["Acme", "Beta GmbH", "Müller & Söhne", "1001", "Zeta AG"];
// Variants of one base: case and white space only.
const variant = (base: string, k: number) => [base, base.toUpperCase(), ` ${base.toLowerCase()}  `, base.replace(" ", "   ")][k % 4];

const line = fc.record({
  base: fc.integer({ min: 0, max: BASES.length - 1 }),
  spelling: fc.integer({ min: 0, max: 3 }),
  date: fc.integer({ min: FIRST, max: FIRST + SPAN }),
  time: fc.constantFrom(0, 0.25, 0.99),
  amount: fc.oneof(fc.integer({ min: -500, max: 5000 }), fc.double({ min: -100, max: 1000, noNaN: true })),
  profit: fc.integer({ min: -100, max: 1000 }),
  category: fc.constantFrom("Tools", "tools ", "Paint", null),
  order: fc.integer({ min: 1, max: 30 }),
});
const scenario = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 60 }),
  asOf: fc.integer({ min: FIRST, max: FIRST + SPAN }),
  months: fc.integer({ min: 1, max: 24 }),
});
type Line = {
  base: number;
  spelling: number;
  date: number;
  time: number;
  amount: number;
  profit: number;
  category: string | null;
  order: number;
};

const table = (lines: Line[], asOf: number, months: number, spell = (l: Line) => variant(BASES[l.base], l.spelling)) =>
  accountsTable({
    accounts: lines.map((l) => [l.base === 3 && l.spelling === 0 ? 1001 : spell(l)]),
    dates: lines.map((l) => [l.date + l.time]),
    amounts: lines.map((l) => [l.amount]),
    profits: lines.map((l) => [l.profit]),
    categories: lines.map((l) => [l.category]),
    orders: lines.map((l) => [`O-${l.base}-${l.order}`]),
    asOf,
    months,
  });

/** EDATE through the JavaScript calendar: serial -> UTC date, months back, clamp the day. */
function edateUtc(serial: number, months: number): number {
  const d = new Date((serial - 25569) * 86400000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86400000 + 25569;
}

const close = (a: unknown, b: unknown) =>
  isKamError(a) || isKamError(b)
    ? isKamError(a) && isKamError(b) && a.message === b.message
    : typeof a === "number" && typeof b === "number"
      ? a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
      : a === b;
const sameFigures = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, j) => j === 0 || close(x, b[j]));
const byKey = (t: unknown[][]) => new Map(t.slice(1).map((r) => [accountKey(r[0])!, r]));

test("the Revenue column adds up to the amounts of the lines in the window", () => {
  fc.assert(
    fc.property(scenario, ({ lines, asOf, months }) => {
      const start = edateUtc(asOf, months);
      const expected = lines.filter((l) => l.date > start && l.date <= asOf).reduce((s, l) => s + l.amount, 0);
      const revenue = table(lines, asOf, months)
        .slice(1)
        .reduce((s, r) => s + (r[1] as number), 0);
      return Math.abs(revenue - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }),
    RUNS,
  );
});

test("reordering the lines reorders only the rows", () => {
  fc.assert(
    fc.property(
      scenario.chain((s) =>
        fc.record({
          s: fc.constant(s),
          order: fc.shuffledSubarray(
            s.lines.map((_, i) => i),
            { minLength: s.lines.length },
          ),
        }),
      ),
      ({ s, order }) => {
        const shuffled = order.map((i) => s.lines[i]);
        const a = byKey(table(s.lines, s.asOf, s.months));
        const bTable = table(shuffled, s.asOf, s.months);
        const b = byKey(bTable);
        if (a.size !== b.size) return false;
        for (const [k, row] of a) if (!b.has(k) || !sameFigures(row, b.get(k)!)) return false;
        // The new row order is the order of each account's first line on or before asOf.
        const firsts = [...new Set(shuffled.filter((l) => l.date <= s.asOf).map((l) => accountKey(BASES[l.base])))];
        return firsts.every((k, i) => accountKey(bTable[i + 1][0]) === k);
      },
    ),
    RUNS,
  );
});

test("merging case and space variants of an account id changes nothing but the name shown", () => {
  fc.assert(
    fc.property(scenario, ({ lines, asOf, months }) => {
      const variants = table(lines, asOf, months);
      const merged = table(lines, asOf, months, (l) => BASES[l.base]);
      return (
        variants.length === merged.length &&
        variants.every((row, i) => accountKey(row[0]) === accountKey(merged[i][0]) && sameFigures(row, merged[i]))
      );
    }),
    RUNS,
  );
});
