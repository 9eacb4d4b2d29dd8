/**
 * The sample's plan and actions: Insert sample data writes them as the add-in's own plan and actions
 * tables (owners, overrides, actions in every state); saving a review, inserting the next quarter and
 * comparing shows a Plan block whose counts follow from the two sheets, worked out here from their rows.
 */
import { createPane } from "../../../app/pane";
import { parseActions } from "../../../app/plan/actions";
import { parsePlan } from "../../../app/plan/plan";
import { samplePlanChanges, sampleNextActionsChange } from "../../../app/sample/samplePlan";
import { today } from "../../../app/review/reviewController";
import type { CellValue } from "../../../app/workbook/contract";
import { FakeWorkbook } from "../../support/fake-workbook";

test("Insert sample data writes the plan (owners, three overrides, one without a reason) and about 45 actions in every state", async () => {
  const wb = new FakeWorkbook();
  const pane = createPane(wb, "en", { debounceMs: 0 });
  await pane.matrix.start();
  await pane.matrix.insertSample();
  await pane.matrix.build();
  const plan = parsePlan(wb.logs.plan!);
  expect(plan.entries).toHaveLength(40);
  expect(plan.entries.filter((e) => e.owner !== "")).toHaveLength(39);
  expect(plan.entries.filter((e) => e.override)).toHaveLength(2);
  expect(pane.plan.getState().problems.map((p) => p.kind)).toEqual(["noReason"]);
  const actions = parseActions(wb.logs.actions!);
  const by = (s: string) => actions.filter((a) => a.status === s).length;
  expect(actions.length).toBeGreaterThanOrEqual(35);
  expect(actions.length).toBeLessThanOrEqual(55);
  for (const s of ["proposed", "open", "done", "dropped"]) expect(by(s)).toBeGreaterThan(0);
  expect(actions.filter((a) => a.status === "done").every((a) => a.doneOn !== "" && a.doneOn < today())).toBe(true);
  expect(actions.some((a) => a.status === "open" && a.due < today())).toBe(true); // overdue
  // The matrix shows the owners and action counts: the plan was read for the build.
  expect(wb.lastWrite!.tables.find((t) => t.id === "results")!.header).toContain("Owner");
  await pane.matrix.idle();
});

test("the sample never adds to a plan or actions the workbook already has", () => {
  const own = { header: ["Account", "Owner"], rows: [["Mine", "me"]] as CellValue[][] };
  expect(samplePlanChanges(own, null, "en", "2026-12-06")).toEqual([]);
  expect(samplePlanChanges(null, own, "en", "2026-12-06")).toEqual([]);
  const mine = {
    header: ["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"],
    rows: [["Mine", "x", "", "", "", "Open", null]],
  };
  expect(sampleNextActionsChange(mine as { header: CellValue[]; rows: CellValue[][] }, "en", "2026-12-06")).toBeNull();
  // The sample's own actions get the next quarter; the same list with one action the user rewrote does not.
  const [, first] = samplePlanChanges(null, null, "en", "2026-12-06");
  const sample = { header: first.header as CellValue[], rows: first.append.map((r) => [...r]) };
  expect(sampleNextActionsChange(sample, "en", "2026-12-20")!.append.length).toBeGreaterThan(5);
  sample.rows[3][1] = "Workshop on the 2027 roadmap";
  expect(sampleNextActionsChange(sample, "en", "2026-12-20")).toBeNull();
});

test("save, next quarter, compare: the Plan block counts what the owners did in the quarter", async () => {
  const wb = new FakeWorkbook();
  const pane = createPane(wb, "en", { debounceMs: 0 });
  await pane.matrix.start();
  await pane.matrix.insertSample();
  await pane.matrix.build();
  const date = today();
  await pane.review.save(date, "Q3");
  await pane.matrix.insertSample("next");
  await pane.matrix.idle();
  const before = parseActions(wb.logs.actions!).length;
  // A second click appends nothing more.
  await pane.matrix.insertSample("next");
  await pane.matrix.idle();
  expect(parseActions(wb.logs.actions!).length).toBe(before);
  pane.review.compareWith(date);
  await pane.matrix.idle();
  const block = wb.lastWrite!.tables.find((t) => t.id === "planActions")!;
  expect(block).toBeDefined();

  // Independently, from the two sheets: the next quarter's rows are those after the first quarter's.
  const h = wb.history!;
  const col = (n: string) => h.header.indexOf(n);
  const saved = new Map(h.rows.map((r) => [r[col("Account")] as string, r]));
  const treatedAs = (name: string) => {
    const r = saved.get(name)!;
    return (r[col("Override quadrant")] as number | null) ?? (r[col("Quadrant")] as number);
  };
  // An override without a reason is not applied, and Save review stores only the applied ones.
  const actions = parseActions(wb.logs.actions!);
  const expected = [1, 2, 3, 4].map((q) => [q, 0, 0, 0]);
  for (const a of actions) {
    if (!saved.has(a.account) || saved.get(a.account)![col("Quadrant")] === null) continue;
    const row = expected[treatedAs(a.account) - 1];
    // All first-quarter done dates are before the review; the stored done count equals them, so an undated Done is new.
    if (a.status === "done" && (a.doneOn === "" || a.doneOn >= date)) row[1]++;
    else if (a.status === "dropped" && a.due >= date) row[2]++;
  }
  expect(block.rows).toEqual(expected);
  expect(expected.reduce((n, r) => n + r[1], 0)).toBeGreaterThanOrEqual(5);
  const groups = wb.lastWrite!.tables.find((t) => t.id === "planGroups")!;
  const withDone = new Set(actions.filter((a) => a.status === "done" && (a.doneOn === "" || a.doneOn >= date)).map((a) => a.account));
  expect(groups.rows[0][1]).toBe(withDone.size);
  await pane.matrix.idle();
});

test("in German the sample's plan and actions have German headers and statuses, and read back whole", () => {
  const [plan, actions] = samplePlanChanges(null, null, "de", "2026-12-06");
  expect(plan.header[0]).toBe("Kunde");
  expect(plan.sheetName).toBe("KAM Plan");
  const read = parseActions({ header: actions.header, rows: actions.append });
  expect(read).toHaveLength(actions.append.length);
  expect(read.every((a) => a.status !== null)).toBe(true);
  expect(actions.append.some((r) => r.includes("Erledigt"))).toBe(true);
  expect(parsePlan({ header: plan.header, rows: plan.append }).problems.map((p) => p.kind)).toEqual(["noReason"]);
});
