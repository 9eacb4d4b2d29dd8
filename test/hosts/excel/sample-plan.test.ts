/** The sample's plan and actions in Excel: written as the add-in's own tables, read back whole; the next quarter appends. */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { parsePlan } from "../../../app/plan/plan";
import { parseActions } from "../../../app/plan/actions";
import { sampleActions, sampleNextActions, writeSamplePlan } from "../../../app/sample/samplePlan";

test("Insert sample data writes KAM Plan and KAM Actions in Excel; the next quarter appends its actions once", async () => {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  excel.addSheet("Sample accounts", [["Account"]]);
  expect(await writeSamplePlan(workbook, "en", "first", "2026-12-06")).toBe(true);
  const plan = parsePlan((await workbook.readHistory("plan"))!);
  expect(plan.entries).toHaveLength(40);
  expect(
    plan.entries
      .filter((e) => e.override)
      .map((e) => e.override!.reason)
      .sort(),
  ).toEqual(["framework contract up for renewal", "strategic entry into a new market"]);
  expect(plan.problems.map((p) => p.kind)).toEqual(["noReason"]);
  const first = parseActions((await workbook.readHistory("actions"))!);
  expect(first.map((a) => [a.account, a.status])).toEqual(
    sampleActions("en", "2026-12-06").map((a) => [a.account, String(a.status).toLowerCase()]),
  );
  // A second Insert sample data finds the plan there and writes nothing.
  expect(await writeSamplePlan(workbook, "en", "first", "2026-12-06")).toBe(false);
  expect(await writeSamplePlan(workbook, "en", "next", "2026-12-20")).toBe(true);
  const all = parseActions((await workbook.readHistory("actions"))!);
  expect(all).toHaveLength(first.length + sampleNextActions("en", "2026-12-20").length);
  expect(await writeSamplePlan(workbook, "en", "next", "2026-12-20")).toBe(false);
});

test("a sheet of the user's named KAM Actions is left alone: the sample's plan is written, its actions are not", async () => {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  excel.addSheet("KAM Actions", [["my own list"]]);
  expect(await writeSamplePlan(workbook, "en", "first", "2026-12-06")).toBe(true);
  expect(parsePlan((await workbook.readHistory("plan"))!).entries).toHaveLength(40);
  expect(await workbook.readHistory("actions")).toBeNull();
  expect(excel.cell("KAM Actions", "A1")?.value).toBe("my own list");
  expect(excel.cell("KAM Actions", "A2")?.value ?? null).toBeNull();
});
