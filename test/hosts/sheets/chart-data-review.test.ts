/**
 * Trails and the band in the Google Sheets chart block (sheets/chart-data.ts): each a 2-point line
 * in a column of its own, against the x column; trails in the colour of the quadrant now, band
 * edges light and thin. (A Sheets scatter chart styles whole series, so no hollow start marker.)
 */
import { chartBlock } from "../../../hosts/sheets/chart-data";
import { reviewReport } from "../../app/review/chartFixture";

describe("the Sheets chart block with a comparison", () => {
  const { report, trails } = reviewReport(11);
  const block = chartBlock(report.chart);
  const [header, ...rows] = block.values;
  const base = report.chart.series.length + 3; // x, the quadrant series, two thresholds
  /** The points of the column named `name`: rows where it has a value, as [x, y]. */
  const pointsOf = (name: string) => {
    const j = header.indexOf(name);
    expect(j).toBeGreaterThan(0);
    return rows.filter((r) => r[j] !== "").map((r) => [r[0], r[j]]);
  };
  const options = block.options.series as Record<number, { color: string; pointSize: number; lineWidth: number }>;

  test("one column per trail with its two points, then and now", () => {
    trails.forEach((t) =>
      expect(pointsOf(`Move since Q3 2026: ${t.name}`)).toEqual([
        [t.from.x, t.from.y],
        [t.to.x, t.to.y],
      ]),
    );
  });

  test("trail series in the colour of the quadrant now, as lines without markers", () => {
    trails.forEach((t) => {
      const j = header.indexOf(`Move since Q3 2026: ${t.name}`);
      // Series k of the options is column k + 1 (column 0 is x).
      expect(options[j - 1]).toEqual({ color: t.color, pointSize: 0, lineWidth: 2, visibleInLegend: false });
    });
  });

  test("the band: four edges at t - band and t + band, before the trails", () => {
    const names = header.slice(base, base + 4);
    expect(names).toEqual([
      "Band ±11 - (Customer value (0-100))",
      "Band ±11 - (Customer engagement (0-100))",
      "Band ±11 + (Customer value (0-100))",
      "Band ±11 + (Customer engagement (0-100))",
    ]);
    const edges = names.map((n, k) => rows.filter((r) => r[base + k] !== "").map((r) => [r[0], r[base + k]]));
    expect(edges).toEqual([
      [
        [39, 0],
        [39, 100],
      ],
      [
        [0, 39],
        [100, 39],
      ],
      [
        [61, 0],
        [61, 100],
      ],
      [
        [0, 61],
        [100, 61],
      ],
    ]);
    for (let k = 0; k < 4; k++) expect(options[base - 1 + k]).toMatchObject({ pointSize: 0, lineWidth: 1, visibleInLegend: false });
    expect(header.length).toBe(base + 4 + trails.length);
  });

  test("the quadrant and threshold series stay in the legend", () => {
    for (let k = 0; k < base - 1; k++) expect(options[k]).not.toHaveProperty("visibleInLegend");
  });

  test("every row is as wide as the header", () => {
    for (const r of rows) expect(r).toHaveLength(header.length);
  });
});
