/**
 * Issue 11 through the Controller (no React): the preview follows every change at once from cached
 * criterion scores, the sheet after the pause; the Stability column and the borderline markers of
 * the report equal the core's KAM.STABILITY; a newer change cancels a running stability computation.
 * Expected numbers come from the core's own functions (scorePortfolio, stability), never the pane.
 */
import { isKamError, scorePortfolio, stability } from "../../core";
import { createPane } from "../../app/pane";
import { sampleTable, SAMPLE_HEADERS } from "../../app/sample/sampleData";
import { updateCriterion, defaultSettings, Settings, reconcile } from "../../app/settings/settings";
import { ScoreCache } from "../../app/whatif/scores";
import type { CellValue, ReportSheet } from "../../app/report/types";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

jest.setTimeout(60_000);

const DEBOUNCE = 20;
const sample = () => tableOf(sampleTable(), "Sample accounts");
const col = (h: (typeof SAMPLE_HEADERS)[number]) => SAMPLE_HEADERS.indexOf(h);
// The pane's guesses for the sample: cost to serve is lower-is-better; all weights start at 5.
const VALUE = [
  col("Revenue (EUR)"),
  col("Profit margin (%)"),
  col("Growth potential (1-10)"),
  col("Strategic importance (1-5)"),
  col("Cost to serve (EUR)"),
];
const ENGAGEMENT = [col("Interactions per year"), col("Loyalty (years)"), col("Collaboration (1-5)")];

async function started(wb: FakeWorkbook) {
  const c = createPane(wb, "en", { debounceMs: DEBOUNCE }).matrix;
  await c.start();
  return c;
}

function coreArgs(rows: CellValue[][], valueWeights: number[], spread = 0.25) {
  return {
    valueData: rows.map((r) => VALUE.map((j) => r[j])),
    engagementData: rows.map((r) => ENGAGEMENT.map((j) => r[j])),
    valueWeights,
    engagementWeights: [5, 5, 5],
    spread,
  };
}

const byName = (report: ReportSheet) => {
  const results = report.tables.find((t) => t.id === "results")!;
  const at = (h: string) => results.header.indexOf(h);
  return { results, rows: new Map(results.rows.map((r) => [String(r[0]), r])), at };
};

const points = (report: { series: { points: { label: string; x: number; y: number; hollow?: boolean }[] }[] }) =>
  report.series.flatMap((s) => s.points);

describe("what-if: the preview follows at once, the sheet after the pause", () => {
  it("a weight change moves the preview to the core's new scores before any write; the write follows", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    await c.build();
    expect(wb.writes).toHaveLength(1);

    c.update((s) => updateCriterion(s, "Revenue (EUR)", { weight: 10 }));
    // Synchronously, before any timer: the preview holds the new scores; the sheet does not yet.
    const rows = sampleTable().slice(1);
    const core = scorePortfolio({
      names: rows.map((r) => r[0]),
      value: { data: coreArgs(rows, []).valueData, weights: [10, 5, 5, 5, -5] },
      engagement: { data: coreArgs(rows, []).engagementData, weights: [5, 5, 5] },
    });
    const preview = c.getState().whatIf.preview!;
    const shown = new Map(points(preview.spec).map((p) => [p.label, p]));
    let moved = 0;
    for (const a of core.accounts) {
      if (isKamError(a.quadrant)) {
        expect(shown.has(String(a.name))).toBe(false);
        continue;
      }
      const p = shown.get(String(a.name))!;
      expect(p.x).toBe(a.value); // bit for bit: the same operations as KAM.VALUE
      expect(p.y).toBe(a.engagement);
      if (p.x !== byName(wb.lastWrite!).rows.get(String(a.name))![1]) moved++;
    }
    expect(moved).toBeGreaterThan(20);
    expect(wb.writes).toHaveLength(1);

    await c.idle();
    expect(wb.writes).toHaveLength(2);
    const { rows: written } = byName(wb.lastWrite!);
    for (const a of core.accounts) if (!isKamError(a.quadrant)) expect(written.get(String(a.name))![1]).toBe(a.value);
    c.dispose();
  });

  it("keeps the criterion scores while only weights change, and makes them again when the method changes", () => {
    const table = sample();
    const settings: Settings = reconcile(defaultSettings("en"), table);
    const cache = new ScoreCache();
    const first = cache.scores(table, settings)!;
    const heavier = cache.scores(table, updateCriterion(settings, "Revenue (EUR)", { weight: 9 }))!;
    expect(cache.computed).toBe(1);
    expect(heavier.value.scores).toBe(first.value.scores); // the very same array
    expect(heavier.value.weights).not.toEqual(first.value.weights);
    cache.scores(table, { ...settings, method: "zscore" });
    expect(cache.computed).toBe(2);
    cache.scores(table, updateCriterion({ ...settings, method: "zscore" }, "Revenue (EUR)", { lowerIsBetter: true }));
    expect(cache.computed).toBe(3);
  });
});

describe("what-if: which labels are robust", () => {
  it("the report's Stability column and hollow markers are the core's KAM.STABILITY at the Robustness setting", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    await c.build();
    const rows = sampleTable().slice(1);
    const expected = stability(coreArgs(rows, [5, 5, 5, 5, -5]));
    const { rows: written, at, results } = byName(wb.lastWrite!);
    expect(results.header[at("Stability")]).toBe("Stability");
    expect(results.numberFormats[at("Stability")]).toBe("0%");
    const borderline = new Set<string>();
    rows.forEach((r, i) => {
      const s = expected[i];
      const cell = written.get(String(r[0]))![at("Stability")];
      if (isKamError(s)) expect(typeof cell).toBe("string");
      else {
        expect(cell).toBe(s);
        if (s < 0.8) borderline.add(String(r[0]));
      }
    });
    expect(borderline.size).toBeGreaterThan(0); // the sample has borderline accounts at +-25%
    const hollow = points(wb.lastWrite!.chart!)
      .filter((p) => p.hollow)
      .map((p) => p.label);
    expect(new Set(hollow)).toEqual(borderline);
    // The summary counts them per quadrant; the pane says how many.
    const summary = wb.lastWrite!.tables.find((t) => t.id === "summary")!;
    const bc = summary.header.indexOf("Borderline (label depends on the weights)");
    expect(summary.rows.slice(0, 4).reduce((n, r) => n + (r[bc] as number), 0)).toBe(borderline.size);
    expect(c.getState().lastBuild!.borderline).toBe(borderline.size);
    expect(c.getState().whatIf.stability).toMatchObject({ status: "done", borderline: borderline.size });
    // The preview marks the same accounts hollow once stability is known.
    expect(
      new Set(
        points(c.getState().whatIf.preview!.spec)
          .filter((p) => p.hollow)
          .map((p) => p.label),
      ),
    ).toEqual(borderline);

    // Robustness 0: every scored account keeps its quadrant (SPEC 14), nobody is borderline.
    c.update((s) => ({ ...s, robustness: 0 }));
    await c.idle();
    const zero = byName(wb.lastWrite!);
    for (const r of zero.results.rows) if (typeof r[3] === "number") expect(r[zero.at("Stability")]).toBe(1);
    expect(points(wb.lastWrite!.chart!).some((p) => p.hollow)).toBe(false);
    c.dispose();
  });

  it("a change while stability is computed cancels it: one write, with the newer weights' stability", async () => {
    const wb = new FakeWorkbook(portfolio(3000));
    const c = await started(wb);
    const building = c.build();
    await new Promise((r) => setTimeout(r, 30)); // stability is running in slices by now
    expect(c.getState().whatIf.stability.status).toBe("running");
    c.update((s) => updateCriterion(s, "Revenue (EUR)", { weight: 10 }));
    await building;
    await c.idle();
    expect(wb.writes).toHaveLength(1);
    const rows = wb.table!.rows;
    const expected = stability({ ...coreArgsFor(rows), valueWeights: [10, 5, 5] });
    const { rows: written, at } = byName(wb.lastWrite!);
    rows.forEach((r, i) => expect(written.get(String(r[0]))![at("Stability")]).toBe(expected[i] as number));
    c.dispose();
  });

  it("above 5,000 accounts the matrix is written first and rewritten with the Stability column, with progress", async () => {
    const wb = new FakeWorkbook(portfolio(5200));
    const c = await started(wb);
    const progress: (number | null)[] = [];
    c.subscribe((s) => s.whatIf.stability.status === "running" && progress.push(s.whatIf.stability.progress));
    await c.build();
    await c.idle();
    expect(wb.writes).toHaveLength(2);
    expect(byName(wb.writes[0]).results.header).not.toContain("Stability");
    expect(byName(wb.writes[1]).results.header).toContain("Stability");
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((p) => p !== null && p >= 0 && p <= 1)).toBe(true);
    const expected = stability(coreArgsFor(wb.table!.rows));
    const { rows: written, at } = byName(wb.lastWrite!);
    wb.table!.rows.forEach((r, i) => expect(written.get(String(r[0]))![at("Stability")]).toBe(expected[i] as number));
    c.dispose();
  });
});

/** A seeded portfolio with three value and two engagement criteria, every cell a number. */
function portfolio(n: number) {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values: CellValue[][] = [
    ["Account", "Revenue (EUR)", "Profit margin (%)", "Growth potential (1-10)", "Interactions per year", "Loyalty (years)"],
  ];
  for (let i = 1; i <= n; i++)
    values.push([
      `Account ${i}`,
      Math.round(rand() * 4e6),
      Math.round(rand() * 300) / 10,
      1 + Math.floor(rand() * 10),
      Math.floor(rand() * 40),
      Math.round(rand() * 200) / 10,
    ]);
  return tableOf(values);
}

function coreArgsFor(rows: CellValue[][]): {
  valueData: CellValue[][];
  engagementData: CellValue[][];
  valueWeights: number[];
  engagementWeights: number[];
} {
  return {
    valueData: rows.map((r) => [r[1], r[2], r[3]]),
    engagementData: rows.map((r) => [r[4], r[5]]),
    valueWeights: [5, 5, 5],
    engagementWeights: [5, 5],
  };
}
