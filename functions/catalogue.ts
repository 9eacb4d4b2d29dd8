/**
 * The table of the KAM.* custom functions, declared beside their implementations in the way
 * HyperFormula's function plugins declare theirs: per function its parameters (range or single
 * cell, optional, what a cell means) and the shape of its result. The argument checks
 * (functions/arguments.ts), the HyperFormula test plugin and the metadata tests all read this
 * table; the JSDoc on each exported function (what Excel's functions.json is generated from) is
 * checked against it. Adding a function: one entry here, one JSDoc'd export in functions.ts.
 */
import {
  LANGUAGES,
  METHODS,
  MISSING_POLICIES,
  MOVE_MODES,
  parseLanguage,
  parseMethod,
  parseMissing,
  parseMoveMode,
  parseThreshold,
  parseRatingMethod,
  RATING_METHODS,
  parseWeightsOutput,
  WEIGHTS_OUTPUTS,
} from "../core";

/**
 * What a cell of a parameter means, which decides what an error cell or a data-typed cell
 * (entity, formatted number: its basicValue is used) turns into:
 * - criterion: a number to score; an error cell is a missing number (SPEC 1).
 * - score: one account's input (a score, a quadrant, a CLV rate); an error cell is passed on as
 *   that account's result, with its kind and message.
 * - number: a number that the whole result depends on (weights, total, shares); an error cell is
 *   passed on as the error of the whole result.
 * - option: a choice such as a method, a threshold or a language; an error cell is passed on as
 *   the error of the whole result.
 * - name: an account name, written back as text; an error cell is passed on in its place.
 * - line: one cell of an order, activity or response line (KAM.ACCOUNTS, KAM.ACTIVITY, KAM.RATINGS); an error cell makes
 *   that line invalid, and the function's #VALUE! names the line and the field, never drops it.
 */
export type CellRole = "criterion" | "score" | "number" | "option" | "name" | "line";

export interface ParameterSpec {
  /** As in the JSDoc @param and in messages. */
  readonly name: string;
  /** A range (2D array, "matrix" in functions.json) or a single cell. */
  readonly range: boolean;
  readonly optional: boolean;
  readonly role: CellRole;
  /** The words an option takes, as the JSDoc lists them in quotes ("median" or "mean"). */
  readonly options?: readonly string[];
  /** Checks an option and gives its value (the default when left out); a KamError is thrown. */
  readonly parse?: (v: unknown, name: string) => unknown;
  /**
   * Holds dates (SPEC 9): a host that passes date cells as Date objects (Google Sheets) must say
   * in which time zone their calendar date is read.
   */
  readonly dates?: boolean;
}

/**
 * The size of the result, as HyperFormula must predict it before evaluating:
 * perRow: n x 1 for n rows of the first argument (1 x 1 when the option `single.parameter` is one
 * of `single.words`); sameAsFirst: the first argument's size;
 * perCell: one row per cell of the first argument; perAccount: one row per cell of the second
 * argument (a single row or column); table: a header row + one row per name, `columns` wide;
 * fixed: always `rows` x `columns`, or `larger` when the option `larger.parameter` is
 * `larger.word`; largest: the size of the largest argument; lines: a header row + one row per
 * account met in the lines, at most one per cell of the first argument (the number of accounts
 * is known only after evaluating), `columns` wide plus one when `extraColumn` is given, plus the
 * width of the range `widthOf` when that is named (KAM.RATINGS: one column per score column);
 * square: k x k for a first argument k columns wide.
 */
export type ResultShape =
  | { readonly kind: "sameAsFirst" | "perCell" | "perAccount" | "largest" | "square" }
  | { readonly kind: "perRow"; readonly single?: { readonly parameter: string; readonly words: readonly string[] } }
  | { readonly kind: "table"; readonly columns: number }
  | {
      readonly kind: "fixed";
      readonly rows: number;
      readonly columns: number;
      readonly larger?: { readonly parameter: string; readonly word: string; readonly rows: number; readonly columns: number };
    }
  | { readonly kind: "lines"; readonly columns: number; readonly extraColumn?: string; readonly widthOf?: string };

export interface FunctionSpec {
  /** The function's name in Excel after "KAM." (functions.json id). */
  readonly id: string;
  /** The export of functions/functions.ts that implements it. */
  readonly name: string;
  readonly parameters: readonly ParameterSpec[];
  readonly result: ResultShape;
}

const range = (name: string, role: CellRole, optional = false): ParameterSpec => ({ name, range: true, optional, role });
const cell = (name: string, role: CellRole, optional = false): ParameterSpec => ({ name, range: false, optional, role });
const option = (name: string, options: readonly string[], parse: (v: unknown, name: string) => unknown): ParameterSpec => ({
  name,
  range: false,
  optional: true,
  role: "option",
  options,
  parse,
});

const method = option("method", METHODS, (v) => parseMethod(v));
const missing = option("missing", MISSING_POLICIES, (v) => parseMissing(v));
const language = option("language", LANGUAGES, (v) => parseLanguage(v));
/** Besides a number from 0 to 100. */
export const THRESHOLD_WORDS = ["median", "mean"] as const;
const threshold = (name: string) => option(name, THRESHOLD_WORDS, parseThreshold);
const mode = option("mode", MOVE_MODES, (v) => parseMoveMode(v));
const weightsOutput = option("output", WEIGHTS_OUTPUTS, (v) => parseWeightsOutput(v));
/** A line column of KAM.ACCOUNTS / KAM.ACTIVITY. */
const line = (name: string, optional = false): ParameterSpec => range(name, "line", optional);
/** The dates of the lines, and the review date: read as SPEC 9 dates. */
const dates: ParameterSpec = { ...line("dates"), dates: true };
const asOf: ParameterSpec = { ...cell("asOf", "option", true), dates: true };
const months = cell("months", "number", true);
/** Hysteresis (SPEC 12): an account's previous quadrant is its own input; an error cell there means none. */
const hysteresis = [range("previous", "score", true), cell("band", "number", true)];

const axis = (id: string, name: string): FunctionSpec => ({
  id,
  name,
  parameters: [range("data", "criterion"), range("weights", "number", true), range("portfolio", "criterion", true), method, missing],
  result: { kind: "perRow" },
});

/** The functions in the order of SPEC 7. */
export const FUNCTIONS: readonly FunctionSpec[] = [
  axis("VALUE", "value"),
  axis("ENGAGEMENT", "engagement"),
  {
    id: "NORMALIZE",
    name: "normalize",
    parameters: [range("values", "criterion"), method, range("portfolio", "criterion", true)],
    result: { kind: "sameAsFirst" },
  },
  {
    id: "COVERAGE",
    name: "coverage",
    parameters: [range("data", "criterion"), range("weights", "number", true)],
    result: { kind: "perRow" },
  },
  {
    id: "QUADRANT",
    name: "quadrant",
    parameters: [
      range("value", "score"),
      range("engagement", "score"),
      threshold("valueThreshold"),
      threshold("engagementThreshold"),
      ...hysteresis,
    ],
    result: { kind: "sameAsFirst" },
  },
  { id: "LABEL", name: "label", parameters: [range("quadrant", "score"), language], result: { kind: "sameAsFirst" } },
  { id: "STRATEGY", name: "strategy", parameters: [range("quadrant", "score"), language], result: { kind: "sameAsFirst" } },
  { id: "PLAYBOOK", name: "playbook", parameters: [language], result: { kind: "fixed", rows: 7, columns: 5 } },
  {
    id: "PRIORITY",
    name: "priority",
    parameters: [
      range("value", "score"),
      range("engagement", "score"),
      threshold("valueThreshold"),
      threshold("engagementThreshold"),
      ...hysteresis,
    ],
    result: { kind: "perCell" },
  },
  {
    id: "MATRIX",
    name: "matrix",
    parameters: [
      range("names", "name"),
      range("valueData", "criterion"),
      range("engagementData", "criterion"),
      range("valueWeights", "number", true),
      range("engagementWeights", "number", true),
      method,
      threshold("valueThreshold"),
      threshold("engagementThreshold"),
      language,
    ],
    result: { kind: "table", columns: 7 },
  },
  {
    id: "ALLOCATE",
    name: "allocate",
    // An account's weight is "score": ignored for an account without a quadrant (its value score
    // is often #N/A too), else the whole split of its quadrant depends on it.
    parameters: [cell("total", "number"), range("quadrants", "score"), range("weights", "score", true), range("shares", "number", true)],
    result: { kind: "perAccount" },
  },
  {
    id: "CLV",
    name: "clv",
    parameters: [range("margin", "score"), range("retention", "score"), range("discount", "score"), range("years", "score", true)],
    result: { kind: "largest" },
  },
  {
    id: "MOVES",
    name: "moves",
    // "full" adds row and column 5 for new and dropped accounts (SPEC 13).
    parameters: [range("before", "score"), range("after", "score"), mode],
    result: { kind: "fixed", rows: 4, columns: 4, larger: { parameter: "mode", word: "full", rows: 5, columns: 5 } },
  },
  {
    id: "ACCOUNTS",
    name: "accounts",
    parameters: [
      line("accounts"),
      dates,
      line("amounts"),
      line("profits", true),
      asOf,
      months,
      line("categories", true),
      line("orders", true),
    ],
    result: { kind: "lines", columns: 7, extraColumn: "categories" },
  },
  {
    id: "ACTIVITY",
    name: "activity",
    parameters: [line("accounts"), dates, asOf, months, line("types", true), range("typeWeights", "number", true)],
    result: { kind: "lines", columns: 3 },
  },
  { ...axis("CONTRIB", "contrib"), result: { kind: "sameAsFirst" } },
  {
    id: "STABILITY",
    name: "stability",
    parameters: [
      range("valueData", "criterion"),
      range("engagementData", "criterion"),
      range("valueWeights", "number", true),
      range("engagementWeights", "number", true),
      cell("spread", "number", true),
      cell("trials", "number", true),
      cell("seed", "number", true),
      method,
      missing,
      threshold("valueThreshold"),
      threshold("engagementThreshold"),
    ],
    result: { kind: "perRow" },
  },
  {
    id: "RATINGS",
    name: "ratings",
    // A score cell that is not a number (an error cell too) is no answer, never an invalid line.
    parameters: [
      line("accounts"),
      range("scores", "criterion"),
      line("raters", true),
      { ...line("dates", true), dates: true },
      asOf,
      months,
      option("method", RATING_METHODS, (v) => parseRatingMethod(v)),
      range("headers", "name", true),
    ],
    result: { kind: "lines", columns: 2, widthOf: "scores" },
  },
  {
    id: "WEIGHTS",
    name: "weights",
    // A comparison is a number the whole result depends on. k x 1 weights; "cr" and "lambda" one cell.
    parameters: [range("pairwise", "number"), weightsOutput],
    result: { kind: "perRow", single: { parameter: "output", words: ["cr", "lambda"] } },
  },
  {
    id: "CORREL",
    name: "correl",
    parameters: [range("data", "criterion"), range("weights", "number", true)],
    result: { kind: "square" },
  },
];

export type FunctionId = string;

/** The table by id ("VALUE"). */
export const CATALOGUE: Readonly<Record<FunctionId, FunctionSpec>> = Object.fromEntries(FUNCTIONS.map((f) => [f.id, f]));
