/**
 * Every error text in one place (as HyperFormula's ErrorMessage), so every host shows the same words.
 * Each says what was wrong and what would be right. An entry is `key: (params) => English text`;
 * `Messages.key(params)` gives a Message that keeps key and parameters beside the English text, so
 * the task pane can show the same message in German (taskpane/i18n/core-messages.ts, typed by key).
 * The functions' messages stay English in every host (SPEC 8).
 */
import { MIN_COVERAGE } from "./coverage";

/** How a value that is not a plain number, text or boolean is named in a message. */
export function describe(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const rows = v.length;
    const cols = Array.isArray(v[0]) ? v[0].length : rows;
    return Array.isArray(v[0]) ? `a range of ${rows} x ${cols} cells` : `a list of ${rows} values`;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "an invalid date" : `the date ${v.toISOString().slice(0, 10)}`;
  if (typeof v === "object" && v !== null) {
    const code = (v as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) return `the error value ${code}`;
    return "an object";
  }
  if (typeof v === "function") return "a function";
  if (typeof v === "symbol") return "a symbol";
  if (typeof v === "bigint") return "a big integer";
  return undefined;
}

/** A whole number with thousands separated by commas: 100000 as "100,000". */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "empty";
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return describe(v) ?? "not a number";
};

/** `show` for "x ... is not valid": a description goes in parentheses so the sentence still reads. */
const inline = (v: unknown): string => (describe(v) === undefined ? show(v) : `(${show(v)})`);

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A message inside another (the first invalid line of KAM.ACCOUNTS), typed apart to keep the catalogue's types acyclic. */
export interface NestedMessage {
  readonly key: string;
  readonly params: readonly unknown[];
  readonly text: string;
}

export const MessageTexts = {
  emptyRange: (arg: string) => `${arg} is empty; select at least one cell with numbers`,
  notRectangular: (arg: string) => `${arg} must be a rectangular range`,
  notVector: (arg: string, rows: number, cols: number) => `${arg} must be a single row or column, got ${rows} x ${cols}`,
  notScalar: (arg: string, rows: number, cols: number) => `${arg} must be a single cell, got ${rows} x ${cols}`,
  weightsCount: (weights: number, criteria: number) => `weights has ${weights} entries but data has ${criteria} criteria`,
  weightNotNumber: (index: number, v: unknown) => `weight ${index} is ${show(v)}; weights must be numbers (negative = lower is better)`,
  weightsAllZero: () => "all weights are 0; give at least one criterion a non-zero weight",
  portfolioColumns: (portfolio: number, data: number) =>
    `portfolio has ${portfolio} columns but data has ${data} criteria; use the same columns`,
  noNumericValues: (k: number) => `criterion ${k} has no numeric values; enter numbers in that column or leave it out`,
  unknownOption: (arg: string, v: unknown, valid: readonly string[]) =>
    `unknown ${arg} ${inline(v)}; use ${valid.slice(0, -1).join(", ")} or ${valid[valid.length - 1]}`,
  insufficientData: (coverage: number, headerLike: boolean) =>
    `insufficient data: coverage ${Math.floor(coverage * 100 + 1e-9)}%` +
    (headerLike
      ? " (this row is all text; leave header rows out of the range)"
      : ` (at least ${percent(MIN_COVERAGE)} of the weight needs numbers)`),
  noneOutOfRange: (k: number, x: number) => `criterion ${k} value ${x} is outside 0..100; method "none" expects scores from 0 to 100`,
  noneNoMedian: (k: number) =>
    `criterion ${k} has no value inside 0..100 to fill this gap with (method "none" expects scores from 0 to 100); correct the values or choose another method or missing policy`,
  // ---- stability (SPEC 14)
  spreadInvalid: (v: unknown) =>
    `spread ${show(v)} is not valid; use a number from 0 to below 1 (0.25 lets each weight move by up to 25% either way)`,
  trialsInvalid: (v: unknown) => `trials ${show(v)} is not valid; use a whole number from 1 to 100000 (default 1000)`,
  seedInvalid: (v: unknown) => `seed ${show(v)} is not valid; use a whole number from 0 to 4294967295 (default 1)`,
  tooMuchWork: (accounts: number, criteria: number, trials: number, fits: number, host: string, seconds: number) =>
    `${grouped(accounts)} accounts x ${grouped(criteria)} criteria x ${grouped(trials)} trials is too much work for one ${host} call (${seconds} s); at most ${grouped(fits)} trials fit for this portfolio`,
  notANumber: (arg: string, v: unknown) => `${arg} is ${show(v)}; it must be a number`,
  scoreOutOfRange: (arg: string, x: number) => `${arg} ${x} is outside 0..100; scores run from 0 to 100`,
  thresholdInvalid: (arg: string, v: unknown) => `${arg} ${inline(v)} is not valid; use a number from 0 to 100, "median" or "mean"`,
  thresholdOutOfRange: (arg: string, v: number) => `${arg} ${v} is outside 0..100; use a number from 0 to 100`,
  shapeMismatch: (a: string, b: string, sa: string, sb: string) => `${a} is ${sa} but ${b} is ${sb}; they must have the same size`,
  // ---- contributions, hysteresis, moves (SPEC 11-13)
  bandInvalid: (v: unknown) => `band ${show(v)} is not valid; use a number of score points from 0 to 50 (0 = no band)`,
  bandOutOfRange: (v: number) => `band ${v} is outside 0..50; use a number of score points from 0 to 50 (0 = no band)`,
  previousShape: (sp: string, sv: string) =>
    `previous is ${sp} but value is ${sv}; previous holds each account's quadrant of the last review and must have the size of value`,
  countMismatch: (a: string, b: string, na: number, nb: number) =>
    `${a} has ${na} accounts but ${b} has ${nb}; they must have the same number of rows`,
  missingScore: (arg: string) => `${arg} is missing; it must be a score from 0 to 100`,
  quadrantInvalid: (v: unknown) => `quadrant ${inline(v)} is not valid; use 1, 2, 3 or 4`,
  noQuadrant: () => "no quadrant (1 to 4) for this account; it gets no allocation",
  totalInvalid: (v: unknown) => `total is ${show(v)}; it must be a number of 0 or more`,
  accountWeightInvalid: (index: number, v: unknown) => `weight ${index} is ${show(v)}; account weights must be numbers of 0 or more`,
  sharesInvalid: () => "shares must be 4 numbers of 0 or more (for quadrants 1 to 4), not all 0",
  retentionDomain: (r: number, horizon: boolean) =>
    horizon
      ? `retention ${r} is outside 0..1; use a rate from 0 to 1`
      : `retention ${r} must be at least 0 and below 1 without a horizon (give years for r = 1)`,
  retentionAboveDiscount: (r: number, d: number) =>
    `retention ${r} must be below 1 + discount (${1 + d}) without a horizon; give years or a higher discount`,
  discountDomain: (d: number) => `discount ${d} must be greater than -1 (for example 0.08 for 8%)`,
  yearsDomain: (t: unknown) => `years ${show(t)} must be a whole number of 1 or more, or left empty`,
  clvTooLarge: () => "lifetime value is too large to compute; use a smaller margin or a retention further below 1 + discount",
  noValidScores: (arg: string) => `${arg}: no account has a valid score to take the median or mean of`,
  nameNotText: (index: number, v: unknown) => `name ${index} is ${show(v)}; account names must be text or numbers`,
  inputError: (code: string, message: string) =>
    message || `an input cell holds the error ${code}; correct that cell or leave it out of the range`,
  // ---- order lines and activity (SPEC 9, 10)
  lineLengths: (arg: string, cells: number, first: string, firstCells: number) =>
    `${arg} has ${cells} cells but ${first} has ${firstCells}; give one cell per line in each column (or row)`,
  linesInvalid: (count: number, line: number, reason: NestedMessage) =>
    `${count} ${count === 1 ? "line is" : "lines are"} not valid; line ${line}: ${reason.text}`,
  lineFieldEmpty: (field: string) => `${field} is empty`,
  lineNotKey: (field: string, v: unknown) => `${field} ${inline(v)} is not a text or a number`,
  lineNotDate: (field: string, v: unknown) => `${field} ${inline(v)} is not a date`,
  lineNotNumber: (field: string, v: unknown) => `${field} ${inline(v)} is not a number`,
  lineNumberAsText: (field: string, v: unknown, number: number) => `${field} ${show(v)} is text; enter it as the number ${number}`,
  asOfNotDate: (v: unknown) =>
    `asOf ${show(v)} is not a date; use a date, a date serial or text such as 2026-09-30, 30.9.2026 or 9/30/2026`,
  monthsInvalid: (v: unknown) => `months ${show(v)} is not valid; use a whole number from 1 to 120 (default 12)`,
  typeWeightsShape: (rows: number, cols: number) => `typeWeights must have two columns (type, weight), got ${rows} x ${cols}`,
  typeWeightInvalid: (row: number, v: unknown) => `typeWeights row ${row}: weight ${show(v)} is not valid; use a number of 0 or more`,
  typeWeightTypeEmpty: (row: number) => `typeWeights row ${row}: the type is empty; write the activity type in the first column`,
  typeWeightDuplicate: (type: string, first: number, row: number) =>
    `typeWeights lists type "${type}" twice (rows ${first} and ${row}); keep one weight per type`,
  typeWeightsWithoutTypes: () => "typeWeights is given but types is not; give the activity type of each line as well",
  // ---- ratings and survey responses (SPEC 15)
  scoresRows: (rows: number, lines: number) =>
    `scores has ${rows} rows but accounts has ${lines}; give one row of scores per response (one column per criterion)`,
  npsAnswer: (column: number, v: number) =>
    `score ${column} is ${v}; method "nps" needs the answer to a 0-10 question, a whole number from 0 to 10`,
  windowWithoutDates: (arg: string) => `${arg} is given but dates is not; give the date of each response, or leave asOf and months empty`,
  headersShape: (rows: number, cols: number, k: number) =>
    `headers is ${rows} x ${cols} but scores has ${k} ${k === 1 ? "column" : "columns"}; give one header per score column (1 x ${k} or ${k} x 1)`,
  headerNotText: (index: number, v: unknown) => `header ${index} is ${show(v)}; write the criterion's name as text`,
  marginNoProfits: () => "no profits given; pass the profit of each line to get a margin",
  marginNoRevenue: () => "no revenue in the review window; a margin needs revenue above 0",
  growthNoPrevious: () => "no revenue in the previous period",
  noPositiveOrder: () => "no order with an amount above 0 on or before the review date",
  // ---- pairwise weights, coherence (SPEC 16, 18)
  pairwiseShape: (rows: number, cols: number) =>
    `pairwise must be a square range of 2 to 15 rows and as many columns (one per criterion), got ${rows} x ${cols}`,
  pairwiseDiagonal: (i: number, v: unknown) =>
    `pairwise row ${i}, column ${i} is ${show(v)}; the diagonal compares a criterion with itself and must be blank or 1`,
  pairwiseBothBlank: (i: number, j: number) =>
    `pairwise row ${i}, column ${j} and row ${j}, column ${i} are both blank; enter in one of them how many times criterion ${i} matters as much as criterion ${j}`,
  pairwiseNotPositive: (i: number, j: number, v: unknown) =>
    `pairwise row ${i}, column ${j} is ${show(v)}; a comparison must be a positive number (1/9 to 9: 3 = three times as important)`,
  pairwiseNotReciprocal: (i: number, j: number, a: number, b: number) =>
    `pairwise row ${i}, column ${j} (${a}) and row ${j}, column ${i} (${b}) disagree: one must be 1 divided by the other; leave one of them blank`,
  correlTooFew: (i: number, j: number, n: number) =>
    (i === j ? `criterion ${i} has numbers for ${n}` : `criteria ${i} and ${j} both have numbers for ${n}`) +
    ` ${n === 1 ? "account" : "accounts"}; a rank correlation needs at least 3`,
  correlConstant: (i: number, j: number, c: number) =>
    `criterion ${c} has the same value for every account where criteria ${i} and ${j} both have numbers; ` +
    "a constant criterion has no rank correlation",
  unexpected: (detail: string) => `unexpected problem: ${detail}; please check the inputs`,
} as const;

/** The key of a catalogue entry, e.g. "weightsCount". */
export type MessageKey = keyof typeof MessageTexts;
/** The parameters of entry K, e.g. [weights: number, criteria: number]. */
export type MessageParams<K extends MessageKey> = Parameters<(typeof MessageTexts)[K]>;

/** One message: what the catalogue entry `key` says for `params`, and its English text. */
export interface Message<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params: MessageParams<K>;
  readonly text: string;
}

type Catalogue = { readonly [K in MessageKey]: (...params: MessageParams<K>) => Message<K> };

function keyed(texts: typeof MessageTexts): Catalogue {
  const out: Record<string, (...params: unknown[]) => Message> = {};
  for (const key of Object.keys(texts) as MessageKey[]) {
    const english = texts[key] as (...params: unknown[]) => string;
    out[key] = (...params) => ({ key, params, text: english(...params) }) as unknown as Message;
  }
  return out as unknown as Catalogue;
}

/** `Messages.weightsCount(3, 4)`: the message to throw or return (`new KamError(kind, message)`). */
export const Messages = { show, ...keyed(MessageTexts) };
