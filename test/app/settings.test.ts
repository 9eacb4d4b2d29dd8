import { applyPreset } from "../../app/settings/presets";
import { defaultSettings, reconcile, Settings } from "../../app/settings/settings";
import { parseSettings, serializeSettings } from "../../app/settings/storage";
import { sampleTable } from "../../app/sample/sampleData";
import { tableOf } from "../support/fake-workbook";

const sample = tableOf(sampleTable(), "Sample accounts");
const mapped = (): Settings => reconcile(defaultSettings(), sample);

describe("settings", () => {
  it("maps the sample table: names, value and engagement criteria, cost lower-is-better", () => {
    const s = mapped();
    expect(s.nameColumn).toBe("Account");
    const axis = Object.fromEntries(s.criteria.map((c) => [c.column, c.axis]));
    expect(axis).toEqual({
      "Revenue (EUR)": "value",
      "Profit margin (%)": "value",
      "Growth potential (1-10)": "value",
      "Strategic importance (1-5)": "value",
      "Interactions per year": "engagement",
      "Loyalty (years)": "engagement",
      "Collaboration (1-5)": "engagement",
      "Cost to serve (EUR)": "value",
    });
    expect(s.criteria.filter((c) => c.lowerIsBetter).map((c) => c.column)).toEqual(["Cost to serve (EUR)"]);
  });

  it("survives a round trip through JSON as stored in the workbook", () => {
    const s: Settings = {
      ...applyPreset(mapped(), "growth"),
      method: "zscore",
      missing: "drop",
      valueThreshold: "median",
      engagementThreshold: 62.5,
      language: "de",
    };
    const stored = JSON.parse(JSON.stringify(serializeSettings(s)));
    expect(parseSettings(stored)).toEqual(s);
    expect(parseSettings(JSON.stringify(stored))).toEqual(s);
  });

  it("settings stored before the Robustness setting existed load with its default of 25%", () => {
    const old = {
      version: 1,
      source: { selection: true },
      nameColumn: null,
      criteria: [],
      method: "zscore",
      missing: "drop",
      valueThreshold: 60,
      engagementThreshold: "median",
      language: "de",
    };
    expect(parseSettings(old)).toMatchObject({
      method: "zscore",
      missing: "drop",
      valueThreshold: 60,
      engagementThreshold: "median",
      language: "de",
      robustness: 25,
    });
    expect(parseSettings({ ...old, robustness: 10 })!.robustness).toBe(10);
  });

  it("resets bad values to defaults instead of failing", () => {
    const parsed = parseSettings({
      version: 0,
      source: { tableName: 42 },
      nameColumn: 7,
      criteria: [
        { column: "Revenue (EUR)", axis: "sideways", weight: -3, lowerIsBetter: "yes" },
        { column: "Loyalty (years)", axis: "engagement", weight: 99, lowerIsBetter: true },
        { axis: "value" },
        "garbage",
      ],
      method: "magic",
      missing: null,
      valueThreshold: 140,
      engagementThreshold: "average",
      language: "fr",
      robustness: 80, // over the 50% the Robustness setting allows
    });
    expect(parsed).toEqual({
      source: { selection: true },
      nameColumn: null,
      criteria: [
        { column: "Revenue (EUR)", axis: "ignore", weight: 5, lowerIsBetter: false },
        { column: "Loyalty (years)", axis: "engagement", weight: 10, lowerIsBetter: true },
      ],
      method: "percentile",
      missing: "median",
      valueThreshold: 50,
      engagementThreshold: 50,
      language: "en",
      robustness: 25,
    });
    expect(parseSettings("{not json")).toBeNull();
    expect(parseSettings(null)).toBeNull();
    expect(parseSettings([1, 2])).toBeNull();
  });

  it("fits settings stored for another table: unknown columns dropped, new ones guessed, choices kept", () => {
    const stored = parseSettings({
      nameColumn: "Customer",
      criteria: [
        { column: "Loyalty (years)", axis: "value", weight: 2, lowerIsBetter: false },
        { column: "Old column", axis: "value", weight: 9, lowerIsBetter: false },
      ],
    })!;
    const s = reconcile(stored, sample);
    expect(s.nameColumn).toBe("Account");
    expect(s.criteria.map((c) => c.column)).not.toContain("Old column");
    expect(s.criteria.find((c) => c.column === "Loyalty (years)")).toEqual({
      column: "Loyalty (years)",
      axis: "value",
      weight: 2,
      lowerIsBetter: false,
    });
    expect(s.criteria.find((c) => c.column === "Interactions per year")?.axis).toBe("engagement");
    expect(s.criteria).toHaveLength(8);
  });

  it("presets put their focus first", () => {
    const w = (s: Settings, column: string) => s.criteria.find((c) => c.column === column)!.weight;
    const profit = applyPreset(mapped(), "profitability");
    expect(w(profit, "Profit margin (%)")).toBeGreaterThan(w(profit, "Growth potential (1-10)"));
    const growth = applyPreset(mapped(), "growth");
    expect(w(growth, "Growth potential (1-10)")).toBeGreaterThan(w(growth, "Profit margin (%)"));
    const balanced = applyPreset(growth, "balanced");
    expect(new Set(balanced.criteria.map((c) => c.weight)).size).toBe(1);
    // The mapping is not touched by a preset.
    expect(growth.criteria.map((c) => [c.column, c.axis, c.lowerIsBetter])).toEqual(
      mapped().criteria.map((c) => [c.column, c.axis, c.lowerIsBetter]),
    );
  });
  it("a column stored twice keeps its first setting, also among 20,000 columns", () => {
    // 10,000 distinct columns, each stored twice: a "value" entry and an "engagement" copy with weight 9, shuffled.
    const first = Array.from({ length: 10_000 }, (_, i) => ({
      column: `C${i}`,
      axis: "value",
      weight: (i % 10) + 0.5,
      lowerIsBetter: i % 3 === 0,
    }));
    const later = first.map((c) => ({ ...c, axis: "engagement", weight: 9, lowerIsBetter: !c.lowerIsBetter }));
    const interleaved = first.flatMap((c, i) => [c, later[(i * 7919) % later.length]]);
    const parsed = parseSettings({ criteria: interleaved })!;
    expect(parsed.criteria).toHaveLength(10_000);
    // Order of first appearance: C0, then whatever duplicate came before its own first entry, ...
    const order: string[] = [];
    const seen = new Set<string>();
    for (const c of interleaved)
      if (!seen.has(c.column)) {
        seen.add(c.column);
        order.push(c.column);
      }
    expect(parsed.criteria.map((c) => c.column)).toEqual(order);
    const firstOf = new Map<string, (typeof interleaved)[number]>();
    for (const c of interleaved) if (!firstOf.has(c.column)) firstOf.set(c.column, c);
    for (const c of parsed.criteria) {
      const f = firstOf.get(c.column)!;
      expect([c.axis, c.weight, c.lowerIsBetter]).toEqual([f.axis, f.weight, f.lowerIsBetter]);
    }
    // Some first appearances are the later (engagement) copy: the test sees both kinds.
    expect(new Set(parsed.criteria.map((c) => c.axis))).toEqual(new Set(["value", "engagement"]));
  });
});
