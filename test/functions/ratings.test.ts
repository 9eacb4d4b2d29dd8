/**
 * KAM.RATINGS as a custom function (SPEC 15) with what hosts pass: error cells (a score's error is
 * no answer, an account's or rater's makes the line invalid and named), data-typed cells, left-out
 * arguments as null and as blank cells, and options in any case.
 */
import * as KAM from "../../functions/functions";
import { col, expectError } from "../core/helpers";

/** As Excel hands an error cell over with allowErrorForDataTypeAny. */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ACCOUNTS = col("Acme", "Beta", "acme", "Beta");
const RATERS = col("Anna", "Anna", "Ben", null);
const SCORES = [
  [4, 2],
  [3, 5],
  [2, 4],
  [5, 1],
];

describe("KAM.RATINGS", () => {
  it("hand-checked medians; left-out arguments as null and as blank cells give the defaults", () => {
    // Acme: Anna 4/2, Ben 2/4 -> 3, 3. Beta: Anna 3/5 and a blank rater 5/1 -> 4, 3.
    const expected = [
      ["Account", "Responses", "Score 1", "Score 2"],
      ["Acme", 2, 3, 3],
      ["Beta", 2, 4, 3],
    ];
    expect(KAM.ratings(ACCOUNTS, SCORES, RATERS)).toEqual(expected);
    expect(KAM.ratings(ACCOUNTS, SCORES, RATERS, [[null]], [[""]], [[null]], [[null]], [[null]])).toEqual(expected);
    expect(KAM.ratings(ACCOUNTS, SCORES, RATERS, undefined, undefined, undefined, " MEDIAN ")).toEqual(expected);
  });

  it("an error cell among the scores is no answer; the line still counts", () => {
    const scores = SCORES.map((row, i) => (i === 2 ? [new ExcelError("#N/A"), 4] : row));
    // Acme's score 1: only Anna's 4 is left.
    expect(KAM.ratings(ACCOUNTS, scores, RATERS)[1]).toEqual(["Acme", 2, 4, 3]);
  });

  it("an error cell in an account or rater makes the line invalid, named with the literal", () => {
    expectError(
      KAM.ratings(col("Acme", new ExcelError("#REF!"), "Beta", "Beta"), SCORES),
      "VALUE",
      "1 line is not valid; line 2: account (the error value #REF!) is not a text or a number",
    );
    expectError(
      KAM.ratings(ACCOUNTS, SCORES, col("Anna", "Ben", new ExcelError("#N/A"), null)),
      "VALUE",
      "line 3: rater (the error value #N/A) is not a text or a number",
    );
  });

  it("a data-typed score cell counts by its basic value", () => {
    const scores = SCORES.map((row, i) => (i === 0 ? [{ type: "FormattedNumber", basicValue: 1 }, 2] : row));
    expect(KAM.ratings(ACCOUNTS, scores, RATERS)[1]).toEqual(["Acme", 2, 1.5, 3]);
  });

  it("bad arguments: unknown method, asOf without dates, a required range left out", () => {
    expectError(KAM.ratings(ACCOUNTS, SCORES, null as any, null as any, null, null, "average"), "VALUE", 'unknown method "average"');
    expectError(KAM.ratings(ACCOUNTS, SCORES, null as any, null as any, "2026-01-01"), "VALUE", "asOf is given but dates is not");
    expectError(KAM.ratings(ACCOUNTS, null as any), "VALUE", "scores is empty");
    expectError(
      KAM.ratings(ACCOUNTS, col(9, 10, 0, 11), null as any, null as any, null, null, "nps"),
      "VALUE",
      '1 line is not valid; line 4: score 1 is 11; method "nps" needs the answer to a 0-10 question',
    );
  });
});
