/**
 * A fake of the Apps Script services the Sheets server uses (sheets/apps-script.ts), holding
 * cells in memory and recording every call, so tests can check what was written where.
 */
import type {
  CellInput,
  DataValidation,
  DataValidationBuilder,
  DeveloperMetadata,
  EmbeddedChart,
  EmbeddedChartBuilder,
  Lock,
  Menu,
  NamedRange,
  Properties,
  Range,
  Services,
  Sheet,
  Spreadsheet,
} from "../../hosts/sheets/apps-script";
import { typedValue } from "./typed-value";

export interface Call {
  sheet: string;
  method: string;
  a1?: string;
}

const WRITES = new Set([
  "deleteRows",
  "insertRowsAfter",
  "insertColumnsAfter",
  "setValues",
  "setBackgrounds",
  "setNumberFormats",
  "setFontWeight",
  "clear",
  "insertChart",
  "removeChart",
  "setColumnWidth",
  "addDeveloperMetadata",
  "setName",
  "deleteSheet",
]);
export const isWrite = (c: Call) => WRITES.has(c.method);

export function columnLetters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export interface FakeChart extends EmbeddedChart {
  chartType: unknown;
  ranges: FakeRange[];
  numHeaders: number;
  position: [number, number, number, number];
  options: Record<string, unknown>;
}

export class FakeRange implements Range {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  private each<T>(m: T[][], set: (key: string, v: T) => void, method: string): this {
    if (m.length !== this.rows || m.some((r) => r.length !== this.cols))
      throw new Error(
        `${method}: data is ${m.length} x ${m[0]?.length} but the range ${this.getA1Notation()} is ${this.rows} x ${this.cols}`,
      );
    this.sheet.log(method, this.getA1Notation());
    m.forEach((r, i) => r.forEach((v, j) => set(`${this.row + i},${this.col + j}`, v)));
    return this;
  }
  getValues(): CellInput[][] {
    this.sheet.log("getValues", this.getA1Notation());
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => this.sheet.value(this.row + i, this.col + j)),
    );
  }
  /**
   * As in Sheets (test/support/typed-value.ts): a leading apostrophe keeps the rest as text; else
   * formula-, number-, date-, boolean- and error-like text is converted.
   */
  setValues(values: CellInput[][]) {
    return this.each(
      values,
      (k, v) => {
        this.sheet.formulas.delete(k);
        this.sheet.refs.delete(k);
        this.sheet.errors.delete(k);
        if (v === "" || v === null) return this.sheet.values.delete(k);
        if (typeof v !== "string") return this.sheet.values.set(k, v);
        const typed = typedValue(v);
        if (typed.kind === "formula") {
          this.sheet.values.set(k, "");
          this.sheet.formulas.set(k, typed.formula);
          return;
        }
        if (typed.kind === "error") this.sheet.errors.add(k);
        if (typed.value === "") return this.sheet.values.delete(k);
        this.sheet.values.set(k, typed.value);
      },
      "setValues",
    );
  }
  activate() {
    this.sheet.activateRange(this);
    return this;
  }
  /** Values, formulas and formats of this block; the rest of the sheet stays. */
  clear() {
    this.sheet.log("clear", this.getA1Notation());
    for (let r = this.row; r < this.row + this.rows; r++)
      for (let c = this.col; c < this.col + this.cols; c++) this.sheet.clearCell(`${r},${c}`);
    return this;
  }
  /**
   * Range.copyTo(destination): values, formulas and formats, to the block of this size at the
   * destination's top-left cell; a blank cell copies as blank.
   */
  copyTo(destination: Range) {
    const to = destination as FakeRange;
    to.sheet.log("copyTo", this.getA1Notation());
    const cells = [];
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) cells.push([r, c, this.sheet.cellState(`${this.row + r},${this.col + c}`)] as const);
    for (const [r, c, state] of cells) to.sheet.setCellState(`${to.row + r},${to.col + c}`, state);
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this.each(
      colors,
      (k, v) => (v === null ? this.sheet.backgrounds.delete(k) : this.sheet.backgrounds.set(k, v)),
      "setBackgrounds",
    );
  }
  setNumberFormats(formats: string[][]) {
    return this.each(formats, (k, v) => this.sheet.formats.set(k, v), "setNumberFormats");
  }
  /** Stores a list rule built by newDataValidation() per cell (null removes it); not enforced on script writes. */
  setDataValidation(rule: DataValidation | null) {
    const list = rule === null ? null : (rule as { list: string[] }).list;
    const all = Array.from({ length: this.rows }, () => new Array(this.cols).fill(list));
    return this.each(
      all,
      (k, v) => (v === null ? this.sheet.validations.delete(k) : this.sheet.validations.set(k, v)),
      "setDataValidation",
    );
  }
  setFontWeight(weight: "bold" | "normal" | null) {
    const all = Array.from({ length: this.rows }, () => new Array(this.cols).fill(weight));
    return this.each(all, (k, v) => (v === "bold" ? this.sheet.bold.add(k) : this.sheet.bold.delete(k)), "setFontWeight");
  }
  /** The rectangle of non-empty cells connected to this range (8 neighbours), like Sheets. */
  getDataRegion(): Range {
    const filled = (r: number, c: number) => r >= 1 && c >= 1 && this.sheet.values.has(`${r},${c}`);
    let [top, left, bottom, right] = [this.row, this.col, this.row + this.rows - 1, this.col + this.cols - 1];
    for (let grown = true; grown;) {
      grown = false;
      const any = (r0: number, c0: number, r1: number, c1: number) => {
        for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
        return false;
      };
      if (any(top - 1, left - 1, top - 1, right + 1)) {
        top--;
        grown = true;
      }
      if (any(bottom + 1, left - 1, bottom + 1, right + 1)) {
        bottom++;
        grown = true;
      }
      if (any(top - 1, left - 1, bottom + 1, left - 1)) {
        left--;
        grown = true;
      }
      if (any(top - 1, right + 1, bottom + 1, right + 1)) {
        right++;
        grown = true;
      }
    }
    return new FakeRange(this.sheet, top, left, bottom - top + 1, right - left + 1);
  }
  getA1Notation(): string {
    const start = `${columnLetters(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1 ? start : `${start}:${columnLetters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getSheet(): Sheet {
    return this.sheet;
  }
}

class FakeChartBuilder implements EmbeddedChartBuilder {
  chart: FakeChart = {
    chartType: undefined,
    ranges: [],
    numHeaders: -1,
    position: [0, 0, 0, 0],
    options: {},
    getChartId: () => null,
    getRanges() {
      return this.ranges;
    },
  };
  setChartType(type: unknown) {
    this.chart.chartType = type;
    return this;
  }
  addRange(range: Range) {
    this.chart.ranges.push(range as FakeRange);
    return this;
  }
  setNumHeaders(headers: number) {
    this.chart.numHeaders = headers;
    return this;
  }
  setPosition(row: number, col: number, x: number, y: number) {
    this.chart.position = [row, col, x, y];
    return this;
  }
  setOption(option: string, value: unknown) {
    this.chart.options[option] = value;
    return this;
  }
  build(): EmbeddedChart {
    return { ...this.chart };
  }
}

/** A new sheet's grid in Sheets: rows 1-1000, columns A:Z. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** Cells a spreadsheet can hold, over all its sheets' grids. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
export const OUTSIDE_GRID = "The coordinates of the range are outside the dimensions of the sheet.";

export class FakeSheet implements Sheet {
  values = new Map<string, CellInput>();
  /** Cells that Sheets would have turned into formulas; the add-on must never create one. */
  formulas = new Map<string, string>();
  /** Cells that hold an error value such as #N/A. */
  errors = new Set<string>();
  backgrounds = new Map<string, string>();
  formats = new Map<string, string>();
  /** List data-validation rules per cell ("row,col", 1-based). */
  validations = new Map<string, string[]>();
  bold = new Set<string>();
  metadata: { key: string; value: string | null }[] = [];
  charts: FakeChart[] = [];
  /** What a formula refers to, bound when it was typed (`typeFormula`), as Sheets binds it. */
  refs = new Map<string, SheetRef>();
  columnWidths = new Map<number, number>();
  /** The grid (getMaxRows/getMaxColumns): nothing outside it can be read or written. */
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  constructor(
    private name: string,
    private readonly calls: Call[],
    private readonly onActivate: (range: FakeRange) => void = () => {},
    readonly id = 0,
    private readonly book: FakeSpreadsheet | null = null,
  ) {}
  activate() {
    this.log("activate");
    this.onActivate(this.getRange(1, 1, 1, 1));
    return this;
  }
  activateRange(range: FakeRange) {
    this.onActivate(range);
  }
  log(method: string, a1?: string) {
    this.calls.push({ sheet: this.name, method, a1 });
    this.book?.maybeFail(method);
  }
  setName(name: string) {
    if (this.book?.sheets.some((s) => s !== this && s.getName().toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.log("setName");
    this.name = name;
    return this;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return (this.book?.sheets.indexOf(this) ?? 0) + 1;
  }
  private last(which: 0 | 1): number {
    let max = 0;
    for (const key of [...this.values.keys(), ...this.formulas.keys()]) max = Math.max(max, Number(key.split(",")[which]));
    return max;
  }
  getLastRow() {
    return this.last(0);
  }
  getLastColumn() {
    return this.last(1);
  }
  value(row: number, col: number): CellInput {
    return this.values.get(`${row},${col}`) ?? "";
  }
  /** Values of a block, 1-based like Apps Script, without recording a call. */
  block(row: number, col: number, rows: number, cols: number): CellInput[][] {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.value(row + i, col + j)));
  }
  /** A user typing (or pasting) values; the grid grows to hold them, as the user would grow it. */
  fill(values: CellInput[][], row = 1, col = 1): this {
    this.maxRows = Math.max(this.maxRows, row + values.length - 1);
    this.maxColumns = Math.max(this.maxColumns, col - 1 + values.reduce((w, r) => Math.max(w, r.length), 0));
    values.forEach((r, i) => r.forEach((v, j) => v !== "" && v !== null && this.values.set(`${row + i},${col + j}`, v)));
    return this;
  }
  getName() {
    return this.name;
  }
  /** Everything a cell holds, to copy it. */
  cellState(key: string) {
    return {
      value: this.values.get(key),
      formula: this.formulas.get(key),
      ref: this.refs.get(key),
      error: this.errors.has(key),
      background: this.backgrounds.get(key),
      format: this.formats.get(key),
      bold: this.bold.has(key),
    };
  }
  setCellState(key: string, state: ReturnType<FakeSheet["cellState"]>) {
    this.clearCell(key);
    if (state.value !== undefined) this.values.set(key, state.value);
    if (state.formula !== undefined) this.formulas.set(key, state.formula);
    if (state.ref) this.refs.set(key, state.ref);
    if (state.error) this.errors.add(key);
    if (state.background !== undefined) this.backgrounds.set(key, state.background);
    if (state.format !== undefined) this.formats.set(key, state.format);
    if (state.bold) this.bold.add(key);
  }
  clearCell(key: string) {
    for (const m of [this.values, this.formulas, this.refs, this.backgrounds, this.formats]) m.delete(key);
    this.errors.delete(key);
    this.bold.delete(key);
  }
  /**
   * A user typing a formula (1-based cell) that refers to another sheet's cell (`='KAM Matrix'!B3`)
   * or sums a named range (`=SUM(KamAccounts)`, or one of its columns by header:
   * `=SUM(INDEX(KamAccounts,0,MATCH("Revenue",INDEX(KamAccounts,1,0),0)))` is what a user would
   * type; the fake takes `=SUM(KamAccounts[Revenue])` as shorthand for it).
   */
  typeFormula(row: number, col: number, formula: string): this {
    const key = `${row},${col}`;
    this.clearCell(key);
    this.formulas.set(key, formula);
    this.values.set(key, "");
    const ref = this.book?.bind(formula);
    if (ref) this.refs.set(key, ref);
    return this;
  }
  /** What a cell shows: its value, or what its formula evaluates to ("#REF!" once what it refers to is gone). */
  shown(row: number, col: number): CellInput {
    const ref = this.refs.get(`${row},${col}`);
    return ref && this.book ? this.book.evaluate(ref) : this.value(row, col);
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.metadata.map(({ key, value }) => ({ getKey: () => key, getValue: () => value }));
  }
  addDeveloperMetadata(key: string, value?: string) {
    this.log("addDeveloperMetadata");
    this.metadata.push({ key, value: value ?? null });
    return this;
  }
  clear() {
    this.log("clear");
    this.values.clear();
    this.formulas.clear();
    this.refs.clear();
    this.backgrounds.clear();
    this.formats.clear();
    this.bold.clear();
    return this;
  }
  getCharts(): EmbeddedChart[] {
    return [...this.charts];
  }
  removeChart(chart: EmbeddedChart) {
    this.log("removeChart");
    this.charts = this.charts.filter((c) => c !== chart);
  }
  insertChart(chart: EmbeddedChart) {
    this.log("insertChart");
    this.charts.push(chart as FakeChart);
  }
  newChart(): EmbeddedChartBuilder {
    return new FakeChartBuilder();
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1)
      throw new Error(`getRange(${row}, ${column}, ${numRows}, ${numColumns}): out of bounds`);
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) throw new Error(OUTSIDE_GRID);
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1) throw new Error(OUTSIDE_GRID);
    this.book?.checkCellLimit(howMany * this.maxColumns);
    this.log("insertRowsAfter", `${afterPosition + 1}:${afterPosition + howMany}`);
    this.shiftRows(afterPosition + 1, howMany);
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1) throw new Error(OUTSIDE_GRID);
    this.book?.checkCellLimit(howMany * this.maxRows);
    this.log("insertColumnsAfter", `${columnLetters(afterPosition + 1)}:${columnLetters(afterPosition + howMany)}`);
    const move = <T>(m: Map<string, T>) => {
      const moved = [...m].filter(([key]) => Number(key.split(",")[1]) > afterPosition);
      for (const [key] of moved) m.delete(key);
      for (const [key, v] of moved) {
        const [r, c] = key.split(",").map(Number);
        m.set(`${r},${c + howMany}`, v);
      }
    };
    this.eachStore(move);
    this.maxColumns += howMany;
    return this;
  }
  setColumnWidth(column: number, widthPixels: number) {
    if (column < 1 || column > this.maxColumns) throw new Error(OUTSIDE_GRID);
    this.log("setColumnWidth");
    this.columnWidths.set(column, widthPixels);
    return this;
  }
  /** Deletes rows and shrinks the grid (Apps Script returns nothing here, unlike most Sheet methods). */
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error(`deleteRows(${rowPosition}, ${howMany}): ${OUTSIDE_GRID}`);
    this.log("deleteRows", `${rowPosition}:${rowPosition + howMany - 1}`);
    this.shiftRows(rowPosition, -howMany);
    this.maxRows -= howMany;
  }
  /** Moves the rows from `from` on by `by` (negative: the rows from..from-by-1 are deleted). */
  private shiftRows(from: number, by: number): void {
    const shift = <T>(m: Map<string, T>) => {
      const moved: [string, T][] = [];
      for (const [key, v] of [...m]) {
        const [r, c] = key.split(",").map(Number);
        if (r < from) continue;
        m.delete(key);
        if (r >= from - Math.min(0, by)) moved.push([`${r + by},${c}`, v]);
      }
      for (const [key, v] of moved) m.set(key, v);
    };
    this.eachStore(shift);
  }
  /** Applies a move to every per-cell store (values, formulas, formats, ...). */
  private eachStore(move: <T>(m: Map<string, T>) => void): void {
    move(this.values);
    move(this.formulas);
    move(this.backgrounds);
    move(this.formats);
    const bold = new Map([...this.bold].map((k) => [k, true]));
    move(bold);
    this.bold = new Set(bold.keys());
    const errors = new Map([...this.errors].map((k) => [k, true]));
    move(errors);
    this.errors = new Set(errors.keys());
  }
}

/** What a formula refers to: a cell of a sheet, or a named range (by the entry it named then). */
export type SheetRef =
  | { kind: "cell"; sheet: FakeSheet; row: number; col: number }
  | { kind: "namedSum"; name: string; entry: number; column?: string }
  | { kind: "broken" };

export class FakeSpreadsheet implements Spreadsheet {
  readonly calls: Call[] = [];
  sheets: FakeSheet[] = [];
  active: FakeRange | null = null;
  named = new Map<string, FakeRange>();
  /** Which naming of a name a formula was bound to: removing the name ends it for good. */
  private namedEntries = new Map<string, number>();
  private nextEntry = 1;
  properties = new Map<string, string>();
  private nextId = 0;
  private failures: { method: string; nth: number }[] = [];

  // --- time zone (h8-platform): File > Settings > Time zone; by default the zone the tests run
  // in, so that `new Date(2024, 0, 15)` is midnight in the spreadsheet as well.
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  // --- end time zone

  /** Binds a typed formula to what it refers to (see FakeSheet.typeFormula). */
  bind(formula: string): SheetRef | undefined {
    const cell = /^=\s*('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!([A-Z]+)(\d+)\s*$/i.exec(formula);
    if (cell) {
      const sheet = this.sheets.find((x) => x.getName() === cell[1].replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
      const col = [...cell[2].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return sheet ? { kind: "cell", sheet, row: Number(cell[3]), col } : { kind: "broken" };
    }
    const sum = /^=\s*SUM\(\s*([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]+)\])?\s*\)\s*$/i.exec(formula);
    if (sum) {
      const entry = this.namedEntries.get(sum[1]);
      return entry ? { kind: "namedSum", name: sum[1], entry, ...(sum[2] ? { column: sum[2] } : {}) } : { kind: "broken" };
    }
    return undefined;
  }
  evaluate(ref: SheetRef): CellInput {
    if (ref.kind === "broken") return "#REF!";
    if (ref.kind === "cell") return this.sheets.includes(ref.sheet) ? ref.sheet.shown(ref.row, ref.col) : "#REF!";
    const range = this.named.get(ref.name);
    if (!range || this.namedEntries.get(ref.name) !== ref.entry || !this.sheets.includes(range.sheet)) return "#REF!";
    let cols = Array.from({ length: range.cols }, (_, j) => range.col + j);
    let firstRow = range.row;
    if (ref.column) {
      cols = cols.filter((c) => String(range.sheet.value(range.row, c)).toLowerCase() === ref.column!.toLowerCase());
      if (cols.length === 0) return "#REF!";
      firstRow++;
    }
    let sum = 0;
    for (let r = firstRow; r < range.row + range.rows; r++)
      for (const c of cols) {
        const v = range.sheet.shown(r, c);
        if (typeof v === "number") sum += v;
      }
    return sum;
  }

  /** Makes the `nth` service call from now on throw (whatever it is), as a failing Apps Script call would. */
  failCall(nth: number): void {
    this.failAt.push(this.callCount + nth);
  }
  private callCount = 0;
  /** Service calls made so far (the ones `failCall` counts). */
  get serviceCalls(): number {
    return this.callCount;
  }
  private failAt: number[] = [];
  /** Forgets planned failures that were not reached. */
  clearFailures(): void {
    this.failAt = [];
    this.failures = [];
  }

  /** Refuses growth past the cells a spreadsheet can hold, over all sheets' grids. */
  checkCellLimit(more: number): void {
    const cells = this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
    if (cells + more > SPREADSHEET_CELL_LIMIT)
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${SPREADSHEET_CELL_LIMIT} cells.`);
  }

  // --- document lock: one holder at a time per spreadsheet. Each services() object is one
  // running script (a client); its lock is held until released (Apps Script also releases it when
  // the script ends). The fake cannot wait, so tryLock fails at once when another client holds it,
  // as the real one fails once its timeout has passed.
  lockHolder: object | null = null;
  /** What each tryLock call asked for, to check that callers wait a sensible time. */
  readonly lockRequests: { timeoutMs: number; granted: boolean }[] = [];
  private documentLock(owner: object): Lock {
    const lock: Lock = {
      tryLock: (timeoutMs) => {
        const granted = this.lockHolder === null || this.lockHolder === owner;
        if (granted) this.lockHolder = owner;
        this.lockRequests.push({ timeoutMs, granted });
        return granted;
      },
      releaseLock: () => {
        if (this.lockHolder === owner) this.lockHolder = null;
      },
      hasLock: () => this.lockHolder === owner,
    };
    return lock;
  }
  // --- end document lock

  /** Makes the `nth` call of `method` from now on throw, as a failing Apps Script call would. */
  failOn(method: string, nth = 1): void {
    this.failures.push({ method, nth });
  }
  /**
   * Runs `action` just before the next call of `method` goes through: another client acting in the
   * middle of this one's work (a collaborator, or a second pane).
   */
  during(method: string, action: () => void): void {
    this.interruptions.push({ method, action });
  }
  private interruptions: { method: string; action: () => void }[] = [];
  /** Makes the `nth` recorded call from now on (whatever its method) throw: a fault at every step of an operation. */
  failAtCall(nth: number): void {
    this.callFailure = nth;
  }
  private callFailure: number | null = null;
  maybeFail(method: string): void {
    this.callCount++;
    const at = this.failAt.indexOf(this.callCount);
    if (at >= 0) {
      this.failAt.splice(at, 1);
      throw new Error(`Service error: Spreadsheets (${method} failed, injected by the test)`);
    }
    if (this.callFailure !== null && --this.callFailure === 0) {
      this.callFailure = null;
      throw new Error(`Service error: Spreadsheets (${method} failed, injected by the test)`);
    }
    const i = this.interruptions.findIndex((x) => x.method === method);
    if (i >= 0) this.interruptions.splice(i, 1)[0].action();
    const f = this.failures.find((x) => x.method === method);
    if (f && --f.nth === 0) {
      this.failures.splice(this.failures.indexOf(f), 1);
      throw new Error(`Service error: Spreadsheets (${method} failed, injected by the test)`);
    }
  }

  addSheet(name: string, values: CellInput[][] = [], index = this.sheets.length): FakeSheet {
    const sheet = new FakeSheet(name, this.calls, (r) => (this.active = r), this.nextId++, this).fill(values);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.getName() === name);
    if (!s) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.getName()).join(", ")}`);
    return s;
  }
  getSheets(): Sheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): Sheet | null {
    return this.sheets.find((s) => s.getName().toLowerCase() === name.toLowerCase()) ?? null;
  }
  insertSheet(name: string, ...index: [] | [number]): Sheet {
    // Apps Script picks the overload by the arguments given: an explicit undefined matches none.
    if (index.length > 0 && typeof index[0] !== "number")
      throw new Error(
        `Exception: The parameters (String,${index[0] === undefined ? "null" : typeof index[0]}) don't match the method signature for SpreadsheetApp.Spreadsheet.insertSheet.`,
      );
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.calls.push({ sheet: name, method: "insertSheet" });
    this.maybeFail("insertSheet");
    this.checkCellLimit(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = this.addSheet(name, [], index[0] ?? this.sheets.length);
    this.active = sheet.getRange(1, 1, 1, 1);
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    this.calls.push({ sheet: sheet.getName(), method: "deleteSheet" });
    this.maybeFail("deleteSheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active?.sheet === sheet) this.active = this.sheets[0]?.getRange(1, 1, 1, 1) ?? null;
    for (const [name, range] of this.named)
      if (range.sheet === sheet) {
        this.named.delete(name);
        this.namedEntries.delete(name);
      }
  }
  getActiveRange(): Range | null {
    return this.active;
  }
  getRangeByName(name: string): Range | null {
    return this.named.get(name) ?? null;
  }
  setNamedRange(name: string, range: Range): void {
    this.calls.push({ sheet: range.getSheet().getName(), method: "setNamedRange" });
    this.maybeFail("setNamedRange");
    this.named.set(name, range as FakeRange);
    if (!this.namedEntries.has(name)) this.namedEntries.set(name, this.nextEntry++);
  }
  removeNamedRange(name: string): void {
    this.calls.push({ sheet: "", method: "removeNamedRange" });
    this.maybeFail("removeNamedRange");
    this.named.delete(name);
    this.namedEntries.delete(name);
  }
  getNamedRanges(): NamedRange[] {
    return [...this.named].map(([name, range]) => {
      const item: NamedRange = {
        getName: () => name,
        getRange: () => this.named.get(name) ?? range,
        setRange: (to: Range) => {
          this.calls.push({ sheet: to.getSheet().getName(), method: "setRange" });
          this.maybeFail("setRange");
          if (!this.named.has(name)) throw new Error(`The named range ${name} was removed`);
          this.named.set(name, to as FakeRange);
          return item;
        },
      };
      return item;
    });
  }

  /** The services object the server code receives. */
  services(): Services & { ui: { menus: { caption: string; items: [string, string][] }[]; sidebars: unknown[] } } {
    const menus: { caption: string; items: [string, string][] }[] = [];
    const sidebars: unknown[] = [];
    const client = {};
    const props: Properties = {
      getProperty: (k) => this.properties.get(k) ?? null,
      setProperty: (k, v) => (this.maybeFail("setProperty"), checkPropertySize(k, v), this.properties.set(k, v), props),
      // --- properties (h8-platform): like Apps Script, a value over 9 KB is refused.
      setProperties: (all, deleteAllOthers = false) => {
        for (const [k, v] of Object.entries(all)) checkPropertySize(k, v);
        if (deleteAllOthers) this.properties.clear();
        for (const [k, v] of Object.entries(all)) this.properties.set(k, v);
        return props;
      },
      deleteProperty: (k) => (this.properties.delete(k), props),
      getKeys: () => [...this.properties.keys()],
      // --- end properties
    };
    return {
      ui: { menus, sidebars },
      SpreadsheetApp: {
        getActiveSpreadsheet: () => this,
        newDataValidation: () => {
          const rule = { list: [] as string[], dropdown: false };
          const builder: DataValidationBuilder = {
            requireValueInList: (values, showDropdown = true) => ((rule.list = [...values]), (rule.dropdown = showDropdown), builder),
            build: () => ({ ...rule }),
          };
          return builder;
        },
        getUi: () => ({
          createMenu: (caption: string) => {
            const menu = { caption, items: [] as [string, string][] };
            const api: Menu = {
              addItem: (c, fn) => (menu.items.push([c, fn]), api),
              addToUi: () => void menus.push(menu),
            };
            return api;
          },
          showSidebar: (html: unknown) => void sidebars.push(html),
          // --- add-on menu (h8-platform): Sheets captions it with the add-on's name, under Extensions.
          createAddonMenu: () => {
            const menu = { caption: ADDON_MENU, items: [] as [string, string][] };
            const api: Menu = {
              addItem: (c, fn) => (menu.items.push([c, fn]), api),
              addToUi: () => void menus.push(menu),
            };
            return api;
          },
          // --- end add-on menu
        }),
      },
      Charts: { ChartType: { SCATTER: "SCATTER" } },
      PropertiesService: { getDocumentProperties: () => props },
      HtmlService: {
        createHtmlOutputFromFile: (file: string) => {
          const out = { file, title: "", setTitle: (t: string) => ((out.title = t), out) };
          return out;
        },
      },
      Utilities: { formatDate: formatDateInZone }, // h8-platform: time zone
      LockService: { getDocumentLock: () => this.documentLock(client) },
    };
  }
}

// --- time zone, properties and add-on menu (h8-platform) ---

/** Caption the fake records for createAddonMenu() (Sheets uses the add-on's name under Extensions). */
export const ADDON_MENU = "Extensions > KAM Matrix";

/** Apps Script's limit for one property value. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;

function checkPropertySize(key: string, value: string) {
  const bytes = Buffer.byteLength(key, "utf8") + Buffer.byteLength(value, "utf8");
  if (bytes > PROPERTY_VALUE_LIMIT) throw new Error(`Exception: Argument too large: value (${key}, ${bytes} bytes)`);
}

/**
 * Utilities.formatDate for the SimpleDateFormat letters yyyy MM dd HH mm ss SSS, in an IANA zone.
 * Whether Apps Script also takes a fixed offset such as "GMT-07:00" (a spreadsheet's zone may be
 * one) is not documented: the fake refuses it (Intl does), so the add-on must not depend on it.
 */
export function formatDateInZone(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const ms = String(date.getUTCMilliseconds()).padStart(3, "0");
  const token: Record<string, string> = {
    yyyy: parts.year,
    MM: parts.month,
    dd: parts.day,
    HH: parts.hour,
    mm: parts.minute,
    ss: parts.second,
    SSS: ms,
  };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|SSS/g, (t) => token[t]);
}
// --- end time zone, properties and add-on menu
