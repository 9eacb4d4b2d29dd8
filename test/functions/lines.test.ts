/**
 * KAM.ACCOUNTS and KAM.ACTIVITY as custom functions (SPEC 9, 10): every number worked out by hand
 * from the lines below, error cells in a line (the line is invalid and named, never dropped),
 * optional arguments left out as null and as a blank cell, and each bad argument's error.
 */
import * as KAM from "../../functions/functions";
import { KamError } from "../../core";
import { col, expectError } from "../core/helpers";

/** A date serial computed with the platform's UTC calendar (independent of src/dates.ts). */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** As Excel hands an error cell over with allowErrorForDataTypeAny. */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

// Review 2025-06-30, 12 months: W = (2024-06-30, 2025-06-30], P = (2023-06-30, 2024-06-30].
const AS_OF = serial(2025, 6, 30);
const LINES: unknown[][] = [
  // account, date, amount, profit, category, order
  ["Acme", serial(2025, 1, 15) + 0.75, 1000, 300, "A", "SO1"], // a time of day is dropped
  ["acme ", "15.1.2025", 500, 100, "B", "so1"], // same account and order, other spelling
  ["Acme", "2024-03-10", 1200, 240, "A", "SO0"], // previous period
  ["Beta", "6/30/2025", 800, 80, "A", "SO2"], // on the review date
  ["Beta", serial(2025, 5, 1), -100, -10, "A", "SO3"], // a return
  [null, null, null, null, null, null], // a blank line is ignored
  ["Gamma", "2025-07-05", 999, 99, "C", "SO4"], // after the review date
  [1001, serial(2024, 7, 1), 50, 5, "", ""], // a number as account; blank category and order id
];
const column = (j: number, lines = LINES) => lines.map((l) => [l[j]]);
const [ACCOUNTS, DATES, AMOUNTS, PROFITS, CATEGORIES, ORDERS] = [0, 1, 2, 3, 4, 5].map((j) => column(j));
const withCell = (m: unknown[][], r: number, v: unknown) => m.map((row, i) => (i === r ? [v] : row));

const HEADER = ["Account", "Revenue", "Margin", "Growth", "Orders", "Days since last order", "Customer years"];

describe("KAM.ACCOUNTS", () => {
  const out = KAM.accounts(ACCOUNTS, DATES, AMOUNTS, PROFITS, AS_OF, 12, CATEGORIES, ORDERS);

  it("has the header row, then one row per account in the order of its first line, without the account dated after asOf", () => {
    expect(out[0]).toEqual([...HEADER, "Categories"]);
    expect(out.slice(1).map((r) => r[0])).toEqual(["Acme", "Beta", 1001]);
  });

  it("Acme: two spellings, one order of two lines, a previous period", () => {
    const [, revenue, margin, growth, orders, days, years, categories] = out[1];
    expect(revenue).toBe(1500);
    expect(margin).toBeCloseTo(400 / 1500, 12);
    expect(growth).toBeCloseTo(1500 / 1200 - 1, 12);
    expect(orders).toBe(1); // SO1 and so1
    expect(days).toBe(16 + 28 + 31 + 30 + 31 + 30); // 15 Jan to 30 Jun 2025
    expect(years).toBeCloseTo((365 + 112) / 365.25, 12); // 10 Mar 2024 to 30 Jun 2025
    expect(categories).toBe(2);
  });

  it("Beta: a return counts in revenue, not in orders; no previous revenue is #N/A for growth", () => {
    const [, revenue, margin, growth, orders, days, years, categories] = out[2];
    expect(revenue).toBe(700);
    expect(margin).toBeCloseTo(70 / 700, 12);
    expectError(growth, "NA", "no revenue in the previous period");
    expect([orders, days, years, categories]).toEqual([1, 0, 0, 1]);
  });

  it("1001: blank order id and category count nothing", () => {
    const [, revenue, , , orders, days, years, categories] = out[3];
    expect(revenue).toBe(50);
    expect(orders).toBe(0);
    expect(days).toBe(364);
    expect(years).toBeCloseTo(364 / 365.25, 12);
    expect(categories).toBe(0);
  });

  it("without order ids an order is a distinct date", () => {
    const plain = KAM.accounts(ACCOUNTS, DATES, AMOUNTS, PROFITS, AS_OF);
    expect(plain[0]).toEqual(HEADER);
    expect(plain.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ["Acme", 1], // both lines on 15 Jan
      ["Beta", 1],
      [1001, 1],
    ]);
  });

  it("asOf and months as text and a 1x1 range; a shorter window", () => {
    const six = KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, [["30.6.2025"]], [[6]]);
    // W = (2024-12-30, 2025-06-30]: 1001's line of July 2024 is in P, Acme's of March 2024 in neither.
    expect(six.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["Acme", 1500],
      ["Beta", 700],
      [1001, 0],
    ]);
    expectError(six[1][3], "NA", "no revenue in the previous period");
    expect(six[3][3]).toBe(-1); // nothing in W, 50 in P: 0 / 50 - 1
  });

  describe("optional arguments left out", () => {
    const reference = KAM.accounts(ACCOUNTS, DATES, AMOUNTS);
    it.each([
      ["null", null],
      ["a blank 1x1 range", [[null]]],
      ["an empty text cell", [[""]]],
    ])("as %s", (_, blank) => {
      expect(KAM.accounts(ACCOUNTS, DATES, AMOUNTS, blank as any, blank, blank, blank as any, blank as any)).toEqual(reference);
    });
    it("asOf defaults to the latest date, months to 12; no profits is #N/A for the margin", () => {
      // Latest date: Gamma's 2025-07-05, so Gamma has a row and W = (2024-07-05, 2025-07-05].
      expect(reference.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
        ["Acme", 1500, 171],
        ["Beta", 700, 5],
        ["Gamma", 999, 0],
        [1001, 0, 369],
      ]);
      expectError(reference[1][2], "NA", "no profits given");
    });
  });

  describe("an error cell in a line makes that line invalid, named", () => {
    it.each([
      [
        "the account",
        () => KAM.accounts(withCell(ACCOUNTS, 3, new ExcelError("#N/A", "lookup failed")), DATES, AMOUNTS),
        "line 4: account (the error value #N/A) is not a text or a number",
      ],
      [
        "the date",
        () => KAM.accounts(ACCOUNTS, withCell(DATES, 4, new ExcelError("#VALUE!")), AMOUNTS),
        "line 5: date (the error value #VALUE!) is not a date",
      ],
      [
        "the amount",
        () => KAM.accounts(ACCOUNTS, DATES, withCell(AMOUNTS, 0, new ExcelError("#DIV/0!"))),
        "line 1: amount (the error value #DIV/0!) is not a number",
      ],
      [
        "the profit",
        () => KAM.accounts(ACCOUNTS, DATES, AMOUNTS, withCell(PROFITS, 1, new ExcelError("#N/A"))),
        "line 2: profit (the error value #N/A) is not a number",
      ],
      [
        "the category",
        () => KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, null, null, withCell(CATEGORIES, 2, new ExcelError("#REF!"))),
        "line 3: category (the error value #REF!) is not a text or a number",
      ],
      [
        "the order id",
        () => KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, null, null, null as any, withCell(ORDERS, 6, new ExcelError("#N/A"))),
        "line 7: order (the error value #N/A) is not a text or a number",
      ],
      [
        "a blank line's only cell",
        () => KAM.accounts(ACCOUNTS, withCell(DATES, 5, new ExcelError("#N/A")), AMOUNTS),
        "line 6: account is empty",
      ],
    ])("%s", (_, call, message) => {
      const e = call();
      expectError(e, "VALUE", `1 line is not valid; ${message}`);
    });

    it("a data-types error counts as an error cell too, and several invalid lines are counted", () => {
      const typed = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
      const amounts = withCell(withCell(AMOUNTS, 1, "1.234,56"), 4, typed);
      expectError(
        KAM.accounts(ACCOUNTS, DATES, amounts),
        "VALUE",
        '2 lines are not valid; line 2: amount "1.234,56" is text; enter it as the number 1234.56',
      );
    });
  });

  it("says what is wrong with each bad argument", () => {
    expectError(KAM.accounts(null as any, DATES, AMOUNTS), "VALUE", "accounts is empty");
    expectError(KAM.accounts(ACCOUNTS, null as any, AMOUNTS), "VALUE", "dates is empty");
    expectError(KAM.accounts(ACCOUNTS, DATES, null as any), "VALUE", "amounts is empty");
    expectError(KAM.accounts(ACCOUNTS, DATES, AMOUNTS.slice(1)), "VALUE", "amounts has 7 cells but accounts has 8");
    expectError(
      KAM.accounts(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        DATES,
        AMOUNTS,
      ),
      "VALUE",
      "accounts must be a single row or column, got 2 x 2",
    );
    expectError(KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, "31.02.2025"), "VALUE", 'asOf "31.02.2025" is not a date');
    expectError(KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, [[1, 2]]), "VALUE", "asOf must be a single cell, got 1 x 2");
    expectError(KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, new ExcelError("#N/A", "no date yet")), "NA", "no date yet");
    for (const m of [0, 121, 1.5, "12"])
      expectError(
        KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, null, m),
        "VALUE",
        `months ${typeof m === "string" ? `"${m}"` : m} is not valid; use a whole number from 1 to 120`,
      );
    expectError(KAM.accounts(ACCOUNTS, DATES, AMOUNTS, null as any, null, new ExcelError("#NUM!")), "NUM", "#NUM!");
    expectError(KAM.accounts(ACCOUNTS, withCell(DATES, 0, "2025-13-01"), AMOUNTS), "VALUE", 'line 1: date "2025-13-01" is not a date');
  });

  it("reaches Excel with per-account #N/A as CustomFunctions.Error carrying the message", () => {
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: ExcelError };
    try {
      const excel = KAM.accounts(ACCOUNTS, DATES, AMOUNTS, PROFITS, AS_OF);
      expect(excel[2][3]).toEqual(new ExcelError("#N/A", "no revenue in the previous period"));
      expect(excel[1][1]).toBe(1500);
      const whole = KAM.accounts(ACCOUNTS, withCell(DATES, 0, "x"), AMOUNTS) as unknown;
      expect(whole).toEqual(new ExcelError("#VALUE!", '1 line is not valid; line 1: date "x" is not a date'));
    } finally {
      delete g.CustomFunctions;
    }
  });
});

describe("KAM.ACTIVITY", () => {
  const log: unknown[][] = [
    ["Acme", "2025-06-01", "Visit"],
    ["ACME", serial(2025, 6, 20), "call"],
    ["Beta", "30.6.2024", "Call"], // on EDATE(asOf, -12): outside W
    ["Beta", "2.7.2024", "Mail"],
    ["Acme", "2025-07-01", "Visit"], // after asOf
    [null, null, null],
  ];
  const [accounts, dates, types] = [0, 1, 2].map((j) => column(j, log));
  const weights = [
    ["Visit", 3],
    ["Call", 1],
    ["mail", 0.5],
  ];

  it("counts the activities of W, or sums their type weights; days since the last contact", () => {
    expect(KAM.activity(accounts, dates, "2025-06-30")).toEqual([
      ["Account", "Interactions", "Days since last contact"],
      ["Acme", 2, 10],
      ["Beta", 1, 363],
    ]);
    expect(KAM.activity(accounts, dates, serial(2025, 6, 30), 12, types, weights)).toEqual([
      ["Account", "Interactions", "Days since last contact"],
      ["Acme", 4, 10],
      ["Beta", 0.5, 363],
    ]);
  });

  it("left-out arguments as null and as blank cells give the defaults (asOf = latest activity)", () => {
    const reference = KAM.activity(accounts, dates);
    expect(reference.slice(1)).toEqual([
      ["Acme", 3, 0],
      ["Beta", 1, 364],
    ]);
    expect(KAM.activity(accounts, dates, [[null]], [[""]], [[null]], [[null]])).toEqual(reference);
  });

  it("an error cell in a line makes it invalid; bad arguments say what is wrong", () => {
    expectError(
      KAM.activity(withCell(accounts, 2, new ExcelError("#N/A")), dates),
      "VALUE",
      "1 line is not valid; line 3: account (the error value #N/A) is not a text or a number",
    );
    expectError(KAM.activity(accounts, withCell(dates, 0, true)), "VALUE", "line 1: date TRUE is not a date");
    expectError(KAM.activity(accounts, dates, null, null, null as any, weights), "VALUE", "typeWeights is given but types is not");
    expectError(
      KAM.activity(accounts, dates, null, null, types, [["Visit"]]),
      "VALUE",
      "typeWeights must have two columns (type, weight), got 1 x 1",
    );
    expectError(KAM.activity(accounts, dates, null, null, types, [["Visit", -1]]), "VALUE", "typeWeights row 1: weight -1 is not valid");
    expectError(
      KAM.activity(accounts, dates, null, null, types, [
        ["Visit", 1],
        [" visit", 2],
      ]),
      "VALUE",
      'typeWeights lists type "visit" twice (rows 1 and 2)',
    );
    expectError(
      KAM.activity(accounts, dates, null, null, types, [["Visit", new ExcelError("#N/A", "weight missing")]]),
      "NA",
      "weight missing",
    );
    expectError(KAM.activity(accounts, dates.slice(2)), "VALUE", "dates has 4 cells but accounts has 6");
    expectError(KAM.activity(accounts, dates, "soon"), "VALUE", 'asOf "soon" is not a date');
    expectError(KAM.activity(accounts, dates, null, 200), "VALUE", "months 200 is not valid");
    expect(KAM.activity(accounts, dates, null, null, withCell(types, 0, new ExcelError("#N/A")))).toBeInstanceOf(KamError);
  });
});

it("col helper sanity: one cell per row", () => {
  expect(col(1, 2)).toEqual([[1], [2]]);
});
