/** "Prepare accounts": the KAM Accounts sheet from raw tables, the mapping defaults, excluded lines. */
import { mapActivityColumns, mapOrderColumns } from "../../../app/prepare/columns";
import { accountsSheetValues, prepareAccounts } from "../../../app/prepare/accountsSheet";

const ORDER_HEADERS = ["Kunde", "Belegdatum", "Belegnummer", "Warengruppe", "Nettobetrag", "Deckungsbeitrag"];
const ORDERS = [
  ["Acme GmbH", "2026-09-15", "A-1", "Tools", 1000, 200],
  ["acme gmbh", "2026-03-01", "A-2", "Paint", 600, 60],
  ["Beta", "2025-06-30", "B-1", "Tools", 400, 40],
  ["Beta", "2026-09-30", "B-2", "Tools", 800, 40],
];
const ACT_HEADERS = ["Customer", "Date", "Type"];
const ACTIVITY = [
  ["ACME GMBH", "2026-09-20", "Visit"],
  ["Acme GmbH", "2026-01-10", "Call"],
  ["Prospect AG", "2026-09-01", "Call"],
];
const input = (rows = ORDERS, extra = {}) => ({
  orders: { table: { headers: ORDER_HEADERS, rows, topLeft: "Export!A1" }, mapping: mapOrderColumns(ORDER_HEADERS) },
  activity: { table: { headers: ACT_HEADERS, rows: ACTIVITY, topLeft: "Log!A1" }, mapping: mapActivityColumns(ACT_HEADERS) },
  language: "de" as const,
  ...extra,
});

describe("prepareAccounts", () => {
  const result = prepareAccounts(input());
  if (!result.ok) throw new Error("expected a sheet");
  const { sheet } = result;

  test("review date defaults to the latest order date; window 12 months; German headers", () => {
    expect(sheet.name).toBe("KAM Accounts");
    expect(sheet.asOf).toBe(46295); // 2026-09-30
    expect(sheet.meta).toEqual([
      { label: "Stichtag", value: 46295, numberFormat: "yyyy-mm-dd" },
      { label: "Zeitraum (Monate)", value: 12, numberFormat: "0" },
    ]);
    expect(sheet.header).toEqual([
      "Kunde",
      "Umsatz",
      "Marge",
      "Wachstum",
      "Aufträge",
      "Tage seit letztem Auftrag",
      "Kundenjahre",
      "Warengruppen",
      "Interaktionen",
      "Tage seit letztem Kontakt",
    ]);
  });

  test("one row per account, activity joined by key; #N/A cells are left empty", () => {
    expect(sheet.rows).toEqual([
      // Acme: W = (2025-09-30, 2026-09-30]; no revenue before W, so no growth; 2 activities, last 20 Sept.
      ["Acme GmbH", 1600, 260 / 1600, null, 2, 15, 213 / 365.25, 2, 2, 10],
      // Beta: 800 in W, 400 in P; 40/800 margin; no activity: 0 interactions, no last contact.
      ["Beta", 800, 0.05, 1, 1, 0, 457 / 365.25, 1, 0, null],
    ]);
  });

  test("the mapping defaults: value and engagement criteria, days as lower-is-better", () => {
    expect(sheet.criteria.map((c) => [c.header, c.axis, c.lowerIsBetter])).toEqual([
      ["Umsatz", "value", false],
      ["Marge", "value", false],
      ["Wachstum", "value", false],
      ["Warengruppen", "value", false],
      ["Aufträge", "engagement", false],
      ["Kundenjahre", "engagement", false],
      ["Interaktionen", "engagement", false],
      ["Tage seit letztem Auftrag", "engagement", true],
      ["Tage seit letztem Kontakt", "engagement", true],
    ]);
    expect(sheet.note).toMatch(/Strategische Bedeutung/);
  });

  test("the quality report comes along: the prospect only in the activity log", () => {
    expect(result.quality.activityOnly).toEqual(["Prospect AG"]);
  });

  test("the sheet as values: meta rows, a blank row, the table", () => {
    const { values, tableRow, excludedRow } = accountsSheetValues(sheet, "de");
    expect(tableRow).toBe(3);
    expect(excludedRow).toBeNull();
    expect(values[0].slice(0, 2)).toEqual(["Stichtag", 46295]);
    expect(values[3]).toEqual(sheet.header);
    expect(values).toHaveLength(6);
    expect(new Set(values.map((r) => r.length)).size).toBe(1);
  });
});

describe("invalid lines", () => {
  const withBad = [...ORDERS, ["Beta", "31.02.2026", "B-3", "Tools", 999, 9]];

  test("stop with the count and the first line's cell unless the user excludes them", () => {
    const r = prepareAccounts(input(withBad));
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== "invalid") throw new Error("expected invalid");
    expect(r.count).toBe(1);
    expect(r.first).toMatchObject({ cell: "Export!B6", message: { text: 'date "31.02.2026" is not a date' } });
  });

  test("excluded lines are left out of the figures and listed on the sheet", () => {
    const r = prepareAccounts(input(withBad, { excludeInvalid: true, language: "en" }));
    if (!r.ok) throw new Error("expected a sheet");
    expect(r.sheet.rows[1][1]).toBe(800);
    expect(r.sheet.excluded).toEqual([
      { table: "orders", line: 5, cell: "Export!B6", reason: 'date "31.02.2026" is not a date', cells: withBad[4] },
    ]);
    const { values, excludedRow } = accountsSheetValues(r.sheet, "en");
    expect(values[excludedRow!][0]).toBe("Lines left out (not valid)");
    expect(values[excludedRow! + 2].slice(0, 9)).toEqual([5, "Export!B6", 'date "31.02.2026" is not a date', ...withBad[4]]);
  });

  test("the figures with lines excluded are those of the table without them", () => {
    // Invalid lines first, with an account and a category met only there: they must not count.
    const bad = [
      ["Gamma", "2026-09-01", "G-1", "Wood", "n/a", 1],
      ["Acme GmbH", "", "A-9", "Tools", 50, 5],
    ];
    const badActivity = [["Prospect AG", "someday", "Call"]];
    const withActivity = (orders: unknown[][], activity: unknown[][], extra = {}) => {
      const i = input(orders as typeof ORDERS, { language: "en", ...extra });
      return { ...i, activity: { ...i.activity, table: { ...i.activity.table, rows: activity as typeof ACTIVITY } } };
    };
    const excluded = prepareAccounts(withActivity([...bad, ...ORDERS], [...badActivity, ...ACTIVITY], { excludeInvalid: true }));
    const clean = prepareAccounts(withActivity(ORDERS, ACTIVITY));
    if (!excluded.ok || !clean.ok) throw new Error("expected sheets");
    expect(excluded.sheet.excluded.map((l) => [l.table, l.line])).toEqual([
      ["orders", 1],
      ["orders", 2],
      ["activity", 1],
    ]);
    expect(excluded.sheet.header).toEqual(clean.sheet.header);
    expect(excluded.sheet.rows).toEqual(clean.sheet.rows);
    expect(excluded.sheet.asOf).toBe(clean.sheet.asOf);
  });

  test("a mapping without an amount column is refused before reading", () => {
    const r = prepareAccounts({
      ...input(),
      orders: { table: { headers: ["Kunde", "Datum"], rows: [], topLeft: "A1" }, mapping: { account: 0, date: 1 } },
    });
    expect(r).toEqual({ ok: false, reason: "mapping", missing: { orders: ["amount"], activity: [], ratings: [] } });
  });

  test("the source rows are not changed", () => {
    const rows = withBad.map((r) => [...r]);
    prepareAccounts(input(rows, { excludeInvalid: true }));
    expect(rows).toEqual(withBad);
  });
});
