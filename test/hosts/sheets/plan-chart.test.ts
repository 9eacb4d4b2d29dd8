/** The plan's override marker in the Sheets chart block: a column of its own, black, at the account's scored position. */
import { chartBlock } from "../../../hosts/sheets/chart-data";
import { buildWithPlan, DELTA_OVERRIDE } from "../../app/plan/fixtures";

test("an overridden account gets a black series point at its scores (25, 16.67)", () => {
  const block = chartBlock(buildWithPlan([DELTA_OVERRIDE]).report.chart);
  const [header, ...rows] = block.values;
  const j = header.indexOf("Override (plan)");
  expect(j).toBeGreaterThan(0);
  const points = rows.filter((r) => r[j] !== "").map((r) => [r[0], r[j]]);
  expect(points).toHaveLength(1);
  expect(points[0][0]).toBe(25);
  expect(points[0][1]).toBeCloseTo(50 / 3, 9);
  const options = block.options.series as Record<number, { color: string }>;
  expect(options[j - 1].color.toUpperCase()).toBe("#000000");
});
