/** KAM.STRATEGY and KAM.PLAYBOOK: the source article's strategies in both languages. */
import { playbook, strategy } from "../../functions/functions";
import { expectError } from "./helpers";

// The strategies of the source article (German), each must appear in the German playbook.
const SEED_STRATEGIES_DE = [
  "Personalisierung",
  "Regelmäßige Kommunikation",
  "Cross-",
  "Upselling",
  "Partnerschaften",
  "Kundenservice",
  "Monitoring",
];
const SEED_STRATEGIES_EN = [
  "Personalised",
  "Regular communication",
  "Cross-selling",
  "upselling",
  "partnerships",
  "customer service",
  "Monitoring",
];

describe("KAM.PLAYBOOK", () => {
  it.each([
    ["de", SEED_STRATEGIES_DE],
    ["en", SEED_STRATEGIES_EN],
  ])("lists every seed strategy in %s", (lang, names) => {
    const table = playbook(lang);
    const strategyNames = table
      .slice(1)
      .map((row: unknown[]) => row[0])
      .join(" | ");
    for (const name of names) expect(strategyNames).toContain(name);
  });

  it("has a header row and five filled columns per strategy", () => {
    const en = playbook();
    expect(en[0]).toEqual(["Strategy", "Fits quadrants", "Advantages", "Drawbacks", "Actions"]);
    expect(playbook("de")[0]).toEqual(["Strategie", "Passt zu Quadranten", "Vorteile", "Nachteile", "Maßnahmen"]);
    expect(en.length).toBeGreaterThanOrEqual(7); // header + the 6 strategies
    for (const row of en) {
      expect(row).toHaveLength(5);
      for (const cell of row) expect(typeof cell === "string" && cell.trim().length > 0).toBe(true);
    }
  });

  it("every quadrant has at least one strategy in the playbook", () => {
    for (const [lang, labels] of [
      ["en", ["1 Key partner", "2 Develop", "3 Monetise", "4 Re-evaluate"]],
      ["de", ["1 Schlüsselpartner", "2 Ausbauen", "3 Monetarisieren", "4 Neu bewerten"]],
    ] as const) {
      const fits = playbook(lang)
        .slice(1)
        .map((row: unknown[]) => row[1])
        .join(", ");
      for (const label of labels) expect(fits).toContain(label);
    }
  });

  it("is the same table in both languages apart from the words", () => {
    expect(playbook("de")).toHaveLength(playbook("en").length);
    expect(playbook("de-AT")).toEqual(playbook("de"));
  });

  it("rejects an unknown language with #VALUE! naming the valid ones", () => {
    expectError(playbook("fr"), "VALUE", 'unknown language "fr"; use en or de');
    expectError(playbook(3), "VALUE", "use en or de");
  });
});

describe("KAM.STRATEGY", () => {
  it("recommends at least one playbook strategy for each quadrant, in both languages", () => {
    for (const lang of ["en", "de"]) {
      const names = playbook(lang)
        .slice(1)
        .map((row: unknown[]) => row[0] as string);
      const out = strategy([[1, 2, 3, 4]], lang)[0] as string[];
      for (const text of out) {
        const parts = text.split("; ");
        expect(parts.length).toBeGreaterThanOrEqual(1);
        for (const p of parts) expect(names).toContain(p);
      }
    }
  });

  it("agrees with the playbook's 'fits quadrants' column", () => {
    const table = playbook("en").slice(1);
    for (const q of [1, 2, 3, 4]) {
      const recommended = (strategy([[q]])[0][0] as string).split("; ").sort();
      const fitting = table
        .filter((row: unknown[]) => (row[1] as string).split(", ").some((f) => f.startsWith(`${q} `)))
        .map((row: unknown[]) => row[0]);
      expect(recommended).toEqual(fitting.sort());
    }
  });

  it("keeps the shape of the input and gives #VALUE! for a cell that is not a quadrant", () => {
    const out = strategy([[1], [0]], "de");
    expect(out).toHaveLength(2);
    expect(typeof out[0][0]).toBe("string");
    expectError(out[1][0], "VALUE", "quadrant 0 is not valid; use 1, 2, 3 or 4");
  });
});
