/// <reference types="google-apps-script" />
/**
 * The part of the Apps Script services this add-on uses. The server code and the test fake
 * implement exactly this surface; `appsScriptServices` below hands the real globals of
 * @types/google-apps-script over as these types, so tsc fails when a method named here does not
 * exist in Apps Script or returns something else (each interface is a subset of the real one).
 */
export type CellInput = string | number | boolean | Date | null;

export interface DeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
}

/** A built data-validation rule: opaque, only handed to Range.setDataValidation. */
export type DataValidation = object;

export interface DataValidationBuilder {
  /** Only these entries; `showDropdown` offers them in a drop-down. */
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder;
  build(): DataValidation;
}

export interface Range {
  getValues(): CellInput[][];
  setDataValidation(rule: DataValidation | null): Range;
  setValues(values: CellInput[][]): Range;
  setBackgrounds(colors: (string | null)[][]): Range;
  setNumberFormats(formats: string[][]): Range;
  setFontWeight(weight: "bold" | "normal" | null): Range;
  getDataRegion(): Range;
  getA1Notation(): string;
  /** 1-based first row (the account of the active row). */
  getRow(): number;
  getColumn(): number;
  getSheet(): Sheet;
  /** Makes this range the active selection (and its sheet the active sheet). */
  activate(): Range;
  /** Clears values, formulas and formats of the block. */
  clear(): Range;
  /** Copies values, formulas and formats to the block of this size at the destination's top-left cell. */
  copyTo(destination: Range): void;
}

export interface EmbeddedChart {
  /** Sheets' id of the chart (null for a chart not yet inserted). */
  getChartId(): number | null;
  /** The ranges the chart reads its data from. */
  getRanges(): Range[];
}

export interface EmbeddedChartBuilder {
  setChartType(type: unknown): EmbeddedChartBuilder;
  addRange(range: Range): EmbeddedChartBuilder;
  setNumHeaders(headers: number): EmbeddedChartBuilder;
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface Sheet {
  getName(): string;
  setName(name: string): Sheet;
  /** Stable id of the sheet in its spreadsheet (the gid of its URL). */
  getSheetId(): number;
  /** 1-based position among the tabs. */
  getIndex(): number;
  /** Last row and column that hold content (0 for an empty sheet). */
  getLastRow(): number;
  getLastColumn(): number;
  getDeveloperMetadata(): DeveloperMetadata[];
  addDeveloperMetadata(key: string, value?: string): Sheet;
  clear(): Sheet;
  getCharts(): EmbeddedChart[];
  removeChart(chart: EmbeddedChart): void;
  insertChart(chart: EmbeddedChart): void;
  newChart(): EmbeddedChartBuilder;
  /** Row and column are 1-based, as in Apps Script. */
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  setColumnWidth(column: number, widthPixels: number): Sheet;
  activate(): Sheet;
  /** Deletes `howMany` rows from the 1-based `rowPosition`; the rows below move up (the grid shrinks). */
  deleteRows(rowPosition: number, howMany: number): void;
  /** The grid: rows and columns the sheet has, filled or not (a new sheet: 1000 x 26). */
  getMaxRows(): number;
  getMaxColumns(): number;
  /** Grows the grid: `howMany` rows after the 1-based row `afterPosition`. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
}

export interface NamedRange {
  getName(): string;
  getRange(): Range;
  /** Moves the name to another range (the same named range). */
  setRange?(range: Range): NamedRange;
}

export interface Spreadsheet {
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  /**
   * Adds a sheet at `index` (0-based) or at the end, and makes it the active one. Two overloads,
   * as in Apps Script: an explicit `undefined` index is not the same as leaving it out.
   */
  insertSheet(name: string): Sheet;
  insertSheet(name: string, index: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  getActiveRange(): Range | null;
  getRangeByName(name: string): Range | null;
  getNamedRanges(): NamedRange[];
  /** Names a range (a name that exists is moved to this range). */
  setNamedRange(name: string, range: Range): void;
  removeNamedRange(name: string): void;
  /**
   * IANA name such as "Europe/Berlin" (File > Settings), or a fixed offset such as "GMT-07:00";
   * dates are read in it, not in the script's.
   */
  getSpreadsheetTimeZone(): string;
}

export interface Properties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): Properties;
  /** Sets several at once (one call); with deleteAllOthers false the others stay. */
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): Properties;
  deleteProperty(key: string): Properties;
  getKeys(): string[];
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addToUi(): void;
}

export interface Ui {
  createMenu(caption: string): Menu;
  /** The add-on's menu under Extensions, captioned with the add-on's name. */
  createAddonMenu(): Menu;
  showSidebar(html: unknown): void;
}

export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
}

/** A lock of LockService: tryLock waits up to the given time and says whether it got the lock. */
export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
  hasLock(): boolean;
}

/** The global services, handed to the server code at call time (never touched at load time). */
export interface Services {
  SpreadsheetApp: { getActiveSpreadsheet(): Spreadsheet; getUi(): Ui; newDataValidation(): DataValidationBuilder };
  Charts: { ChartType: { SCATTER: unknown } };
  PropertiesService: { getDocumentProperties(): Properties };
  HtmlService: { createHtmlOutputFromFile(file: string): HtmlOutput };
  /** formatDate takes a java.text.SimpleDateFormat pattern such as "yyyy-MM-dd HH:mm:ss.SSS". */
  Utilities: { formatDate(date: Date, timeZone: string, format: string): string };
  /** The document lock: one writer at a time per spreadsheet (null outside a document). */
  LockService: { getDocumentLock(): Lock | null };
}

/**
 * The real Apps Script globals; call only inside a function that runs in Apps Script. Typed by
 * @types/google-apps-script: this assignment is what checks the interfaces above against it.
 */
export const appsScriptServices = (): Services => ({ SpreadsheetApp, Charts, PropertiesService, HtmlService, Utilities, LockService });
