/** KAM.ACTIVITY (SPEC 10) by hand: review date 2026-09-30, 12 months, W = (2025-09-30, 2026-09-30]. */
import { activityTable } from "../../core";
import { expectError, thrown } from "./helpers";

const LOG: unknown[][] = [
  ["Acme GmbH", "2026-09-01", "Visit"],
  ["acme gmbh", "2026-06-15", "call"],
  ["ACME GMBH", "2026-05-02", "E-mail"],
  ["Acme GmbH", "2025-09-30", "Visit"], // the window's start: not in W, but a contact
  ["Beta", "2025-03-01", "Call"], // only before W
  ["Acme GmbH", "2026-10-05", "Visit"], // after asOf: ignored
  ["Gamma", "15.9.2026", null], // a blank type weighs 1
];
const col = (j: number) => LOG.map((l) => [l[j]]);
const base = { accounts: col(0), dates: col(1), asOf: "2026-09-30" };

describe("KAM.ACTIVITY", () => {
  test("counts without types, days since the last contact on or before asOf", () => {
    expect(activityTable(base)).toEqual([
      ["Account", "Interactions", "Days since last contact"],
      ["Acme GmbH", 3, 29],
      ["Beta", 0, 578], // 2025-03-01 to 2026-09-30: 365 + 213
      ["Gamma", 1, 15],
    ]);
  });

  test("typeWeights: listed types by key (case and spaces), unlisted weigh 1", () => {
    const t = activityTable({
      ...base,
      types: col(2),
      typeWeights: [
        ["visit", 3],
        ["  CALL ", 0.5],
        [null, null],
        ["Webinar", 2],
      ],
    });
    expect(t.slice(1)).toEqual([
      ["Acme GmbH", 3 + 0.5 + 1, 29],
      ["Beta", 0, 578],
      ["Gamma", 1, 15],
    ]);
  });

  test("a weight of 0 drops a type from the count but not from the last contact", () => {
    const t = activityTable({ ...base, types: col(2), typeWeights: [["Visit", 0]] });
    expect(t[1]).toEqual(["Acme GmbH", 2, 29]);
  });

  test("asOf defaults to the latest activity date; months narrows W", () => {
    const t = activityTable({ accounts: col(0), dates: col(1) });
    expect(t[1]).toEqual(["Acme GmbH", 4, 0]); // asOf 2026-10-05, W = (2025-10-05, 2026-10-05]
    const six = activityTable({ ...base, months: 3 }); // W = (2026-06-30, 2026-09-30]
    expect(six[1]).toEqual(["Acme GmbH", 1, 29]);
  });

  test("invalid lines: a blank account, a date that is not one", () => {
    expect(thrown(() => activityTable({ accounts: [["A"], [null]], dates: [["2026-01-01"], ["2026-01-02"]] })).message).toBe(
      "1 line is not valid; line 2: account is empty",
    );
    expect(thrown(() => activityTable({ accounts: [["A"], ["B"]], dates: [["2026-01-01"], ["2/29/2025"]] })).message).toBe(
      '1 line is not valid; line 2: date "2/29/2025" is not a date',
    );
    expect(activityTable({ accounts: [["A"], [null]], dates: [["2026-01-01"], [null]] })).toHaveLength(2);
  });

  test("bad typeWeights are VALUE errors that say what is right", () => {
    const withTypes = { ...base, types: col(2) };
    expectError(
      thrown(() => activityTable({ ...withTypes, typeWeights: [["Visit", 1, 2]] })),
      "VALUE",
      "typeWeights must have two columns (type, weight), got 1 x 3",
    );
    expectError(
      thrown(() => activityTable({ ...withTypes, typeWeights: [["Visit", -1]] })),
      "VALUE",
      "typeWeights row 1: weight -1 is not valid; use a number of 0 or more",
    );
    expectError(
      thrown(() => activityTable({ ...withTypes, typeWeights: [["Visit", "2"]] })),
      "VALUE",
      'weight "2" is not valid',
    );
    expectError(
      thrown(() =>
        activityTable({
          ...withTypes,
          typeWeights: [
            ["Visit", 1],
            [null, 2],
          ],
        }),
      ),
      "VALUE",
      "typeWeights row 2: the type is empty",
    );
    expectError(
      thrown(() =>
        activityTable({
          ...withTypes,
          typeWeights: [
            ["Visit", 1],
            ["visit ", 2],
          ],
        }),
      ),
      "VALUE",
      'typeWeights lists type "visit" twice (rows 1 and 2)',
    );
    expectError(
      thrown(() => activityTable({ ...base, typeWeights: [["Visit", 1]] })),
      "VALUE",
      "typeWeights is given but types is not",
    );
  });
});
