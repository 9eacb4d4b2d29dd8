import { scorePortfolio } from "../../core";
import { buildReport } from "../../app/report/buildReport";
import { LABEL_LIMIT } from "../../app/report/chart";
import { QUADRANT_COLORS } from "../../app/report/colors";
import { ROW_HEIGHT_PT } from "../../app/report/layout";
import type { CellValue, ReportTable } from "../../app/report/types";
import { sampleTable } from "../../app/sample/sampleData";
import { defaultSettings, reconcile, Settings } from "../../app/settings/settings";
import { PaneError } from "../../app/errors";
import { tableOf } from "../support/fake-workbook";

const sample = tableOf(sampleTable(), "Sample accounts");
const settingsFor = (table = sample, patch: Partial<Settings> = {}) => reconcile({ ...defaultSettings(), ...patch }, table);
const tableById = (t: ReportTable[], id: string) => t.find((x) => x.id === id)!;

// Four accounts, one criterion per axis: percentile scores are 0, 33.3, 66.7 and 100.
const small = tableOf([
  ["Account", "Revenue", "Interactions"],
  ["A", 400, 10],
  ["B", 300, 40],
  ["C", 200, 30],
  ["D", 100, 20],
]);

describe("buildReport", () => {
  it("scores a small table to values one can check by hand", () => {
    const { report, counts } = buildReport(small, settingsFor(small));
    const results = tableById(report.tables, "results");
    expect(results.header).toEqual([
      "Account",
      "Value",
      "Engagement",
      "Quadrant",
      "Label",
      "Priority",
      "Strategy",
      "Coverage",
      "Allocation",
    ]);
    const byName = Object.fromEntries(results.rows.map((r) => [r[0], r]));
    expect(byName.A[1]).toBeCloseTo(100, 9);
    expect(byName.A[2]).toBeCloseTo(0, 9);
    expect(byName.B[1]).toBeCloseTo(200 / 3, 9);
    expect(byName.B[2]).toBeCloseTo(100, 9);
    // B is a key partner (66.7, 100); A develops (100, 0); C monetises (33.3, 66.7); D re-evaluates.
    expect(results.rows.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ["B", 1, "Key partner", 1],
      ["A", 2, "Develop", 2],
      ["C", 3, "Monetise", 3],
      ["D", 4, "Re-evaluate", 4],
    ]);
    expect(counts).toEqual([1, 1, 1, 1]);
    // One account per quadrant: each gets its quadrant's default share of 100% (40/30/20/10).
    [0.4, 0.3, 0.2, 0.1].forEach((share, i) => expect(results.rows[i][8]).toBeCloseTo(share, 12));
    expect(results.numberFormats![8]).toBe("0.00%");
    expect(results.rowFills).toEqual([QUADRANT_COLORS[1], QUADRANT_COLORS[2], QUADRANT_COLORS[3], QUADRANT_COLORS[4]]);
  });

  it("has the quadrant counts of the core's scorePortfolio on the sample", () => {
    const settings = settingsFor();
    const { counts, notScored } = buildReport(sample, settings);
    // Straight from the core, columns picked by hand: B..E and I (cost, negative) for value; F..H for engagement.
    const rows = sample.rows;
    const core = scorePortfolio({
      names: rows.map((r) => r[0]),
      value: { data: rows.map((r) => [r[1], r[2], r[3], r[4], r[8]]), weights: [1, 1, 1, 1, -1] },
      engagement: { data: rows.map((r) => [r[5], r[6], r[7]]) },
    });
    const expected = [1, 2, 3, 4].map((q) => core.accounts.filter((a) => a.quadrant === q).length);
    expect(counts).toEqual(expected);
    expect(notScored).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0) + notScored).toBe(40);
  });

  it("lists accounts by priority and puts unscored accounts last with the reason in words", () => {
    const results = tableById(buildReport(sample, settingsFor()).report.tables, "results");
    const priorities = results.rows.map((r) => r[5]);
    expect(priorities.slice(0, 39)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    const last = results.rows[39];
    expect(last[0]).toBe("Neukunde Start-up GmbH");
    expect(last[1]).toBe("insufficient data: coverage 20% (at least 50% of the weight needs numbers)");
    expect(last[3]).toBeNull();
    expect(last[7]).toBeCloseTo(0.2, 9);
    // Formula-looking names are kept as the user wrote them; the adapter writes them as text.
    expect(results.rows.map((r) => r[0])).toEqual(expect.arrayContaining(["@Home Furnishing Ltd", "-Minus Zero Packaging"]));
  });

  it("charts every scored account in its quadrant's series, with fixed axes and thresholds", () => {
    const { report, counts } = buildReport(sample, settingsFor(sample, { valueThreshold: 40, engagementThreshold: "median" }));
    const chart = report.chart;
    expect(chart.series.map((s) => s.points.length)).toEqual(counts);
    expect(chart.series.map((s) => s.color)).toEqual([1, 2, 3, 4].map((q) => QUADRANT_COLORS[q as 1]));
    expect([chart.xAxis.min, chart.xAxis.max, chart.yAxis.min, chart.yAxis.max]).toEqual([0, 100, 0, 100]);
    expect(chart.thresholds.value).toBe(40);
    const engagement = tableById(report.tables, "results")
      .rows.filter((r) => typeof r[2] === "number")
      .map((r) => r[2] as number)
      .sort((a, b) => a - b);
    const mid = engagement.length >> 1;
    expect(chart.thresholds.engagement).toBeCloseTo(
      engagement.length % 2 ? engagement[mid] : (engagement[mid - 1] + engagement[mid]) / 2,
      9,
    );
    const names = chart.series.flatMap((s) => s.points.map((p) => p.label));
    expect(names).not.toContain("Neukunde Start-up GmbH");
    // 39 points are more than LABEL_LIMIT: only the top accounts by priority carry a label.
    const results = tableById(report.tables, "results");
    const top = new Set(results.rows.slice(0, LABEL_LIMIT).map((r) => r[0]));
    const labelled = chart.series.flatMap((s) => s.points.filter((p) => p.labelled).map((p) => p.label));
    expect(new Set(labelled)).toEqual(top);
  });

  it("labels every point when there are LABEL_LIMIT accounts or fewer", () => {
    const chart = buildReport(small, settingsFor(small)).report.chart;
    expect(chart.series.flatMap((s) => s.points).every((p) => p.labelled)).toBe(true);
  });

  it("summarises quadrants: counts, revenue shares adding up to 100%, average scores", () => {
    const { report, counts } = buildReport(sample, settingsFor());
    const summary = tableById(report.tables, "summary");
    expect(summary.header).toEqual(["Quadrant", "Label", "Accounts", "Share of revenue", "Average value", "Average engagement"]);
    expect(summary.rows.slice(0, 4).map((r) => r[2])).toEqual(counts);
    const shares = summary.rows.map((r) => r[3] as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Key partners' share from the source revenue of the accounts the results table puts in quadrant 1.
    const results = tableById(report.tables, "results");
    const revenueOf = new Map(sample.rows.map((r) => [r[0], r[1] as number]));
    const total = sample.rows.reduce((a, r) => a + (r[1] as number), 0);
    const q1 = results.rows.filter((r) => r[3] === 1);
    expect(shares[0]).toBeCloseTo(q1.reduce((a, r) => a + revenueOf.get(r[0] as string)!, 0) / total, 12);
    expect(summary.rows[0][4]).toBeCloseTo(q1.reduce((a, r) => a + (r[1] as number), 0) / q1.length, 9);
  });

  it("omits the revenue share when no column is revenue", () => {
    const noRevenue = tableOf([
      ["Kunde", "Marge", "Kontakte"],
      ["A", 1, 2],
      ["B", 2, 1],
    ]);
    const summary = tableById(buildReport(noRevenue, settingsFor(noRevenue)).report.tables, "summary");
    expect(summary.header).toEqual(["Quadrant", "Label", "Accounts", "Average value", "Average engagement"]);
    expect(summary.numberFormats).toHaveLength(5);
  });

  it("writes German texts when the labels are German", () => {
    const { report } = buildReport(sample, settingsFor(sample, { language: "de" }));
    const results = tableById(report.tables, "results");
    expect(results.header).toEqual([
      "Kunde",
      "Wert",
      "Engagement",
      "Quadrant",
      "Bezeichnung",
      "Priorität",
      "Strategie",
      "Abdeckung",
      "Zuteilung",
    ]);
    expect(new Set(results.rows.map((r) => r[4]).filter(Boolean))).toEqual(
      new Set(["Schlüsselpartner", "Ausbauen", "Monetarisieren", "Neu bewerten"]),
    );
    expect(results.rows[39][1]).toMatch(/^zu wenige Daten: Abdeckung 20 %/);
    expect(report.chart.series.map((s) => s.name)).toEqual(["Schlüsselpartner", "Ausbauen", "Monetarisieren", "Neu bewerten"]);
    expect(tableById(report.tables, "playbook").header[0]).toBe("Strategie");
    expect(report.chart.xAxis.title).toMatch(/Kundenwert/);
  });

  it("explains a mapping the core cannot score, by column and axis", () => {
    const s = settingsFor();
    const noEngagement = { ...s, criteria: s.criteria.map((c) => (c.axis === "engagement" ? { ...c, axis: "ignore" as const } : c)) };
    expect(() => buildReport(sample, noEngagement)).toThrow(new PaneError("noCriteria", "engagement"));
    const textOnly = tableOf([
      ["Account", "Revenue", "Loyalty"],
      ["A", "n/a", 1],
      ["B", "-", 2],
    ]);
    expect(() => buildReport(textOnly, settingsFor(textOnly))).toThrow(new PaneError("noNumbers", "Revenue"));
    const zero = { ...s, criteria: s.criteria.map((c) => (c.axis === "value" ? { ...c, weight: 0 } : c)) };
    expect(() => buildReport(sample, zero)).toThrow(new PaneError("weightsZero", "value"));
  });

  it.each([1, 40, 3000])("lays out %i accounts without overlaps", (n) => {
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [`Account ${i}`, (i * 37) % 101, (i * 53) % 97]);
    const table = tableOf([["Account", "Revenue", "Loyalty"], ...rows]);
    const { report } = buildReport(table, settingsFor(table));
    type Box = { top: number; left: number; bottom: number; right: number };
    const boxes: Box[] = report.tables.map((t) => ({
      top: t.anchor.row,
      left: t.anchor.col,
      bottom: t.anchor.row + 1 + t.rows.length,
      right: t.anchor.col + t.header.length - 1,
    }));
    const c = report.chart;
    // The chart's rows from its height; its columns reach at least to the right of its anchor.
    boxes.push({ top: c.anchor.row, left: c.anchor.col, bottom: c.anchor.row + Math.ceil(c.height / ROW_HEIGHT_PT), right: Infinity });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
        expect({ i, j, overlap }).toEqual({ i, j, overlap: false });
      }
  });

  it("uses quadrant colours that keep black text readable and stand out on white", () => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = (hex: string) => {
      const n = parseInt(hex.slice(1), 16);
      return 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
    };
    for (const color of Object.values(QUADRANT_COLORS)) {
      const l = luminance(color);
      expect((l + 0.05) / 0.05).toBeGreaterThanOrEqual(4.5); // black text on the fill
      expect(1.05 / (l + 0.05)).toBeGreaterThanOrEqual(3); // marker on a white chart
    }
    expect(new Set(Object.values(QUADRANT_COLORS)).size).toBe(4);
  });
});
