/**
 * google.script.run passes primitives and plain objects and arrays of them; a Date, a function or
 * a DOM element anywhere in an argument or a return value fails the call. The fake bridge
 * (test/support/script-run.ts) refuses what the documentation forbids, and the server never
 * returns a Date: a date a user typed into the history sheet reaches Compare as a serial number.
 */
import type { HistoryChange } from "../../../app/workbook/contract";
import { createServer } from "../../../hosts/sheets/server";
import { SheetsClientWorkbook } from "../../../hosts/sheets/sidebar/sheets-workbook";
import { FakeSpreadsheet } from "../../support/apps-script-fake";
import { acrossScriptRun, scriptRunTo } from "../../support/script-run";

describe("the fake bridge", () => {
  test.each([
    ["a Date", new Date(2025, 0, 1)],
    ["a Date inside an object", { asOf: new Date(2025, 0, 1) }],
    ["a Date inside an array", [1, [2, new Date(2025, 0, 1)]]],
    ["a function", () => 1],
    ["a function inside an object", { run: () => 1 }],
    ["a Map (not a plain object)", new Map([[1, 2]])],
  ])("refuses %s", (_name, value) => {
    expect(() => acrossScriptRun(value, "argument")).toThrow(/^google.script.run argument: Failed due to illegal value in property/);
    expect(() => acrossScriptRun([value], "return value")).toThrow(/^google.script.run return value: Failed due to illegal value/);
  });

  test("passes primitives, plain objects and arrays, as a copy", () => {
    const value = { a: [1, "x", true, null], b: { c: 2.5 } };
    const copy = acrossScriptRun(value, "argument");
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(acrossScriptRun(undefined, "return value")).toBeNull();
  });
});

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

test("a date a user typed into the history sheet reaches Compare as a serial number", async () => {
  const ss = new FakeSpreadsheet();
  const services = ss.services();
  const workbook = new SheetsClientWorkbook(scriptRunTo(createServer(() => services)));
  const change: HistoryChange = {
    sheetName: "KAM History",
    title: "KAM History",
    header: ["Review", "Date", "Account", "Value"],
    newColumnsFrom: 0,
    removed: [],
    append: [
      ["Q1", 45658, "Acme", 70],
      ["Q1", 45658, "Beta", 40],
    ],
    expectRows: 0,
  };
  await workbook.editHistory(change);
  // The user overwrites Beta's date by hand: Sheets keeps a typed date as a Date (midnight in the
  // spreadsheet's zone, which the fake takes from the test's runtime).
  ss.sheet("KAM History").fill([[new Date(2025, 2, 31)]], 4, 2);
  const history = await workbook.readHistory();
  expect(history?.rows).toEqual([
    ["Q1", 45658, "Acme", 70],
    ["Q1", serial(2025, 3, 31), "Beta", 40],
  ]);
});

test("a spreadsheet in a fixed-offset zone (GMT-07:00) reads a typed date as the date it shows", async () => {
  const ss = new FakeSpreadsheet();
  ss.timeZone = "GMT-07:00";
  // 31 March 2025, 23:30 in GMT-07:00 is already 1 April in UTC.
  ss.addSheet("Accounts", [
    ["Account", "Since"],
    ["Acme", new Date(Date.UTC(2025, 3, 1, 6, 30))],
  ]);
  ss.active = ss.sheet("Accounts").getRange(1, 1, 1, 1);
  const services = ss.services();
  const workbook = new SheetsClientWorkbook(scriptRunTo(createServer(() => services)));
  const table = await workbook.readTable({ selection: true });
  expect(table?.rows).toEqual([["Acme", serial(2025, 3, 31) + 23.5 / 24]]);
});
