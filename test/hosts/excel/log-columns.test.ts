/**
 * Build matrix reads only the plan's and the actions' counted columns, together: the same cells as
 * the whole tables read with readHistory (the columns picked by hand), in 1 request when the tables
 * are as they were last read, and still right when they are not.
 */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { planAppend } from "../../../app/plan/plan";
import { suggestActions } from "../../../app/plan/actions";
import type { HistoryData } from "../../../app/workbook/contract";
import { PlanController } from "../../../app/plan/planController";
import type { Settings } from "../../../app/settings/settings";
import { Q3_ROWS, settings, table } from "../../app/review/fixtures";

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

test("the counted columns read together equal those of the whole tables; 1 request once the tables were read", async () => {
  const { excel, workbook } = await setup();
  const plan = (await workbook.readHistory("plan"))!;
  const actions = (await workbook.readHistory("actions"))!;
  excel.resetStats();
  const [p, a] = await workbook.readLogColumns(WANT);
  expect(excel.stats.syncs).toBe(1);
  expect(p).toEqual(pick(plan, ["Account", "Owner", "Override quadrant"]));
  expect(p!.rows[1]).toEqual(["Beta GmbH", "B. Kurz", 2]);
  expect(p!.rows).toHaveLength(3);
  expect(a).toEqual(pick(actions, ["Account", "Due date", "Status"]));
  expect(a!.rows.filter((r) => r[2] === "Done")).toHaveLength(1);
  // Read again with nothing changed: 1 request, the same cells.
  excel.resetStats();
  expect(await workbook.readLogColumns(WANT)).toEqual([p, a]);
  expect(excel.stats.syncs).toBe(1);
});

test("rows added since the last read are read too: within the slack in 1 request, beyond it in 2; a renamed table is found again", async () => {
  const { excel, workbook } = await setup();
  await workbook.readLogColumns(WANT);
  // Actions appended since (by suggestions; a user's rows added to the table are the same rows).
  const append = async (rows: number, from: number) => {
    const now = (await workbook.readHistory("actions"))!;
    const change = suggestActions(
      now,
      Array.from({ length: rows }, (_, i) => ({ name: `New ${from + i}`, owner: "", quadrant: 4 as const })),
      "en",
      "2027-06-30",
    )!;
    await workbook.editHistory(change);
  };
  await append(5, 0);
  excel.resetStats();
  const [, a] = await workbook.readLogColumns(WANT);
  expect(excel.stats.syncs).toBe(1);
  const whole = (await workbook.readHistory("actions"))!;
  expect(a).toEqual(pick(whole, ["Account", "Due date", "Status"]));
  await append(300, 5);
  excel.resetStats();
  const [, b] = await workbook.readLogColumns(WANT);
  expect(excel.stats.syncs).toBe(2);
  expect(b).toEqual(pick((await workbook.readHistory("actions"))!, ["Account", "Due date", "Status"]));
  expect(b!.rows.length).toBeGreaterThan(300);
  // The user renames the plan's table: the guess fails, the read starts again and is right.
  excel.model.renameTable(
    excel.model.tables.find((t) => t.sheet.name === "KAM Plan")!,
    "MyPlan",
  );
  const [p] = await workbook.readLogColumns(WANT);
  expect(p!.rows.map((r) => r[0])).toEqual(["Alpha AG", "Beta GmbH", "Gamma SE"]);
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

test("Build matrix through the pane's plan: owners, overrides and action counts typed since the pane read them count", async () => {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const s: Settings = { ...settings(), idColumn: "Account ID" };
  const failures: unknown[] = [];
  const plan = new PlanController(workbook, "en", {
    table: () => table(Q3_ROWS),
    settings: () => s,
    fail: (e) => failures.push(e),
    rebuild: () => {},
  });
  await plan.create();
  await plan.suggest([{ name: "Beta GmbH", owner: "", quadrant: 2 }]);
  // Typed in the sheets after the pane read them: Beta's owner and override, one action done.
  excel.userEdit("KAM Plan", "C4", [["B. Kurz", 1, "strategic entry into rail"]]);
  const firstBeta = excel.values("KAM Actions", "A1:A10").findIndex((r) => r[0] === "Beta GmbH");
  excel.userEdit("KAM Actions", `F${firstBeta + 1}`, [["Done", "2026-11-30"]]);
  excel.resetStats();
  await plan.reload();
  expect(excel.stats.syncs).toBe(1);
  const built = plan.forBuild(table(Q3_ROWS), s)!;
  // By hand: Beta (second account) has the owner and override typed, 3 suggestions of which 1 done.
  expect(built.accounts[1]).toMatchObject({ owner: "B. Kurz", open: 2, done: 1 });
  expect(built.overrides[1]).toMatchObject({ quadrant: 1, reason: "strategic entry into rail" });
  expect(built.accounts[0]).toMatchObject({ owner: "", open: 0, done: 0 });
  expect(failures).toEqual([]);
});

test("counted columns over 5 MB: the refused answer is read again in smaller blocks, every cell as in the whole table", async () => {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  // 18,000 actions whose account names are 300 characters: the account column alone is over 5 MB.
  const long = (i: number) => `${"Kunde mit sehr langem Namen ".repeat(11).slice(0, 290)} ${String(i).padStart(6, "0")}`;
  const targets = Array.from({ length: 6000 }, (_, i) => ({ name: long(i), owner: "", quadrant: 1 as const }));
  await workbook.editHistory(planAppend(null, [{ name: "Alpha AG", id: "C-1" }], "en")!);
  await workbook.editHistory(suggestActions(null, targets, "en", "2027-03-31")!);
  const whole = (await workbook.readHistory("actions"))!;
  expect(whole.rows).toHaveLength(18_000);
  excel.resetStats();
  const [, a] = await workbook.readLogColumns(WANT);
  expect(a).toEqual(pick(whole, ["Account", "Due date", "Status"]));
  // Refused answers are the fake's 5 MB rule at work; the answers kept are all under it.
  const kept = excel.stats.responseBytes.filter((b) => b <= 5 * 1024 * 1024);
  expect(kept.length).toBeGreaterThan(0);
  expect(excel.stats.responseBytes.filter((b) => b > 5 * 1024 * 1024).length).toBeLessThanOrEqual(2);
});
