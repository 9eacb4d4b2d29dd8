/**
 * The stored criterion scores and the review's weights rebuild each account's value and
 * engagement (SPEC 11: the contributions add up to the score), for every method and missing
 * policy, on the sample portfolio with its gaps, so the drivers are computed from the same
 * numbers the core scored with.
 */
import { contributions, reviewFromTable } from "../../../app/review";
import { sampleTable } from "../../../app/sample/sampleData";
import { defaultSettings, reconcile } from "../../../app/settings/settings";
import { METHODS, MISSING_POLICIES } from "../../../core";

const values = sampleTable();
const source = { sheetName: "S", address: "S!A1:I41", headers: values[0] as string[], rows: values.slice(1) };

describe.each(METHODS.filter((m) => m !== "none"))("method %s", (method) => {
  it.each(MISSING_POLICIES)("missing %s: contributions add up to value and engagement", (missing) => {
    const settings = { ...reconcile(defaultSettings("en"), source), method, missing };
    settings.criteria = settings.criteria.map((c, i) => ({ ...c, weight: 1 + (i % 4) }));
    const r = reviewFromTable(source, settings, { date: "2026-09-30", label: "Q3" });
    const scored = r.accounts.filter((a) => a.quadrant !== null);
    expect(scored.length).toBeGreaterThan(30);
    // The start-up has too little data: no quadrant, no scores.
    expect(r.accounts[39].quadrant).toBeNull();
    for (const a of scored) {
      const c = contributions(a, r.settings);
      const sum = (axis: string) => [...c.values()].filter((x) => x.axis === axis).reduce((s, x) => s + x.points, 0);
      expect(sum("value")).toBeCloseTo(a.value!, 9);
      expect(sum("engagement")).toBeCloseTo(a.engagement!, 9);
    }
  });
});
