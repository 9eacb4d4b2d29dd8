/**
 * KAM.RATINGS (SPEC 15) by hand. A review workshop: three raters score strategic importance and
 * collaboration from 1 to 5; review date 2026-09-30, 12 months: W = (2025-09-30, 2026-09-30].
 */
import { ratingsTable } from "../../core";
import { expectError, thrown } from "./helpers";

const WORKSHOP: unknown[][] = [
  // account, rater, date, strategic importance, collaboration
  ["Acme GmbH", "Anna", "2026-09-10", 4, 3],
  ["Acme GmbH", "Ben", "2026-09-10", 5, 2],
  ["acme gmbh ", "anna", "2026-09-20", 2, ""], // Anna's later answer replaces her 4; a blank leaves her 3
  ["Beta AG", "Anna", "2026-09-10", 3, 4],
  ["Acme GmbH", "Carla", "2026-09-10", "n/a", 5], // text is no answer, the line stays valid
  ["Beta AG", null, "2026-09-11", 5, null], // a blank rater: a response of its own
  ["Beta AG", null, "2026-09-11", 1, null], // and another one
  ["Gamma", "Ben", "2025-09-30", 5, 5], // the window's start: outside W
  ["Gamma", "Anna", "2026-10-01", 4, 4], // after the review date
  [null, null, null, null, null], // a blank line is ignored
  ["Delta", "Ben", "2026-09-12", null, null], // counts, but without an answer: no row
];
const col = (j: number, lines = WORKSHOP) => lines.map((l) => [l[j]]);
const scores = (lines = WORKSHOP) => lines.map((l) => [l[3], l[4]]);
const base = {
  accounts: col(0),
  raters: col(1),
  dates: col(2),
  scores: scores(),
  asOf: "2026-09-30",
  headers: [["Strategic importance", "Collaboration"]],
};
const HEADER = ["Account", "Responses", "Strategic importance", "Collaboration"];

describe("KAM.RATINGS", () => {
  test("median per account and criterion, named raters once with their latest answer", () => {
    // Acme SI: Anna 2 (latest), Ben 5 -> median 3.5; Collab: Anna 3, Ben 2, Carla 5 -> 3.
    // Beta SI: Anna 3, blank 5, blank 1 -> 3; Collab: Anna 4 -> 4. Responders: Anna + 2 blank lines.
    expect(ratingsTable(base)).toEqual([HEADER, ["Acme GmbH", 3, 3.5, 3], ["Beta AG", 3, 3, 4]]);
  });

  test("mean, spread, count", () => {
    expect(ratingsTable({ ...base, method: "Mean" }).slice(1)).toEqual([
      ["Acme GmbH", 3, 3.5, 10 / 3],
      ["Beta AG", 3, 3, 4],
    ]);
    expect(ratingsTable({ ...base, method: "spread" }).slice(1)).toEqual([
      ["Acme GmbH", 3, 3, 3],
      ["Beta AG", 3, 4, 0],
    ]);
    expect(ratingsTable({ ...base, method: "COUNT" }).slice(1)).toEqual([
      ["Acme GmbH", 3, 2, 3],
      ["Beta AG", 3, 3, 1],
    ]);
  });

  test("the window: asOf defaults to the latest valid date, months narrows it", () => {
    // Latest date 2026-10-01: Gamma's Anna counts (Gamma first appears there), Ben's 2025-09-30 not.
    expect(ratingsTable({ ...base, asOf: null })).toEqual([HEADER, ["Acme GmbH", 3, 3.5, 3], ["Beta AG", 3, 3, 4], ["Gamma", 1, 4, 4]]);
    // One month back from 2026-09-30: (2026-08-30, 2026-09-30]; the same lines count.
    expect(ratingsTable({ ...base, months: 1 })).toEqual(ratingsTable(base));
    // A review date of 2026-09-15: Anna's 2026-09-20 answer does not count yet, so her 4 stands;
    // W = (2025-09-15, 2026-09-15] now holds Ben's Gamma rating of 2025-09-30.
    expect(ratingsTable({ ...base, asOf: "15.9.2026" }).slice(1)).toEqual([
      ["Acme GmbH", 3, 4.5, 3],
      ["Beta AG", 3, 3, 4],
      ["Gamma", 1, 5, 5],
    ]);
  });

  test("without dates every line counts and the later line is the latest; without raters every line is a response", () => {
    const noDates = { accounts: base.accounts, raters: base.raters, scores: base.scores, headers: base.headers };
    // Gamma: Ben 5 then Anna 4; SI and collab median 4.5.
    expect(ratingsTable(noDates).slice(1)).toEqual([
      ["Acme GmbH", 3, 3.5, 3],
      ["Beta AG", 3, 3, 4],
      ["Gamma", 2, 4.5, 4.5],
    ]);
    const noRaters = { accounts: base.accounts, scores: base.scores };
    // Acme SI: 4, 5, 2 -> 4; collab 3, 2, 5 -> 3; four lines answer (Carla's line has collab).
    expect(ratingsTable(noRaters)).toEqual([
      ["Account", "Responses", "Score 1", "Score 2"],
      ["Acme GmbH", 4, 4, 3],
      ["Beta AG", 3, 3, 4],
      ["Gamma", 2, 4.5, 4.5],
    ]);
  });

  test("equal dates: the later line wins; a later blank does not replace", () => {
    const t = ratingsTable({
      accounts: [["A"], ["A"], ["A"]],
      raters: [["R"], ["R"], ["R"]],
      dates: [["2026-01-05"], ["2026-01-05"], ["2026-01-06"]],
      scores: [[1], [2], [null]],
    });
    expect(t).toEqual([
      ["Account", "Responses", "Score 1"],
      ["A", 1, 2],
    ]);
    // An earlier date written later in the sheet does not replace a later answer.
    const u = ratingsTable({
      accounts: [["A"], ["A"]],
      raters: [["R"], ["R"]],
      dates: [["2026-01-06"], ["2026-01-05"]],
      scores: [[5], [1]],
    });
    expect(u[1]).toEqual(["A", 1, 5]);
  });

  test("order: the account's first line that counts, even when its answer is later replaced", () => {
    const t = ratingsTable({
      accounts: [["B"], ["A"], ["B"]],
      raters: [["R"], ["R"], ["R"]],
      scores: [[1], [2], [3]],
    });
    expect(t.slice(1)).toEqual([
      ["B", 1, 3],
      ["A", 1, 2],
    ]);
    // A criterion without any response is an empty cell.
    expect(
      ratingsTable({
        accounts: [["A"], ["B"]],
        scores: [
          [1, null],
          [null, 2],
        ],
      }).slice(1),
    ).toEqual([
      ["A", 1, 1, ""],
      ["B", 1, "", 2],
    ]);
  });

  test("NPS: 100 x (promoters - detractors) / responses", () => {
    // 10, 9 promoters; 8, 7 passive; 6, 0 detractors: (2 - 2) / 6 = 0. B: 9, 9, 3, 8: (2 - 1) / 4 = 25.
    const accounts = [["A"], ["A"], ["A"], ["A"], ["A"], ["A"], ["B"], ["B"], ["B"], ["B"]];
    const answers = [[10], [9], [8], [7], [6], [0], [9], [9], [3], [8]];
    expect(ratingsTable({ accounts, scores: answers, method: "nps" }).slice(1)).toEqual([
      ["A", 6, 0],
      ["B", 4, 25],
    ]);
    // Only detractors: -100.
    expect(ratingsTable({ accounts: [["C"]], scores: [[2]], method: "nps" })[1]).toEqual(["C", 1, -100]);
  });

  test("NPS: an answer outside 0..10 or not whole makes the line invalid, named", () => {
    const accounts = [["A"], ["B"], ["C"]];
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[9], [11], [7.5]], method: "nps" })),
      "VALUE",
      '2 lines are not valid; line 2: score 1 is 11; method "nps" needs the answer to a 0-10 question',
    );
    // With median the same numbers are fine.
    expect(ratingsTable({ accounts, scores: [[9], [11], [7.5]] }).length).toBe(4);
  });

  test("invalid lines are named, never dropped: blank account with scores, bad date, bad rater", () => {
    expectError(
      thrown(() => ratingsTable({ accounts: [["A"], [null]], scores: [[1], [2]] })),
      "VALUE",
      "1 line is not valid; line 2: account is empty",
    );
    expectError(
      thrown(() => ratingsTable({ accounts: [["A"], ["B"]], dates: [["2026-01-01"], ["31.02.2026"]], scores: [[1], [2]] })),
      "VALUE",
      'line 2: date "31.02.2026" is not a date',
    );
    expectError(
      thrown(() => ratingsTable({ accounts: [["A"]], raters: [[true]], scores: [[1]] })),
      "VALUE",
      "line 1: rater TRUE is not a text or a number",
    );
    // A line with nothing but an answer-less text score is not blank: its account is missing.
    expectError(
      thrown(() => ratingsTable({ accounts: [[""]], scores: [["n/a"]] })),
      "VALUE",
      "line 1: account is empty",
    );
  });

  test("whole-argument errors say what would be right", () => {
    const accounts = [["A"], ["B"]];
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[1]] })),
      "VALUE",
      "scores has 1 rows but accounts has 2",
    );
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[1], [2]], asOf: "2026-01-01" })),
      "VALUE",
      "asOf is given but dates is not",
    );
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[1], [2]], months: 6 })),
      "VALUE",
      "months is given but dates is not",
    );
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[1], [2]], method: "mode" })),
      "VALUE",
      'unknown method "mode"',
    );
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[1], [2]], headers: [["a", "b"]] })),
      "VALUE",
      "headers is 1 x 2 but scores has 1 column; give one header per score column",
    );
    expectError(
      thrown(() => ratingsTable({ accounts, scores: [[1], [2]], raters: [["x"]] })),
      "VALUE",
      "raters has 1 cells but accounts has 2",
    );
    // headers as a column works too.
    expect(
      ratingsTable({
        accounts,
        scores: [
          [1, 2],
          [3, 4],
        ],
        headers: [["SI"], ["Collab"]],
      })[0],
    ).toEqual(["Account", "Responses", "SI", "Collab"]);
  });

  test("numbers as account and rater keys by their text; the name shown is the first spelling that counts", () => {
    const t = ratingsTable({ accounts: [[1001], ["1001"], [" Acme "]], raters: [[7], ["7"], [null]], scores: [[1], [3], [2]] });
    expect(t.slice(1)).toEqual([
      [1001, 1, 3],
      ["Acme", 1, 2],
    ]);
  });

  test("the worked example of docs/ratings.md", () => {
    const rows = [
      ["Acme GmbH", "Anna", "2026-09-10", 4, 3],
      ["Acme GmbH", "Ben", "2026-09-10", 5, 2],
      ["acme gmbh", "anna", "2026-09-20", 2, null],
      ["Beta AG", "Anna", "2026-09-10", 3, 4],
      ["Acme GmbH", "Carla", "2026-09-10", "n/a", 5],
      ["Beta AG", null, "2026-09-11", 5, null],
    ];
    const args = {
      accounts: rows.map((r) => [r[0]]),
      scores: rows.map((r) => [r[3], r[4]]),
      raters: rows.map((r) => [r[1]]),
      dates: rows.map((r) => [r[2]]),
      asOf: "2026-09-30",
      headers: [["Strategic importance", "Collaboration"]],
    };
    expect(ratingsTable(args)).toEqual([HEADER, ["Acme GmbH", 3, 3.5, 3], ["Beta AG", 2, 4, 4]]);
    expect(ratingsTable({ ...args, method: "spread" })[1][2]).toBe(3);
  });
});
