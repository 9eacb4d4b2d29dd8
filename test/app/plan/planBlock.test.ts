/** The comparison's Plan block, worked out by hand from the two-review fixture (test/app/review/fixtures.ts). */
import { parseActions } from "../../../app/plan/actions";
import { median, planBlock, planBlockTables } from "../../../app/plan/planBlock";
import { compareReviews } from "../../../app/review";
import { buildReport } from "../../../app/report/buildReport";
import { reportPlan } from "../../../app/plan/overrides";
import { parsePlan } from "../../../app/plan/plan";
import { planAccounts } from "../../../app/plan/planReads";
import { q3, q4, Q4_ROWS, table } from "../review/fixtures";
import { planSettings, PLAN_HEADER } from "./fixtures";

// Q3 (2026-09-30): Alpha 70/60 Q1, Beta 55/30 Q2, Gamma 25/83.33 Q3, Delta 25/16.67 Q4, Epsilon 70/60 Q1.
// Q4: Alpha 37/60 Q3, Beta 55/60 Q1, Gamma 25/81.33 Q3, Delta 30/18.67 Q4, Phi new; Epsilon gone.
// Revenue Q3 -> Q4: Alpha 1000 -> 300, Beta 500 -> 600, Gamma 200 -> 200, Delta 100 -> 150.
const HEADER = ["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"];
const ACTIONS = parseActions({
  header: HEADER,
  rows: [
    ["Beta Holding GmbH", "Upsell", "Cross-selling and upselling", "", "2026-12-31", "Done", "2026-10-15"],
    ["Delta KG", "Meet", "Regular communication", "", "2026-12-31", "Erledigt", "2026-11-01"],
    ["Alpha AG", "Offer", "Personalised offers", "", "2026-12-15", "Dropped", null],
    ["Alpha AG", "Old", "Personalised offers", "", "2026-08-31", "Done", "2026-09-01"],
    ["Gamma SE", "Visit", "Service", "", "2026-10-31", "Open", null],
  ],
});

test("median of an even and an odd count", () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([5, 0])).toBe(2.5);
  expect(median([])).toBeNull();
});

test("actions done, dropped and overdue per quadrant since the compared review, and the two groups", () => {
  const block = planBlock(compareReviews(q3(), q4(), "en"), ACTIONS, "2026-12-06");
  expect(block.perQuadrant).toEqual([
    { quadrant: 1, done: 0, dropped: 1, overdue: 0 },
    { quadrant: 2, done: 1, dropped: 0, overdue: 0 },
    { quadrant: 3, done: 0, dropped: 0, overdue: 1 },
    { quadrant: 4, done: 1, dropped: 0, overdue: 0 },
  ]);
  const [withDone, without] = block.groups;
  // With a completed action: Beta (Q2 -> Q1, value +0, engagement +30) and Delta (Q4 -> Q4, +5, +2).
  expect(withDone).toMatchObject({ withDone: true, accounts: 2, better: 0.5, valueChange: 2.5 });
  expect(withDone.engagementChange).toBeCloseTo(16, 9);
  expect(withDone.retention).toBeCloseTo(750 / 600, 12);
  // Without: Alpha (Q1 -> Q3, -33, 0) and Gamma (Q3 -> Q3, 0, -2).
  expect(without).toMatchObject({ withDone: false, accounts: 2, better: 0, valueChange: -16.5 });
  expect(without.engagementChange).toBeCloseTo(-1, 9);
  expect(without.retention).toBeCloseTo(500 / 1200, 12);
  const [first, second] = planBlockTables(block, "Q3 2026", "en", { row: 40, col: 0 });
  expect(first.title).toBe("Plan since Q3 2026: actions per quadrant (quadrant as in Q3 2026)");
  expect(second.rows[0][0]).toBe("With at least one action done");
  expect(second.title).toContain("not proof of cause");
  expect(second.anchor.row).toBe(40 + 4 + 3);
});

test("Compare with puts the Plan block on the matrix sheet, below the other tables, when there are actions", () => {
  const s = planSettings();
  const t = table(Q4_ROWS);
  const comparison = compareReviews(q3(), q4(), "en");
  const plan = reportPlan(parsePlan({ header: PLAN_HEADER, rows: [] }), planAccounts(t, s), ACTIONS, "2026-12-06");
  const tables = buildReport(t, s, { comparison, plan }).report.tables;
  const block = tables.find((x) => x.id === "planActions")!;
  expect(block.rows).toEqual([
    [1, 0, 1, 0],
    [2, 1, 0, 0],
    [3, 0, 0, 1],
    [4, 1, 0, 0],
  ]);
  const others = tables.filter((x) => !x.id.startsWith("plan"));
  expect(block.anchor.row).toBeGreaterThan(Math.max(...others.map((x) => x.anchor.row + x.rows.length + 1)));
  expect(buildReport(t, s, { plan }).report.tables.some((x) => x.id === "planActions")).toBe(false);
});

test("an account new since the compared review is counted in the quadrant today's override puts it in, else in its scored one", () => {
  const s = planSettings();
  const t = table(Q4_ROWS);
  const comparison = compareReviews(q3(), q4(), "en");
  // Phi AG is new in Q4 (85/50: scored quadrant 1); one action done since the review.
  const actions = parseActions({
    header: HEADER,
    rows: [["Phi AG", "Kick-off", "Service", "", "2026-12-31", "Done", "2026-11-20"]],
  });
  const rows = (planRows: unknown[][]) => {
    const plan = reportPlan(parsePlan({ header: PLAN_HEADER, rows: planRows as never }), planAccounts(t, s), actions, "2026-12-06");
    return buildReport(t, s, { comparison, plan }).report.tables.find((x) => x.id === "planActions")!.rows;
  };
  // No override: its scored quadrant now.
  expect(rows([])).toEqual([
    [1, 1, 0, 0],
    [2, 0, 0, 0],
    [3, 0, 0, 0],
    [4, 0, 0, 0],
  ]);
  // Overridden today to quadrant 3 with a reason: counted there (it had no earlier treatment).
  expect(rows([["Phi AG", "C-6", "A. Meyer", 3, "pilot only this year", "A. Meyer", "2026-12-01", null]])).toEqual([
    [1, 0, 0, 0],
    [2, 0, 0, 0],
    [3, 1, 0, 0],
    [4, 0, 0, 0],
  ]);
  // An override without a reason is not applied: the scored quadrant again.
  expect(rows([["Phi AG", "C-6", "A. Meyer", 3, null, null, null, null]])[0]).toEqual([1, 1, 0, 0]);
});
