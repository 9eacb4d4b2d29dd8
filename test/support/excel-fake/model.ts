import { Box, formatBox, MAX_COLS, OfficeError, overlaps, parseBox, quote } from "./util";
import type { FormulaRef } from "./refs";

/** The workbook's state: what a user would see in Excel. The client proxies change it at sync. */
export type Value = string | number | boolean;

export interface Cell {
  value: Value;
  /** Set when the cell holds a formula (text written that starts with = + - @). */
  formula?: string;
  /** Set when the cell holds an error value such as #N/A (its value is the error's text). */
  error?: boolean;
  /** The sheet or table the formula refers to, bound when it was written (./refs.ts). */
  ref?: FormulaRef;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  /** A list data-validation rule (ExcelApi 1.8): the comma-delimited source; not enforced on API writes. */
  validationList?: string;
}

/**
 * The cells of a sheet by key (row * MAX_COLS + col), kept by row and column. A Map keyed by
 * position made a million-row export cost seconds and gigabytes in the fake alone (its keys are
 * not small integers, so each was a heap number): a cost of the fake, not of Excel. It answers
 * like that Map, except that it lists cells row by row, left to right (not in the order written).
 */
export class CellMap implements Iterable<[number, Cell]> {
  private readonly rows: ((Cell | undefined)[] | undefined)[] = [];
  private count = 0;

  at(row: number, col: number): Cell | undefined {
    const line = this.rows[row];
    return line === undefined ? undefined : line[col];
  }
  get(key: number): Cell | undefined {
    return this.at(Math.floor(key / MAX_COLS), key % MAX_COLS);
  }
  has(key: number): boolean {
    return this.get(key) !== undefined;
  }
  set(key: number, cell: Cell): this {
    const line = (this.rows[Math.floor(key / MAX_COLS)] ??= []);
    const col = key % MAX_COLS;
    if (line[col] === undefined) this.count++;
    line[col] = cell;
    return this;
  }
  delete(key: number): boolean {
    const line = this.rows[Math.floor(key / MAX_COLS)];
    const col = key % MAX_COLS;
    if (line === undefined || line[col] === undefined) return false;
    line[col] = undefined;
    this.count--;
    return true;
  }
  get size(): number {
    return this.count;
  }
  /** The cells of rows `from` to `to` (exclusive), row by row. */
  *rowsOf(from = 0, to = Infinity): IterableIterator<[number, Cell]> {
    const end = Math.min(to, this.rows.length);
    for (let r = Math.max(0, from); r < end; r++) {
      const line = this.rows[r];
      if (line === undefined) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell !== undefined) yield [r * MAX_COLS + c, cell];
      }
    }
  }
  [Symbol.iterator](): IterableIterator<[number, Cell]> {
    return this.rowsOf();
  }
}

export class SheetModel {
  readonly cells = new CellMap();
  readonly columnWidths = new Map<number, number>();
  readonly autofitted = new Set<number>();
  readonly charts: ChartModel[] = [];
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key = (row: number, col: number) => row * MAX_COLS + col;
  cell(row: number, col: number): Cell | undefined {
    return this.cells.at(row, col);
  }
  cellForWrite(row: number, col: number): Cell {
    const key = SheetModel.key(row, col);
    let c = this.cells.at(row, col);
    if (!c) this.cells.set(key, (c = { value: "", numberFormat: "General", fill: null, bold: false }));
    return c;
  }
  /** Cells of a box that exist, with their positions (a whole-sheet box must not be iterated). */
  *cellsIn(box: Box): Iterable<[number, number, Cell]> {
    for (const [key, cell] of this.cells.rowsOf(box.row, box.row + box.rows)) {
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      if (row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols) yield [row, col, cell];
    }
  }
  isBlank(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return !c || (c.value === "" && c.formula === undefined);
  }
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  box: Box;
}

export interface PointLabel {
  hasDataLabel: boolean;
  markerStyle?: string;
  showValue?: boolean;
  showSeriesName?: boolean;
  /** Custom text (dataLabel.text); it replaces what the label shows. */
  text?: string;
  /**
   * The label shows its custom text: text was set while the label showed something. Microsoft's
   * sample sets `text` on a label that shows its value; a label with every part switched off has
   * nothing for the text to replace (not documented: the stricter reading, it stays empty).
   */
  textShown?: boolean;
}

/** What a reader sees beside the point: the custom text only when it is shown. */
export const shownLabelText = (l: PointLabel): string | undefined => (l.hasDataLabel && l.textShown ? l.text : undefined);

export interface SeriesModel {
  name: string;
  chartType: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  lineColor?: string;
  x?: { sheet: SheetModel; box: Box };
  y?: { sheet: SheetModel; box: Box };
  labels: Map<number, PointLabel>;
}

export interface AxisModel {
  minimum?: number;
  maximum?: number;
  title?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  title?: string;
  /**
   * hiddenEntries: series whose legend entry was set to visible = false (one entry per series, in
   * series order). Hidden entries leave the collection: getItemAt counts only the visible ones.
   */
  legend: { visible?: boolean; position?: string; hiddenEntries?: Set<number> };
  axes: { category: AxisModel; value: AxisModel };
  series: SeriesModel[];
  position?: string;
  width?: number;
  height?: number;
}

export interface NameModel {
  name: string;
  /** The sheet the reference points at (follows renames; deleted -> #REF!). */
  sheet: SheetModel | null;
  rest: string;
  comment: string;
}

export interface ChangeEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  source: "Local" | "Remote";
  changeType: "RangeEdited";
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  readonly settings = new Map<string, unknown>();
  selection: { sheet: SheetModel; box: Box } | null = null;
  /**
   * A request ran with suspendApiCalculationUntilNextSync and no recalculation was asked for in a
   * later, unsuspended request: dependent formulas may show stale results ("Once set, it is the
   * developer's responsibility to re-calc the workbook").
   */
  calculationStale = false;
  private nextId = 1;
  private nextTable = 1;

  sheet(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** Worksheets.getItem takes a name or an id. */
  sheetByKey(key: string): SheetModel | null {
    return this.sheets.find((s) => s.id === key) ?? this.sheet(key);
  }
  addSheet(name: string): SheetModel {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new OfficeError("InvalidArgument", `'${name}' is not a valid sheet name`);
    if (this.sheet(name)) throw new OfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists`);
    const sheet = new SheetModel(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }
  deleteSheet(sheet: SheetModel): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tables.filter((t) => t.sheet === sheet)) this.tables.splice(this.tables.indexOf(t), 1);
    for (const n of this.names) if (n.sheet === sheet) n.sheet = null;
  }

  table(name: string): TableModel | null {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  addTable(sheet: SheetModel, box: Box): TableModel {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.box, box)))
      throw new OfficeError("InvalidOperation", "A table can't overlap another table");
    let name = `Table${this.nextTable++}`;
    while (this.table(name)) name = `Table${this.nextTable++}`;
    const table = { name, sheet, box };
    this.tables.push(table);
    return table;
  }
  renameTable(table: TableModel, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new OfficeError("InvalidArgument", `'${name}' is not a valid table name`);
    const other = this.table(name);
    if (other && other !== table) throw new OfficeError("InvalidArgument", `A table named '${name}' already exists`);
    table.name = name;
  }

  name(name: string): NameModel | null {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  addName(name: string, reference: string, comment: string): NameModel {
    if (this.name(name)) throw new OfficeError("ItemAlreadyExists", `The name '${name}' already exists`);
    const ref = reference.replace(/^=/, "");
    const bang = ref.lastIndexOf("!");
    const sheetPart = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = this.sheet(sheetPart);
    if (!sheet) throw new OfficeError("InvalidArgument", `The reference '${reference}' is not valid`);
    const item = { name, sheet, rest: ref.slice(bang + 1), comment };
    this.names.push(item);
    return item;
  }
  static formula = (n: NameModel) => (n.sheet ? `=${quote(n.sheet.name)}!${n.rest}` : `=#REF!${n.rest}`);

  /** Address as Excel reports it: "'KAM Matrix'!A1:C3". */
  static address = (sheet: SheetModel, box: Box) => `${quote(sheet.name)}!${formatBox(box)}`;

  /** Makes a box from an address on a sheet, for test set-up. */
  static box = parseBox;
}
