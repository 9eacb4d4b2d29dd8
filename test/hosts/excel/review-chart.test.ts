/**
 * Trails and the hysteresis band as the Excel adapter draws them in the native chart, on the Excel
 * fake: one 2-point line series per trail from a hollow marker (then) to no marker (now, where the
 * account's own marker is), in the colour of the quadrant now; four light band edges; and neither
 * in the legend, so the legend keeps the quadrants and the thresholds (ExcelApi 1.7).
 */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { BAND_COLOR, CHART_NAME } from "../../../hosts/excel/chart-ops";
import { FakeExcel } from "../../support/excel-fake";
import { reviewReport } from "../../app/review/chartFixture";

async function draw(band = 11) {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const fixture = reviewReport(band);
  await workbook.writeReport(fixture.report);
  const chart = excel.sheet("KAM Matrix").charts.find((c) => c.name === CHART_NAME)!;
  return { excel, chart, ...fixture };
}

describe("trails and band in the Excel chart", () => {
  test("one line series per trail: then -> now, hollow start marker, no end marker, colour of the quadrant now", async () => {
    const { excel, chart, trails } = await draw();
    expect(trails).toHaveLength(4);
    const drawn = chart.series.filter((s) => s.name.startsWith("Move since Q3 2026: "));
    expect(drawn.map((s) => s.name)).toEqual(trails.map((t) => `Move since Q3 2026: ${t.name}`));
    drawn.forEach((s, i) => {
      const t = trails[i];
      expect(excel.seriesValues(s.x)).toEqual([t.from.x, t.to.x]);
      expect(excel.seriesValues(s.y)).toEqual([t.from.y, t.to.y]);
      expect([s.chartType, s.markerStyle, s.markerBackgroundColor, s.markerForegroundColor, s.lineColor]).toEqual([
        "XYScatterLines",
        "Circle",
        "#FFFFFF",
        t.color,
        t.color,
      ]);
      // The end point has no marker of its own: the account's quadrant marker is there.
      expect(s.labels.get(1)?.markerStyle).toBe("None");
      expect(s.labels.get(0)?.markerStyle).toBeUndefined();
    });
  });

  test("the band: four light lines at t - band and t + band on both axes", async () => {
    const { excel, chart } = await draw(11);
    const edges = chart.series.filter((s) => s.name.startsWith("Band ±11"));
    expect(edges.map((s) => [excel.seriesValues(s.x), excel.seriesValues(s.y)])).toEqual([
      [
        [39, 39],
        [0, 100],
      ],
      [
        [0, 100],
        [39, 39],
      ],
      [
        [61, 61],
        [0, 100],
      ],
      [
        [0, 100],
        [61, 61],
      ],
    ]);
    for (const s of edges) expect([s.chartType, s.lineColor]).toEqual(["XYScatterLinesNoMarkers", BAND_COLOR]);
  });

  test("the legend lists the quadrants and thresholds only: every trail and band entry is hidden", async () => {
    const { chart } = await draw(11);
    const listed = chart.series.filter((_, i) => !chart.legend.hiddenEntries?.has(i)).map((s) => s.name);
    // Beta held in Develop by the band: all four quadrants have accounts.
    expect(listed).toEqual([
      "Key partner",
      "Develop",
      "Monetise",
      "Re-evaluate",
      "Threshold: Customer value (0-100)",
      "Threshold: Customer engagement (0-100)",
    ]);
    const hidden = [...(chart.legend.hiddenEntries ?? [])].map((i) => chart.series[i].name);
    expect(hidden).toHaveLength(4 + 4);
    expect(hidden.every((n) => n.startsWith("Move since") || n.startsWith("Band"))).toBe(true);
  });

  test("without a comparison nothing is hidden and there are no trail or band series", async () => {
    const excel = new FakeExcel("1.14");
    const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    const { report } = reviewReport(0);
    await workbook.writeReport({
      ...report,
      tables: report.tables.slice(0, 3),
      chart: { ...report.chart, trails: undefined, band: undefined, reviewLabels: undefined },
    });
    const chart = excel.sheet("KAM Matrix").charts[0];
    expect(chart.series).toHaveLength(5); // three quadrants with accounts and two thresholds
    expect(chart.legend.hiddenEntries).toBeUndefined();
  });
});
