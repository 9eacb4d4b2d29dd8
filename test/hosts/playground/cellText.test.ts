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
});
