/**
 * What Excel passes once functions.json says "allowErrorForDataTypeAny" (error cells as
 * CustomFunctions.Error: `{ code, message? }`) and "allowCustomDataForDataTypeAny" (data-typed
 * cells as objects with a basicValue): an error in a criterion is a missing number, an error in
 * an account's score is passed on for that account, an error in a weight or an option is the
 * error of the whole call; a data type counts as the value it shows.
 */
import * as KAM from "../../functions/functions";
import { argumentOf } from "../../functions/arguments";
import { KamError } from "../../core";
import { col, expectError, firstColumn } from "../core/helpers";

/** As Excel hands an error cell over: an object with the error literal and, if any, its message. */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const na = (message?: string) => new ExcelError("#N/A", message);
/** A data-types error cell value (Excel.ErrorCellValue), the other shape an error can take. */
const typedNA = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
const formatted = (n: number) => ({ type: "FormattedNumber", basicValue: n, basicType: "Double", numberFormat: "#,##0.00" });
const entity = (text: string) => ({
  type: "Entity",
  text,
  basicValue: text,
  basicType: "String",
  properties: { Id: { type: "String", basicValue: "X1" } },
});

const DATA = [
  [10, 3, 7],
  [20, 1, 8],
  [30, 2, 1],
  [40, 5, 4],
];
const withCell = (m: unknown[][], r: number, c: number, v: unknown) => m.map((row, i) => row.map((x, j) => (i === r && j === c ? v : x)));

describe("error cells in criteria are missing numbers", () => {
  it.each([
    ["#N/A with a message", na("insufficient data")],
    ["#DIV/0! without one", new ExcelError("#DIV/0!")],
    ["a plain object", { code: "#VALUE!", message: "" }],
    ["a data-types error", typedNA],
  ])("KAM.VALUE: %s scores like a blank", (_, error) => {
    const blank = KAM.value(withCell(DATA, 1, 1, null));
    expect(KAM.value(withCell(DATA, 1, 1, error))).toEqual(blank);
    expect(KAM.engagement(withCell(DATA, 2, 0, error), [[1, 2, 3]], null as any, "minmax", "drop")).toEqual(
      KAM.engagement(withCell(DATA, 2, 0, null), [[1, 2, 3]], null as any, "minmax", "drop"),
    );
  });

  it("in the portfolio, in NORMALIZE and in COVERAGE too", () => {
    const portfolio = withCell(DATA, 3, 2, na());
    expect(KAM.value([[25, 2, 5]], null as any, portfolio)).toEqual(KAM.value([[25, 2, 5]], null as any, withCell(DATA, 3, 2, null)));
    const normalized = KAM.normalize(withCell(DATA, 0, 0, na("upstream")));
    expectError(normalized[0][0], "NA", "cell in column 1 is missing");
    expect(normalized.slice(1)).toEqual(KAM.normalize(withCell(DATA, 0, 0, null)).slice(1));
    expect(KAM.coverage(withCell(DATA, 0, 0, na()))).toEqual([[2 / 3], [1], [1], [1]]);
  });

  it("an #N/A criterion in MATRIX scores like a blank", () => {
    const out = KAM.matrix(col("A", "B", "C", "D") as any, withCell(DATA, 0, 1, na()), col(1, 2, 3, 4) as any);
    expect(out.slice(1).map((r: unknown[]) => r[1])).toEqual(firstColumn(KAM.value(withCell(DATA, 0, 1, null))));
  });
});

describe("error cells in scores are passed on, kind and message", () => {
  it("QUADRANT and PRIORITY give that account the input's error", () => {
    const v = col(80, na("insufficient data: coverage 25%"), new ExcelError("#DIV/0!"), 20, new ExcelError("#REF!"));
    const e = col(70, 60, 50, typedNA, 10);
    for (const fn of [KAM.quadrant, KAM.priority]) {
      const cells = firstColumn(fn(v as any, e as any));
      expectError(cells[1], "NA", "insufficient data: coverage 25%");
      expect((cells[2] as KamError).code).toBe("#DIV/0!");
      expectError(cells[3], "NA", "an input cell holds the error #N/A");
      // #REF! cannot be returned by a custom function: #VALUE! that names it.
      expectError(cells[4], "VALUE", "an input cell holds the error #REF!");
    }
    expect(firstColumn(KAM.quadrant(v as any, e as any))[0]).toBe(1);
    expect(firstColumn(KAM.priority(v as any, e as any))[0]).toBe(1);
  });

  it("LABEL, STRATEGY, CLV pass each cell's error on; MOVES leaves the pair out", () => {
    expectError(KAM.label([[na("insufficient data")]])[0][0], "NA", "insufficient data");
    expectError(KAM.strategy([[new ExcelError("#NUM!")]])[0][0], "NUM", "#NUM!");
    const clv = KAM.clv(col(100, na("no margin yet")) as any, [[0.5]], [[0.1]]);
    expect(clv[0][0]).toBeCloseTo(50 / 0.6, 12);
    expectError(clv[1][0], "NA", "no margin yet");
    expect(
      KAM.moves(col(1, na(), 2) as any, col(2, 1, new ExcelError("#VALUE!")) as any)
        .flat()
        .reduce((a: number, b: number) => a + b, 0),
    ).toBe(1);
  });

  it("ALLOCATE: an account whose quadrant is an error gets that error; its weight does not matter", () => {
    const cells = firstColumn(KAM.allocate(1000, col(1, na("insufficient data"), 2) as any, col(1, na(), 1) as any));
    expectError(cells[1], "NA", "insufficient data");
    expect((cells[0] as number) + (cells[2] as number)).toBeCloseTo(1000, 9);
    // A weight error where the account has a quadrant: the whole split depends on it.
    expectError(KAM.allocate(1000, col(1, 1) as any, col(1, na("weight unknown")) as any), "NA", "weight unknown");
  });

  it("MATRIX shows an error name as that error and still scores the row", () => {
    const out = KAM.matrix(col("A", na("lookup failed"), "C") as any, [[1], [2], [3]], [[3], [2], [1]]);
    expectError(out[2][0], "NA", "lookup failed");
    expect(typeof out[2][1]).toBe("number");
  });
});

describe("error cells in weights and options are the error of the whole call", () => {
  it.each([
    ["weights", () => KAM.value(DATA, [[1, na("no weight"), 1]])],
    ["method", () => KAM.value(DATA, null as any, null as any, na("no weight"))],
    ["missing", () => KAM.value(DATA, null as any, null as any, null, [[na("no weight")]])],
    ["threshold", () => KAM.quadrant(col(1) as any, col(2) as any, na("no weight"))],
    ["language", () => KAM.label([[1]], na("no weight"))],
    ["total", () => KAM.allocate(na("no weight"), col(1) as any)],
    ["shares", () => KAM.allocate(100, col(1) as any, null as any, [[0.4, 0.3, na("no weight"), 0.1]])],
  ])("%s", (_, call) => {
    expectError(call(), "NA", "no weight");
  });
});

describe("data-typed cells count as the value they show", () => {
  it("a formatted number is its number, in criteria, scores and weights", () => {
    expect(KAM.value(withCell(DATA, 2, 1, formatted(2)), [[1, formatted(2), 1]])).toEqual(KAM.value(DATA, [[1, 2, 1]]));
    expect(KAM.quadrant(col(formatted(60)) as any, col({ type: "Double", basicValue: 40 }) as any)).toEqual([[2]]);
  });

  it("an entity is its text: a name in MATRIX, a missing number in the data", () => {
    const out = KAM.matrix(col(entity("Alpha AG"), "B") as any, [[1], [entity("n/a")]], [[2], [1]]);
    expect(out[1][0]).toBe("Alpha AG");
    expectError(out[2][1], "NA", "insufficient data");
    expect(KAM.label([[entity("Key")]])[0][0]).toBeInstanceOf(KamError);
  });

  it("an option typed as a data type is read as its text", () => {
    expect(KAM.value(DATA, null as any, null as any, entity("minmax"))).toEqual(KAM.value(DATA, null as any, null as any, "minmax"));
  });
});

describe("Excel output", () => {
  const g = globalThis as { CustomFunctions?: unknown };
  afterEach(() => delete g.CustomFunctions);

  it("an #N/A passed through QUADRANT reaches Excel as CustomFunctions.Error with its message", () => {
    g.CustomFunctions = { Error: ExcelError };
    const out = KAM.quadrant(col(na("insufficient data: coverage 0%"), 60) as any, col(50, 50) as any);
    expect(out[0][0]).toEqual(new ExcelError("#N/A", "insufficient data: coverage 0%"));
    expect(out[1][0]).toBe(1);
    expect((KAM.label([[new ExcelError("#DIV/0!")]])[0][0] as ExcelError).code).toBe("#DIV/0!");
  });
});

describe("reading the arguments", () => {
  it("leaves a range without objects as the same array (no copy)", () => {
    const data = [
      [1, null, "x"],
      [2, true, 3],
    ];
    expect(argumentOf(data, "criterion")).toBe(data);
    const mixed = [data[0], [2, na(), 3]];
    const read = argumentOf(mixed, "criterion") as unknown[][];
    expect(read[0]).toBe(mixed[0]); // rows without objects are shared
    expect(read[1]).toEqual([2, null, 3]);
    expect(mixed[1][1]).toBeInstanceOf(ExcelError); // the host's array is never changed
  });
});
