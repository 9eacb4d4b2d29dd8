/** One scoring path: the report, a saved review (history), the what-if preview and the account card agree. */
import { buildReport } from "../../app/report/buildReport";
import { reviewFromTable } from "../../app/review";
import { ScoreCache } from "../../app/whatif/scores";
import { previewOf } from "../../app/whatif/preview";
import { scoreForCard } from "../../app/card";
import { settings, table, Q3_ROWS } from "./review/fixtures";

// By hand (method "none": a criterion score is the raw number): value = (Orders + Margin) / 2,
// engagement = (2 Contacts + Loyalty) / 3, thresholds 50.
const NAMES = ["Alpha AG", "Beta GmbH", "Gamma SE", "Delta KG", "Epsilon Ltd"];
const VALUE = [70, 55, 25, 25, 70];
const ENGAGEMENT = [(140 + 40) / 3, (60 + 30) / 3, (160 + 90) / 3, (40 + 10) / 3, (120 + 60) / 3];
const QUADRANT = [1, 2, 3, 4, 1];

describe("one scoring path", () => {
  const s = settings();
  const t = table(Q3_ROWS);

  it("the report's results table", () => {
    const results = buildReport(t, s).report.tables.find((x) => x.id === "results")!;
    for (const [i, name] of NAMES.entries()) {
      const row = results.rows.find((r) => r[0] === name)!;
      expect(row[1]).toBeCloseTo(VALUE[i], 10);
      expect(row[2]).toBeCloseTo(ENGAGEMENT[i], 10);
      expect(row[3]).toBe(QUADRANT[i]);
    }
  });

  it("a saved review", () => {
    const r = reviewFromTable(t, s, { date: "2026-09-30", label: "Q3" });
    r.accounts.forEach((a, i) => {
      expect(a.value).toBeCloseTo(VALUE[i], 10);
      expect(a.engagement).toBeCloseTo(ENGAGEMENT[i], 10);
      expect(a.quadrant).toBe(QUADRANT[i]);
    });
  });

  it("the preview, and again after a weight change without scoring the criteria again", () => {
    const cache = new ScoreCache();
    const p = previewOf(cache.scores(t, s)!, s)!;
    p.values.forEach((v, i) => expect(v).toBeCloseTo(VALUE[i], 10));
    p.engagements.forEach((e, i) => expect(e).toBeCloseTo(ENGAGEMENT[i], 10));
    expect(p.quadrants).toEqual(QUADRANT);
    // Orders weight 3: value = (3 Orders + Margin) / 4; Alpha (240 + 60) / 4 = 75.
    const heavier = settings({ Orders: 3 });
    const q = previewOf(cache.scores(t, heavier)!, heavier)!;
    expect(q.values[0]).toBeCloseTo(75, 10);
    expect(cache.computed).toBe(1);
  });

  it("the account card, from the preview's scores and on its own", () => {
    const scores = new ScoreCache().scores(t, s)!;
    const rows = (cols: number[]) => Q3_ROWS.map((r) => cols.map((c) => r[c]));
    const input = {
      names: NAMES,
      value: { data: rows([2, 3]), weights: [1, 1], criteria: ["Orders", "Margin"] },
      engagement: { data: rows([4, 5]), weights: [2, 1], criteria: ["Contacts", "Loyalty"] },
      method: "none" as const,
    };
    for (const card of [scoreForCard(input, scores), scoreForCard(input)]) {
      VALUE.forEach((v, i) => expect(card.axes.value.scores[i]).toBeCloseTo(v, 10));
      ENGAGEMENT.forEach((e, i) => expect(card.axes.engagement.scores[i]).toBeCloseTo(e, 10));
      expect(card.quadrants).toEqual(QUADRANT);
    }
  });
});
