/**
 * The new KAM functions typed into cells of HyperFormula: KAM.ACCOUNTS over order lines in cells
 * (checked with the built-in SUMIFS), KAM.CONTRIB rows against KAM.VALUE, KAM.QUADRANT with a
 * previous column and a band, KAM.MOVES "full" and KAM.STABILITY, each spilling where Excel would.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { asCellContent, cellsAt, createEngine } from "../../support/hyperformula-kam";

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

function engine(sheets: Record<string, RawCellContent[][]>, formulas: Record<string, string>): HyperFormula {
  const calc: RawCellContent[][] = Array.from({ length: 30 }, () => Array(16).fill(null));
  const hf = createEngine({ ...sheets, Calc: calc });
  const sheet = hf.getSheetId("Calc")!;
  for (const [cell, formula] of Object.entries(formulas)) hf.setCellContents(hf.simpleCellAddressFromString(cell, sheet)!, formula);
  return hf;
}

const at = (hf: HyperFormula, cell: string) => cellsAt(hf, "Calc", cell, 1, 1)[0][0];

describe("=KAM.ACCOUNTS over order lines in cells", () => {
  // Orders!A:E: customer, order date, sales, profit, order id; a header row, a blank line at the end.
  const lines: unknown[][] = [
    ["Customer", "Order Date", "Sales", "Profit", "Order ID"],
    ["Acme", serial(2025, 1, 15), 1000, 300, "SO1"],
    ["ACME", serial(2025, 1, 15), 500, 100, "SO1"],
    ["Beta", "2025-03-01", 800, 80, "SO2"],
    ["Acme", serial(2024, 3, 10), 1200, 240, "SO0"],
    ["Beta", serial(2025, 6, 30) + 0.5, -100, -10, "SO3"],
    [null, null, null, null, null],
  ];
  const orders = lines.map((row) => row.map(asCellContent));
  const hf = engine(
    { Orders: orders },
    {
      A1: "=KAM.ACCOUNTS(Orders!A2:A7, Orders!B2:B7, Orders!C2:C7, Orders!D2:D7)",
      J1: `=SUMIFS(Orders!C2:C7, Orders!A2:A7, "acme", Orders!B2:B7, ">"&EDATE(${serial(2025, 6, 30)}, -12), Orders!B2:B7, "<="&${serial(2025, 6, 30)})`,
      A10: "=KAM.ACCOUNTS(Orders!A2:A7, Orders!B2:B7, Orders!C2:C7, , , 6, , Orders!E2:E7)",
      A20: "=KAM.ACCOUNTS(Orders!A2:A3, Orders!B2:B3, L1:L2)",
      L1: "=NA()",
      L2: "5",
    },
  );

  it("spills a header row and one row per account; the rows it reserved beyond stay empty", () => {
    const table = cellsAt(hf, "Calc", "A1", 7, 7);
    expect(table[0]).toEqual(["Account", "Revenue", "Margin", "Growth", "Orders", "Days since last order", "Customer years"]);
    // asOf = the latest date, 2025-06-30 (the time of day dropped).
    expect(table[1].slice(0, 3)).toEqual(["Acme", 1500, 400 / 1500]);
    expect(table[1][3]).toBeCloseTo(1500 / 1200 - 1, 12);
    expect(table[1][4]).toBe(1); // one date with amount > 0 in the window
    expect(table[1][5]).toBe(166);
    expect(table[2].slice(0, 3)).toEqual(["Beta", 700, 70 / 700]);
    expect(table[2][3]).toBeInstanceOf(DetailedCellError);
    expect((table[2][3] as DetailedCellError).value).toBe("#N/A");
    expect((table[2][3] as DetailedCellError).message).toBe("no revenue in the previous period");
    for (const row of table.slice(3)) expect(row).toEqual(Array(7).fill(null));
  });

  it("Revenue equals the built-in SUMIFS over the window", () => {
    expect(at(hf, "B2")).toBe(at(hf, "J1"));
  });

  it("takes months and order ids; the left-out arguments are the defaults", () => {
    const table = cellsAt(hf, "Calc", "A10", 3, 7);
    // W = (2024-12-30, 2025-06-30]. Acme: SO1 only. Beta: SO2 (SO3 is a return).
    expect(table.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["Acme", 1500, 1],
      ["Beta", 700, 1],
    ]);
    expect((table[1][2] as DetailedCellError).message).toBe("no profits given; pass the profit of each line to get a margin");
  });

  it("an error cell in a line is an invalid line, named", () => {
    const e = at(hf, "A20") as DetailedCellError;
    expect(e).toBeInstanceOf(DetailedCellError);
    expect(e.value).toBe("#VALUE!");
    expect(e.message).toBe("1 line is not valid; line 1: amount (the error value #N/A) is not a number");
  });
});

describe("=KAM.CONTRIB, =KAM.QUADRANT with previous and band, =KAM.MOVES, =KAM.STABILITY", () => {
  // Data!A:C value criteria, D:E engagement criteria, F the previous quadrant; 6 accounts.
  const data: unknown[][] = [
    [100, 5, 3, 10, 4, 1],
    [250, 9, 1, 30, 2, 2],
    [180, 7, 4, 20, 5, 3],
    [90, 2, null, 40, 1, 4],
    [300, 8, 5, 50, 3, null],
    [50, 1, 2, 60, 6, 3],
  ];
  const hf = engine(
    { Data: data.map((r) => r.map(asCellContent)) },
    {
      A1: "=KAM.CONTRIB(Data!A1:C6, {2,1,-1})",
      E1: "=KAM.VALUE(Data!A1:C6, {2,1,-1})",
      F1: "=SUM(A1:C1)",
      F2: "=SUM(A2:C2)",
      F3: "=SUM(A3:C3)",
      F4: "=SUM(A4:C4)",
      F5: "=SUM(A5:C5)",
      F6: "=SUM(A6:C6)",
      G1: "=KAM.ENGAGEMENT(Data!D1:E6)",
      H1: "=KAM.QUADRANT(E1:E6, G1:G6)",
      I1: "=KAM.QUADRANT(E1:E6, G1:G6, , , Data!F1:F6, 10)",
      J1: "=KAM.QUADRANT(KAM.VALUE(Data!A1:C6, {2,1,-1}), KAM.ENGAGEMENT(Data!D1:E6), , , Data!F1:F6, 10)",
      A10: '=KAM.MOVES(Data!F1:F6, H1:H6, "full")',
      A16: "=KAM.MOVES(Data!F1:F6, H1:H6, O1)",
      O1: "share",
      K1: "=KAM.STABILITY(Data!A1:C6, Data!D1:E6, {2,1,-1}, , 0)",
      L1: "=KAM.STABILITY(Data!A1:C6, Data!D1:E6, {2,1,-1}, , 0.5, 200, 9)",
    },
  );
  const column = (cell: string, rows = 6) => cellsAt(hf, "Calc", cell, rows, 1).map((r) => r[0]);

  it("CONTRIB spills 6 x 3 and each row adds up to KAM.VALUE", () => {
    const value = column("E1");
    const sums = column("F1");
    value.forEach((v, i) => expect(sums[i] as number).toBeCloseTo(v as number, 9));
    expect(cellsAt(hf, "Calc", "D1", 6, 1).flat()).toEqual(Array(6).fill(null)); // three columns, no more
  });

  it("QUADRANT with previous and band keeps accounts within 10 points of a threshold on their previous side", () => {
    const v = column("E1") as number[];
    const e = column("G1") as number[];
    const plain = column("H1") as number[];
    const held = column("I1") as number[];
    const previous = data.map((r) => r[5]);
    held.forEach((q, i) => {
      const p = previous[i] as number | null;
      const side = (s: number, wasHigh: boolean) => (s >= 60 ? true : s < 40 ? false : wasHigh);
      const high = p ? side(v[i], p <= 2) : v[i] >= 50;
      const engaged = p ? side(e[i], p === 1 || p === 3) : e[i] >= 50;
      expect(q).toBe(high ? (engaged ? 1 : 2) : engaged ? 3 : 4);
    });
    expect(held).not.toEqual(plain); // the band changes at least one account here
    expect(column("J1")).toEqual(held); // chained on spilled arrays
  });

  it('MOVES "full" spills 5 x 5; a mode in a cell reserves 5 x 5 and fills 4 x 4', () => {
    const before = data.map((r) => r[5]);
    const after = column("H1") as number[];
    const full = cellsAt(hf, "Calc", "A10", 5, 5) as number[][];
    const expected = Array.from({ length: 5 }, () => Array(5).fill(0));
    before.forEach((b, i) => expected[b === null ? 4 : (b as number) - 1][after[i] - 1]++);
    expect(full).toEqual(expected);
    const shares = cellsAt(hf, "Calc", "A16", 5, 5);
    expect(shares[4]).toEqual(Array(5).fill(null));
    expect(shares.map((r) => r[4])).toEqual(Array(5).fill(null));
    shares.slice(0, 4).forEach((row, r) => {
      const total = expected[r].slice(0, 4).reduce((a, b) => a + b, 0);
      row.slice(0, 4).forEach((c, k) => expect(c).toBe(total ? expected[r][k] / total : 0));
    });
  });

  it("STABILITY: spread 0 gives 1 for every account; with a spread, shares from 0 to 1", () => {
    expect(column("K1")).toEqual(Array(6).fill(1));
    const shares = column("L1") as number[];
    for (const s of shares) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(Number.isInteger(s * 200)).toBe(true); // a count of 200 trials
    }
    expect(shares.some((s) => s < 1)).toBe(true); // some account is borderline at 50% spread
    expect(column("L7", 1)).toEqual([null]);
  });
});
