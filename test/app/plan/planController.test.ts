/** "Create plan" from the pane's side: one row per account, later only new accounts, typed decisions read back. */
import { PlanController } from "../../../app/plan/planController";
import { friendlyError } from "../../../app/i18n/errors";
import type { Settings } from "../../../app/settings/settings";
import { WorkbookError } from "../../../app/workbook/contract";
import { FakeWorkbook } from "../../support/fake-workbook";
import { Q3_ROWS, Q4_ROWS, settings, table } from "../review/fixtures";

function setup(rows = Q3_ROWS) {
  const workbook = new FakeWorkbook();
  const failures: string[] = [];
  let current = table(rows);
  const s: Settings = { ...settings(), idColumn: "Account ID" };
  const plan = new PlanController(workbook, "en", {
    table: () => current,
    settings: () => s,
    fail: (e) => failures.push(friendlyError(e, "en")),
    rebuild: () => {},
  });
  return { workbook, plan, failures, next: (r: unknown[][]) => (current = table(r)) };
}

test("Create plan writes the header and one row per account; a second click adds only the new accounts", async () => {
  const { workbook, plan, failures, next } = setup();
  await plan.load();
  expect(plan.getState().sheet).toBeNull();
  await plan.create();
  const t = workbook.logs.plan!;
  expect(t.header).toEqual([
    "Account",
    "Account ID",
    "Owner",
    "Override quadrant",
    "Override reason",
    "Override by",
    "Override date",
    "Notes",
  ]);
  expect(t.rows.map((r) => r.slice(0, 2))).toEqual(Q3_ROWS.map((r) => [r[0], r[1]]));
  expect(plan.getState().done).toEqual({ added: 5, sheet: "KAM Plan" });
  // The manager types an owner and an override for Beta; then the next quarter's matrix.
  t.rows[1][2] = "A. Meyer";
  t.rows[1][3] = 1;
  t.rows[1][4] = "strategic entry into rail";
  next(Q4_ROWS);
  await plan.create();
  const after = workbook.logs.plan!;
  // Alpha (new spelling) and Beta (renamed) match by Account ID; only Phi is new. Epsilon left the matrix.
  expect(after.rows).toHaveLength(6);
  expect(after.rows[5].slice(0, 2)).toEqual(["Phi AG", "C-6"]);
  expect(after.rows[1].slice(2, 5)).toEqual(["A. Meyer", 1, "strategic entry into rail"]);
  expect(plan.getState()).toMatchObject({ rows: 6, left: ["Epsilon Ltd"], done: { added: 1 } });
  await plan.create();
  expect(plan.getState().done).toEqual({ added: 0, sheet: "KAM Plan" });
  expect(failures).toEqual([]);
});

test("an override without a reason, or not a quadrant, is reported with the account's name", async () => {
  const { workbook, plan } = setup();
  await plan.create();
  const rows = workbook.logs.plan!.rows;
  rows[0][3] = 2;
  rows[2][3] = "five";
  rows[2][4] = "because";
  await plan.load();
  expect(plan.getState().problems.map((p) => [p.name, p.kind, p.detail])).toEqual([
    ["Alpha AG", "noReason", "2"],
    ["Gamma SE", "badQuadrant", "five"],
  ]);
});

test("a user's sheet with the plan's name: the pane asks for another name and then writes there", async () => {
  const { workbook, plan, failures } = setup();
  const edit = workbook.editHistory.bind(workbook);
  workbook.editHistory = async (change) => {
    if (change.sheetName === "KAM Plan") throw new WorkbookError("nameTaken", { name: "KAM Plan" });
    return edit(change);
  };
  await plan.create();
  expect(plan.getState().nameTaken).toBe("KAM Plan");
  expect(workbook.logs.plan).toBeUndefined();
  await plan.create("Account plan 2027");
  expect(plan.getState()).toMatchObject({ nameTaken: null, done: { added: 5, sheet: "Account plan 2027" } });
  expect(failures).toEqual([]);
});

test("a failed write is said in words, and the plan is read again", async () => {
  const { workbook, plan, failures } = setup();
  workbook.editHistory = async () => {
    throw new WorkbookError("historyChanged", { name: "KAM Plan" });
  };
  await plan.create();
  expect(failures).toEqual([
    "The KAM Plan table changed since the pane read it (rows were added or removed there). Nothing was saved; try once more.",
  ]);
  expect(plan.getState().busy).toBe(false);
});

test("Create plan creates KAM Actions as well, with its header and no action; a second click leaves it alone", async () => {
  const { workbook, plan, failures } = setup();
  await plan.create();
  const actions = workbook.logs.actions!;
  expect(actions.header).toEqual(["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"]);
  expect(actions.rows.every((r) => r.every((v) => v === null))).toBe(true);
  expect(plan.getState()).toMatchObject({ actionsSheet: "KAM Actions", actions: [] });
  actions.rows.push(["Beta GmbH", "visit the plant", "", "", "", "Open", ""]);
  await plan.create();
  expect(workbook.logs.actions!.rows.at(-1)).toEqual(["Beta GmbH", "visit the plant", "", "", "", "Open", ""]);
  expect(plan.getState().actions.map((a) => a.action)).toEqual(["visit the plant"]);
  expect(failures).toEqual([]);
});

test("a user's sheet named KAM Actions: the plan is created, the pane asks for another name for the actions sheet, and uses it", async () => {
  const { workbook, plan, failures } = setup();
  const edit = workbook.editHistory.bind(workbook);
  workbook.editHistory = async (change) => {
    if (change.sheetName === "KAM Actions") throw new WorkbookError("nameTaken", { name: "KAM Actions" });
    return edit(change);
  };
  await plan.create();
  expect(plan.getState()).toMatchObject({ nameTaken: "KAM Actions", nameTakenFor: "actions", sheet: "KAM Plan", actionsSheet: null });
  expect(workbook.logs.plan!.rows).toHaveLength(5);
  await plan.create("Actions 2027");
  expect(plan.getState()).toMatchObject({ nameTaken: null, nameTakenFor: null, actionsSheet: "Actions 2027", done: { added: 0 } });
  expect(workbook.logs.plan!.rows).toHaveLength(5);
  expect(workbook.logs.actions!.header[0]).toBe("Account");
  expect(failures).toEqual([]);
});
