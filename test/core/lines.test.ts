/** Line reading for the pane's data-quality report: keys, verdicts per line, numbers stored as text. */
import { accountKey, classifyLines, numberFromText } from "../../core";

describe("account keys", () => {
  test("text is trimmed, white space runs become one space, case is ignored", () => {
    expect(accountKey("  Müller  &\tSöhne\u00a0GmbH ")).toBe("müller & söhne gmbh");
    expect(accountKey("MÜLLER & SÖHNE GMBH")).toBe("müller & söhne gmbh");
    expect(accountKey("Acme")).toBe(accountKey("ACME"));
  });
  test('a number is keyed by its shortest decimal text, so 1001 and "1001" are one account', () => {
    expect(accountKey(1001)).toBe("1001");
    expect(accountKey(" 1001 ")).toBe("1001");
    expect(accountKey(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(accountKey(-0)).toBe("0");
    expect(accountKey(1001.5)).toBe("1001.5");
  });
  test("blanks and values that are neither text nor number have no key", () => {
    for (const v of [null, undefined, "", "   ", true, NaN, Infinity, {}]) expect(accountKey(v)).toBeUndefined();
  });
});

describe("numbers stored as text", () => {
  test.each([
    ["1.234,56", 1234.56],
    ["1.234.567,5", 1234567.5],
    ["12,5", 12.5],
    ["-1.234,56", -1234.56],
    ["1,234.56", 1234.56],
    ["1234.56", 1234.56],
    [" 12 ", 12],
    ["1 234,5", 1234.5],
  ])("%s means %d", (text, n) => expect(numberFromText(text)).toBe(n));
  test.each(["abc", "12 EUR", "1,2,3", "", "--5", "1.2.3,4"])("%s is no number", (text) => expect(numberFromText(text)).toBeUndefined());
});

describe("classifyLines", () => {
  test("every line: valid, blank or invalid with the field, the reason and a hint", () => {
    const v = classifyLines({
      accounts: [["A"], [null], ["B"], ["C"], [null]],
      dates: [["2026-01-01"], [null], ["31.02.2021"], ["2026-01-01"], [null]],
      amounts: [[5], [null], [5], ["1.234,56"], [null]],
    });
    expect(v.map((x) => x.status)).toEqual(["valid", "blank", "invalid", "invalid", "blank"]);
    expect(v[2]).toMatchObject({ line: 3, field: "date", value: "31.02.2021", message: { text: 'date "31.02.2021" is not a date' } });
    expect(v[3]).toMatchObject({ line: 4, field: "amount", number: 1234.56 });
  });
  test("an activity log has no amounts", () => {
    const v = classifyLines({ accounts: [["A"], ["B"]], dates: [["2026-01-01"], ["x"]], types: [["Call"], [true]] });
    expect(v.map((x) => x.status)).toEqual(["valid", "invalid"]);
    expect(v[1]).toMatchObject({ field: "date" });
  });
});
