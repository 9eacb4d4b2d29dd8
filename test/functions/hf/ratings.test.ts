/**
 * =KAM.RATINGS typed into cells of HyperFormula: a workshop sheet (one row per account and rater,
 * the criteria as columns) spills a header row and one row per account, as wide as the scores;
 * medians and means without named raters are checked with the built-in MEDIAN and AVERAGEIF.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { asCellContent, cellsAt, createEngine } from "../../support/hyperformula-kam";

function engine(sheets: Record<string, RawCellContent[][]>, formulas: Record<string, string>): HyperFormula {
  const calc: RawCellContent[][] = Array.from({ length: 20 }, () => Array(10).fill(null));
  const hf = createEngine({ ...sheets, Calc: calc });
  const sheet = hf.getSheetId("Calc")!;
  for (const [cell, formula] of Object.entries(formulas)) hf.setCellContents(hf.simpleCellAddressFromString(cell, sheet)!, formula);
  return hf;
}

describe("=KAM.RATINGS over a workshop sheet in cells", () => {
  // Ratings!A:D: account, rater, strategic importance, collaboration.
  const rows: unknown[][] = [
    ["Account", "Rater", "Strategic importance", "Collaboration"],
    ["Acme", "Anna", 4, 3],
    ["Acme", "Ben", 5, 2],
    ["Beta", "Anna", 2, 4],
    ["Acme", "Carla", 1, ""],
    ["Beta", "Ben", 3, 5],
  ];
  const hf = engine(
    { Ratings: rows.map((row) => row.map(asCellContent)) },
    {
      A1: "=KAM.RATINGS(Ratings!A2:A6, Ratings!C2:D6, Ratings!B2:B6, , , , , Ratings!C1:D1)",
      H1: "=MEDIAN(Ratings!C2:C3, Ratings!C5)",
      H2: '=AVERAGEIF(Ratings!A2:A6, "acme", Ratings!D2:D6)',
      A10: '=KAM.RATINGS(Ratings!A2:A6, Ratings!C2:D6, Ratings!B2:B6, , , , "mean")',
      A17: '=KAM.RATINGS(Ratings!A2:A6, Ratings!C2:D6, , , "2026-01-01")',
    },
  );
  const at = (cell: string, rows: number, cols: number) => cellsAt(hf, "Calc", cell, rows, cols);

  it("spills Account, Responses and one column per criterion; the reserved rows below stay empty", () => {
    const table = at("A1", 6, 4);
    expect(table[0]).toEqual(["Account", "Responses", "Strategic importance", "Collaboration"]);
    // Acme: strategic importance 4, 5, 1 -> median 4 (the built-in MEDIAN agrees); collaboration 3, 2 -> 2.5.
    expect(table[1]).toEqual(["Acme", 3, at("H1", 1, 1)[0][0], 2.5]);
    expect(table[2]).toEqual(["Beta", 2, 2.5, 4.5]);
    for (const row of table.slice(3)) expect(row).toEqual([null, null, null, null]);
  });

  it('"mean" equals the built-in AVERAGEIF; default headers are Score 1, Score 2', () => {
    const table = at("A10", 2, 4);
    expect(table[0]).toEqual(["Account", "Responses", "Score 1", "Score 2"]);
    expect(table[1][3]).toBeCloseTo(at("H2", 1, 1)[0][0] as number, 12);
  });

  it("asOf without dates is #VALUE! with the message", () => {
    const e = at("A17", 1, 1)[0][0] as DetailedCellError;
    expect(e).toBeInstanceOf(DetailedCellError);
    expect(e.value).toBe("#VALUE!");
    expect(e.message).toContain("asOf is given but dates is not");
  });
});
