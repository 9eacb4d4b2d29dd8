/**
 * "What predicted revenue change": on a constructed history where Margin then orders the accounts
 * exactly as their revenue growth since (rho = 1), Orders the other way round (rho = -1), Contacts
 * by a fixed permutation (Spearman by hand: 1 - 6 sum d^2 / (n (n^2 - 1)), no ties), and Loyalty is
 * constant (no correlation). Method "none", so a criterion score is the raw number.
 */
import { compareReviews, predictedGrowth, reviewFromTable, joinReviews } from "../../../app/review";
import { reviewTables } from "../../../app/report/review";
import { q3, q4, settings, table } from "./fixtures";

const CONTACTS = [40, 10, 90, 60, 20, 80, 30, 100, 50, 70, 0, 35];
const N = CONTACTS.length;
// Account i (1..12): Orders 100 - 5i, Margin 5i, Contacts a permutation, Loyalty 50; revenue 1000 then, 1000 (1 + i / 50) now.
const thenRows = CONTACTS.map((c, k) => {
  const i = k + 1;
  return [`Account ${i}`, `C-${i}`, 100 - 5 * i, 5 * i, c, 50, 1000];
});
const nowRows = CONTACTS.map((c, k) => {
  const i = k + 1;
  return [`Account ${i}`, `C-${i}`, 50, 50, 50, 50, 1000 * (1 + i / 50)];
});
// Left out: revenue 0 then (no growth rate), and an account that is new now.
thenRows.push(["No revenue", "C-98", 10, 10, 10, 50, 0]);
nowRows.push(["No revenue", "C-98", 10, 10, 10, 50, 500]);
nowRows.push(["Newcomer", "C-99", 10, 10, 10, 50, 500]);

const options = { idColumn: "Account ID", revenueColumn: "Revenue (EUR)" };
const then = reviewFromTable(table(thenRows), settings(), { date: "2026-09-30", label: "Q3" }, options);
const now = reviewFromTable(table(nowRows), settings(), { date: "2026-12-31", label: "Q4" }, options);

/** Spearman of Contacts (ranks of a permutation without ties) against growth, which rises with i. */
function contactsByHand(): number {
  const sorted = [...CONTACTS].sort((a, b) => a - b);
  const d2 = CONTACTS.reduce((s, c, k) => s + (sorted.indexOf(c) + 1 - (k + 1)) ** 2, 0);
  return 1 - (6 * d2) / (N * (N * N - 1));
}

describe("which criteria predicted revenue change", () => {
  const p = predictedGrowth(joinReviews(then, now).pairs, then);

  it("gives rho and n per criterion and axis score, over the accounts in both reviews with revenue both times", () => {
    if (p.kind !== "rows") throw new Error(`expected rows, got ${p.kind}`);
    expect(p.accounts).toBe(N);
    const byName = new Map(p.rows.map((r) => [r.name, r]));
    expect(byName.get("Margin")).toEqual({ name: "Margin", kind: "criterion", rho: 1, n: N });
    expect(byName.get("Orders")!.rho).toBeCloseTo(-1, 12);
    expect(byName.get("Contacts")!.rho).toBeCloseTo(contactsByHand(), 12);
    // Loyalty was 50 for everyone, and value = (Orders + Margin) / 2 = 50: constant, no correlation.
    expect(byName.get("Loyalty")!.rho).toBeNull();
    expect(byName.get("value")!.rho).toBeNull();
    // Engagement = (2 Contacts + 50) / 3 ranks the accounts as Contacts does.
    expect(byName.get("engagement")!.rho).toBeCloseTo(contactsByHand(), 12);
    expect(p.rows.map((r) => r.name)).toEqual(["Orders", "Margin", "Contacts", "Loyalty", "value", "engagement"]);
  });

  it("writes a small table on the matrix sheet, with a note that it is evidence, not cause", () => {
    const c = compareReviews(then, now, "en");
    const t = reviewTables({ comparison: c, lang: "en" }, { row: 0, col: 0 }).find((x) => x.id === "predicted")!;
    expect(t.title).toBe("What predicted revenue change since Q3");
    expect(t.header).toEqual(["Score then", "Rank correlation with revenue change", "Accounts"]);
    expect(t.rows[1]).toEqual(["Margin", 1, N]);
    expect(t.rows[4]).toEqual(["Value score", null, N]);
    expect(String(t.rows[t.rows.length - 1][0])).toMatch(/not proof of cause/);
  });

  it("says in one sentence why not when fewer than 10 accounts qualify", () => {
    const c = compareReviews(q3(), q4(), "en");
    expect(c.predicted).toEqual({ kind: "tooFew", accounts: 4 });
    const t = reviewTables({ comparison: c, lang: "de" }, { row: 0, col: 0 }).find((x) => x.id === "predicted")!;
    expect(t.header).toEqual([
      "Nur 4 Kunden sind in beiden Überprüfungen mit Umsatz vertreten; mindestens 10 sind nötig, um zu sagen, welche Kriterien die Umsatzveränderung vorhergesagt haben.",
    ]);
    expect(t.rows).toEqual([]);
  });

  it("says so when the earlier review has no revenue", () => {
    const noRevenue = reviewFromTable(
      table(thenRows),
      settings(),
      { date: "2026-09-30", label: "Q3" },
      { ...options, revenueColumn: null },
    );
    expect(predictedGrowth(joinReviews(noRevenue, now).pairs, noRevenue)).toEqual({ kind: "noRevenue" });
  });
});
