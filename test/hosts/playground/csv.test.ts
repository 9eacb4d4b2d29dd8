import { decodeCsv, parseCsv } from "../../../hosts/playground/csv";

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
    expect(values('Account,Revenue\n=HYPERLINK("x"),5\n+49 89 123,6\n-Minus Zero,7\n@Home,8\n<img src=x onerror=alert(1)>,9')).toEqual([
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
    expect(parseCsv("Account,Revenue\n")).toEqual({
      ok: false,
      error: expect.stringMatching(/only one row.*header row and at least one account/i),
    });
    expect(parseCsv('Account,Note\nA,"open\nB,2')).toEqual({
      ok: false,
      error: expect.stringMatching(/Line 2 opens a quote.*never closed/),
    });
  });
});

describe("CSV import of large files", () => {
  test("200,000 account rows import in full, the widest row sets the width", () => {
    const lines = ["Account,Revenue,Loyalty"];
    for (let i = 1; i <= 200_000; i++) lines.push(i === 150_000 ? `A${i},${i},${i % 7},extra` : `A${i},${i},${i % 7}`);
    const r = parseCsv(lines.join("\n"));
    if (!r.ok) throw new Error(r.error);
    expect(r.values).toHaveLength(200_001);
    expect(r.values[0]).toEqual(["Account", "Revenue", "Loyalty", null]);
    expect(r.values[123_456]).toEqual(["A123456", 123456, 123456 % 7, null]);
    expect(r.values[150_000]).toEqual(["A150000", 150000, 150000 % 7, "extra"]);
    expect(r.values[200_000]).toEqual(["A200000", 200000, 200000 % 7, null]);
  });
});

describe("CSV dates stay text (the core reads the three date forms itself)", () => {
  test("YYYY-MM-DD, D.M.YYYY and M/D/YYYY are kept exactly as written, with either delimiter", () => {
    expect(values("Account,Date,Amount\nA,2024-03-31,5\nB,2024-03-31T10:15,6\nC,31.3.2024,7\nD,3/31/2024,8\nE,01.02.2024,9")).toEqual([
      ["Account", "Date", "Amount"],
      ["A", "2024-03-31", 5],
      ["B", "2024-03-31T10:15", 6],
      ["C", "31.3.2024", 7],
      ["D", "3/31/2024", 8],
      ["E", "01.02.2024", 9],
    ]);
    // With ";" the dots of 1.234,5 are thousands separators, but a date has a 4-digit last group.
    expect(values("Kunde;Datum;Betrag\nA;1.2.2024;1.234,5\nB;12.11.2024;7\nC;2024-01-05;1.000")).toEqual([
      ["Kunde", "Datum", "Betrag"],
      ["A", "1.2.2024", 1234.5],
      ["B", "12.11.2024", 7],
      ["C", "2024-01-05", 1000],
    ]);
  });
});

describe("CSV file encodings", () => {
  const header = "Kunde;Umsatz\nMüller & Söhne;1.234,5\nBäckerei Groß;99\n";
  const utf16le = (t: string) => new Uint8Array(Buffer.from(t, "utf16le"));
  const utf16be = (t: string) => {
    const le = Buffer.from(t, "utf16le");
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return new Uint8Array(le);
  };
  const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
  // Windows-1252 by hand: ü = FC, ö = F6, ä = E4, ß = DF, € = 80, „ = 84, “ = 93, Ÿ = 9F.
  const CP: Record<string, number> = { ü: 0xfc, ö: 0xf6, ä: 0xe4, ß: 0xdf, "€": 0x80, "„": 0x84, "“": 0x93, Ÿ: 0x9f };
  const cp1252 = (t: string) => new Uint8Array([...t].map((ch) => CP[ch] ?? ch.charCodeAt(0)));

  test("UTF-8 with or without BOM is read as is, without a note", () => {
    const utf8 = new Uint8Array(Buffer.from(header, "utf8"));
    expect(decodeCsv(utf8)).toEqual({ text: header, encoding: "utf-8", note: null });
    expect(decodeCsv(withBom([0xef, 0xbb, 0xbf], utf8))).toEqual({ text: header, encoding: "utf-8", note: null });
  });

  test('UTF-16 LE and BE with BOM (Excel\'s "Unicode text") are decoded', () => {
    expect(decodeCsv(withBom([0xff, 0xfe], utf16le(header)))).toEqual({ text: header, encoding: "utf-16le", note: null });
    expect(decodeCsv(withBom([0xfe, 0xff], utf16be(header)))).toEqual({ text: header, encoding: "utf-16be", note: null });
    const parsed = parseCsv(decodeCsv(withBom([0xff, 0xfe], utf16le(header))).text);
    expect(parsed.ok && parsed.values[1]).toEqual(["Müller & Söhne", 1234.5]);
  });

  test("UTF-16 without BOM is recognised and the note says so", () => {
    const le = decodeCsv(utf16le(header));
    expect([le.text, le.encoding]).toEqual([header, "utf-16le"]);
    expect(le.note).toMatch(/no byte order mark.*UTF-16 LE/);
    const be = decodeCsv(utf16be(header));
    expect([be.text, be.encoding]).toEqual([header, "utf-16be"]);
  });

  test("bytes that are not UTF-8 are read as Windows-1252, and the note says so and how to avoid it", () => {
    const text = header + "Euro AG;5 €\n„Zitat“ KG;3\nŸ;1\n";
    const r = decodeCsv(cp1252(text));
    expect(r.encoding).toBe("windows-1252");
    expect(r.text).toBe(text);
    expect(r.note).toMatch(/not UTF-8.*Windows-1252.*CSV UTF-8/);
  });
});
