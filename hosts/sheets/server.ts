/**
 * The Workbook operations on the Apps Script side. The sidebar calls each through one
 * google.script.run call (see taskpane/workbook/sheets-rpc.json and sheets.ts there); each reads or writes
 * whole ranges. Services are looked up per call, so loading Code.js touches none of them.
 */
import {
  CellValue,
  FormulaCell,
  ListRule,
  ReportSheet,
  SelectedRow,
  SourceRef,
  SourceTable,
  WorkbookError,
  WriteResult,
} from "../../app/workbook/contract";
import { asLiteral } from "../../app/workbook/escape";
import { headerText, parseA1, quoteSheet } from "../../app/workbook/naming";
import type { Range, Services, Spreadsheet } from "./apps-script";
import { cellReader } from "./cell-values";
import { splitAddress } from "../../app/workbook/region";
import { ownKindOf } from "./report-sheet";
import { isResultSheet } from "../../app/workbook/contract";
import { setListRules, uniqueSheetName, writeReport } from "./report-writer";
import { loadSettings, saveSettings } from "./settings-store";
import { editHistory, HistoryChunk, readHistory, updateRow } from "./history";
import type { HistoryChange, LogKind, RowUpdate } from "../../app/workbook/contract";
import { writableRange } from "./grid";
import { withDocumentLock } from "./lock";
import { SavePart, savePart } from "./save-hold";

export { toCellValue } from "./cell-values";

/** Document properties holding the add-on settings (they travel with the spreadsheet). */
export { SETTINGS_KEY, SETTINGS_CHUNK_PREFIX, SETTINGS_CHUNK_SIZE } from "./settings-store";

/** A1 address with the sheet name, quoted when it is not a plain word ("'Q3 accounts'!A1:D9"). */
export const addressOf = (range: Range): string => `${quoteSheet(range.getSheet().getName())}!${range.getA1Notation()}`;

const isBlankRow = (row: readonly CellValue[]) => row.every((v) => v === "" || v === null);

export interface SheetsServer {
  listTables(): string[];
  readTable(ref: SourceRef): SourceTable | null;
  writeReport(report: ReportSheet, reveal?: boolean): WriteResult;
  addDataSheet(preferredName: string, values: CellValue[][], formulas?: readonly FormulaCell[], validation?: readonly ListRule[]): string;
  loadSettings(): unknown | null;
  saveSettings(settings: unknown): void;
  // ---- review
  readHistory(offset: number, kind?: LogKind): HistoryChunk | null;
  /** `part`: which part of a save split over several calls (the sidebar sends it; see savePart). */
  editHistory(change: HistoryChange, part?: SavePart | null): { sheetName: string };
  /** "Mark done": writes cells of one row of "KAM Actions" when it still holds what was read. */
  updateRow(update: RowUpdate): void;
  readRegion(address: string): SourceTable | null;
  /** what-if: the active cell's sheet and zero-based row, for the account card. */
  readSelection(): SelectedRow | null;
}

/**
 * The server functions. Each one that writes holds the document lock (./lock.ts) for its whole
 * run, so two panes on one spreadsheet never interleave their writes.
 */
export function createServer(services: () => Services): SheetsServer {
  const spreadsheet = () => services().SpreadsheetApp.getActiveSpreadsheet();
  const locked = <T>(body: () => T): T => withDocumentLock(services(), body);
  return {
    // Named ranges on the add-on's own report sheet are never offered as a source.
    listTables: () => {
      const ss = spreadsheet();
      return ss
        .getNamedRanges()
        .filter((n) => {
          const kind = ownKindOf(services(), ss, n.getRange().getSheet());
          return !kind || !isResultSheet(kind);
        })
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
      return range ? readRange(services(), ss, range, "tableName" in ref ? ref.tableName : undefined) : null;
    },

    writeReport: (report, reveal) => locked(() => writeReport(services(), report, reveal)),

    addDataSheet: (preferredName, values, formulas, validation) =>
      locked(() => addDataSheet(services(), spreadsheet(), preferredName, values, formulas, validation)),

    loadSettings: () => loadSettings(services().PropertiesService.getDocumentProperties()),

    saveSettings: (settings) => locked(() => saveSettings(services().PropertiesService.getDocumentProperties(), settings)),

    readSelection() {
      const range = spreadsheet().getActiveRange();
      return range ? { sheetName: range.getSheet().getName(), row: range.getRow() - 1, col: range.getColumn() - 1 } : null;
    },
    readHistory: (offset, kind) => readHistory(services(), offset, kind ?? "history"),

    editHistory: (change, part) => locked(() => savePart(services(), part, () => editHistory(services(), change))),
    updateRow: (update) => locked(() => updateRow(services(), update)),
    readRegion(address) {
      const ss = spreadsheet();
      const at = splitAddress(address);
      const sheet = at && ss.getSheetByName(at.sheet);
      const cell = at && parseA1(at.topLeft);
      if (!sheet || !cell) return null;
      return readRange(services(), ss, sheet.getRange(cell.row + 1, cell.col + 1, 1, 1).getDataRegion());
    },
  };
}

/**
 * A new sheet of the user's (sample or imported data), values as literals. A write that fails
 * (a spreadsheet holds at most 10 million cells) takes the new sheet away again: no half sheet.
 */
function addDataSheet(
  services: Services,
  ss: Spreadsheet,
  preferredName: string,
  values: CellValue[][],
  formulas: readonly FormulaCell[] = [],
  validation: readonly ListRule[] = [],
): string {
  const sheet = ss.insertSheet(uniqueSheetName(ss, preferredName));
  let width = 0; // a loop: Math.max(...rows) overflows the call stack at ~120k rows
  for (const r of values) width = Math.max(width, r.length);
  try {
    if (values.length > 0 && width > 0) {
      const cells = values.map((r) =>
        Array.from({ length: width }, (_, j) => (r[j] === null || r[j] === undefined ? "" : asLiteral(r[j]))),
      );
      writableRange(sheet, 1, 1, values.length, width).setValues(cells);
    }
    // The add-in's own formulas (never a user's text), with Sheets' names: KAM.WEIGHTS is KAM_WEIGHTS here.
    for (const f of formulas)
      writableRange(sheet, f.row + 1, f.col + 1, 1, 1).setValues([[f.formula.replace(/\bKAM\.([A-Z]+)\(/g, "KAM_$1(")]]);
    setListRules(services, sheet, validation, 2, 1, values.length - 1);
  } catch (e) {
    ss.deleteSheet(sheet);
    throw e;
  }
  return sheet.getName();
}

/** A range as a SourceTable: date cells as serials in the spreadsheet's time zone (toCellValue). */
function readRange(services: Services, ss: Spreadsheet, range: Range, tableName?: string): SourceTable | null {
  const readCell = cellReader(services);
  const values = range.getValues().map((row) => row.map(readCell));
  if (values.length === 0 || values.every(isBlankRow)) return null;
  const kind = ownKindOf(services, ss, range.getSheet());
  return {
    sheetName: range.getSheet().getName(),
    address: addressOf(range),
    tableName,
    headers: values[0].map(headerText),
    rows: values.slice(1),
    ...(kind ? { ownKind: kind } : {}),
    ...(kind && isResultSheet(kind) ? { onReportSheet: true as const } : {}),
  };
}
