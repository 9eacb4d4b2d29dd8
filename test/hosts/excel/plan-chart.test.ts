/** The plan's override marker in the native Excel chart: a series of its own, black, at the account's scored position. */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { CHART_NAME } from "../../../hosts/excel/chart-ops";
import { FakeExcel } from "../../support/excel-fake";
import { buildWithPlan, DELTA_OVERRIDE } from "../../app/plan/fixtures";
import { planAppend } from "../../../app/plan/plan";

test("an overridden account gets a black marker over its own, at its scores (25, 16.67)", async () => {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  await workbook.writeReport(buildWithPlan([DELTA_OVERRIDE]).report);
  const chart = excel.sheet("KAM Matrix").charts.find((c) => c.name === CHART_NAME)!;
  const marker = chart.series.find((s) => s.name === "Override (plan)")!;
  expect(excel.seriesValues(marker.x)).toEqual([25]);
  const [y] = excel.seriesValues(marker.y) as number[];
  expect(y).toBeCloseTo(50 / 3, 9);
  expect(marker.markerBackgroundColor?.toUpperCase()).toBe("#000000");
  // Delta's own marker is still in its scored quadrant's series.
  const reEvaluate = chart.series.find((s) => s.name === "Re-evaluate")!;
  expect(excel.seriesValues(reEvaluate.x)).toEqual([25]);
});

test("without ExcelApi 1.8 the plan is written and appended to without drop-down lists (the fake refuses the rule there)", async () => {
  const excel = new FakeExcel("1.7");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  excel.addSheet("Accounts", [["x"]]);
  await workbook.editHistory(planAppend(null, [{ name: "Alpha AG", id: null }], "en")!);
  await workbook.editHistory(planAppend(await workbook.readHistory("plan"), [{ name: "Beta GmbH", id: null }], "en")!);
  expect(excel.cell("KAM Plan", "A3")?.value).toBe("Alpha AG");
  expect(excel.cell("KAM Plan", "A4")?.value).toBe("Beta GmbH");
  expect(excel.cell("KAM Plan", "D3")?.validationList).toBeUndefined();
  expect(excel.cell("KAM Plan", "D4")?.validationList).toBeUndefined();
});
