import { parseCsv } from "../../taskpane/playground/csv";

const values = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.values;
};

describe("CSV import", () => {
  test("comma CSV: numbers become numbers, quoted text keeps commas, quotes and line breaks", () => {
    const csv = 'Account,Revenue,Note\r\n"Smith, Jones & Co",1200.5,"said ""hi""\nthen left"\r\nAcme,"1,234,567",\r\n';
    expect(values(csv)).toEqual([
      ["Account", "Revenue", "Note"],
      ["Smith, Jones & Co", 1200.5, 'said "hi"\nthen left'],
      ["Acme", 1234567, null],
    ]);
  });

  test("German Excel CSV: semicolons, decimal comma and thousands dots", () => {
    expect(values("Kunde;Umsatz;Marge\nMüller GmbH;1.234,5;12,5\nBäcker KG;800;7\n")).toEqual([
      ["Kunde", "Umsatz", "Marge"],
      ["Müller GmbH", 1234.5, 12.5],
      ["Bäcker KG", 800, 7],
    ]);
  });

  test("text that looks like a formula or HTML stays exactly as written", () => {
    expect(values("Account,Revenue\n=HYPERLINK(\"x\"),5\n+49 89 123,6\n-Minus Zero,7\n@Home,8\n<img src=x onerror=alert(1)>,9")).toEqual([
      ["Account", "Revenue"],
      ['=HYPERLINK("x")', 5],
      ["+49 89 123", 6],
      ["-Minus Zero", 7],
      ["@Home", 8],
      ["<img src=x onerror=alert(1)>", 9],
    ]);
  });

  test("tabs, a BOM, Excel's sep= line, percentages and ragged rows", () => {
    expect(values("\uFEFFName\tShare\nA\t25%\nB")).toEqual([
      ["Name", "Share"],
      ["A", 0.25],
      ["B", null],
    ]);
    expect(values("sep=;\nName;Score\nA;1,5")).toEqual([
      ["Name", "Score"],
      ["A", 1.5],
    ]);
  });

  test("numeric-looking text that is not a number in the file's convention stays text", () => {
    expect(values("Name,Code\nA,12abc\nB,1.2.3\nC,007")).toEqual([
      ["Name", "Code"],
      ["A", "12abc"],
      ["B", "1.2.3"],
      ["C", 7],
    ]);
  });

  test("bad input says what is wrong and what would be right", () => {
    expect(parseCsv("  \n ")).toEqual({ ok: false, error: expect.stringMatching(/empty.*header row/i) });
    expect(parseCsv("Account,Revenue\n")).toEqual({ ok: false, error: expect.stringMatching(/only one row.*header row and at least one account/i) });
    expect(parseCsv('Account,Note\nA,"open\nB,2')).toEqual({ ok: false, error: expect.stringMatching(/Line 2 opens a quote.*never closed/) });
  });
});
