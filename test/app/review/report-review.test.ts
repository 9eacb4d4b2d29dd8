/**
 * The comparison as the "KAM Matrix" sheet shows it (taskpane/report/review.ts): the settings note,
 * the movers, the transition table and the KPIs, on the hand-made two-review portfolio of
 * fixtures.ts (numbers worked out in its comments and below), and checked against compareReviews.
 */
import { buildReport } from "../../../app/report/buildReport";
import { reviewTables, chartTrails } from "../../../app/report/review";
import { QUADRANT_COLORS } from "../../../app/report/colors";
import { compareReviews, Comparison } from "../../../app/review";
import { previousQuadrants } from "../../../app/review";
import type { ReportTable } from "../../../app/report/types";
import { q3, q4, settings, table, Q4_ROWS } from "./fixtures";

const byId = (tables: ReportTable[], id: string) => tables.find((t) => t.id === id)!;
const close = (row: unknown[], expected: unknown[]) =>
  expected.forEach((e, j) => (typeof e === "number" ? expect(row[j]).toBeCloseTo(e, 12) : expect(row[j]).toBe(e)));

describe("the comparison tables on the sheet", () => {
  const c = compareReviews(q3(), q4(), "en");
  const tables = reviewTables({ comparison: c, lang: "en" }, { row: 40, col: 9 });

  it("stacks movers, transition and KPIs below the anchor, one blank row apart, without a note when the settings are the same", () => {
    expect(tables.map((t) => t.id)).toEqual(["movers", "transition", "kpis", "predicted"]);
    const [movers, transition, kpis] = tables;
    expect(movers.anchor).toEqual({ row: 40, col: 9 });
    // Title, header, 2 rows, a blank row.
    expect(transition.anchor).toEqual({ row: 40 + 2 + 2 + 1, col: 9 });
    expect(kpis.anchor).toEqual({ row: transition.anchor.row + 2 + 5 + 1, col: 9 });
  });

  it("movers: then, now and change of both scores and the main driver, as worked out by hand", () => {
    const movers = byId(tables, "movers");
    expect(movers.title).toBe("Movers since Q3 2026");
    expect(movers.header).toEqual([
      "Account",
      "Quadrant then",
      "Quadrant now",
      "Value then",
      "Value now",
      "Value change",
      "Engagement then",
      "Engagement now",
      "Engagement change",
      "Main driver",
    ]);
    // A: 70/60 -> 37/60 (Orders 80 -> 14); B: 55/30 -> 55/60 (Contacts 30 -> 75).
    close(movers.rows[0], ["  alpha   AG ", "1 Key partner", "3 Monetise", 70, 37, -33, 60, 60, 0, "Orders 80 -> 14"]);
    close(movers.rows[1], ["Beta Holding GmbH", "2 Develop", "1 Key partner", 55, 55, 0, 30, 60, 30, "Contacts 30 -> 75"]);
    expect(movers.rows).toHaveLength(c.movers.length);
    movers.rows.forEach((r, i) =>
      expect([r[0], r[3], r[4], r[6], r[7]]).toEqual([
        c.movers[i].name,
        c.movers[i].valueThen,
        c.movers[i].valueNow,
        c.movers[i].engagementThen,
        c.movers[i].engagementNow,
      ]),
    );
    // Each row coloured in the quadrant the account is in now.
    expect(movers.rowFills).toEqual([QUADRANT_COLORS[3], QUADRANT_COLORS[1]]);
    expect(movers.numberFormats[5]).toBe("+0.0;-0.0;0.0");
  });

  it("transition: counts and row shares of KAM.MOVES full, with New and Dropped", () => {
    const t = byId(tables, "transition");
    expect(t.title).toBe("Moves since Q3 2026 (rows: then, columns: now)");
    const quadrants = ["Key partner", "Develop", "Monetise", "Re-evaluate"];
    expect(t.header).toEqual([
      "Then \\ now",
      ...[...quadrants, "Dropped"].map((q) => `${q}: count`),
      ...[...quadrants, "Dropped"].map((q) => `${q}: share of row`),
    ]);
    // A 1->3, E 1->dropped, B 2->1, C 3->3, D 4->4, F new->1.
    expect(t.rows).toEqual([
      ["Key partner", 0, 0, 1, 0, 1, 0, 0, 0.5, 0, 0.5],
      ["Develop", 1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      ["Monetise", 0, 0, 1, 0, 0, 0, 0, 1, 0, 0],
      ["Re-evaluate", 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
      ["New", 1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(t.rows.map((r) => r.slice(1, 6))).toEqual(c.transition.counts);
    expect(t.numberFormats.slice(6)).toEqual(["0%", "0%", "0%", "0%", "0%"]);
  });

  it("KPIs: per quadrant now, then, stayed, moved in and out, revenue shares; then the portfolio", () => {
    const k = byId(tables, "kpis");
    expect(k.title).toBe("Review KPIs: now vs. Q3 2026");
    expect(k.header).toEqual([
      "Quadrant",
      "Accounts now",
      "Accounts then",
      "Stayed",
      "Moved in",
      "Moved out",
      "Revenue share now",
      "Revenue share then",
    ]);
    // Revenue now 1650 (Q1 B+F 1000, Q3 A+C 500, Q4 D 150); then 2600 (Q1 A+E 1800, Q2 B 500, Q3 C 200, Q4 D 100).
    close(k.rows[0], ["1 Key partner", 2, 2, 0, 1, 1, 1000 / 1650, 1800 / 2600]);
    close(k.rows[1], ["2 Develop", 0, 1, 0, 0, 1, 0, 500 / 2600]);
    close(k.rows[2], ["3 Monetise", 2, 1, 1, 1, 0, 500 / 1650, 200 / 2600]);
    close(k.rows[3], ["4 Re-evaluate", 1, 1, 1, 0, 0, 150 / 1650, 100 / 2600]);
    expect(k.rows[4]).toEqual(["Portfolio", "Accounts now", "Accounts then", "Retained", "New", "Dropped", "Revenue retention", null]);
    // Retention: (300 + 600 + 200 + 150 + 0) / 2600.
    close(k.rows[5], [null, 5, 5, 4, 1, 1, 1250 / 2600, null]);
    expect(k.rowFills).toEqual([QUADRANT_COLORS[1], QUADRANT_COLORS[2], QUADRANT_COLORS[3], QUADRANT_COLORS[4], null, null]);
  });

  it("when the weights changed, a note comes first and names what changed", () => {
    const changed = compareReviews(q3(), q4(settings({ Orders: 3 })), "en");
    const t = reviewTables({ comparison: changed, lang: "en" }, { row: 0, col: 9 });
    expect(t.map((x) => x.id)).toEqual(["reviewNote", "movers", "transition", "kpis", "predicted"]);
    expect(t[0].header).toEqual(["weights changed since Q3 2026: moves may come from the weights"]);
    expect(t[1].anchor.row).toBe(3); // title, header (the note), no rows, a blank row
  });

  it("no movers: one row that says so, no table name (an empty native table is not possible)", () => {
    const same = compareReviews(q3(), { ...q3(), date: "2026-12-31", label: "Q4 2026" }, "de");
    const m = byId(reviewTables({ comparison: same, lang: "de" }, { row: 0, col: 9 }), "movers");
    expect(m.rows).toEqual([["Kein Kunde hat den Quadranten gewechselt.", null, null, null, null, null, null, null, null, null]]);
    expect(m.tableName).toBeUndefined();
  });

  it("German sheet: quadrant names and the transition labels in German", () => {
    const de = reviewTables({ comparison: compareReviews(q3(), q4(), "de"), lang: "de" }, { row: 0, col: 9 });
    expect(byId(de, "movers").rows[0].slice(1, 3)).toEqual(["1 Schlüsselpartner", "3 Monetarisieren"]);
    expect(byId(de, "transition").rows.map((r) => r[0])).toEqual(["Schlüsselpartner", "Ausbauen", "Monetarisieren", "Neu bewerten", "Neu"]);
  });

  it("trails for the chart: from then to now, in the colour of the quadrant now", () => {
    expect(chartTrails(c)).toEqual(c.trails.map((t) => ({ from: t.from, to: t.to, label: t.name, color: QUADRANT_COLORS[t.quadrantNow] })));
    expect(chartTrails(c)[0]).toMatchObject({ from: { x: 70, y: 60 }, label: "  alpha   AG ", color: QUADRANT_COLORS[3] });
  });
});

describe("buildReport with a comparison", () => {
  const s = settings();
  const then = q3();
  const now = q4();
  const comparison: Comparison = compareReviews(then, now, "en");
  const built = buildReport(table(Q4_ROWS), s, { comparison, previous: previousQuadrants(then, now), band: 0 });

  it("puts the comparison below the playbook in the side block and the trails on the chart", () => {
    const ids = built.report.tables.map((t) => t.id);
    expect(ids).toEqual(["results", "summary", "playbook", "movers", "transition", "kpis", "predicted"]);
    const playbook = byId(built.report.tables, "playbook");
    const movers = byId(built.report.tables, "movers");
    expect(movers.anchor).toEqual({ row: playbook.anchor.row + 2 + playbook.rows.length + 1, col: playbook.anchor.col });
    expect(built.report.chart.trails).toEqual(chartTrails(comparison));
    expect(built.report.chart.band).toBeUndefined();
    expect(built.report.chart.reviewLabels).toEqual({ trail: "Move since Q3 2026", band: "Band ±0" });
  });
});
