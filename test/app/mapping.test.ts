import { columnLabels, guessCriterion, guessNameColumn } from "../../app/settings/mapping";
import { columnLetters } from "../../app/workbook/naming";

describe("header mapping", () => {
  it.each([
    ["Revenue (EUR)", "revenue", "value", false],
    ["Umsatz 2024", "revenue", "value", false],
    ["Profit margin (%)", "margin", "value", false],
    ["Marge", "margin", "value", false],
    ["Deckungsbeitrag", "margin", "value", false],
    ["RENTABILITÄT", "margin", "value", false],
    ["Rentabilitat", "margin", "value", false],
    ["Growth potential (1-10)", "growth", "value", false],
    ["Wachstumspotenzial", "growth", "value", false],
    ["Umsatzwachstum", "growth", "value", false],
    ["Strategische Bedeutung", "strategic", "value", false],
    ["Interactions per year", "interactions", "engagement", false],
    ["Kontakte/Jahr", "interactions", "engagement", false],
    ["Interaktionen", "interactions", "engagement", false],
    ["Loyalität (Jahre)", "loyalty", "engagement", false],
    ["Kundentreue", "loyalty", "engagement", false],
    ["Zusammenarbeit", "collaboration", "engagement", false],
    ["Kooperationsbereitschaft", "collaboration", "engagement", false],
    ["Cost to serve (EUR)", "cost", "value", true],
    ["Betreuungskosten", "cost", "value", true],
  ])("%s is %s on the %s axis (lower is better: %s)", (header, kind, axis, lower) => {
    expect(guessCriterion(header)).toEqual({ kind, axis, lowerIsBetter: lower });
  });

  it("leaves unknown columns unmapped", () => {
    expect(guessCriterion("Region")).toBeNull();
    expect(guessCriterion("Postleitzahl")).toBeNull();
  });

  it("finds the name column by header, in English and German, skipping number columns", () => {
    const rows = [
      ["Acme", 5, "Nord"],
      ["Beta", 3, "Süd"],
    ];
    expect(guessNameColumn(["Account", "Revenue", "Region"], rows)).toBe(0);
    expect(guessNameColumn(["Umsatz", "Kunde seit", "Firma"], [[1, 2010, "Acme"]])).toBe(2);
    expect(guessNameColumn(["Region", "Umsatz", "Kunde"], [["Nord", 1, "Acme"]])).toBe(2);
    // No header says so: the first text column.
    expect(guessNameColumn(["X", "Y"], [[1, "Acme"]])).toBe(1);
    expect(guessNameColumn(["X"], [[1]])).toBeNull();
  });

  it("gives every column a unique label", () => {
    expect(columnLabels(["Revenue", "", null, "Revenue", " Marge "])).toEqual(["Revenue", "Column B", "Column C", "Revenue (2)", "Marge"]);
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
