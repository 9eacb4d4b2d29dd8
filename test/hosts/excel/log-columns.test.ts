/**
 * Build matrix reads only the plan's and the actions' counted columns, together: the same cells as
 * the whole tables read with readHistory (the columns picked by hand), in 2 requests when the sheets
 * are where they were last read, and still right when they are not.
 */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { planAppend } from "../../../app/plan/plan";
import { suggestActions } from "../../../app/plan/actions";
import type { HistoryData } from "../../../app/workbook/contract";

const WANT = [
  { kind: "plan" as const, columns: ["Account", "Owner", "Override quadrant"] },
  { kind: "actions" as const, columns: ["Account", "Status", "Due date"] },
];

/** The wanted columns picked out of a whole read, by position found by eye in the header. */
const pick = (data: HistoryData, names: string[]): HistoryData => {
  const at = names.map((n) => data.header.indexOf(n));
  return { header: names, rows: data.rows.map((r) => at.map((j) => r[j] ?? null)) };
};

async function setup() {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const accounts = [
    { name: "Alpha AG", id: "C-1" },
    { name: "Beta GmbH", id: "C-2" },
    { name: "Gamma SE", id: "C-3" },
  ];
  await workbook.editHistory(planAppend(null, accounts, "en")!);
  const targets = accounts.map((a) => ({ name: a.name, owner: "A. Meyer", quadrant: 1 as const }));
  await workbook.editHistory(suggestActions(null, targets, "en", "2027-03-31")!);
  excel.userEdit("KAM Plan", "C4", [["B. Kurz", 2]]);
  excel.userEdit("KAM Actions", "F3", [["Done"]]);
  // Typed below the plan's table, outside it: not a row of the plan.
  excel.userEdit("KAM Plan", "A9", [["my note"]]);
  return { excel, workbook };
}

test("the counted columns read together equal those of the whole tables; 2 requests once the sheets are known", async () => {
  const { excel, workbook } = await setup();
  const plan = (await workbook.readHistory("plan"))!;
  const actions = (await workbook.readHistory("actions"))!;
  excel.resetStats();
  const [p, a] = await workbook.readLogColumns(WANT);
  expect(excel.stats.syncs).toBe(2);
  expect(p).toEqual(pick(plan, ["Account", "Owner", "Override quadrant"]));
  expect(p!.rows[1]).toEqual(["Beta GmbH", "B. Kurz", 2]);
  expect(p!.rows).toHaveLength(3);
  expect(a).toEqual(pick(actions, ["Account", "Due date", "Status"]));
  expect(a!.rows.filter((r) => r[2] === "Done")).toHaveLength(1);
});

test("a new pane session, or a plan sheet deleted and created again, is read right all the same", async () => {
  const { excel, workbook } = await setup();
  const other = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  excel.resetStats();
  const [p] = await other.readLogColumns(WANT);
  expect(excel.stats.syncs).toBe(3);
  expect(p!.rows.map((r) => r[0])).toEqual(["Alpha AG", "Beta GmbH", "Gamma SE"]);
  await workbook.readHistory("plan");
  // The user deletes the plan sheet; a new plan is created (another id).
  excel.model.deleteSheet(excel.sheet("KAM Plan"));
  await other.editHistory(planAppend(null, [{ name: "Delta KG", id: "C-4" }], "en")!);
  const [again, actions] = await workbook.readLogColumns(WANT);
  expect(again!.rows).toEqual([["Delta KG", null, null]]);
  expect(actions!.rows).toHaveLength(9);
});

test("no plan: none read", async () => {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  expect(await workbook.readLogColumns(WANT)).toEqual([null, null]);
});
