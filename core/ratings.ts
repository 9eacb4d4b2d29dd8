/**
 * KAM.RATINGS (SPEC 15): judgement ratings and survey responses, one line per response, turned
 * into one aggregate per account and criterion. Lines, keys, dates and the window are read as
 * order lines are (lines.ts, review.ts); a named rater counts once per criterion with the latest
 * answer, a line without a rater is a response of its own.
 */
import { isOmitted, isPresent, parseOption, toMatrix } from "./cells";
import { fail } from "./errors";
import { shownName } from "./keys";
import { LineColumn, LineProblem, Lines, readLines, requireValid } from "./lines";
import { Messages } from "./messages";
import { aggregate, countResponses, CriterionResponses, RATING_METHODS, RatingMethod } from "./rating-responses";
import { parseAsOf, parseMonths, review, ReviewWindow } from "./review";

export { RATING_METHODS } from "./rating-responses";
export type { CriterionResponses, RatingMethod } from "./rating-responses";

export const parseRatingMethod = (v: unknown): RatingMethod => parseOption(v, "method", RATING_METHODS, "median");

/** Raw arguments of KAM.RATINGS, in the function's order. */
export interface RatingsArgs {
  accounts: unknown;
  scores: unknown;
  raters?: unknown;
  dates?: unknown;
  asOf?: unknown;
  months?: unknown;
  method?: unknown;
  headers?: unknown;
}

export interface RatingsFigures {
  /** The review and its window; undefined without dates (every line counts). */
  review?: ReviewWindow;
  method: RatingMethod;
  headers: string[];
  /** Account ids with at least one response, in the order of their first line that counts. */
  order: number[];
  names: (string | number)[];
  keys: string[];
  /** Distinct responders per account. */
  responses: Int32Array;
  criteria: CriterionResponses[];
  /** Valid lines that do not count: dated before the window or after the review date. */
  outside: number;
}

/** The header of each score column: `headers` (1 x k or k x 1 text), else "Score j". */
export function parseHeaders(v: unknown, k: number): string[] {
  if (isOmitted(v)) return Array.from({ length: k }, (_, j) => `Score ${j + 1}`);
  const m = toMatrix(v, "headers");
  const rows = m.length;
  const cols = m[0].length;
  const cells = rows === 1 && cols === k ? m[0] : cols === 1 && rows === k ? m.map((r) => r[0]) : undefined;
  if (!cells) return fail("VALUE", Messages.headersShape(rows, cols, k));
  return cells.map((c, j) => {
    if (typeof c === "number" && Number.isFinite(c)) return String(c);
    if (typeof c === "string" && c.trim() !== "") return c.trim();
    return fail("VALUE", Messages.headerNotText(j + 1, c));
  });
}

/** The scores as rows of the same count as the lines. */
function scoreRows(v: unknown, lines: number): unknown[][] {
  if (isOmitted(v) && !Array.isArray(v)) fail("VALUE", Messages.emptyRange("scores"));
  const m = toMatrix(v, "scores");
  if (m.length !== lines) fail("VALUE", Messages.scoresRows(m.length, lines));
  return m;
}

const isNpsAnswer = (x: number) => Number.isInteger(x) && x >= 0 && x <= 10;

/** Reads and checks the lines: account, date, rater, then (method "nps") each score. */
function readResponses(args: RatingsArgs, method: RatingMethod, timeZone?: string): { lines: Lines; scores: unknown[][] } {
  const accountCells = LineColumn.of(args.accounts, "accounts");
  const scores = scoreRows(args.scores, accountCells.length);
  const k = scores[0].length;
  const filled = (i: number) => {
    const row = scores[i];
    for (let j = 0; j < k; j++) {
      const c = row[j];
      if (!(c === null || c === undefined || (typeof c === "string" && c.trim() === ""))) return true;
    }
    return false;
  };
  const check = (i: number): LineProblem | undefined => {
    if (method !== "nps") return undefined;
    const row = scores[i];
    for (let j = 0; j < k; j++) {
      const c = row[j];
      if (isPresent(c) && !isNpsAnswer(c)) return { line: i + 1, field: "score", value: c, message: Messages.npsAnswer(j + 1, c) };
    }
    return undefined;
  };
  const lines = readLines(
    { accounts: args.accounts, dates: args.dates, raters: isOmitted(args.raters) ? undefined : args.raters },
    { timeZone, datesOptional: true, more: { filled, check } },
  );
  return { lines, scores };
}

/** The checked lines and the whole-argument options, before aggregation (also for the pane's report). */
export function ratingsLines(args: RatingsArgs, options: { timeZone?: string } = {}) {
  const method = parseRatingMethod(args.method);
  const withDates = !isOmitted(args.dates);
  if (!withDates) {
    if (!isOmitted(args.asOf)) fail("VALUE", Messages.windowWithoutDates("asOf"));
    if (!isOmitted(args.months)) fail("VALUE", Messages.windowWithoutDates("months"));
  }
  const { lines, scores } = readResponses(args, method, options.timeZone);
  const headers = parseHeaders(args.headers, scores[0].length);
  return { method, withDates, lines, scores, headers };
}

export function ratingsFigures(args: RatingsArgs, options: { timeZone?: string } = {}): RatingsFigures {
  const { method, withDates, lines, scores, headers } = ratingsLines(args, options);
  requireValid(lines);
  const r = withDates ? review(parseAsOf(args.asOf, lines.latest, options.timeZone), parseMonths(args.months)) : undefined;
  const k = headers.length;
  const accounts = lines.accounts.size;
  const responses = countResponses(lines, scores, k, r);
  const criteria = aggregate(responses, accounts, k, method);
  const { responders, firstLine, lineOrder, outside } = responses;
  const names = new Array<string | number>(accounts);
  const order = lineOrder.filter((a) => responders[a] > 0);
  for (const a of order) names[a] = shownName(lines.accountCells.at(firstLine[a]));
  return { review: r, method, headers, order, names, keys: lines.accounts.keys, responses: responders, criteria, outside };
}

/** KAM.RATINGS: the header row, then one row per account with at least one response. */
export function ratingsTable(args: RatingsArgs, options: { timeZone?: string } = {}): unknown[][] {
  const f = ratingsFigures(args, options);
  const k = f.criteria.length;
  const out: unknown[][] = new Array(f.order.length + 1);
  out[0] = ["Account", "Responses", ...f.headers];
  for (let t = 0; t < f.order.length; t++) {
    const a = f.order[t];
    const row: unknown[] = new Array(2 + k);
    row[0] = f.names[a];
    row[1] = f.responses[a];
    for (let j = 0; j < k; j++) {
      const c = f.criteria[j];
      row[2 + j] = c.count[a] > 0 ? c.value[a] : "";
    }
    out[t + 1] = row;
  }
  return out;
}
