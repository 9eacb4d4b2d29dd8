/** Actions: suggested from the playbook, counted per account, shown on the matrix sheet. Expected values by hand. */
import { countActions, nextPeriodEnd, parseActions, suggestActions } from "../../../app/plan/actions";
import { PlanController } from "../../../app/plan/planController";
import { friendlyError } from "../../../app/i18n/errors";
import { buildReport } from "../../../app/report/buildReport";
import { FakeWorkbook } from "../../support/fake-workbook";
import { Q3_ROWS, table } from "../review/fixtures";
import { planSettings } from "./fixtures";

test("the end of the next review period is the last day of the next quarter", () => {
  expect(nextPeriodEnd("2026-12-06")).toBe("2027-03-31");
  expect(nextPeriodEnd("2026-01-01")).toBe("2026-06-30");
  expect(nextPeriodEnd("2026-05-15")).toBe("2026-09-30");
  expect(nextPeriodEnd("2026-08-31")).toBe("2026-12-31");
});

test("one Proposed action per strategy of the quadrant, with owner and due date; suggesting twice adds nothing", () => {
  const first = suggestActions(null, [{ name: "Alpha AG", owner: "A. Meyer", quadrant: 1 }], "en", "2027-03-31")!;
  expect(first.header).toEqual(["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"]);
  // Quadrant 1: strategic partnerships, personalised offers, service (the article's table).
  expect(first.append.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
    ["Alpha AG", "Strategic partnerships", "A. Meyer", "2027-03-31", "Proposed", null],
    ["Alpha AG", "Personalised offers", "A. Meyer", "2027-03-31", "Proposed", null],
    ["Alpha AG", expect.any(String), "A. Meyer", "2027-03-31", "Proposed", null],
  ]);
  expect(first.validation).toEqual([{ column: 5, list: ["Proposed", "Open", "Done", "Dropped"] }]);
  const table1 = { header: first.header, rows: first.append };
  expect(suggestActions(table1, [{ name: "alpha  ag", owner: "", quadrant: 1 }], "en", "2027-03-31")).toBeNull();
  // A quadrant 2 account next to it: three new rows; in German, German texts under the same (English) header.
  const de = suggestActions(table1, [{ name: "Beta GmbH", owner: "", quadrant: 2 }], "de", "2027-03-31")!;
  expect(de.append.map((r) => [r[2], r[5]])).toEqual([
    ["Cross-Selling und Upselling", "Vorgeschlagen"],
    ["Regelmäßige Kommunikation", "Vorgeschlagen"],
    ["Personalisierung der Angebote", "Vorgeschlagen"],
  ]);
  expect(de.expectRows).toBe(3);
});

test("open, overdue, done, dropped and the next due date, counted as a manager would", () => {
  const header = ["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"];
  const rows = [
    ["A", "x", "s1", "", "2026-11-30", "Open", null], // overdue on 2026-12-06
    ["A", "x", "s2", "", "2027-01-15", "proposed", null],
    ["A", "x", "s3", "", "2026-10-01", "Done", "2026-10-02"],
    ["A", "x", "s4", "", "2026-10-01", "Verworfen", null],
    ["A", "x", "s5", "", "2026-12-31", "Erledigt", "2026-12-01"],
    ["A", "x", "s6", "", null, "", null],
  ];
  expect(countActions(parseActions({ header, rows }), "2026-12-06")).toEqual({
    open: 2,
    overdue: 1,
    done: 2,
    dropped: 1,
    nextDue: "2026-11-30",
  });
});

test("Suggest actions: by default quadrants 1 and 2 without an open action; the matrix sheet shows owner, open, overdue and next due", async () => {
  const workbook = new FakeWorkbook();
  const failures: string[] = [];
  const s = planSettings();
  const t = table(Q3_ROWS);
  let rebuilt = 0;
  const plan = new PlanController(workbook, "en", {
    table: () => t,
    settings: () => s,
    fail: (e) => failures.push(friendlyError(e, "en")),
    rebuild: () => rebuilt++,
  });
  await plan.create();
  workbook.logs.plan!.rows[1][2] = "B. Kurz"; // Beta's owner
  // Scored: Alpha Q1, Beta Q2, Gamma Q3, Delta Q4, Epsilon Q1: 3 + 3 + 3 actions for Alpha, Beta, Epsilon.
  await plan.suggest();
  const actions = workbook.logs.actions!;
  expect(actions.rows).toHaveLength(9);
  // In the matrix's priority order: Alpha and Epsilon (Q1, 130 each; Alpha first in the table), then Beta (Q2).
  expect([...new Set(actions.rows.map((r) => r[0]))]).toEqual(["Alpha AG", "Epsilon Ltd", "Beta GmbH"]);
  expect(actions.rows.filter((r) => r[0] === "Beta GmbH").map((r) => r[3])).toEqual(["B. Kurz", "B. Kurz", "B. Kurz"]);
  expect(plan.getState().suggested).toEqual({ added: 9, accounts: 3, sheet: "KAM Actions" });
  // Again: every target has an open action now: nothing is added.
  await plan.suggest();
  expect(workbook.logs.actions!.rows).toHaveLength(9);
  expect(plan.getState().suggested).toMatchObject({ added: 0 });
  // Beta's first action (rows 6 to 8 are Beta's) agreed and overdue, the second done: the matrix sheet's plan columns.
  actions.rows[6][4] = "2026-01-31";
  actions.rows[6][5] = "Open";
  actions.rows[7][5] = "Done";
  await plan.load();
  const report = buildReport(t, s, { plan: plan.forBuild(t, s) });
  const results = report.report.tables.find((x) => x.id === "results")!;
  expect(results.header.slice(-4)).toEqual(["Owner", "Open actions", "Overdue", "Next due"]);
  const beta = results.rows.find((r) => r[0] === "Beta GmbH")!;
  const due = actions.rows[8][4];
  expect(beta.slice(-4)).toEqual(["B. Kurz", 2, 1, "2026-01-31"]);
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const gamma = results.rows.find((r) => r[0] === "Gamma SE")!;
  expect(gamma.slice(-4)).toEqual([null, 0, 0, null]);
  expect(failures).toEqual([]);
  expect(rebuilt).toBe(3);
});
