import { displayValue, parseCellInput } from "../../../hosts/playground/cellText";

describe("cell text in the playground grid", () => {
  test("typed text becomes a value as in Excel", () => {
    expect(parseCellInput("42")).toBe(42);
    expect(parseCellInput(" -3.5 ")).toBe(-3.5);
    expect(parseCellInput("15%")).toBe(0.15);
    expect(parseCellInput("")).toBeNull();
    expect(parseCellInput("'42")).toBe("42");
    expect(parseCellInput("=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
    expect(parseCellInput("Acme")).toBe("Acme");
    expect(parseCellInput("true")).toBe(true);
  });

  test("number formats from the report show as Excel would show them", () => {
    expect(displayValue(72.456, "0.0")).toBe("72.5");
    expect(displayValue(72.456, "0.0", "de-DE")).toBe("72,5");
    expect(displayValue(0.625, "0%")).toBe("63%");
    expect(displayValue(1234567.8, "#,##0")).toBe("1,234,568");
    expect(displayValue(1 / 3)).toBe("0.3333333333");
    expect(displayValue(null)).toBe("");
    expect(displayValue("=1+1", "0.0")).toBe("=1+1");
  });

  // Excel's serials count days from 1899-12-30 (after its 29 February 1900): computed here with Date.UTC.
  const serialOf = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

  test("date formats show the date, not the serial, as Excel does", () => {
    expect(serialOf(2024, 1, 1)).toBe(45292);
    expect(displayValue(serialOf(2024, 1, 1), "yyyy-mm-dd")).toBe("2024-01-01");
    expect(displayValue(serialOf(2026, 12, 31), "d.m.yyyy")).toBe("31.12.2026");
    expect(displayValue(serialOf(2025, 3, 7), "dd/mm/yy")).toBe("07/03/25");
    expect(displayValue(serialOf(2025, 3, 7), "mmm yyyy")).toBe("Mar 2025");
    expect(displayValue(serialOf(2025, 3, 7), "dddd, mmmm d")).toBe("Friday, March 7");
    expect(displayValue(serialOf(2025, 3, 7), "dddd, mmmm d", "de-DE")).toBe("Freitag, März 7");
    expect(displayValue(serialOf(2025, 3, 7) + 0.75, "yyyy-mm-dd hh:mm")).toBe("2025-03-07 18:00");
    expect(displayValue(serialOf(2025, 3, 7) + 0.75, "h:mm AM/PM")).toBe("6:00 PM");
    // Excel's day that never was, and the days around it.
    expect([59, 60, 61].map((n) => displayValue(n, "yyyy-mm-dd"))).toEqual(["1900-02-28", "1900-02-29", "1900-03-01"]);
    expect(displayValue(1, "yyyy-mm-dd")).toBe("1900-01-01");
    // A date format on text leaves the text.
    expect(displayValue("2024-13-45", "yyyy-mm-dd")).toBe("2024-13-45");
  });

  test("percentages, decimals, grouping, literal text and sections as Excel shows them", () => {
    expect(displayValue(0.0625, "0.0%")).toBe("6.3%");
    expect(displayValue(0.0625, "0.0%", "de-DE")).toBe("6,3%");
    expect(displayValue(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(displayValue(1234567.891, "#,##0.00", "de-DE")).toBe("1.234.567,89");
    expect(displayValue(1.5, "0.##")).toBe("1.5");
    expect(displayValue(2, "0.##")).toBe("2");
    expect(displayValue(1234.5, '#,##0.00 "EUR"')).toBe("1,234.50 EUR");
    // "+0.0;-0.0;0.0": the review's change columns.
    expect([5.25, -5.25, 0].map((v) => displayValue(v, "+0.0;-0.0;0.0"))).toEqual(["+5.3", "-5.3", "0.0"]);
    expect(displayValue(-5.25, "0.0")).toBe("-5.3");
    expect(displayValue(42, "@")).toBe("42");
    expect(displayValue(42, "General")).toBe("42");
  });
});
