/**
 * "Prepare accounts" with the third input: a workshop sheet (German headers) and a survey export.
 * The rated criteria join KAM Accounts by account key; their values equal KAM.RATINGS on the same
 * lines; the quality report lists responses outside the window, lone raters and disagreements.
 */
import { accountsSheetValues, prepareAccounts } from "../../../app/prepare/accountsSheet";
import { mapOrderColumns, mapRatingColumns } from "../../../app/prepare/columns";
import { ratingAxis, ratingCandidates } from "../../../app/prepare/ratingsInput";
import { withDefaults } from "../../../app/prepare/storedMapping";
import { anchoredScale } from "../../../app/prepare/ratingScales";
import { ratingsTable } from "../../../core";

const ORDER_HEADERS = ["Kunde", "Belegdatum", "Nettobetrag"];
const ORDERS = [
  ["Acme GmbH", "2026-09-15", 1000],
  ["Beta", "2026-09-30", 800],
  ["Gamma", "2026-05-01", 300],
];
const WORKSHOP_HEADERS = ["Kunde", "Bewerter", "Datum", "Strategische Bedeutung", "Kooperationsbereitschaft", "Kommentar"];
const WORKSHOP = [
  ["acme gmbh", "Anna", "2026-09-01", 5, 2, "Schlüsselkunde"],
  ["ACME GMBH", "Ben", "2026-09-01", 2, 3, ""],
  ["Acme GmbH", "Carla", "2026-09-01", 4, null, ""],
  ["Beta", "Anna", "2026-09-01", 3, 4, ""],
  ["Beta", "Anna", "2026-09-20", 4, "", "revised"], // Anna's later strategic rating replaces her 3
  ["Gamma", "Ben", "2024-01-10", 5, 5, "old"], // before the window: does not count
  ["Prospect AG", "Ben", "2026-09-01", 1, 1, ""], // no orders: not on KAM Accounts
];
const input = (extra = {}) => {
  const table = { headers: WORKSHOP_HEADERS, rows: WORKSHOP, topLeft: "Workshop!A1" };
  const mapping = mapRatingColumns(WORKSHOP_HEADERS);
  return {
    orders: { table: { headers: ORDER_HEADERS, rows: ORDERS, topLeft: "Export!A1" }, mapping: mapOrderColumns(ORDER_HEADERS) },
    ratings: { table, mapping, criteria: ratingCandidates(table, mapping) },
    language: "de" as const,
    ...extra,
  };
};

describe("the ratings input", () => {
  test("German headers map account, rater and date; every other numeric column is a criterion (text columns are not)", () => {
    expect(mapRatingColumns(WORKSHOP_HEADERS)).toEqual({ account: 0, rater: 1, date: 2 });
    expect(ratingCandidates({ headers: WORKSHOP_HEADERS, rows: WORKSHOP, topLeft: "A1" }, { account: 0, rater: 1, date: 2 })).toEqual([
      { column: 3, header: "Strategische Bedeutung", method: "median" },
      { column: 4, header: "Kooperationsbereitschaft", method: "median" },
    ]);
    // English survey exports: respondent, timestamp; a 0-10 recommendation question is an NPS criterion.
    const survey = ["Timestamp", "Respondent", "Customer", "How likely are you to recommend us?", "Satisfaction (1-5)"];
    const mapping = mapRatingColumns(survey);
    expect(mapping).toEqual({ date: 0, rater: 1, account: 2 });
    expect(
      ratingCandidates({ headers: survey, rows: [["2026-01-01", "x", "A", 9, 4]], topLeft: "A1" }, mapping).map((c) => c.method),
    ).toEqual(["nps", "median"]);
  });

  test("strategic importance starts on value, collaboration, satisfaction and NPS on engagement", () => {
    expect(ratingAxis("Strategische Bedeutung")).toBe("value");
    expect(ratingAxis("Strategic importance (1-5)")).toBe("value");
    expect(ratingAxis("Kooperationsbereitschaft")).toBe("engagement");
    expect(ratingAxis("Satisfaction")).toBe("engagement");
    expect(ratingAxis("How likely are you to recommend us?")).toBe("engagement");
  });

  test("KAM Accounts gets each criterion, its raters, lowest and highest, equal to KAM.RATINGS on the same lines", () => {
    const result = prepareAccounts(input());
    if (!result.ok) throw new Error("expected a sheet");
    const { sheet } = result;
    expect(sheet.header.slice(7)).toEqual([
      "Strategische Bedeutung",
      "Strategische Bedeutung: Bewerter",
      "Strategische Bedeutung: niedrigste",
      "Strategische Bedeutung: höchste",
      "Kooperationsbereitschaft",
      "Kooperationsbereitschaft: Bewerter",
      "Kooperationsbereitschaft: niedrigste",
      "Kooperationsbereitschaft: höchste",
    ]);
    // By hand: Acme strategic 5, 2, 4 -> 4 (3 raters, 2 to 5); collaboration 2, 3 -> 2.5.
    // Beta strategic: Anna's latest 4; collaboration: her 4 stands (a blank does not replace it).
    // Gamma's only rating lies before the window: no value.
    expect(sheet.rows.map((r) => r.slice(7))).toEqual([
      [4, 3, 2, 5, 2.5, 2, 2, 3],
      [4, 1, 4, 4, 4, 1, 4, 4],
      [null, null, null, null, null, null, null, null],
    ]);
    const functions = ratingsTable({
      accounts: WORKSHOP.map((r) => [r[0]]),
      raters: WORKSHOP.map((r) => [r[1]]),
      dates: WORKSHOP.map((r) => [r[2]]),
      scores: WORKSHOP.map((r) => [r[3], r[4]]),
      asOf: "2026-09-30",
    });
    expect(sheet.rows.slice(0, 2).map((r) => [r[7], r[11]])).toEqual(functions.slice(1, 3).map((r) => [r[2], r[3]]));
    // The default mapping: strategic importance on value, collaboration on engagement, the extra columns ignored.
    const settings = withDefaults({ criteria: [] } as never, sheet);
    const axis = Object.fromEntries(settings.criteria.map((c) => [c.column, c.axis]));
    expect(axis["Strategische Bedeutung"]).toBe("value");
    expect(axis["Kooperationsbereitschaft"]).toBe("engagement");
    expect(axis["Strategische Bedeutung: Bewerter"]).toBe("ignore");
    expect(accountsSheetValues(sheet, "de").values.length).toBeGreaterThan(5);
  });

  test("the quality report: responses outside the window, lone raters, disagreements by account and criterion", () => {
    const result = prepareAccounts(input());
    if (!result.ok) throw new Error("expected a sheet");
    const q = result.quality.ratings!;
    expect(q).toMatchObject({ lines: 7, valid: 7, blank: 0, invalid: [], outside: 1 });
    expect(q.singleRater).toEqual([
      { account: "Beta", criterion: "Strategische Bedeutung" },
      { account: "Prospect AG", criterion: "Strategische Bedeutung" },
      { account: "Beta", criterion: "Kooperationsbereitschaft" },
      { account: "Prospect AG", criterion: "Kooperationsbereitschaft" },
    ]);
    // Acme's strategic importance: 2 to 5 on a 1-5 scale, at least 2 points apart.
    expect(q.disagreements).toEqual([{ account: "acme gmbh", criterion: "Strategische Bedeutung", lowest: 2, highest: 5 }]);
  });

  test("an invalid rating line stops with its cell, or is left out and listed when asked", () => {
    const bad = [...WORKSHOP, ["Beta", true, "2026-09-01", 3, 3, ""]];
    const table = { headers: WORKSHOP_HEADERS, rows: bad, topLeft: "Workshop!A1" };
    const base = input();
    const stopped = prepareAccounts({ ...base, ratings: { ...base.ratings, table } });
    expect(stopped).toMatchObject({ ok: false, reason: "invalid", count: 1, first: { cell: "Workshop!B9", field: "rater" } });
    const kept = prepareAccounts({ ...base, ratings: { ...base.ratings, table }, excludeInvalid: true });
    if (!kept.ok) throw new Error("expected a sheet");
    expect(kept.sheet.excluded).toEqual([
      expect.objectContaining({ table: "ratings", line: 8, cell: "Workshop!B9", reason: "rater TRUE is not a text or a number" }),
    ]);
  });

  test("anchored scales: five points in English and German for strategic importance and collaboration", () => {
    expect(anchoredScale("Strategic importance", "en")!.points).toHaveLength(5);
    expect(anchoredScale("Kooperationsbereitschaft", "de")!.points[4]).toMatch(/^5 = Partner/);
    expect(anchoredScale("Satisfaction", "en")).toBeUndefined();
  });

  test("a survey: the NPS column and a satisfaction column keep the order they were chosen in", () => {
    const headers = ["Timestamp", "Respondent", "Customer", "Satisfaction (1-5)", "How likely are you to recommend us? (0-10)"];
    const rows = [
      ["2026-09-01", "a@acme.example", "Acme GmbH", 4, 10],
      ["2026-09-02", "b@acme.example", "Acme GmbH", 2, 6],
      ["2026-09-03", null, "Beta", 5, 9],
    ];
    const table = { headers, rows, topLeft: "Survey!A1" };
    const mapping = mapRatingColumns(headers);
    const criteria = ratingCandidates(table, mapping);
    expect(criteria.map((c) => c.method)).toEqual(["median", "nps"]);
    const base = input();
    const result = prepareAccounts({ ...base, ratings: { table, mapping, criteria }, language: "en" as const });
    if (!result.ok) throw new Error("expected a sheet");
    expect(result.sheet.header[7]).toBe("Satisfaction (1-5)");
    expect(result.sheet.header[11]).toBe("How likely are you to recommend us? (0-10)");
    // Acme: satisfaction 4 and 2 -> 3; NPS one promoter, one detractor -> 0. Beta: 5; NPS 100.
    expect(result.sheet.rows.map((r) => [r[7], r[11]])).toEqual([
      [3, 0],
      [5, 100],
      [null, null],
    ]);
  });
});
