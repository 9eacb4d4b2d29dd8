/**
 * The host-neutral side of "Derive weights", the outlier note and the stored judgements: pairs in
 * column order, the slider scale, slider weights, settings that load with and without judgements.
 */
import { findProblems, outlierOf } from "../../app/report/problems";
import { defaultSettings, reconcile, Settings } from "../../app/settings/settings";
import { parseSettings, serializeSettings } from "../../app/settings/storage";
import { applyDerived, derive, pairsOf, ratioToSlider, sliderToRatio, sliderWeights, withJudgements } from "../../app/weights/pairwise";
import { createPane } from "../../app/pane";
import { sampleTable } from "../../app/sample/sampleData";
import { WEIGHTS_STRINGS } from "../../app/i18n/weightsStrings";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

describe("the outlier note", () => {
  it("flags the largest value when max - second > (max - min) / 2, with the ratio to the next account", () => {
    // 900 vs 100: 800 > (900 - 10) / 2.
    expect(outlierOf([10, 100, 900, null, "x"])).toEqual({ index: 2, ratio: 9 });
    // 500 vs 400: 100 < 245: no note.
    expect(outlierOf([10, 400, 500])).toBeNull();
    // Two accounts sharing the top: nobody stands alone.
    expect(outlierOf([1, 900, 900])).toBeNull();
    // Exactly half the range is not more than half.
    expect(outlierOf([0, 50, 100])).toBeNull();
    // The next account at 0 or below: no ratio.
    expect(outlierOf([-5, 0, 100])).toEqual({ index: 2, ratio: null });
    expect(outlierOf([1, 2])).toBeNull();
  });

  const table = tableOf([
    ["Account", "Revenue", "Margin", "Loyalty"],
    ["Müller & Söhne GmbH", 9_000_000, 10, 3],
    ["Beta", 1_000_000, 12, 4],
    ["Gamma", 800_000, 11, 2],
    ["Delta", 500_000, 9, 5],
  ]);

  it("is shown for min-max and z-score, named by account and ratio; not for percentile or robust min-max", () => {
    const base = reconcile(defaultSettings(), table);
    const note = { kind: "outlier", column: "Revenue", account: "Müller & Söhne GmbH", ratio: 9 };
    expect(findProblems(table, { ...base, method: "minmax" })).toContainEqual(note);
    expect(findProblems(table, { ...base, method: "zscore" })).toContainEqual(note);
    expect(findProblems(table, { ...base, method: "percentile" }).some((p) => p.kind === "outlier")).toBe(false);
    expect(findProblems(table, { ...base, method: "winsor" }).some((p) => p.kind === "outlier")).toBe(false);
    expect(WEIGHTS_STRINGS.en.outlier("Müller & Söhne GmbH", "Revenue", 9)).toBe(
      "Müller & Söhne GmbH: Revenue 9x the next account: consider percentile rank or robust min-max",
    );
  });
});

describe("pairs and the slider scale", () => {
  it("lists every pair once in column order and reads a stored judgement either way round", () => {
    const pairs = pairsOf(
      ["Revenue", "Margin", "Growth"],
      [
        { a: "Growth", b: "Revenue", ratio: 4 },
        { a: "Revenue", b: "Margin", ratio: 3 },
        { a: "Gone", b: "Revenue", ratio: 9 },
      ],
    );
    expect(pairs).toEqual([
      { a: "Revenue", b: "Margin", ratio: 3 },
      { a: "Revenue", b: "Growth", ratio: 0.25 },
      { a: "Margin", b: "Growth", ratio: 1 },
    ]);
  });

  it("runs over 1/9 .. 1/2, 1, 2 .. 9 and back", () => {
    expect([-8, -2, -1, 0, 1, 8].map(sliderToRatio)).toEqual([1 / 9, 1 / 3, 1 / 2, 1, 2, 9]);
    for (let step = -8; step <= 8; step++) expect(ratioToSlider(sliderToRatio(step))).toBe(step);
    expect(ratioToSlider(20)).toBe(8);
  });

  it("scales derived weights so the largest is 10, keeping the ratios to two decimals", () => {
    expect(sliderWeights([0.5, 0.25, 0.25])).toEqual([10, 5, 5]);
    expect(sliderWeights([0.637, 0.258, 0.105])).toEqual([10, 4.05, 1.65]);
  });

  it("'Use these weights' sets only the axis's criteria", () => {
    const settings: Settings = {
      ...defaultSettings(),
      criteria: [
        { column: "Revenue", axis: "value", weight: 5, lowerIsBetter: false },
        { column: "Margin", axis: "value", weight: 5, lowerIsBetter: false },
        { column: "Loyalty", axis: "engagement", weight: 7, lowerIsBetter: false },
      ],
    };
    const derived = derive(["Revenue", "Margin"], [{ a: "Revenue", b: "Margin", ratio: 4 }])!;
    // Two criteria: w = 4/5 and 1/5 exactly, CR 0.
    expect(derived.weights[0]).toBeCloseTo(0.8, 12);
    expect(derived.cr).toBe(0);
    expect(applyDerived(settings, derived).criteria.map((c) => c.weight)).toEqual([10, 2.5, 7]);
  });
});

describe("stored judgements", () => {
  it("travel with the settings; settings stored before them load as before", () => {
    const settings: Settings = { ...defaultSettings(), pairwise: { value: [{ a: "Revenue", b: "Margin", ratio: 3 }] } };
    expect(parseSettings(JSON.stringify(serializeSettings(settings)))?.pairwise).toEqual(settings.pairwise);
    const old = { version: 1, method: "minmax", criteria: [{ column: "Revenue", axis: "value", weight: 4 }] };
    const loaded = parseSettings(old)!;
    expect(loaded.pairwise).toBeUndefined();
    expect(loaded.method).toBe("minmax");
    expect(parseSettings({ ...old, method: "winsor" })!.method).toBe("winsor");
  });

  it("drop judgements that are not two names and a positive ratio", () => {
    const raw = {
      pairwise: {
        value: [
          { a: "Revenue", b: "Margin", ratio: 3 },
          { a: "Revenue", b: "Revenue", ratio: 2 },
          { a: "Revenue", b: "Growth", ratio: -1 },
          { a: "Revenue", b: "Growth", ratio: "3" },
          null,
        ],
        engagement: "nonsense",
      },
    };
    expect(parseSettings(raw)!.pairwise).toEqual({ value: [{ a: "Revenue", b: "Margin", ratio: 3 }] });
  });
});

describe("the controller and stored judgements", () => {
  it("saves a judgement after the pause without rewriting the matrix; Use these weights rewrites it", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    const c = createPane(wb, "en", { debounceMs: 5 }).matrix;
    await c.start();
    await c.build();
    expect(wb.writes).toHaveLength(1);
    const columns = c
      .getState()
      .settings.criteria.filter((x) => x.axis === "value")
      .map((x) => x.column);
    const pairs = pairsOf(columns).map((p, i) => (i === 0 ? { ...p, ratio: 3 } : p));
    c.update((s) => withJudgements(s, "value", pairs));
    await new Promise((r) => setTimeout(r, 50));
    await c.idle();
    expect(wb.writes).toHaveLength(1);
    expect((wb.stored as { pairwise?: { value?: unknown } }).pairwise?.value).toEqual(pairs);
    c.update((s) => applyDerived(s, derive(columns, pairs)!));
    await new Promise((r) => setTimeout(r, 50));
    await c.idle();
    expect(wb.writes).toHaveLength(2);
    c.dispose();
  });
});
