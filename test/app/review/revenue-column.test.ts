/** One revenue-column rule: the report's summary and a saved review read the same column. */
import { buildReport } from "../../../app/report/buildReport";
import { reviewFromTable } from "../../../app/review";
import { settings, table, Q3_ROWS } from "./fixtures";

// Q3 by hand (fixtures): Alpha 70/60 Q1, Beta 55/30 Q2, Gamma 25/83.33 Q3, Delta 25/16.67 Q4,
// Epsilon 70/60 Q1; revenue 1000, 500, 200, 100, 800 (total 2600).
const REVENUE = [1000, 500, 200, 100, 800];

describe("revenue column", () => {
  it("an Ignored revenue column feeds both the summary's revenue shares and the history", () => {
    const s = settings();
    expect(s.criteria.find((c) => c.column === "Revenue (EUR)")?.axis).toBe("ignore");
    const t = table(Q3_ROWS);

    const summary = buildReport(t, s).report.tables.find((x) => x.id === "summary")!;
    const share = summary.header.indexOf("Share of revenue");
    expect(share).toBeGreaterThan(0);
    const shares = summary.rows.slice(0, 4).map((r) => r[share] as number);
    [1800 / 2600, 500 / 2600, 200 / 2600, 100 / 2600].forEach((x, q) => expect(shares[q]).toBeCloseTo(x, 12));

    // No revenue option: the review picks the column by the same rule as the report.
    const review = reviewFromTable(t, s, { date: "2026-09-30", label: "Q3" }, { idColumn: "Account ID" });
    expect(review.accounts.map((a) => a.revenue)).toEqual(REVENUE);
  });

  it("without a column that names revenue, neither the summary nor the history has revenue", () => {
    const s = settings();
    const headers = t0().headers.map((h) => (h === "Revenue (EUR)" ? "Notes" : h));
    s.criteria = s.criteria.map((c) => (c.column === "Revenue (EUR)" ? { ...c, column: "Notes" } : c));
    const t = { ...t0(), headers };
    const summary = buildReport(t, s).report.tables.find((x) => x.id === "summary")!;
    expect(summary.header).not.toContain("Share of revenue");
    const review = reviewFromTable(t, s, { date: "2026-09-30", label: "Q3" }, { idColumn: "Account ID" });
    expect(review.accounts.map((a) => a.revenue)).toEqual([null, null, null, null, null]);
  });
});

const t0 = () => table(Q3_ROWS);
