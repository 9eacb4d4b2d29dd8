import { ClientObject, Collection, FakeContext } from "./client";
import { FChartCollection } from "./chart";
import { NameModel, SheetModel, TableModel, WorkbookModel } from "./model";
import { FRange, storeValue } from "./range";
import { Box, MAX_COLS, MAX_ROWS, OfficeError, overlaps, parseBox } from "./util";

type Handler = (event: unknown) => Promise<unknown> | void;

const NO_SHEET = new SheetModel("{no-sheet}", "");

/** Rows and columns from the first to the last used cell. */
function usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const [key, cell] of sheet.cells) {
    const used =
      cell.value !== "" ||
      cell.formula !== undefined ||
      (!valuesOnly && (cell.fill !== null || cell.bold || cell.numberFormat !== "General"));
    if (!used) continue;
    const row = Math.floor(key / MAX_COLS);
    const col = key % MAX_COLS;
    [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export class FApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue({ suspendCalculation: true }, () => {
      this.context.excel.requireApi("1.6", "suspendApiCalculationUntilNextSync");
      this.context.calculationSuspended = true;
    });
  }
  /**
   * Application.calculate (ExcelApi 1.1). Whether a recalculation asked for inside a suspended
   * request takes effect is not documented; the stricter reading: it counts only in a request
   * that is not suspended.
   */
  calculate(calculationType: string): void {
    this.context.queue({ calculate: calculationType }, () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw new OfficeError("InvalidArgument", `'${calculationType}' is not a calculation type`);
      if (!this.context.calculationSuspended) this.context.excel.model.calculationStale = false;
    });
  }
}

/** onChanged of a sheet or of all sheets: handlers registered at sync, removed through the result. */
class ChangedEvent {
  constructor(
    private readonly context: FakeContext,
    private readonly scope: () => SheetModel | "all",
    private readonly minApi: string,
  ) {}
  add(handler: Handler) {
    const { excel } = this.context;
    const entry = { scope: "all" as SheetModel | "all", handler };
    this.context.queue({ onChanged: "add" }, () => {
      excel.requireApi(this.minApi, "onChanged");
      entry.scope = this.scope();
      excel.handlers.push(entry);
    });
    return {
      context: this.context,
      remove: () => this.context.queue({ onChanged: "remove" }, () => excel.handlers.splice(excel.handlers.indexOf(entry), 1)),
    };
  }
}

/** workbook.onSelectionChanged (ExcelApi 1.2): handlers registered at sync, removed through the result. */
class SelectionEvent {
  constructor(private readonly context: FakeContext) {}
  add(handler: Handler) {
    const { excel } = this.context;
    this.context.queue({ onSelectionChanged: "add" }, () => {
      excel.requireApi("1.2", "onSelectionChanged");
      excel.selectionHandlers.push(handler);
    });
    return {
      context: this.context,
      remove: () =>
        this.context.queue({ onSelectionChanged: "remove" }, () =>
          excel.selectionHandlers.splice(excel.selectionHandlers.indexOf(handler), 1),
        ),
    };
  }
}

export class FWorkbook {
  readonly worksheets;
  readonly tables;
  readonly names;
  readonly settings;
  constructor(private readonly context: FakeContext) {
    const model = () => context.excel.model;
    this.worksheets = new FWorksheetCollection(context);
    this.tables = new FTableCollection(context, "workbook.tables", () => model().tables, null);
    this.names = new FNamedItemCollection(context);
    this.settings = new FSettingCollection(context);
  }
  get onSelectionChanged() {
    return new SelectionEvent(this.context);
  }
  getSelectedRange(): FRange {
    return new FRange(this.context, "workbook.selectedRange", () => {
      const sel = this.context.excel.model.selection;
      if (!sel) throw new OfficeError("ItemNotFound", "Nothing is selected");
      return sel;
    });
  }
}

export class FWorksheetCollection extends Collection<WorkbookModel, FWorksheet> {
  constructor(context: FakeContext) {
    super(context, "worksheets", () => context.excel.model);
  }
  protected itemsOf(m: WorkbookModel): FWorksheet[] {
    return m.sheets.map((s) => new FWorksheet(this.context, `worksheets[${s.name}]`, () => s));
  }
  /** By name or by id, as in Excel. */
  getItem(key: string): FWorksheet {
    return new FWorksheet(this.context, `worksheets[${key}]`, () => this.context.excel.model.sheetByKey(key));
  }
  getItemOrNullObject(key: string): FWorksheet {
    return new FWorksheet(this.context, `worksheets[${key}]?`, () => this.context.excel.model.sheetByKey(key), true);
  }
  getActiveWorksheet(): FWorksheet {
    return new FWorksheet(this.context, "worksheets.active", () => {
      const { excel } = this.context;
      if (excel.activeSheet && excel.model.sheets.includes(excel.activeSheet)) return excel.activeSheet;
      // Excel always has a sheet; tests may start from none: then nothing is active.
      return excel.model.sheets[0] ?? NO_SHEET;
    });
  }
  add(name: string): FWorksheet {
    let added: SheetModel | null = null;
    this.context.queue({ path: "worksheets", add: name }, () => (added = this.context.excel.model.addSheet(name)));
    return new FWorksheet(this.context, `worksheets.add(${name})`, () => added);
  }
  get onChanged() {
    return new ChangedEvent(this.context, () => "all", "1.9");
  }
}

export class FWorksheet extends ClientObject<SheetModel> {
  constructor(context: FakeContext, path: string, locate: () => SheetModel | null, orNull = false) {
    super(context, path, locate, orNull);
  }
  protected snapshot(m: SheetModel, prop: string): unknown {
    if (prop === "name") return m.name;
    if (prop === "id") return m.id;
    if (prop === "position") return this.context.excel.model.sheets.indexOf(m);
    throw new OfficeError("InvalidArgument", `The fake worksheet has no property ${prop}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.act({ name }, (m) => {
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
        throw new OfficeError("InvalidArgument", `'${name}' is not a valid sheet name`);
      const other = this.context.excel.model.sheet(name);
      if (other && other !== m) throw new OfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists`);
      m.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  /** Moves the sheet to this zero-based place among the tabs. */
  set position(position: number) {
    this.act({ position }, (m) => {
      const sheets = this.context.excel.model.sheets;
      if (position < 0 || position >= sheets.length)
        throw new OfficeError("InvalidArgument", `position ${position} is outside 0..${sheets.length - 1}`);
      sheets.splice(sheets.indexOf(m), 1);
      sheets.splice(position, 0, m);
    });
  }
  /** The block from the first to the last cell holding a value (valuesOnly) or anything, or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FRange {
    return new FRange(
      this.context,
      `${this.path}.usedRange(${valuesOnly})?`,
      () => {
        const sheet = this.find();
        return sheet && usedBox(sheet, valuesOnly) ? { sheet, box: usedBox(sheet, valuesOnly)! } : null;
      },
      true,
    );
  }
  private range(path: string, box: () => Box): FRange {
    return new FRange(this.context, `${this.path}.${path}`, () => {
      const sheet = this.find();
      return sheet && { sheet, box: box() };
    });
  }
  getRange(address?: string): FRange {
    return this.range(`range(${address ?? ""})`, () => (address ? parseBox(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FRange {
    return this.range(`rangeByIndexes(${row},${col},${rows},${cols})`, () => {
      this.context.excel.requireApi("1.7", "getRangeByIndexes");
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLS)
        throw new OfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols}) is outside the sheet`);
      return { row, col, rows, cols };
    });
  }
  private tablesProxy?: FTableCollection;
  private chartsProxy?: FChartCollection;
  get tables(): FTableCollection {
    return (this.tablesProxy ??= new FTableCollection(
      this.context,
      `${this.path}.tables`,
      () => this.context.excel.model.tables,
      () => this.find(),
    ));
  }
  get charts(): FChartCollection {
    return (this.chartsProxy ??= new FChartCollection(this.context, `${this.path}.charts`, () => this.find()));
  }
  get onChanged() {
    return new ChangedEvent(this.context, () => this.model(), "1.7");
  }
  activate(): void {
    this.act({ activate: true }, (m) => (this.context.excel.activeSheet = m));
  }
  delete(): void {
    this.act({ delete: true }, (m) => this.context.excel.model.deleteSheet(m));
  }
}

export class FTableCollection extends Collection<TableModel[], FTable> {
  constructor(
    context: FakeContext,
    path: string,
    locate: () => TableModel[],
    private readonly sheet: (() => SheetModel | null) | null,
  ) {
    super(context, path, locate);
  }
  protected itemsOf(m: TableModel[]): FTable[] {
    const sheet = this.sheet?.();
    return m.filter((t) => !this.sheet || t.sheet === sheet).map((t) => new FTable(this.context, `tables[${t.name}]`, () => t));
  }
  getItemOrNullObject(name: string): FTable {
    return new FTable(this.context, `tables[${name}]?`, () => this.context.excel.model.table(name), true);
  }
  getItem(name: string): FTable {
    return new FTable(this.context, `tables[${name}]`, () => this.context.excel.model.table(name));
  }
  add(address: string, hasHeaders: boolean): FTable {
    let added: TableModel | null = null;
    this.context.queue({ path: this.path, add: address, hasHeaders }, () => {
      const sheet = this.sheet?.();
      if (!sheet) throw new OfficeError("InvalidArgument", "tables.add needs a sheet address in this fake");
      if (!hasHeaders) throw new OfficeError("InvalidArgument", "the fake only models tables with headers");
      added = this.context.excel.model.addTable(sheet, parseBox(address));
    });
    return new FTable(this.context, `${this.path}.add(${address})`, () => added);
  }
}

export class FTable extends ClientObject<TableModel> {
  constructor(context: FakeContext, path: string, locate: () => TableModel | null, orNull = false) {
    super(context, path, locate, orNull);
  }
  protected snapshot(m: TableModel, prop: string): unknown {
    if (prop === "name") return m.name;
    throw new OfficeError("InvalidArgument", `The fake table has no property ${prop}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.act({ name }, (m) => this.context.excel.model.renameTable(m, name));
  }
  private part(path: string, box: (b: Box) => Box): FRange {
    return new FRange(this.context, `${this.path}.${path}`, () => {
      const t = this.find();
      return t && { sheet: t.sheet, box: box(t.box) };
    });
  }
  getRange = () => this.part("range", (b) => b);
  /**
   * Table.resize (ExcelApi 1.13): the header stays in its row and the new block overlaps the old;
   * the cells are not changed, and another table in the way refuses it.
   */
  resize(address: string): void {
    this.act(
      { resize: address },
      (m) => {
        const box = parseBox(address);
        if (box.row !== m.box.row || !overlaps(box, m.box))
          throw new OfficeError("InvalidArgument", "The new table range must overlap the old one and keep its header row");
        if (this.context.excel.model.tables.some((t) => t !== m && t.sheet === m.sheet && overlaps(t.box, box)))
          throw new OfficeError("InvalidOperation", "A table can't overlap another table");
        m.box = box;
      },
      "1.13",
    );
  }
  getHeaderRowRange = () => this.part("header", (b) => ({ ...b, rows: 1 }));
  getDataBodyRange = () => this.part("body", (b) => ({ ...b, row: b.row + 1, rows: b.rows - 1 }));
  private sheetProxy?: FWorksheet;
  get worksheet(): FWorksheet {
    return (this.sheetProxy ??= new FWorksheet(this.context, `${this.path}.worksheet`, () => this.find()?.sheet ?? null));
  }
  /** TableRowCollection.add(index, values): only appending at the end (index undefined) is modelled. */
  get rows() {
    return {
      add: (index: number | undefined, values: unknown[][]) =>
        this.act({ rowsAdd: { index, values } }, (m) => {
          if (index !== undefined && index !== null) throw new OfficeError("InvalidArgument", "the fake only appends table rows");
          if (!Array.isArray(values) || values.some((r) => !Array.isArray(r) || r.length !== m.box.cols))
            throw new OfficeError("InvalidArgument", "The number of columns in the input array doesn't match the table");
          const top = m.box.row + m.box.rows;
          for (let r = 0; r < values.length; r++)
            for (let c = 0; c < m.box.cols; c++) {
              // Real Excel would shift cells below the table down; the fake refuses instead of guessing.
              if (!m.sheet.isBlank(top + r, m.box.col + c))
                throw new OfficeError("InvalidOperation", "the fake does not shift cells below a table");
              if (values[r][c] !== null) storeValue(m.sheet.cellForWrite(top + r, m.box.col + c), values[r][c]);
            }
          m.box = { ...m.box, rows: m.box.rows + values.length };
          this.context.excel.changed({ sheet: m.sheet, box: { ...m.box, row: top, rows: values.length } }, "ThisLocalAddin");
        }),
    };
  }
  /** TableColumnCollection.add(index, values, name): appending a blank column with a header name (name: ExcelApi 1.4). */
  get columns() {
    return {
      add: (index: number | undefined, values: unknown, name?: string) =>
        this.act(
          { columnsAdd: { index, values, name } },
          (m) => {
            if ((index !== undefined && index !== null) || values !== undefined)
              throw new OfficeError("InvalidArgument", "the fake only appends blank named columns");
            const col = m.box.col + m.box.cols;
            for (let r = 0; r < m.box.rows; r++)
              if (!m.sheet.isBlank(m.box.row + r, col))
                throw new OfficeError("InvalidOperation", "the fake does not shift cells right of a table");
            const header = m.sheet.cellForWrite(m.box.row, col);
            header.value = String(name);
            header.bold = true;
            m.box = { ...m.box, cols: m.box.cols + 1 };
          },
          name === undefined ? "1.1" : "1.4",
        ),
    };
  }
  /** Like Excel: deleting a table deletes its cells too. */
  delete(): void {
    this.act({ delete: true }, (m) => {
      const tables = this.context.excel.model.tables;
      tables.splice(tables.indexOf(m), 1);
      for (const [r, c] of [...m.sheet.cellsIn(m.box)]) m.sheet.cells.delete(SheetModel.key(r, c));
    });
  }
}

export class FNamedItemCollection extends Collection<WorkbookModel, FNamedItem> {
  constructor(context: FakeContext) {
    super(context, "names", () => context.excel.model);
  }
  protected itemsOf(m: WorkbookModel): FNamedItem[] {
    return m.names.map((n) => new FNamedItem(this.context, `names[${n.name}]`, () => n));
  }
  getItemOrNullObject(name: string): FNamedItem {
    return new FNamedItem(this.context, `names[${name}]?`, () => this.context.excel.model.name(name), true);
  }
  getItem(name: string): FNamedItem {
    return new FNamedItem(this.context, `names[${name}]`, () => this.context.excel.model.name(name));
  }
  add(name: string, reference: string, comment = ""): FNamedItem {
    let added: NameModel | null = null;
    this.context.queue({ path: "names", add: name, reference, comment }, () => {
      this.context.excel.requireApi("1.4", "names.add");
      added = this.context.excel.model.addName(name, reference, comment);
    });
    return new FNamedItem(this.context, `names.add(${name})`, () => added);
  }
}

export class FNamedItem extends ClientObject<NameModel> {
  constructor(context: FakeContext, path: string, locate: () => NameModel | null, orNull = false) {
    super(context, path, locate, orNull);
  }
  protected snapshot(m: NameModel, prop: string): unknown {
    if (prop === "name") return m.name;
    if (prop === "formula") return WorkbookModel.formula(m);
    if (prop === "comment") return m.comment;
    throw new OfficeError("InvalidArgument", `The fake name has no property ${prop}`);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  delete(): void {
    this.act({ delete: true }, (m) => {
      const names = this.context.excel.model.names;
      names.splice(names.indexOf(m), 1);
    });
  }
}

interface SettingModel {
  key: string;
}

export class FSettingCollection extends Collection<WorkbookModel, FSetting> {
  constructor(context: FakeContext) {
    super(context, "settings", () => context.excel.model);
  }
  protected itemsOf(m: WorkbookModel): FSetting[] {
    return [...m.settings.keys()].map((key) => new FSetting(this.context, `settings[${key}]`, () => ({ key })));
  }
  getItemOrNullObject(key: string): FSetting {
    return new FSetting(this.context, `settings[${key}]?`, () => (this.context.excel.model.settings.has(key) ? { key } : null), true);
  }
  add(key: string, value: unknown): FSetting {
    this.context.queue({ path: "settings", add: key, value }, () => {
      this.context.excel.requireApi("1.4", "settings.add");
      // The host stores settings as JSON: what comes back is a copy.
      this.context.excel.model.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return new FSetting(this.context, `settings[${key}]`, () => ({ key }));
  }
}

export class FSetting extends ClientObject<SettingModel> {
  constructor(context: FakeContext, path: string, locate: () => SettingModel | null, orNull = false) {
    super(context, path, locate, orNull);
  }
  protected snapshot(m: SettingModel, prop: string): unknown {
    if (prop === "key") return m.key;
    if (prop === "value") return this.context.excel.model.settings.get(m.key);
    throw new OfficeError("InvalidArgument", `The fake setting has no property ${prop}`);
  }
  get value(): unknown {
    return this.read("value");
  }
}
