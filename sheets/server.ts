/**
 * The Workbook operations on the Apps Script side. The sidebar calls each through one
 * google.script.run call (see taskpane/workbook/sheets-rpc.json and sheets.ts there); each reads or writes
 * whole ranges. Services are looked up per call, so loading Code.js touches none of them.
 */
import { CellValue, ReportSheet, SourceRef, SourceTable, WorkbookError, WriteResult } from "../taskpane/workbook/contract";
import { asLiteral } from "../taskpane/workbook/escape";
import { headerText, quoteSheet } from "../taskpane/workbook/naming";
import type { CellInput, Range, Services } from "./apps-script";
import { isOwnSheet } from "./report-sheet";
import { uniqueSheetName, writeReport } from "./report-writer";

/** Document property holding the add-on settings as JSON (travels with the spreadsheet). */
export const SETTINGS_KEY = "kam-matrix-settings";

const SHEETS_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * google.script.run cannot return Date objects, and Excel reads dates as serial numbers, so a
 * date cell becomes the same serial number (days since 1899-12-30, in the script's time zone).
 */
export function toCellValue(v: CellInput): CellValue {
  if (v instanceof Date) {
    const local = Date.UTC(v.getFullYear(), v.getMonth(), v.getDate(), v.getHours(), v.getMinutes(), v.getSeconds(), v.getMilliseconds());
    return (local - SHEETS_EPOCH) / DAY_MS;
  }
  return v;
}

/** A1 address with the sheet name, quoted when it is not a plain word ("'Q3 accounts'!A1:D9"). */
export const addressOf = (range: Range): string => `${quoteSheet(range.getSheet().getName())}!${range.getA1Notation()}`;

const isBlankRow = (row: readonly CellValue[]) => row.every((v) => v === "" || v === null);

export interface SheetsServer {
  listTables(): string[];
  readTable(ref: SourceRef): SourceTable | null;
  writeReport(report: ReportSheet, reveal?: boolean): WriteResult;
  addDataSheet(preferredName: string, values: CellValue[][]): string;
  loadSettings(): unknown | null;
  saveSettings(settings: unknown): void;
}

export function createServer(services: () => Services): SheetsServer {
  const spreadsheet = () => services().SpreadsheetApp.getActiveSpreadsheet();
  return {
    // Named ranges on the add-on's own report sheet are never offered as a source.
    listTables: () => {
      const ss = spreadsheet();
      return ss
        .getNamedRanges()
        .filter((n) => !isOwnSheet(services(), ss, n.getRange().getSheet()))
        .map((n) => n.getName());
    },

    readTable(ref) {
      const ss = spreadsheet();
      let range: Range | null;
      if ("tableName" in ref) {
        range = ss.getRangeByName(ref.tableName);
        if (!range) throw new WorkbookError("noSuchTable", { name: ref.tableName, choices: ss.getNamedRanges().map((n) => n.getName()) });
      } else {
        range = ss.getActiveRange()?.getDataRegion() ?? null;
      }
      if (!range) return null;
      const values = range.getValues().map((row) => row.map(toCellValue));
      if (values.length === 0 || values.every(isBlankRow)) return null;
      return {
        sheetName: range.getSheet().getName(),
        address: addressOf(range),
        tableName: "tableName" in ref ? ref.tableName : undefined,
        headers: values[0].map(headerText),
        rows: values.slice(1),
        ...(isOwnSheet(services(), ss, range.getSheet()) ? { onReportSheet: true as const } : {}),
      };
    },

    writeReport: (report, reveal) => writeReport(services(), report, reveal),

    addDataSheet(preferredName, values) {
      const ss = spreadsheet();
      const sheet = ss.insertSheet(uniqueSheetName(ss, preferredName));
      const width = Math.max(0, ...values.map((r) => r.length));
      if (values.length > 0 && width > 0) {
        const cells = values.map((r) => Array.from({ length: width }, (_, j) => (r[j] === null || r[j] === undefined ? "" : asLiteral(r[j]))));
        sheet.getRange(1, 1, values.length, width).setValues(cells);
      }
      return sheet.getName();
    },

    loadSettings() {
      const raw = services().PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
      if (!raw) return null;
      try {
        return JSON.parse(raw);
      } catch {
        return null; // settings written by hand or an older version: start from the defaults
      }
    },

    saveSettings(settings) {
      services().PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}
