/** The data-quality report: every finding with the cell address a user can go to. */
import { mapActivityColumns, mapOrderColumns } from "../../../app/prepare/columns";
import { qualityReport } from "../../../app/prepare/quality";
import { cellAddresses } from "../../../app/prepare/table";

const HEADERS = ["Customer", "Order Date", "Sales", "Profit"];
// Rows 2.. of the sheet "Orders" with the header in B3: data start in row 4, column B.
const ROWS = [
  ["Acme GmbH", "2026-01-05", 1000, 100], // B4
  ["ACME GMBH", "2026-01-06", -200, -20], // return
  ["Beta", "31.02.2026", 500, 50], // not a date: C6
  ["Beta", "2026-02-01", "1.234,56", 10], // number as text: D7
  [null, null, null, null], // blank line
  [null, "2026-02-03", 10, 1], // account empty: B9
  ["Beta", "2026-02-04", 300, 30],
  ["Beta", "2026-02-04", 300, 30], // exact duplicate of the line above
  ["  acme   gmbh", "2026-02-05", 50, 5],
];
const orders = { table: { headers: HEADERS, rows: ROWS, topLeft: "Orders!B3" }, mapping: mapOrderColumns(HEADERS) };

describe("qualityReport", () => {
  const q = qualityReport(orders, {
    table: {
      headers: ["Kunde", "Datum", "Typ"],
      rows: [
        ["acme gmbh", "2026-01-10", "Visit"],
        ["Gamma KG", "2026-01-11", "Call"],
        ["gamma kg", "x", "Call"],
      ],
      topLeft: "A1",
    },
    mapping: mapActivityColumns(["Kunde", "Datum", "Typ"]),
  });

  test("counts", () => {
    expect(q.orders).toMatchObject({ lines: 9, valid: 5, blank: 1 });
    expect(q.orders.invalid.map((l) => [l.line, l.cell, l.field])).toEqual([
      [3, "Orders!C6", "date"],
      [4, "Orders!D7", "amount"],
      [6, "Orders!B9", "account"],
    ]);
  });
  test("dates that are not dates, numbers stored as text, blanks", () => {
    expect(q.orders.notDates).toEqual([
      expect.objectContaining({
        cell: "Orders!C6",
        value: "31.02.2026",
        message: expect.objectContaining({ text: 'date "31.02.2026" is not a date' }),
      }),
    ]);
    expect(q.orders.textNumbers).toEqual([expect.objectContaining({ cell: "Orders!D7", value: "1.234,56", number: 1234.56 })]);
    expect(q.orders.blanks.map((b) => b.cell)).toEqual(["Orders!B9"]);
  });
  test("returns are counted and kept", () => {
    expect(q.orders.returns).toEqual({ count: 1, total: -200 });
  });
  test("spelling variants are listed (merged), across both tables", () => {
    expect(q.variants).toEqual([{ key: "acme gmbh", spellings: ["Acme GmbH", "ACME GMBH", "  acme   gmbh", "acme gmbh"] }]);
  });
  test("exact duplicates are warned with their lines", () => {
    expect(q.orders.duplicates).toEqual([{ lines: [7, 8], cells: ["Orders!B10", "Orders!B11"] }]);
  });
  test("accounts only in the activity log, and the log's own findings", () => {
    expect(q.activityOnly).toEqual(["Gamma KG"]);
    expect(q.activity!.invalid.map((l) => l.cell)).toEqual(["B4"]);
  });
});

test("an account written one way in the order lines and another in the activity log is a variant", () => {
  const q = qualityReport(
    {
      table: {
        headers: HEADERS,
        rows: [
          ["Delta", "2026-01-05", 10, 1],
          ["Delta", "2026-01-06", 20, 2],
        ],
        topLeft: "A1",
      },
      mapping: orders.mapping,
    },
    {
      table: {
        headers: ["Kunde", "Datum"],
        rows: [
          ["DELTA ", "2026-01-07"],
          ["DELTA ", "2026-01-08"],
        ],
        topLeft: "A1",
      },
      mapping: mapActivityColumns(["Kunde", "Datum"]),
    },
  );
  expect(q.variants).toEqual([{ key: "delta", spellings: ["Delta", "DELTA "] }]);
  expect(q.activityOnly).toEqual([]);
});

test("duplicates are equal cells, not equal keys or dates: another spelling or a date written as text is another line", () => {
  const rows = [
    ["Delta", 46027, 10, 1],
    ["DELTA", 46027, 10, 1], // same account key, other cell
    ["Delta", "2026-01-05", 10, 1], // same date, written as text
    ["Delta", 46027, 10, 1], // equal to line 1
    ["Delta", "2026-01-05", 10, 1], // equal to line 3
  ];
  const q = qualityReport({ table: { headers: HEADERS, rows, topLeft: "A1" }, mapping: orders.mapping });
  expect(q.orders.valid).toBe(5);
  expect(q.orders.duplicates.map((d) => d.lines)).toEqual([
    [1, 4],
    [3, 5],
  ]);
});

test("cell addresses past Z and with quoted sheet names", () => {
  expect(cellAddresses("'Order lines'!Y1")(0, 2)).toBe("'Order lines'!AA2");
  expect(cellAddresses("$A$1")(9, 0)).toBe("A11");
});
