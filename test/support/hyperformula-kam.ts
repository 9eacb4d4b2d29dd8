/**
 * The KAM.* custom functions as a HyperFormula plugin, so tests and benchmarks can type
 * `=KAM.VALUE(A2:D10)` into cells and let a real formula engine evaluate, spill and chain them.
 * The plugin holds no scoring logic: it converts HyperFormula values to the plain 2D arrays the
 * functions in functions/functions.ts take (an error cell as the object Excel passes), and their
 * results (KamError values included) back. Its functions, their parameters and result sizes come
 * from the function table (functions/catalogue.ts).
 * HyperFormula is GPL-3.0: a devDependency used only by test/ and bench/.
 */
import {
  ArraySize,
  CellError,
  CellValue,
  ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionArgument,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  RawCellContent,
  SimpleRangeValue,
} from "hyperformula";
import { FunctionSpec, FUNCTIONS, ResultShape } from "../../functions/catalogue";
import * as kam from "../../functions/functions";
import { ErrorKind, isKamError, KamError } from "../../core";

// HyperFormula does not export its AST and interpreter-state types; this is the part we use.
interface CallAst {
  args: unknown[];
}
type State = unknown;

const HF_ERROR: Record<ErrorKind, ErrorType> = {
  VALUE: ErrorType.VALUE,
  NA: ErrorType.NA,
  NUM: ErrorType.NUM,
  DIV0: ErrorType.DIV_BY_ZERO,
  NULL: ErrorType.VALUE, // HyperFormula has no #NULL!
};
const EXCEL_CODE: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};

/** One HyperFormula cell value as the functions expect it: empty -> null, numbers unwrapped. */
function fromHfCell(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  // An error cell arrives as Excel passes it with allowErrorForDataTypeAny: { code, message }
  // (a plain object, as CustomFunctions.Error does not exist outside Excel).
  if (v instanceof CellError) return { code: EXCEL_CODE[v.type] ?? "#VALUE!", message: v.message ?? "" };
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val; // dates, percents
  return v;
}

/** A range becomes a 2D array (as Excel passes a matrix parameter); a scalar stays a scalar. */
function fromHf(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map(fromHfCell));
  return fromHfCell(arg);
}

const toHfError = (e: KamError): CellError => new CellError(HF_ERROR[e.kind], e.message);

function toHfCell(v: unknown) {
  if (isKamError(v)) return toHfError(v);
  if (v === null || v === undefined) return EmptyValue;
  return v as number | string | boolean;
}

/** A function result back to HyperFormula: a whole-call error, or an array with per-cell errors. */
function toHf(result: unknown): CellError | SimpleRangeValue {
  if (isKamError(result)) return toHfError(result);
  if (!Array.isArray(result)) return SimpleRangeValue.fromScalar(toHfCell(result));
  return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map(toHfCell)));
}

const parameters = (f: FunctionSpec): FunctionArgument[] =>
  f.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional ? { optionalArg: true } : {}) }));

/** The size method below that predicts each kind of result. */
const SIZE_METHOD: Record<ResultShape["kind"], string> = {
  perRow: "onePerRow",
  sameAsFirst: "sameAsFirst",
  perCell: "onePerCell",
  perAccount: "onePerAccount",
  table: "tableSize",
  fixed: "fixedSize",
  largest: "largestArgument",
  lines: "linesSize",
  square: "squareOfColumns",
};

/** Array results never spill into the cells of their own arguments; the functions pick their own shapes. */
const implemented = (f: FunctionSpec) => ({
  method: f.name,
  sizeOfResultArrayMethod: SIZE_METHOD[f.result.kind],
  parameters: parameters(f),
  vectorizationForbidden: true,
});

const spec = (hfName: string): FunctionSpec => FUNCTIONS.find((f) => `KAM.${f.id}` === hfName)!;

/** Length of a single row or column (as toVector reads it). */
const vectorLength = (s: ArraySize): number => (s.height === 1 ? s.width : s.height);

/** The AST of a parameter when the formula gives it (not left out, not empty). */
function given(ast: CallAst, f: FunctionSpec, parameter: string): { type: string; value?: unknown } | undefined {
  const arg = ast.args[f.parameters.findIndex((p) => p.name === parameter)] as { type: string; value?: unknown } | undefined;
  return arg && arg.type !== "EMPTY" ? arg : undefined;
}

const IMPLEMENTATIONS = kam as unknown as Record<string, (...args: unknown[]) => unknown>;

export class KamPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(FUNCTIONS.map((f) => [`KAM.${f.id}`, implemented(f)]));

  /** Runs one function with HyperFormula's argument checks, converting values both ways. */
  call(ast: CallAst, state: State, name: string) {
    const fn = IMPLEMENTATIONS[spec(name).name];
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => toHf(fn(...args.map(fromHf))));
  }

  // Result sizes, predicted before evaluation as HyperFormula needs them to reserve the spill area.
  private argSize(ast: CallAst, state: State, i: number): ArraySize {
    const arg = ast.args[i] as { type?: string } | undefined;
    if (arg === undefined || arg.type === "EMPTY") return ArraySize.scalar();
    const size = this.arraySizeForAst(arg as never, state as never);
    return new ArraySize(size.width, size.height); // a range's size is flagged as a reference; ours is a value
  }

  onePerRow(ast: CallAst & { procedureName: string }, state: State) {
    const f = spec(ast.procedureName);
    const single = (f.result as Extract<ResultShape, { kind: "perRow" }>).single;
    const arg = single && given(ast, f, single.parameter);
    // A word typed into the formula is known now; one in a cell only after evaluation (the whole
    // column is reserved then, and the cells the result does not use stay empty).
    if (single && arg?.type === "STRING" && single.words.includes(String(arg.value).trim().toLowerCase())) return ArraySize.scalar();
    return new ArraySize(1, this.argSize(ast, state, 0).height);
  }
  sameAsFirst(ast: CallAst, state: State) {
    return this.argSize(ast, state, 0);
  }
  onePerCell(ast: CallAst, state: State) {
    const s = this.argSize(ast, state, 0);
    return new ArraySize(1, s.width * s.height);
  }
  squareOfColumns(ast: CallAst, state: State) {
    const width = this.argSize(ast, state, 0).width;
    return new ArraySize(width, width);
  }
  onePerAccount(ast: CallAst, state: State) {
    return new ArraySize(1, vectorLength(this.argSize(ast, state, 1)));
  }
  tableSize(ast: CallAst & { procedureName: string }, state: State) {
    const shape = spec(ast.procedureName).result as { columns: number };
    return new ArraySize(shape.columns, vectorLength(this.argSize(ast, state, 0)) + 1);
  }
  fixedSize(ast: CallAst & { procedureName: string }) {
    const f = spec(ast.procedureName);
    const shape = f.result as Extract<ResultShape, { kind: "fixed" }>;
    const larger = shape.larger;
    const arg = larger && given(ast, f, larger.parameter);
    if (larger && arg) {
      // A word typed into the formula is known now; one in a cell only after evaluation, so the
      // larger table is reserved (the cells it does not use stay empty, as HyperFormula's FILTER does).
      const word = arg.type === "STRING" ? String(arg.value).trim().toLowerCase() : undefined;
      if (word === undefined || word === larger.word) return new ArraySize(larger.columns, larger.rows);
    }
    return new ArraySize(shape.columns, shape.rows);
  }
  /**
   * KAM.ACCOUNTS / KAM.ACTIVITY / KAM.RATINGS: how many accounts the lines hold is known only after evaluating
   * them, and HyperFormula reserves the spill area before (its cell values are not computed yet
   * when it parses a formula). Every account has at least one line, so a header row plus one row
   * per line always holds the result; the rows below the last account stay empty, as with
   * HyperFormula's own FILTER. Excel and Sheets size the spill by the result itself.
   */
  linesSize(ast: CallAst & { procedureName: string }, state: State) {
    const f = spec(ast.procedureName);
    const shape = f.result as Extract<ResultShape, { kind: "lines" }>;
    let columns = shape.columns + (shape.extraColumn && given(ast, f, shape.extraColumn) ? 1 : 0);
    if (shape.widthOf)
      columns += this.argSize(
        ast,
        state,
        f.parameters.findIndex((p) => p.name === shape.widthOf),
      ).width;
    return new ArraySize(columns, vectorLength(this.argSize(ast, state, 0)) + 1);
  }
  largestArgument(ast: CallAst, state: State) {
    return ast.args
      .map((_, i) => this.argSize(ast, state, i))
      .reduce((big, s) => (s.width * s.height > big.width * big.height ? s : big), ArraySize.scalar());
  }
}

// One method per function, named as its export (HyperFormula calls implementedFunctions' `method`).
for (const f of FUNCTIONS) {
  Object.defineProperty(KamPlugin.prototype, f.name, {
    value(this: KamPlugin, ast: CallAst, state: State) {
      return this.call(ast, state, `KAM.${f.id}`);
    },
  });
}

/** English names in the formula language HyperFormula uses by default. */
const TRANSLATIONS = {
  enGB: Object.fromEntries(Object.keys(KamPlugin.implementedFunctions).map((name) => [name, name])),
};

let registered = false;

/**
 * A HyperFormula engine with the KAM plugin. smartRounding is off so cell values are exact
 * doubles (by default HyperFormula rounds what it exports to 10 significant digits and treats
 * numbers within 1e-13 of each other as equal, which would hide or fake 1e-9 agreement).
 */
export function createEngine(sheets: Record<string, RawCellContent[][]>, config: Partial<ConfigParams> = {}): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(KamPlugin, TRANSLATIONS);
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false, ...config });
}

/** A JS cell value as HyperFormula raw content: text stays text even when it looks like a number or formula. */
export function asCellContent(v: unknown): RawCellContent {
  if (typeof v === "string") return v === "" ? null : `'${v}`;
  if (v === undefined) return null;
  return v as RawCellContent;
}

/** The values of a block of cells, e.g. `cellsAt(hf, "Calc", "B2", 9, 1)`; errors come back as DetailedCellError. */
export function cellsAt(hf: HyperFormula, sheetName: string, topLeft: string, rows: number, cols: number): CellValue[][] {
  const sheet = hf.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`no sheet named ${sheetName}`);
  const start = hf.simpleCellAddressFromString(topLeft, sheet);
  if (start === undefined) throw new Error(`${topLeft} is not a cell address`);
  return hf.getRangeValues({ start, end: { sheet, row: start.row + rows - 1, col: start.col + cols - 1 } });
}
