/**
 * The Apps Script surface the add-on uses (hosts/sheets/apps-script.ts) is a subset of the real
 * one, as @types/google-apps-script describes it: the type checks below fail tsc (npx tsc
 * --noEmit) when a method named there does not exist in Apps Script or returns something else
 * (a `getId` on EmbeddedChart, a `deleteRows` that returns the sheet). The fake keeps to the
 * same surface, and refuses the calls Apps Script refuses.
 */
import type { EmbeddedChart, Lock, Range, Sheet, Spreadsheet } from "../../../hosts/sheets/apps-script";
import { createServer } from "../../../hosts/sheets/server";
import { FakeSpreadsheet } from "../../support/apps-script-fake";

/** true when every value of the real type also has our type (each method exists and returns what we say). */
type Fits<Real, Ours> = [Real] extends [Ours] ? true : false;

test("each interface the add-on uses is a subset of Apps Script's own (checked by tsc)", () => {
  const fits: [
    Fits<GoogleAppsScript.Spreadsheet.Spreadsheet, Spreadsheet>,
    Fits<GoogleAppsScript.Spreadsheet.Sheet, Sheet>,
    Fits<GoogleAppsScript.Spreadsheet.Range, Range>,
    Fits<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChart>,
    Fits<GoogleAppsScript.Lock.Lock, Lock>,
  ] = [true, true, true, true, true];
  expect(fits.every(Boolean)).toBe(true);
  // A wrong name is caught: EmbeddedChart has getChartId, not getId; deleteRows returns nothing.
  const wrong: [
    Fits<GoogleAppsScript.Spreadsheet.EmbeddedChart, { getId(): string }>,
    Fits<GoogleAppsScript.Spreadsheet.Sheet, { deleteRows(r: number, n: number): Sheet }>,
  ] = [false, false];
  expect(wrong).toEqual([false, false]);
});

test("insertSheet with an explicit undefined index matches no overload and is refused; the add-on never calls it so", () => {
  const ss = new FakeSpreadsheet();
  expect(() => (ss.insertSheet as (name: string, index?: number) => unknown)("Data", undefined)).toThrow(
    /don't match the method signature/,
  );
  const services = ss.services();
  const server = createServer(() => services);
  const calls = ss.calls.length;
  server.writeReport({
    sheetName: "KAM Matrix",
    tables: [{ id: "results", title: "T", anchor: { row: 0, col: 0 }, header: ["A"], rows: [["x"]], numberFormats: [null] }],
  });
  expect(ss.calls.slice(calls).filter((c) => c.method === "insertSheet")).toHaveLength(1);
  // A second report goes in beside the first (with an index), then takes its name.
  server.writeReport({
    sheetName: "KAM Matrix",
    tables: [{ id: "results", title: "T", anchor: { row: 0, col: 0 }, header: ["A"], rows: [["y"]], numberFormats: [null] }],
  });
  expect(ss.sheets.map((s) => s.getName())).toEqual(["KAM Matrix"]);
  expect(ss.sheet("KAM Matrix").value(3, 1)).toBe("y");
});

test("the fake's deleteRows returns nothing, as Apps Script's does", () => {
  const ss = new FakeSpreadsheet();
  const sheet = ss.addSheet("Data", [["a"], ["b"]]);
  expect(sheet.deleteRows(1, 1)).toBeUndefined();
  expect(sheet.value(1, 1)).toBe("b");
});
