/**
 * KAM.* formulas typed into cells of a real formula engine (HyperFormula with the KAM plugin):
 * results spill into the right cells, per-account errors sit next to good values, omitted and
 * text options work as in Excel, and formulas chain (QUADRANT over spilled VALUE/ENGAGEMENT).
 * Values are checked against the core called directly and against numbers worked out by hand.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { asCellContent, cellsAt, createEngine } from "../../support/hyperformula-kam";
import { classify, MATRIX_HEADER, scoreAxis, scorePortfolio, strategyText } from "../../../core";

// Nine accounts. Value criteria: revenue, profitability, growth, strategic importance.
// Blanks and text are missing; account 9 has only revenue (coverage 25%).
const VALUE_DATA: unknown[][] = [
  [100, 9, 1, 3],
  [200, 8, 1, "n/a"],
  [300, 7, 2, 3],
  [400, 6, 2, 1],
  [500, 5, 3, 3],
  [600, 4, 3, null],
  [700, 3, 4, 5],
  [800, 2, 4, 4],
  [900, null, null, null],
];
// Engagement: interaction frequency and loyalty rise with the account number; willingness to
// collaborate is the same for all (scores 50 for everyone), so engagement = (25 (i - 1) + 50) / 3.
const ENGAGEMENT_DATA: unknown[][] = Array.from({ length: 9 }, (_, i) => [i + 1, 10 * (i + 1), 5]);
// Names that look like formulas must stay text.
const NAMES = ["Acme", "Bolt", "=SUM(1)", "+Delta", "Echo", "-Fox", "@Gulf", "Hotel", "India"];

/** Data!A1:H10: header row, then value criteria in A:D, engagement in E:G, names in H. */
function dataSheet() {
  const header = ["Revenue", "Profitability", "Growth", "Strategic", "Frequency", "Loyalty", "Collaboration", "Account"];
  const rows = VALUE_DATA.map((v, i) => [...v, ...ENGAGEMENT_DATA[i], NAMES[i]].map(asCellContent));
  return [header, ...rows];
}

function engineWith(formulas: Record<string, string | null>): HyperFormula {
  const calc: (string | null)[][] = Array.from({ length: 40 }, () => Array(20).fill(null));
  const hf = createEngine({ Data: dataSheet(), Calc: calc });
  const sheet = hf.getSheetId("Calc")!;
  for (const [cell, formula] of Object.entries(formulas)) {
    hf.setCellContents(hf.simpleCellAddressFromString(cell, sheet)!, formula);
  }
  return hf;
}

const column = (hf: HyperFormula, topLeft: string, rows: number) => cellsAt(hf, "Calc", topLeft, rows, 1).map((r) => r[0]);

function expectNA(cell: unknown, message: RegExp) {
  expect(cell).toBeInstanceOf(DetailedCellError);
  expect((cell as DetailedCellError).value).toBe("#N/A");
  expect((cell as DetailedCellError).message).toMatch(message);
}

describe("KAM.VALUE and KAM.ENGAGEMENT in cells", () => {
  const hf = engineWith({
    B2: "=KAM.VALUE(Data!A2:D10)",
    C2: '=KAM.VALUE(Data!A2:D10,,,"minmax")',
    D2: '=KAM.VALUE(Data!A2:D10,,,"MinMax ")',
    E2: "=KAM.VALUE(Data!A2:D10,J1:M1)",
    F2: "=KAM.ENGAGEMENT(Data!E2:G10)",
    G2: "=KAM.VALUE(Data!A2:D2,,Data!$A$2:$D$10)",
    G3: "=KAM.VALUE(Data!A3:D3,,Data!$A$2:$D$10)",
    J1: "2",
    K1: "1",
    L1: "1",
    M1: "-1",
  });

  it("spills one percentile score per account into the rows below the formula", () => {
    const values = column(hf, "B2", 10);
    // Worked by hand (n = 9 revenue, 8 profitability, 8 growth, 6 strategic values):
    // account 1: revenue 0, profitability 100, growth (0 + 1/2) / 7 = 50/7, strategic (1 + 2/2) / 5 = 40.
    expect(values[0]).toBeCloseTo((0 + 100 + 50 / 7 + 40) / 4, 12);
    // account 2: strategic is text, so it takes the median strategic score (0, 40, 40, 40, 80, 100 -> 40).
    expect(values[1]).toBeCloseTo((12.5 + 600 / 7 + 50 / 7 + 40) / 4, 12);
    expectNA(values[8], /insufficient data: coverage 25%/);
    expect(values[9]).toBeNull(); // the spill stops after the last account
    const core = scoreAxis({ data: VALUE_DATA }).scores;
    values.slice(0, 8).forEach((v, i) => expect(v).toBe(core[i]));
  });

  it("accepts skipped optional arguments and method names in any case", () => {
    const minmax = column(hf, "C2", 9);
    // account 1: (0 + 100 + 0 + 50) / 4; account 2: strategic median of minmax scores (50) fills the gap.
    expect(minmax[0]).toBeCloseTo(37.5, 12);
    expect(minmax[1]).toBeCloseTo((12.5 + 600 / 7 + 0 + 50) / 4, 12);
    expect(column(hf, "D2", 9)).toEqual(minmax);
    const core = scoreAxis({ data: VALUE_DATA, method: "minmax" }).scores;
    minmax.slice(0, 8).forEach((v, i) => expect(v).toBe(core[i]));
  });

  it("weights criteria by |w| and flips lower-is-better criteria", () => {
    const weighted = column(hf, "E2", 9);
    // account 1: (2 * 0 + 100 + 50/7 + (100 - 40)) / 5
    expect(weighted[0]).toBeCloseTo((160 + 50 / 7) / 5, 12);
    const core = scoreAxis({ data: VALUE_DATA, weights: [[2, 1, 1, -1]] }).scores;
    weighted.slice(0, 8).forEach((v, i) => expect(v).toBe(core[i]));
  });

  it("scores engagement the same way on its own criteria", () => {
    const engagement = column(hf, "F2", 9);
    engagement.forEach((e, i) => expect(e).toBeCloseTo((25 * i + 50) / 3, 12));
  });

  it("scores one row filled down against the portfolio exactly as the spilled form", () => {
    const spilled = column(hf, "B2", 2);
    expect(column(hf, "G2", 2)).toEqual(spilled);
  });
});

describe("errors in cells", () => {
  const hf = engineWith({
    B2: '=KAM.VALUE(Data!A2:D10,,,"rank")',
    C2: "=KAM.VALUE(Data!A2:D10,J1:L1)",
    D2: '=KAM.QUADRANT(Data!A2:A4,Data!A2:A4,"top")',
    J1: "1",
    K1: "1",
    L1: "1",
  });

  it("fills the spill area with #VALUE! and a message naming the valid choices", () => {
    const [top, next] = column(hf, "B2", 2) as DetailedCellError[];
    expect(top.value).toBe("#VALUE!");
    expect(top.message).toBe('unknown method "rank"; use percentile, minmax, winsor, zscore or none');
    expect(next.value).toBe("#VALUE!");
  });

  it("says how many weights were given and how many criteria there are", () => {
    const [top] = column(hf, "C2", 1) as DetailedCellError[];
    expect(top.message).toBe("weights has 3 entries but data has 4 criteria");
  });

  it("rejects a threshold that is neither a number nor median/mean", () => {
    const [top] = column(hf, "D2", 1) as DetailedCellError[];
    expect(top.value).toBe("#VALUE!");
    expect(top.message).toMatch(/valueThreshold "top" is not valid; use a number from 0 to 100, "median" or "mean"/);
  });
});

describe("chained formulas: quadrant, label, priority, coverage, allocation", () => {
  const hf = engineWith({
    B2: "=KAM.VALUE(Data!A2:D10)",
    C2: "=KAM.ENGAGEMENT(Data!E2:G10)",
    D2: "=KAM.QUADRANT(B2:B10,C2:C10)",
    E2: '=KAM.LABEL(D2:D10,"de")',
    F2: "=KAM.PRIORITY(B2:B10,C2:C10)",
    G2: "=KAM.COVERAGE(Data!A2:D10)",
    H2: "=KAM.ALLOCATE(1000,D2:D10,B2:B10)",
    I2: '=KAM.QUADRANT(KAM.VALUE(Data!A2:D10),KAM.ENGAGEMENT(Data!E2:G10),"median","median")',
  });
  const core = {
    value: scoreAxis({ data: VALUE_DATA }).scores,
    engagement: scoreAxis({ data: ENGAGEMENT_DATA }).scores,
  };

  it("classifies spilled scores by the 50/50 thresholds and passes #N/A on", () => {
    const quadrants = column(hf, "D2", 9);
    const expected = classify(core.value, core.engagement, 50, 50).quadrants;
    quadrants.slice(0, 8).forEach((q, i) => expect(q).toBe(expected[i]));
    // By hand: account 1 has value 36.8 < 50 and engagement 16.7 < 50: Re-evaluate.
    expect(quadrants[0]).toBe(4);
    expect(column(hf, "E2", 1)[0]).toBe("Neu bewerten");
    expectNA(quadrants[8], /insufficient data: coverage 25%/);
  });

  it("classifies nested KAM.VALUE/KAM.ENGAGEMENT with median thresholds", () => {
    const quadrants = column(hf, "I2", 9);
    const expected = classify(core.value, core.engagement, "median", "median").quadrants;
    quadrants.slice(0, 8).forEach((q, i) => expect(q).toBe(expected[i]));
    expect(new Set(quadrants.slice(0, 8)).size).toBeGreaterThan(1);
  });

  it("ranks the scored accounts 1..8 and leaves the unscored one without a rank", () => {
    const ranks = column(hf, "F2", 9);
    expect([...ranks.slice(0, 8)].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ranks[8]).toBeInstanceOf(DetailedCellError);
  });

  it("reports coverage as the share of criteria with numbers", () => {
    expect(column(hf, "G2", 9)).toEqual([1, 0.75, 1, 1, 1, 0.75, 1, 1, 0.25]);
  });

  it("allocates the whole budget over the classified accounts", () => {
    const amounts = column(hf, "H2", 9);
    const sum = amounts.slice(0, 8).reduce((a: number, b) => a + (b as number), 0);
    expect(sum).toBeCloseTo(1000, 9);
    // The account's quadrant is the #N/A of its value score: passed on with its message.
    expectNA(amounts[8], /^insufficient data: coverage 25%/);
  });
});

describe("KAM.MATRIX", () => {
  const hf = engineWith({ A1: "=KAM.MATRIX(Data!H2:H10,Data!A2:D10,Data!E2:G10)" });
  const table = cellsAt(hf, "Calc", "A1", 11, 8);

  it("writes a header row, then one row per account, seven columns wide", () => {
    expect(table[0].slice(0, 7)).toEqual(["Account", "Value", "Engagement", "Quadrant", "Label", "Priority", "Strategy"]);
    expect(table[0]).toEqual([...MATRIX_HEADER.en, null]);
    expect(table[10].every((c) => c === null)).toBe(true);
  });

  it("keeps names that look like formulas as text and matches the core row by row", () => {
    expect(table.slice(1, 10).map((r) => r[0])).toEqual(NAMES);
    const { accounts } = scorePortfolio({
      names: NAMES.map((n) => [n]),
      value: { data: VALUE_DATA },
      engagement: { data: ENGAGEMENT_DATA },
    });
    accounts.slice(0, 8).forEach((a, i) => {
      const q = a.quadrant as 1 | 2 | 3 | 4;
      expect(table[i + 1].slice(1, 6)).toEqual([
        a.value,
        a.engagement,
        q,
        ["Key partner", "Develop", "Monetise", "Re-evaluate"][q - 1],
        a.priority,
      ]);
      expect(table[i + 1][6]).toBe(strategyText(q, "en"));
    });
    expectNA(table[9][1], /coverage 25%/);
    expect(table[9][2]).toBeCloseTo(250 / 3, 12); // India's engagement is still scored
  });
});

describe("KAM.PLAYBOOK, KAM.STRATEGY, KAM.CLV and KAM.MOVES", () => {
  const hf = engineWith({
    A1: "=KAM.PLAYBOOK()",
    A10: '=KAM.PLAYBOOK("de")',
    G1: "=KAM.STRATEGY(1)",
    G2: "=KAM.CLV(1000,0.8,0.1)",
    G3: "=KAM.CLV(100,0.5,0,2)",
    G4: "=KAM.CLV(100,1.2,0.1)",
    // Quadrants at two reviews for eight accounts; one blank and one text cell are left out.
    K1: "1",
    K2: "1",
    K3: "2",
    K4: "3",
    K5: "4",
    K6: "4",
    K7: null,
    K8: "2",
    L1: "1",
    L2: "2",
    L3: "2",
    L4: "1",
    L5: "1",
    L6: "4",
    L7: "3",
    L8: "'x",
    N1: "=KAM.MOVES(K1:K8,L1:L8)",
  });

  it("spills the strategy table: a header and six strategies, five columns", () => {
    const table = cellsAt(hf, "Calc", "A1", 8, 6);
    expect(table[0].slice(0, 5)).toEqual(["Strategy", "Fits quadrants", "Advantages", "Drawbacks", "Actions"]);
    expect(table.slice(0, 7).every((row) => row.slice(0, 5).every((c) => typeof c === "string" && c.length > 0))).toBe(true);
    expect(table.every((row) => row[5] === null)).toBe(true);
    expect(table[7].every((c) => c === null)).toBe(true);
    expect(cellsAt(hf, "Calc", "A10", 1, 1)[0][0]).toBe("Strategie");
  });

  it("gives the quadrant's strategies as one text", () => {
    expect(cellsAt(hf, "Calc", "G1", 1, 1)[0][0]).toBe(strategyText(1, "en"));
  });

  it("computes lifetime value with and without a horizon and rejects a retention of 1.2", () => {
    const [[perpetual], [horizon], [bad]] = cellsAt(hf, "Calc", "G2", 3, 1);
    expect(perpetual).toBeCloseTo((1000 * 0.8) / (1 + 0.1 - 0.8), 9); // 2666.67
    expect(horizon).toBeCloseTo(100 * 0.5 + 100 * 0.25, 12); // 75
    expect((bad as DetailedCellError).value).toBe("#NUM!");
  });

  it("counts moves between quadrants in a 4 x 4 table", () => {
    expect(cellsAt(hf, "Calc", "N1", 4, 4)).toEqual([
      [1, 1, 0, 0],
      [0, 1, 0, 0],
      [1, 0, 0, 0],
      [1, 0, 0, 1],
    ]);
  });
});
