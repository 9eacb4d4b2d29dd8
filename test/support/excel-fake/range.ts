import { ClientObject, FakeContext } from "./client";
import { Cell, SheetModel, Value, WorkbookModel } from "./model";
import { Box, MAX_COLS, OfficeError } from "./util";
import { typedValue } from "../typed-value";
import { bindFormula, shownValue } from "./refs";

export interface RangeRef {
  sheet: SheetModel;
  box: Box;
}

/**
 * What Excel does with a value written to a cell, as if typed (test/support/typed-value.ts): only
 * a leading apostrophe keeps text exactly as written.
 */
export function storeValue(cell: Cell, v: unknown, model?: WorkbookModel): void {
  delete cell.formula;
  delete cell.error;
  delete cell.ref;
  if (typeof v === "string") {
    const typed = typedValue(v);
    if (typed.kind === "formula") {
      [cell.value, cell.formula] = ["", typed.formula];
      const ref = model && bindFormula(model, typed.formula);
      if (ref) cell.ref = ref;
    } else if (typed.kind === "error") [cell.value, cell.error] = [typed.value, true];
    else cell.value = typed.value;
  } else if (typeof v === "number" || typeof v === "boolean") cell.value = v;
  else throw new OfficeError("InvalidArgument", `A cell value can't be ${JSON.stringify(v)}`);
}

function checkShape(values: unknown, box: Box, prop: string, broadcast: boolean): unknown[][] {
  if (!Array.isArray(values) || !values.every(Array.isArray)) throw new OfficeError("InvalidArgument", `${prop} must be a 2D array`);
  const rows = values as unknown[][];
  if (broadcast && rows.length === 1 && rows[0].length === 1) return rows;
  if (rows.length !== box.rows || rows.some((r) => r.length !== box.cols))
    throw new OfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
    );
  return rows;
}

function eachCell(ref: RangeRef, f: (cell: Cell, r: number, c: number) => void): void {
  const { row, col, rows, cols } = ref.box;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(ref.sheet.cellForWrite(row + r, col + c), r, c);
}

export class FRange extends ClientObject<RangeRef> {
  constructor(context: FakeContext, path: string, locate: () => RangeRef | null, orNull = false) {
    super(context, path, locate, orNull);
  }

  protected snapshot(m: RangeRef, prop: string): unknown {
    // Plain loops: a callback and an object per cell made reading a million-row export take seconds
    // in the fake alone. What is read is unchanged (and measured as JSON by the request).
    const grid = <T>(f: (cell: Cell | undefined) => T): T[][] => {
      const { row, col, rows, cols } = m.box;
      const out: T[][] = new Array<T[]>(rows);
      for (let r = 0; r < rows; r++) {
        const line: T[] = [];
        for (let c = 0; c < cols; c++) line.push(f(m.sheet.cell(row + r, col + c)));
        out[r] = line;
      }
      return out;
    };
    const model = this.context.excel.model;
    switch (prop) {
      case "values":
        this.context.excel.countValuesRead(m.sheet.name, m.box.rows * m.box.cols);
        return grid((cell) => (cell === undefined ? "" : cell.ref === undefined ? cell.value : shownValue(model, cell).value));
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "address":
        return WorkbookModel.address(m.sheet, m.box);
      case "rowCount":
        return m.box.rows;
      case "columnCount":
        return m.box.cols;
      case "rowIndex":
        return m.box.row;
      case "columnIndex":
        return m.box.col;
      default:
        throw new OfficeError("InvalidArgument", `The fake range has no property ${prop}`);
    }
  }

  get values(): Value[][] {
    return this.read("values");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  set values(values: Value[][]) {
    this.act({ values }, (m) => {
      const rows = checkShape(values, m.box, "values", false);
      eachCell(m, (cell, r, c) => rows[r][c] !== null && storeValue(cell, rows[r][c], this.context.excel.model));
      this.context.excel.changed(m, "ThisLocalAddin");
    });
  }
  get formulas(): Value[][] {
    return this.read("formulas");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.act({ numberFormat: formats }, (m) => {
      const rows = checkShape(formats, m.box, "numberFormat", true);
      const one = rows.length === 1 && rows[0].length === 1;
      eachCell(m, (cell, r, c) => (cell.numberFormat = String(one ? rows[0][0] : rows[r][c])));
    });
  }
  get address(): string {
    return this.read("address");
  }
  /** Range.dataValidation (ExcelApi 1.8): only the list rule is modelled; it is stored per cell. */
  get dataValidation() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    return {
      set rule(rule: { list?: { inCellDropDown?: boolean; source?: unknown } }) {
        if (!rule.list || typeof rule.list.source !== "string")
          throw new OfficeError("InvalidArgument", "Only a list rule with a text source is modelled");
        const source = rule.list.source;
        range.act({ dataValidation: rule }, (m) => eachCell(m, (cell) => (cell.validationList = source)), "1.8");
      },
    };
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get format() {
    const act = this.act.bind(this);
    return {
      fill: {
        set color(color: string) {
          act({ fillColor: color }, (m) => eachCell(m, (cell) => (cell.fill = color)));
        },
      },
      font: {
        set bold(bold: boolean) {
          act({ bold }, (m) => eachCell(m, (cell) => (cell.bold = bold)));
        },
      },
      set columnWidth(points: number) {
        act(
          { columnWidth: points },
          (m) => {
            for (let c = 0; c < m.box.cols; c++) m.sheet.columnWidths.set(m.box.col + c, points);
          },
          "1.2",
        );
      },
      autofitColumns() {
        act(
          { autofitColumns: true },
          (m) => {
            for (let c = 0; c < m.box.cols; c++) m.sheet.autofitted.add(m.box.col + c);
          },
          "1.2",
        );
      },
    };
  }

  private sheetProxy?: import("./objects").FWorksheet;
  /** Navigation properties are one cached proxy, as in Office.js. */
  get worksheet() {
    const { FWorksheet } = require("./objects") as typeof import("./objects");
    return (this.sheetProxy ??= new FWorksheet(this.context, `${this.path}.worksheet`, () => this.find()?.sheet ?? null));
  }

  /** The block around the top-left cell bounded by blank rows and columns (ExcelApi 1.7). */
  getSurroundingRegion(): FRange {
    return new FRange(this.context, `${this.path}.surroundingRegion`, () => {
      this.context.excel.requireApi("1.7", "Range.getSurroundingRegion");
      const m = this.find();
      return m && { sheet: m.sheet, box: surroundingRegion(m.sheet, m.box.row, m.box.col) };
    });
  }

  /**
   * Range.delete("Up"): the cells go, the cells below in the same columns move up; a table that
   * holds the deleted rows across its whole width shrinks, one below them moves up.
   */
  delete(shift: string): void {
    this.act({ delete: shift }, (m) => {
      if (shift !== "Up") throw new OfficeError("InvalidArgument", 'the fake only models delete("Up")');
      const { row, col, rows, cols } = m.box;
      const inColumns = (c: number) => c >= col && c < col + cols;
      const tables = this.context.excel.model.tables.filter((t) => t.sheet === m.sheet);
      for (const t of tables) {
        const below = t.box.row >= row + rows;
        const holds = t.box.row < row && t.box.row + t.box.rows >= row + rows && t.box.col === col && t.box.cols === cols;
        const apart = t.box.col + t.box.cols <= col || t.box.col >= col + cols || t.box.row + t.box.rows <= row;
        if (holds) t.box = { ...t.box, rows: t.box.rows - rows };
        else if (below && t.box.col >= col && t.box.col + t.box.cols <= col + cols) t.box = { ...t.box, row: t.box.row - rows };
        else if (!apart)
          throw new OfficeError(
            "InvalidOperation",
            "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
          );
      }
      const moved: [number, Cell][] = [];
      for (const [key, cell] of [...m.sheet.cells]) {
        const r = Math.floor(key / MAX_COLS);
        const c = key % MAX_COLS;
        if (!inColumns(c) || r < row) continue;
        m.sheet.cells.delete(key);
        if (r >= row + rows) moved.push([SheetModel.key(r - rows, c), cell]);
      }
      for (const [key, cell] of moved) m.sheet.cells.set(key, cell);
      this.context.excel.changed(m, "ThisLocalAddin");
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9), copyType "All": values, formulas and formats of the source
   * block; a blank source cell makes the target blank. The target is the block's top-left cell or a
   * block of the same size. Tables are not copied (a table at the target stays as it is).
   */
  copyFrom(source: FRange | string, copyType = "All", skipBlanks = false, transpose = false): void {
    this.act(
      { copyFrom: typeof source === "string" ? source : source.path, copyType, skipBlanks, transpose },
      (m) => {
        if (copyType !== "All" || skipBlanks || transpose)
          throw new OfficeError("InvalidArgument", 'the fake models copyFrom(range, "All") only');
        const from = typeof source === "string" ? this.context.excel.resolveAddress(source) : source.model();
        const single = m.box.rows === 1 && m.box.cols === 1;
        if (!single && (m.box.rows !== from.box.rows || m.box.cols !== from.box.cols))
          throw new OfficeError("InvalidArgument", "The source and the destination of copyFrom differ in size");
        const copied: [number, number, Cell | undefined][] = [];
        for (let r = 0; r < from.box.rows; r++)
          for (let c = 0; c < from.box.cols; c++) {
            const cell = from.sheet.cell(from.box.row + r, from.box.col + c);
            copied.push([r, c, cell && { ...cell }]);
          }
        for (const [r, c, cell] of copied) {
          const key = SheetModel.key(m.box.row + r, m.box.col + c);
          if (cell) m.sheet.cells.set(key, cell);
          else m.sheet.cells.delete(key);
        }
        this.context.excel.changed({ sheet: m.sheet, box: { ...from.box, row: m.box.row, col: m.box.col } }, "ThisLocalAddin");
      },
      "1.9",
    );
  }

  clear(): void {
    this.act({ clear: true }, (m) => {
      for (const [r, c] of [...m.sheet.cellsIn(m.box)]) m.sheet.cells.delete(SheetModel.key(r, c));
      this.context.excel.changed(m, "ThisLocalAddin");
    });
  }
}

export function surroundingRegion(sheet: SheetModel, row: number, col: number): Box {
  const b = { top: row, left: col, bottom: row, right: col };
  const lineHasData = (r0: number, r1: number, c0: number, c1: number) => {
    for (let r = Math.max(0, r0); r <= r1; r++) for (let c = Math.max(0, c0); c <= c1; c++) if (!sheet.isBlank(r, c)) return true;
    return false;
  };
  for (let grown = true; grown;) {
    grown = false;
    // Rows first, as far as they go: checking the side columns after every single row made a
    // 100k-row export quadratic. The region is the same fixpoint.
    while (b.top > 0 && lineHasData(b.top - 1, b.top - 1, b.left - 1, b.right + 1)) {
      b.top--;
      grown = true;
    }
    while (lineHasData(b.bottom + 1, b.bottom + 1, b.left - 1, b.right + 1)) {
      b.bottom++;
      grown = true;
    }
    if (b.left > 0 && lineHasData(b.top - 1, b.bottom + 1, b.left - 1, b.left - 1)) {
      b.left--;
      grown = true;
    }
    if (lineHasData(b.top - 1, b.bottom + 1, b.right + 1, b.right + 1)) {
      b.right++;
      grown = true;
    }
  }
  return { row: b.top, col: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 };
}
