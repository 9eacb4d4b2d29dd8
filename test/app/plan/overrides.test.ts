/**
 * Overrides on the matrix sheet: the plan's quadrant sets the label, strategy, priority, colour and
 * the summary's counts; the scores and the scored quadrant stay; the chart marks the account at its
 * scored position. Expected values worked out by hand from the fixture (method "none": a score is
 * the raw number; thresholds 50).
 */
import { strategyText } from "../../../core";
import { QUADRANT_COLORS } from "../../../app/report/colors";
import { buildWithPlan as build, DELTA_OVERRIDE } from "./fixtures";
import { tableBox } from "../../../app/workbook/naming";
import { previewOf } from "../../../app/whatif/preview";
import { ScoreCache } from "../../../app/whatif/scores";
import { table, Q3_ROWS } from "../review/fixtures";
import { planSettings } from "./fixtures";

const results = (b: ReturnType<typeof build>) => b.report.tables.find((t) => t.id === "results")!;

test("an override with a reason relabels and reprioritises the account; its scores and scored quadrant stay", () => {
  // Scored: Alpha 70/60 Q1, Beta 55/30 Q2, Gamma 25/83.33 Q3, Delta 25/16.67 Q4, Epsilon 70/60 Q1.
  // Delta overridden to 1: in quadrant 1 it ranks after Alpha and Epsilon (sum 41.67 < 130).
  const b = build([DELTA_OVERRIDE]);
  const r = results(b);
  expect(r.rows.map((row) => [row[0], row[3], row[5]])).toEqual([
    ["Alpha AG", 1, 1],
    ["Epsilon Ltd", 1, 2],
    ["Delta KG", 4, 3],
    ["Beta GmbH", 2, 4],
    ["Gamma SE", 3, 5],
  ]);
  const delta = r.rows[2];
  expect(delta[1]).toBe(25);
  expect(delta[2]).toBeCloseTo(50 / 3, 9);
  expect(delta[4]).toBe("Key partner (override: strategic entry into rail; A. Meyer, 2026-12-02)");
  expect(delta[6]).toBe(strategyText(1, "en"));
  expect(r.rowFills![2]).toBe(QUADRANT_COLORS[1]);
  expect(b.counts).toEqual([3, 1, 1, 0]);
  // The chart: Delta stays in its scored quadrant's series, and a black override marker sits on it.
  const series = b.report.chart.series;
  expect(series.map((x) => x.name)).toEqual(["Key partner", "Develop", "Monetise", "Re-evaluate", "Override (plan)"]);
  expect(series[3].points.map((p) => p.label)).toEqual(["Delta KG"]);
  expect(series[4].points).toHaveLength(1);
  expect(series[4].points[0]).toMatchObject({ x: 25, label: "Delta KG" });
  expect(series[4].points[0].y).toBeCloseTo(50 / 3, 9);
  expect(series[4].color).not.toBe(QUADRANT_COLORS[1]);
});

test("the Allocation column follows the override: its account and its quadrants' shares change, the total stays 100%", () => {
  // Default shares 40/30/20/10, equal inside a quadrant. Without the plan: Alpha and Epsilon share
  // quadrant 1 (20% each), Beta 30%, Gamma 20%, Delta 10%.
  const share = (b: ReturnType<typeof build>): Record<string, number> =>
    Object.fromEntries(results(b).rows.map((row) => [row[0], row[8] as number]));
  const plain = share(build([]));
  expect(results(build([])).header[8]).toBe("Allocation");
  const expectShares = (got: Record<string, number>, want: Record<string, number>) =>
    Object.entries(want).forEach(([name, v]) => expect(got[name]).toBeCloseTo(v, 12));
  expectShares(plain, { "Alpha AG": 0.2, "Epsilon Ltd": 0.2, "Beta GmbH": 0.3, "Gamma SE": 0.2, "Delta KG": 0.1 });
  // Delta treated as quadrant 1: quadrant 4 is empty, its 10% goes to the others in proportion
  // (each share over 0.9); quadrant 1's 0.4 / 0.9 is split over three accounts.
  const over = share(build([DELTA_OVERRIDE]));
  expectShares(over, {
    "Alpha AG": 0.4 / 0.9 / 3,
    "Epsilon Ltd": 0.4 / 0.9 / 3,
    "Delta KG": 0.4 / 0.9 / 3,
    "Beta GmbH": 0.3 / 0.9,
    "Gamma SE": 0.2 / 0.9,
  });
  for (const s of [plain, over]) expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
});

test("matched by Account ID: a renamed account keeps its override", () => {
  const b = build([["Delta (old name)", "C-4", null, 2, "growth plan", null, null, null]]);
  const delta = results(b).rows.find((row) => row[0] === "Delta KG")!;
  expect(delta[4]).toBe("Develop (override: growth plan)");
});

test("an override without a reason, or with no quadrant 1-4, is not applied", () => {
  const plain = build([]);
  const b = build([
    ["Delta KG", "C-4", null, 1, null, "A. Meyer", null, null],
    ["Beta GmbH", "C-2", null, 7, "bigger", null, null, null],
  ]);
  expect(results(b).rows).toEqual(results(plain).rows);
  expect(b.report.chart.series).toHaveLength(4);
});

test("planned accounts that left the matrix are listed on the matrix sheet, not removed from the plan", () => {
  const b = build([
    ["Omega AG", "C-9", "B. Kurz", null, null, null, null, "lost in tender"],
    ["Alpha AG", "C-1", null, null, null, null, null, null],
  ]);
  const left = b.report.tables.find((t) => t.id === "planLeft")!;
  expect(left.rows).toEqual([["Omega AG"]]);
  expect(left.title).toBe("Plan: accounts no longer in the matrix (kept in the plan)");
  expect(build([]).report.tables.some((t) => t.id === "planLeft")).toBe(false);
});

test("with the plan's columns no table of the matrix sheet overlaps another, and the chart stays right of the results", () => {
  const { report } = build([DELTA_OVERRIDE, ["Omega AG", "C-9", null, null, null, null, null, null]]);
  const boxes = report.tables.map(tableBox);
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart = a.row + a.rows <= b.row || b.row + b.rows <= a.row || a.col + a.cols <= b.col || b.col + b.cols <= a.col;
      expect(apart).toBe(true);
    }),
  );
  const results = boxes[0];
  expect(report.chart.anchor.col).toBeGreaterThanOrEqual(results.col + results.cols);
});

test("the pane's preview marks the overridden account as the sheet's chart does: the Override (plan) series at its scored position", () => {
  const s = planSettings();
  const scores = new ScoreCache().scores(table(Q3_ROWS), s)!;
  // Delta KG (the fourth account) is overridden: value 25, engagement 50 / 3 by hand.
  const p = previewOf(scores, s, undefined, [false, false, false, true, false])!;
  const sheet = build([DELTA_OVERRIDE]).report.chart.series;
  expect(p.spec.series.map((x) => [x.name, x.color])).toEqual(sheet.map((x) => [x.name, x.color]));
  const mark = p.spec.series[4].points;
  expect(mark).toHaveLength(1);
  expect(mark[0]).toMatchObject({ x: 25, label: "Delta KG", account: 3 });
  expect(mark[0].y).toBeCloseTo(50 / 3, 9);
  // The counts stay the scored ones (the preview shows where the scores put each account).
  expect(p.counts).toEqual([2, 1, 1, 1]);
  expect(previewOf(scores, s)!.spec.series).toHaveLength(4);
});
