/**
 * Formulas that refer to a sheet or a table, as far as the adapter's tests need them: a plain cell
 * reference (`='KAM Matrix'!B3`) and the sum of a table column (`=SUM(KamAccounts[Revenue])`).
 * The reference is bound to the sheet or table object when the formula is written, as Excel does:
 * it follows a rename, and once that object is deleted the formula is `#REF!` for good (a new
 * sheet or table given the old name later does not repair it).
 */
import type { Cell, SheetModel, TableModel, Value, WorkbookModel } from "./model";
import { parseBox } from "./util";

export type FormulaRef =
  | { kind: "cell"; sheet: SheetModel; row: number; col: number }
  | { kind: "columnSum"; table: TableModel; column: string }
  | { kind: "broken" };

const CELL_REF = /^=\s*('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!(\$?[A-Za-z]+\$?\d+)\s*$/;
const COLUMN_SUM = /^=\s*SUM\(\s*([A-Za-z_\\][A-Za-z0-9_.]*)\[([^\]]+)\]\s*\)\s*$/i;

/** The object a formula refers to, or undefined for a formula the fake does not evaluate. */
export function bindFormula(model: WorkbookModel, formula: string): FormulaRef | undefined {
  const cell = CELL_REF.exec(formula);
  if (cell) {
    const sheet = model.sheet(cell[1].replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
    const { row, col } = parseBox(cell[2]);
    return sheet ? { kind: "cell", sheet, row, col } : { kind: "broken" };
  }
  const sum = COLUMN_SUM.exec(formula);
  if (sum) {
    const table = model.table(sum[1]);
    return table ? { kind: "columnSum", table, column: sum[2] } : { kind: "broken" };
  }
  return undefined;
}

const REF_ERROR = { value: "#REF!" as Value, error: true };

/** What a cell shows: its value, or what its formula evaluates to. */
export function shownValue(model: WorkbookModel, cell: Cell | undefined): { value: Value; error?: boolean } {
  if (!cell) return { value: "" };
  const ref = cell.ref;
  if (!ref) return { value: cell.value, ...(cell.error ? { error: true } : {}) };
  if (ref.kind === "broken") return REF_ERROR;
  if (ref.kind === "cell") {
    if (!model.sheets.includes(ref.sheet)) return REF_ERROR;
    return shownValue(model, ref.sheet.cell(ref.row, ref.col));
  }
  const { table } = ref;
  if (!model.tables.includes(table)) return REF_ERROR;
  let at = -1;
  for (let c = 0; c < table.box.cols; c++)
    if (String(table.sheet.cell(table.box.row, table.box.col + c)?.value ?? "").toLowerCase() === ref.column.toLowerCase()) at = c;
  if (at < 0) return REF_ERROR;
  let sum = 0;
  for (let r = 1; r < table.box.rows; r++) {
    const v = shownValue(model, table.sheet.cell(table.box.row + r, table.box.col + at)).value;
    if (typeof v === "number") sum += v;
  }
  return { value: sum };
}
