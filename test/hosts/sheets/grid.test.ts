/**
 * A sheet's grid is finite in Google Sheets: a new sheet has 1000 rows x 26 columns, and a range
 * outside the grid cannot even be addressed. The add-on grows the grid before it writes: reports
 * wider than A:Z (the chart data sits right of the chart), histories and data sheets longer than
 * 1000 rows.
 */
import type { ReportSheet } from "../../../app/report/types";
import type { CellValue, HistoryChange } from "../../../app/workbook/contract";
import { createServer } from "../../../hosts/sheets/server";
import { FakeSpreadsheet, columnLetters, OUTSIDE_GRID, SPREADSHEET_CELL_LIMIT } from "../../support/apps-script-fake";

function setup() {
  const ss = new FakeSpreadsheet();
  const services = ss.services();
  return { ss, server: createServer(() => services) };
}

describe("the fake's grid", () => {
  test("a new sheet is 1000 x 26; a range outside it throws Sheets' message; inserting rows and columns grows it", () => {
    const { ss } = setup();
    const sheet = ss.insertSheet("New");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1, 27, 1, 1)).toThrow(OUTSIDE_GRID);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(OUTSIDE_GRID);
    expect(OUTSIDE_GRID).toBe("The coordinates of the range are outside the dimensions of the sheet.");
    sheet.insertRowsAfter(1000, 5).insertColumnsAfter(26, 2);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1005, 28]);
    expect(sheet.getRange(1005, 28, 1, 1).getA1Notation()).toBe("AB1005");
    sheet.deleteRows(1, 5);
    expect(sheet.getMaxRows()).toBe(1000);
  });
});

/** The report of server.test.ts's shape, with a chart anchored far right and a long results table. */
function wideReport(accounts: number): ReportSheet {
  const rows = Array.from({ length: accounts }, (_, i) => [`Account ${i + 1}`, i % 101, (i * 7) % 101, "Develop"]);
  return {
    sheetName: "KAM Matrix",
    tables: [
      {
        id: "results",
        title: "Accounts",
        anchor: { row: 0, col: 0 },
        header: ["Account", "Value", "Engagement", "Quadrant"],
        rows,
        numberFormats: [null, "0", "0", null],
      },
    ],
    chart: {
      title: "KAM matrix",
      xAxis: { title: "Value", min: 0, max: 100 },
      yAxis: { title: "Engagement", min: 0, max: 100 },
      series: [
        {
          name: "Develop",
          color: "#F9A825",
          points: rows.map(([, x, y, ,]) => ({ x: x as number, y: y as number, label: "", labelled: false })),
        },
      ],
      thresholds: { value: 50, engagement: 50, label: "Threshold" },
      anchor: { row: 0, col: 18 },
      width: 480,
      height: 360,
    },
  };
}

test("a report whose chart data lies right of column Z and whose table passes row 1000 is written whole", () => {
  const { ss, server } = setup();
  server.writeReport(wideReport(1200));
  const sheet = ss.sheet("KAM Matrix");
  // The table: title in row 1, header in row 2, the 1200th account in row 1202.
  expect(sheet.value(1202, 1)).toBe("Account 1200");
  // The chart reads its data from a block right of the chart (anchored at column S, 480 pt wide).
  const [range] = sheet.charts[0].ranges;
  expect(range.col + range.cols - 1).toBeGreaterThan(26);
  expect(range.rows).toBe(1 + 1200 + 4); // header, one row per account, two 2-point threshold lines
  expect(sheet.getMaxColumns()).toBeGreaterThanOrEqual(range.col + range.cols - 1);
  expect(sheet.value(1, range.col)).toBe("Value");
  expect(columnLetters(range.col + range.cols - 1)).toMatch(/^A[A-Z]$/);
});

const header = (n: number) => Array.from({ length: n }, (_, j) => `Column ${j + 1}`);
const row = (n: number, i: number): CellValue[] => Array.from({ length: n }, (_, j) => (j === 0 ? `Review ${i}` : i * 100 + j));

test("a history 27 columns wide, then over 1000 rows long, then one column wider, is saved whole", () => {
  const { ss, server } = setup();
  const first: HistoryChange = {
    sheetName: "KAM History",
    title: "KAM History",
    header: header(27),
    newColumnsFrom: 0,
    removed: [],
    append: [row(27, 1)],
    expectRows: 0,
  };
  server.editHistory(first);
  const more = Array.from({ length: 1100 }, (_, i) => row(27, i + 2));
  server.editHistory({ ...first, newColumnsFrom: 27, append: more, expectRows: 1 });
  server.editHistory({ ...first, header: header(28), newColumnsFrom: 27, append: [row(28, 1102)], expectRows: 1101 });
  const sheet = ss.sheet("KAM History");
  // Title row 1, header row 2, review i in row i + 2.
  expect(sheet.value(2, 28)).toBe("Column 28");
  expect(sheet.value(3, 27)).toBe(126);
  expect(sheet.value(1103, 1)).toBe("Review 1101");
  expect(sheet.value(1104, 28)).toBe(1102 * 100 + 27);
  expect(server.readHistory(1100)?.total).toBe(1102);
});

test("a data sheet of 1500 rows x 30 columns is added whole", () => {
  const { ss, server } = setup();
  const values = Array.from({ length: 1500 }, (_, i) => row(30, i + 1));
  const name = server.addDataSheet("Imported", values);
  const sheet = ss.sheet(name);
  expect(sheet.value(1500, 30)).toBe(1500 * 100 + 29);
  expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 30]);
});

test("a data sheet that would pass the spreadsheet's 10 million cells is not added, not even in part", () => {
  const { ss, server } = setup();
  ss.addSheet("Accounts", [["Account"], ["Acme"]]);
  // One column of values, but a sheet keeps its 26 columns: these rows take the spreadsheet past the limit.
  const rows = Math.ceil(SPREADSHEET_CELL_LIMIT / 26);
  expect(() =>
    server.addDataSheet(
      "Imported",
      Array.from({ length: rows }, () => ["x"]),
    ),
  ).toThrow(/limit of 10000000 cells/);
  expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts"]);
});
