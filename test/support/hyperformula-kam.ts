/**
 * The KAM.* custom functions as a HyperFormula plugin, so tests and benchmarks can type
 * `=KAM.VALUE(A2:D10)` into cells and let a real formula engine evaluate, spill and chain them.
 * The plugin holds no scoring logic: it converts HyperFormula values to the plain 2D arrays the
 * functions in functions/functions.ts take, and their results (KamError values included) back.
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
import * as kam from "../../functions/functions";
import { ErrorKind, isKamError, KamError } from "../../src";

// HyperFormula does not export its AST and interpreter-state types; this is the part we use.
interface CallAst {
  args: unknown[];
}
type State = unknown;

const HF_ERROR: Record<ErrorKind, ErrorType> = { VALUE: ErrorType.VALUE, NA: ErrorType.NA, NUM: ErrorType.NUM };
const KAM_KIND: Partial<Record<ErrorType, ErrorKind>> = { [ErrorType.NA]: "NA", [ErrorType.NUM]: "NUM" };

/** One HyperFormula cell value as the functions expect it: empty -> null, numbers unwrapped. */
function fromHfCell(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  // An error cell is missing data for the core (SPEC 1); keeping it as a KamError of the same
  // kind lets QUADRANT over an #N/A score pass on #N/A with its message instead of a new one.
  if (v instanceof CellError) return new KamError(KAM_KIND[v.type] ?? "VALUE", v.message ?? v.type);
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

const required: FunctionArgument = { argumentType: FunctionArgumentType.ANY };
const optional: FunctionArgument = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const params = (count: number, optionalCount: number): FunctionArgument[] =>
  Array.from({ length: count }, (_, i) => (i < count - optionalCount ? required : optional));

/** Array results never spill into the cells of their own arguments; the functions pick their own shapes. */
const spilled = (method: string, sizeOfResultArrayMethod: string, parameters: FunctionArgument[]) => ({
  method,
  sizeOfResultArrayMethod,
  parameters,
  vectorizationForbidden: true,
});

/** Length of a single row or column (as toVector reads it). */
const vectorLength = (s: ArraySize): number => (s.height === 1 ? s.width : s.height);

// The playbook's shape does not depend on the language; ask the function once.
const PLAYBOOK_SIZE = (() => {
  const table = kam.playbook() as unknown[][];
  return new ArraySize(table[0].length, table.length);
})();
const MATRIX_COLUMNS = (kam.matrix([["A"]], [[1]], [[1]]) as unknown[][])[0].length;

export class KamPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    "KAM.VALUE": spilled("value", "onePerRow", params(5, 4)),
    "KAM.ENGAGEMENT": spilled("engagement", "onePerRow", params(5, 4)),
    "KAM.NORMALIZE": spilled("normalize", "sameAsFirst", params(3, 2)),
    "KAM.COVERAGE": spilled("coverage", "onePerRow", params(2, 1)),
    "KAM.QUADRANT": spilled("quadrant", "sameAsFirst", params(4, 2)),
    "KAM.LABEL": spilled("label", "sameAsFirst", params(2, 1)),
    "KAM.STRATEGY": spilled("strategy", "sameAsFirst", params(2, 1)),
    "KAM.PLAYBOOK": spilled("playbook", "playbookSize", params(1, 1)),
    "KAM.PRIORITY": spilled("priority", "onePerCell", params(4, 2)),
    "KAM.MATRIX": spilled("matrix", "matrixSize", params(9, 6)),
    "KAM.ALLOCATE": spilled("allocate", "onePerAccount", params(4, 2)),
    "KAM.CLV": spilled("clv", "largestArgument", params(4, 1)),
    "KAM.MOVES": spilled("moves", "fourByFour", params(2, 0)),
  };

  /** Runs one function with HyperFormula's argument checks, converting values both ways. */
  private call(ast: CallAst, state: State, name: string, fn: (...args: any[]) => unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) =>
      toHf(fn(...args.map(fromHf))),
    );
  }

  value(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.VALUE", kam.value);
  }
  engagement(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.ENGAGEMENT", kam.engagement);
  }
  normalize(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.NORMALIZE", kam.normalize);
  }
  coverage(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.COVERAGE", kam.coverage);
  }
  quadrant(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.QUADRANT", kam.quadrant);
  }
  label(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.LABEL", kam.label);
  }
  strategy(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.STRATEGY", kam.strategy);
  }
  playbook(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.PLAYBOOK", kam.playbook);
  }
  priority(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.PRIORITY", kam.priority);
  }
  matrix(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.MATRIX", kam.matrix);
  }
  allocate(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.ALLOCATE", kam.allocate);
  }
  clv(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.CLV", kam.clv);
  }
  moves(ast: CallAst, state: State) {
    return this.call(ast, state, "KAM.MOVES", kam.moves);
  }

  // Result sizes, predicted before evaluation as HyperFormula needs them to reserve the spill area.
  private argSize(ast: CallAst, state: State, i: number): ArraySize {
    const arg = ast.args[i] as { type?: string } | undefined;
    if (arg === undefined || arg.type === "EMPTY") return ArraySize.scalar();
    const size = this.arraySizeForAst(arg as never, state as never);
    return new ArraySize(size.width, size.height); // a range's size is flagged as a reference; ours is a value
  }

  onePerRow(ast: CallAst, state: State) {
    return new ArraySize(1, this.argSize(ast, state, 0).height);
  }
  sameAsFirst(ast: CallAst, state: State) {
    return this.argSize(ast, state, 0);
  }
  onePerCell(ast: CallAst, state: State) {
    const s = this.argSize(ast, state, 0);
    return new ArraySize(1, s.width * s.height);
  }
  onePerAccount(ast: CallAst, state: State) {
    return new ArraySize(1, vectorLength(this.argSize(ast, state, 1)));
  }
  matrixSize(ast: CallAst, state: State) {
    return new ArraySize(MATRIX_COLUMNS, vectorLength(this.argSize(ast, state, 0)) + 1);
  }
  playbookSize() {
    return PLAYBOOK_SIZE;
  }
  fourByFour() {
    return new ArraySize(4, 4);
  }
  largestArgument(ast: CallAst, state: State) {
    return ast.args
      .map((_, i) => this.argSize(ast, state, i))
      .reduce((big, s) => (s.width * s.height > big.width * big.height ? s : big), ArraySize.scalar());
  }
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
