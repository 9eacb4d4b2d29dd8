/**
 * The hysteresis band in the report (SPEC 12): the results table marks the accounts the band held,
 * and the chart spec carries the band, whose edges the chart draws at t - band and t + band.
 * Checked by hand on the two-review portfolio and against the core's classify(..., { previous, band }).
 */
import { classify, parseThreshold, Quadrant } from "../../../core";
import { buildReport } from "../../../app/report/buildReport";
import { plotSeries } from "../../../hosts/excel/chart-ops";
import { compareReviews } from "../../../app/review";
import { previousQuadrants } from "../../../app/review";
import type { Settings } from "../../../app/settings/settings";
import { q3, q4, settings, table, Q4_ROWS } from "./fixtures";

const LABELS = ["Key partner", "Develop", "Monetise", "Re-evaluate"];

function build(s: Settings, band: number) {
  const then = q3(s);
  const now = q4(s);
  const comparison = compareReviews(then, now, "en");
  const previous = previousQuadrants(then, now);
  return { previous, built: buildReport(table(Q4_ROWS), s, { comparison, previous, band }) };
}

/** Results rows by account name: [value, engagement, quadrant, label]. */
const results = (b: ReturnType<typeof buildReport>) =>
  new Map(
    b.report.tables[0].rows
      .filter((r) => r[3] !== null)
      .map((r) => [String(r[0]), { v: r[1] as number, e: r[2] as number, q: r[3] as Quadrant, label: r[4] as string }]),
  );

describe("the band in the results table", () => {
  it("band 11 around 50: Beta (Q2 before, 55/60 now) keeps its low engagement side and is held; the others are not", () => {
    // Beta: value 55 within [39, 61) keeps high, engagement 60 within [39, 61) keeps low: Q2, not Q1.
    // Alpha (Q1 before, 37/60): value below 39 is low; engagement kept high: Q3 as without a band.
    const { built } = build(settings(), 11);
    const r = results(built);
    expect(r.get("Beta Holding GmbH")).toMatchObject({ q: 2, label: "Develop (held by band)" });
    expect(r.get("  alpha   AG ")).toMatchObject({ q: 3, label: "Monetise" });
    expect(r.get("Phi AG")).toMatchObject({ q: 1, label: "Key partner" }); // new: no previous quadrant
    expect([...r.values()].filter((x) => x.label.includes("held by band"))).toHaveLength(1);
    // The quadrant counts follow the band too: Q1 Phi; Q2 Beta; Q3 Alpha, Gamma; Q4 Delta.
    expect(built.counts).toEqual([1, 1, 2, 1]);
  });

  it("band 10: Beta's engagement 60 reaches t + band, so it moves up as without a band", () => {
    const r = results(build(settings(), 10).built);
    expect(r.get("Beta Holding GmbH")).toMatchObject({ q: 1, label: "Key partner" });
  });

  it.each([
    ["thresholds 50", 50, 50, 11],
    ["median thresholds", "median", "median", 8],
    ["mean value, 40 engagement", "mean", 40, 25],
  ] as const)("%s: quadrants and held labels are those of classify with previous and band", (_, tV, tE, band) => {
    const s: Settings = { ...settings(), valueThreshold: tV, engagementThreshold: tE };
    const { previous, built } = build(s, band);
    const rows = built.report.tables[0].rows;
    // Input order of Q4_ROWS; every account is scored here.
    const byName = results(built);
    const names = Q4_ROWS.map((r) => String(r[0]));
    const v = names.map((n) => byName.get(n)!.v);
    const e = names.map((n) => byName.get(n)!.e);
    const core = classify(v, e, parseThreshold(tV, "valueThreshold"), parseThreshold(tE, "engagementThreshold"), { previous, band });
    names.forEach((n, i) => {
      const q = core.quadrants[i] as Quadrant;
      const label = core.held![i] ? `${LABELS[q - 1]} (held by band)` : LABELS[q - 1];
      expect([n, byName.get(n)!.q, byName.get(n)!.label]).toEqual([n, q, label]);
    });
    expect(rows).toHaveLength(names.length);
    // The chart's band edges: t - band and t + band on both axes, at the core's thresholds.
    const chart = built.report.chart;
    expect(chart.band).toBe(band);
    expect(chart.thresholds.value).toBeCloseTo(core.thresholds.value, 12);
    expect(chart.thresholds.engagement).toBeCloseTo(core.thresholds.engagement, 12);
    const clamp = (x: number) => Math.min(100, Math.max(0, x));
    const edges = plotSeries(chart).filter((p) => p.name.startsWith("Band"));
    expect(edges.map((p) => p.points)).toEqual([
      [
        { x: clamp(core.thresholds.value - band), y: 0 },
        { x: clamp(core.thresholds.value - band), y: 100 },
      ],
      [
        { x: 0, y: clamp(core.thresholds.engagement - band) },
        { x: 100, y: clamp(core.thresholds.engagement - band) },
      ],
      [
        { x: clamp(core.thresholds.value + band), y: 0 },
        { x: clamp(core.thresholds.value + band), y: 100 },
      ],
      [
        { x: 0, y: clamp(core.thresholds.engagement + band) },
        { x: 100, y: clamp(core.thresholds.engagement + band) },
      ],
    ]);
    expect(chart.reviewLabels!.band).toBe(`Band ±${band}`);
  });

  it("without a comparison the band does nothing: no held label, no band on the chart", () => {
    const built = buildReport(table(Q4_ROWS), settings(), { band: 11 });
    expect(built.report.tables[0].rows.some((r) => String(r[4]).includes("held"))).toBe(false);
    expect(built.report.chart.band).toBeUndefined();
    expect(results(built).get("Beta Holding GmbH")!.q).toBe(1);
  });
});
