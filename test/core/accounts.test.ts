/**
 * KAM.ACCOUNTS (SPEC 9) on a small order-line export computed by hand. Review date 2026-09-30,
 * 12 months: W = (2025-09-30, 2026-09-30], P = (2024-09-30, 2025-09-30].
 */
import { accountsTable, KamError } from "../../core";
import { expectError, thrown } from "./helpers";

const HEADER = ["Account", "Revenue", "Margin", "Growth", "Orders", "Days since last order", "Customer years"];

// account, date, amount, profit, category, order id
const LINES: unknown[][] = [
  ["GAMMA", "2026-11-01", 70, 7, "Tools", "G-9"], // after asOf: ignored, so Gamma comes last and is spelled "Gamma"
  ["Acme GmbH", "2026-09-15", 1000, 200, "Tools", "A-1"],
  ["acme  gmbh ", "2026-09-15", 500, 50, "tools", "A-1"], // same account, same order, same category
  ["ACME GMBH", "2026-03-01", 300, 30, "Paint", "A-2"],
  ["Acme GmbH", "2026-04-10", -200, -20, "Tools", "A-3"], // a return: in revenue, not an order
  ["Acme GmbH", "2025-09-30", 800, 80, "Tools", "A-0"], // the window's start date belongs to P
  ["Acme GmbH", "2025-01-15", 400, 40, "Tools", "A-00"], // P; Acme's first order
  [1001, "1.10.2025", 250, 25, "", "B-1"], // a number account, a German date, a blank category
  ["1001", "10/2/2025", 250, 25, "Paint", "B-2"], // the same account as text, a US date
  ["Beta", "2024-09-30", 100, 10, "Tools", "C-1"], // before P (P starts after 2024-09-30)
  ["Beta", "2025-06-30", -50, -5, "Tools", "C-2"], // P holds only a return
  ["Gamma", "2026-01-01", 120, 12, "Tools", "G-1"],
  ["Zeta", "2026-12-01", 10, 1, "Tools", "Z-1"], // only after asOf: no row
];

const column = (j: number, lines = LINES) => lines.map((l) => [l[j]]);
const args = (lines = LINES) => ({
  accounts: column(0, lines),
  dates: column(1, lines),
  amounts: column(2, lines),
  profits: column(3, lines),
  categories: column(4, lines),
  orders: column(5, lines),
  asOf: "2026-09-30",
});

const byName = (table: unknown[][]) => new Map(table.slice(1).map((row) => [row[0], row]));
const na = (x: unknown, message: string) => expectError(x, "NA", message);

describe("KAM.ACCOUNTS columns", () => {
  const table = accountsTable(args());

  test("header row, one row per account with a line on or before asOf, in the order of its first such line", () => {
    expect(table[0]).toEqual([...HEADER, "Categories"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(["Acme GmbH", 1001, "Beta", "Gamma"]);
  });

  test("Acme: returns in revenue, the window start in P, a shared order counted once", () => {
    const acme = byName(table).get("Acme GmbH")!;
    expect(acme[1]).toBe(1600); // 1000 + 500 + 300 - 200
    expect(acme[2]).toBeCloseTo(260 / 1600, 12); // (200 + 50 + 30 - 20) / 1600
    expect(acme[3]).toBeCloseTo(1600 / 1200 - 1, 12); // P: 800 + 400
    expect(acme[4]).toBe(2); // A-1 (two lines), A-2; the return A-3 is no order
    expect(acme[5]).toBe(15); // 15 September to 30 September
    expect(acme[6]).toBeCloseTo(623 / 365.25, 12); // 2025-01-15 to 2026-09-30 is 365 + 258 days
    expect(acme[7]).toBe(2); // Tools and tools are one category, Paint
  });

  test("1001 as a number and as text is one account, shown as first met", () => {
    const b = byName(table).get(1001)!;
    expect(b.slice(1, 3)).toEqual([500, 0.1]);
    na(b[3], "no revenue in the previous period");
    expect(b[4]).toBe(2);
    expect(b[5]).toBe(363); // 2 October 2025
    expect(b[6]).toBeCloseTo(364 / 365.25, 12); // 1 October 2025
    expect(b[7]).toBe(1); // the blank category is not a category
  });

  test("Beta: nothing in W, only a return in P", () => {
    const beta = byName(table).get("Beta")!;
    expect(beta[1]).toBe(0);
    na(beta[2], "no revenue in the review window");
    na(beta[3], "no revenue in the previous period");
    expect(beta[4]).toBe(0);
    expect(beta[5]).toBe(730); // 2024-09-30: two years of 365 days
    expect(beta[6]).toBeCloseTo(730 / 365.25, 12);
    expect(beta[7]).toBe(0);
  });

  test("Gamma is spelled as in its first line on or before asOf", () => {
    expect(byName(table).get("Gamma")!.slice(1, 2)).toEqual([120]);
  });

  test("without orders an order is a distinct date; without categories there is no Categories column", () => {
    const t = accountsTable({ ...args(), orders: null, categories: undefined });
    expect(t[0]).toEqual(HEADER);
    const acme = byName(t).get("Acme GmbH")!;
    expect(acme[4]).toBe(2); // 15 September (two lines) and 1 March
    expect(acme).toHaveLength(7);
  });

  test("without profits every margin is #N/A saying so", () => {
    const t = accountsTable({ ...args(), profits: [[null]] });
    for (const row of t.slice(1)) na(row[2], "no profits given");
    expect(byName(t).get("Acme GmbH")![1]).toBe(1600);
  });

  test("an account whose lines are all returns has no last order and no customer years", () => {
    const t = accountsTable({ accounts: [["R"], ["R"]], dates: [["2026-01-01"], ["2026-02-01"]], amounts: [[-5], [-7]] });
    const r = t[1];
    expect(r[1]).toBe(-12);
    na(r[5], "no order with an amount above 0");
    na(r[6], "no order with an amount above 0");
    expect(r[4]).toBe(0);
  });
});

describe("review date and window", () => {
  test("asOf defaults to the latest date of the valid lines", () => {
    const t = accountsTable({ ...args(), asOf: null });
    expect(t.slice(1).map((r) => r[0])).toEqual(["GAMMA", "Acme GmbH", 1001, "Beta", "Zeta"]);
    expect(byName(t).get("Zeta")![5]).toBe(0);
    expect(byName(t).get("GAMMA")![1]).toBe(190); // 2026-11-01 and 2026-01-01 both in (2025-12-01, 2026-12-01]
  });

  test("asOf as a serial, a Date object and the other text forms", () => {
    const expected = accountsTable(args());
    expect(accountsTable({ ...args(), asOf: 46295 })).toEqual(expected);
    expect(accountsTable({ ...args(), asOf: 46295.75 })).toEqual(expected);
    expect(accountsTable({ ...args(), asOf: [["30.9.2026"]] })).toEqual(expected);
    expect(accountsTable({ ...args(), asOf: "9/30/2026" })).toEqual(expected);
    expect(accountsTable({ ...args(), asOf: new Date(Date.UTC(2026, 8, 30, 22)) }, { timeZone: "UTC" })).toEqual(expected);
  });

  test("a window ending at a month end: 1 month back from 31 March 2024 starts after 29 February", () => {
    const dates = ["2024-02-29", "2024-03-01", "2024-01-31", "2024-02-01", "2024-01-30"];
    const t = accountsTable({
      accounts: dates.map(() => ["A"]),
      dates: dates.map((d) => [d]),
      amounts: [[1], [10], [100], [1000], [10000]],
      asOf: "2024-03-31",
      months: 1,
    });
    // W = (2024-02-29, 2024-03-31]: 10. P = (2024-01-31, 2024-02-29]: 1 + 1000.
    expect(t[1][1]).toBe(10);
    expect(t[1][3]).toBeCloseTo(10 / 1001 - 1, 12);
  });

  test("a window from 28 February: one month back is 28 January", () => {
    const dates = ["2025-01-28", "2025-01-29", "2025-01-31"];
    const t = accountsTable({
      accounts: dates.map(() => ["A"]),
      dates: dates.map((d) => [d]),
      amounts: [[1], [10], [100]],
      asOf: "2025-02-28",
      months: 1,
    });
    expect(t[1][1]).toBe(110);
    expect(t[1][3]).toBeCloseTo(110 / 1 - 1, 12);
  });

  test("months from 1 to 120; anything else is a VALUE error naming the range", () => {
    expect(accountsTable({ ...args(), months: 120 })[1][1]).toBe(2800); // every Acme line up to asOf: 1000 + 500 + 300 - 200 + 800 + 400
    expect(accountsTable({ ...args(), months: 6 })[1][1]).toBe(1300); // W = (2026-03-30, 2026-09-30]: 1000 + 500 - 200
    for (const m of [0, 121, 1.5, "12", true, [[1, 2]]]) {
      expectError(
        thrown(() => accountsTable({ ...args(), months: m })),
        "VALUE",
        /months|single cell/,
      );
    }
    expect(thrown(() => accountsTable({ ...args(), months: 0 })).message).toBe(
      "months 0 is not valid; use a whole number from 1 to 120 (default 12)",
    );
  });

  test("an asOf that is not a date is a VALUE error", () => {
    const e = thrown(() => accountsTable({ ...args(), asOf: "2026-02-30" }));
    expect(e.message).toBe('asOf "2026-02-30" is not a date; use a date, a date serial or text such as 2026-09-30, 30.9.2026 or 9/30/2026');
    expectError(
      thrown(() => accountsTable({ ...args(), asOf: true })),
      "VALUE",
      "asOf TRUE is not a date",
    );
  });
});

describe("lines", () => {
  const two = (cells: unknown[][]) => ({
    accounts: cells.map((c) => [c[0]]),
    dates: cells.map((c) => [c[1]]),
    amounts: cells.map((c) => [c[2]]),
    profits: cells.map((c) => [c[3]]),
  });

  test("all-blank lines are ignored, in the middle and at the end of a selected range", () => {
    const t = accountsTable(
      two([
        ["A", "2026-01-01", 5, 1],
        [null, null, null, null],
        ["A", "2026-01-02", 7, 1],
        ["", "", "", ""],
        [null, "  ", null, ""],
        [null, null, null, null],
      ]),
    );
    expect(t).toHaveLength(2);
    expect(t[1][1]).toBe(12);
  });

  test("Date objects (Google Sheets) count on their calendar date in the spreadsheet's time zone", () => {
    // Midnight of 1 October 2025 in Berlin is 22:00 UTC on 30 September: in W for Berlin, not for UTC.
    const midnight = new Date(Date.UTC(2025, 8, 30, 22));
    const cells = {
      accounts: [["A"], ["A"]],
      dates: [[midnight], [new Date(midnight.getTime())]],
      amounts: [[5], [7]],
      asOf: "2026-09-30",
    };
    expect(accountsTable(cells, { timeZone: "Europe/Berlin" })[1].slice(1, 2)).toEqual([12]);
    expect(accountsTable(cells, { timeZone: "UTC" })[1].slice(1, 2)).toEqual([0]);
  });

  test("a serial date with a time of day counts on its day", () => {
    const t = accountsTable({
      ...two([
        ["A", 46295.9, 5, 1],
        ["A", 46294.1, 5, 1],
      ]),
      asOf: 46295,
    });
    expect(t[1][5]).toBe(0);
    expect(t[1][4]).toBe(2);
  });

  test.each([
    [["A", "31.02.2021", 5, 1], 'line 2: date "31.02.2021" is not a date'],
    [["A", null, 5, 1], "line 2: date is empty"],
    [["A", 0.5, 5, 1], "line 2: date 0.5 is not a date"],
    [["A", true, 5, 1], "line 2: date TRUE is not a date"],
    [[null, "2026-01-01", 5, 1], "line 2: account is empty"],
    [["   ", "2026-01-01", 5, 1], "line 2: account is empty"],
    [[true, "2026-01-01", 5, 1], "line 2: account TRUE is not a text or a number"],
    [["A", "2026-01-01", "1.234,56", 1], 'line 2: amount "1.234,56" is text; enter it as the number 1234.56'],
    [["A", "2026-01-01", "12", 1], 'line 2: amount "12" is text; enter it as the number 12'],
    [["A", "2026-01-01", "n/a", 1], 'line 2: amount "n/a" is not a number'],
    [["A", "2026-01-01", null, 1], "line 2: amount is empty"],
    [["A", "2026-01-01", 5, null], "line 2: profit is empty"],
    [["A", "2026-01-01", 5, "1,5"], 'line 2: profit "1,5" is text; enter it as the number 1.5'],
  ])("an invalid line %j: %s", (line, reason) => {
    const e = thrown(() => accountsTable(two([["A", "2026-01-01", 5, 1], line])));
    expect(e.kind).toBe("VALUE");
    expect(e.message).toBe(`1 line is not valid; ${reason}`);
  });

  test("several invalid lines: how many and the first", () => {
    const e = thrown(() =>
      accountsTable(
        two([
          ["A", "2026-01-01", 5, 1],
          ["A", "x", 5, 1],
          ["A", "2026-01-01", "y", 1],
          ["A", "2026-01-01", 5, 1],
          [null, "2026-01-01", 5, 1],
        ]),
      ),
    );
    expect(e.message).toBe('3 lines are not valid; line 2: date "x" is not a date');
  });

  test("the SPEC's example message", () => {
    const cells = Array.from({ length: 20 }, (_, i) => ["A", i === 16 ? "31.02.2021" : i > 17 ? "2021-13-01" : "2021-01-01", 1, 1]);
    expect(thrown(() => accountsTable(two(cells))).message).toBe('3 lines are not valid; line 17: date "31.02.2021" is not a date');
  });

  test("an error cell as category or order id makes the line invalid; a blank one is allowed", () => {
    const base = { accounts: [["A"], ["A"]], dates: [["2026-01-01"], ["2026-01-02"]], amounts: [[1], [2]] };
    expect(accountsTable({ ...base, categories: [["x"], [null]], orders: [[null], ["o"]] })[1]).toEqual([
      "A",
      3,
      expect.anything(),
      expect.anything(),
      1,
      0,
      1 / 365.25,
      1,
    ]);
    const e = thrown(() => accountsTable({ ...base, orders: [["o"], [new KamError("NA", "x")]] }));
    expect(e.message).toMatch(/^1 line is not valid; line 2: order .* is not a text or a number$/);
  });

  test("columns of different lengths are a VALUE error naming both", () => {
    const e = thrown(() =>
      accountsTable({ accounts: [["A"], ["B"], ["C"]], dates: [["2026-01-01"], ["2026-01-01"]], amounts: [[1], [2], [3]] }),
    );
    expect(e.message).toBe("dates has 2 cells but accounts has 3; give one cell per line in each column (or row)");
  });

  test("rows work as well as columns, and a 2-D block is a shape error", () => {
    const t = accountsTable({ accounts: [["A", "B"]], dates: [["2026-01-01", "2026-01-02"]], amounts: [[1, 2]] });
    expect(t.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["A", 1],
      ["B", 2],
    ]);
    expectError(
      thrown(() =>
        accountsTable({
          accounts: [
            ["A", "B"],
            ["C", "D"],
          ],
          dates: [
            [1, 2],
            [3, 4],
          ],
          amounts: [
            [1, 2],
            [3, 4],
          ],
        }),
      ),
      "VALUE",
      "accounts must be a single row or column, got 2 x 2",
    );
  });

  test("no lines at all gives the header alone", () => {
    expect(accountsTable({ accounts: [[null], [null]], dates: [[null], [null]], amounts: [[null], [null]] })).toEqual([HEADER]);
  });
});
