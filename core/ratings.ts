/**
 * KAM.RATINGS (SPEC 15): judgement ratings and survey responses, one line per response, turned
 * into one aggregate per account and criterion. Lines, keys, dates and the window are read as
 * order lines are (lines.ts, review.ts); a named rater counts once per criterion with the latest
 * answer, a line without a rater is a response of its own.
 */
import { isOmitted, isPresent, parseOption, toMatrix } from "./cells";
import { fail } from "./errors";
import { shownName } from "./keys";
import { LINE_VALID, LineColumn, LineProblem, Lines, readLines, requireValid } from "./lines";
import { Messages } from "./messages";
import { parseAsOf, parseMonths, review, ReviewWindow } from "./review";

export const RATING_METHODS = ["median", "mean", "spread", "count", "nps"] as const;
export type RatingMethod = (typeof RATING_METHODS)[number];

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

/** Per account and criterion: the responses' count, smallest and largest score, and the aggregate. */
export interface CriterionResponses {
  count: Int32Array;
  min: Float64Array;
  max: Float64Array;
  /** By the method; NaN where the account has no response for the criterion. */
  value: Float64Array;
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
  const raterCount = lines.raters.size;
  const { account, date, status, rater } = lines;

  // Every counted answer as (group = account * k + criterion, score); a named rater's latest
  // answer per criterion is kept in `latest` (one slot per pair and criterion) and added after.
  // At most one answer per line and criterion: the buffers never grow.
  const groups = new Int32Array(lines.count * k);
  const values = new Float64Array(lines.count * k);
  let answers = 0;
  const responders = new Int32Array(accounts);
  const pairOf = new Map<number, number>();
  const pairAccount: number[] = [];
  const latest: number[] = [];
  const firstLine = new Int32Array(accounts).fill(-1);
  const lineOrder: number[] = [];
  let outside = 0;
  for (let i = 0; i < lines.count; i++) {
    if (status[i] !== LINE_VALID) continue;
    const d = date[i];
    if (r && !(d > r.windowStart && d <= r.asOf)) {
      outside++;
      continue;
    }
    const a = account[i];
    if (firstLine[a] < 0) {
      firstLine[a] = i;
      lineOrder.push(a);
    }
    const row = scores[i];
    const who = rater ? rater[i] : -1;
    if (who < 0) {
      let answered = false;
      for (let j = 0; j < k; j++) {
        const c = row[j];
        if (!isPresent(c)) continue;
        groups[answers] = a * k + j;
        values[answers++] = c;
        answered = true;
      }
      if (answered) responders[a]++;
      continue;
    }
    const pairKey = a * raterCount + who;
    let pair = pairOf.get(pairKey);
    for (let j = 0; j < k; j++) {
      if (!isPresent(row[j])) continue;
      if (pair === undefined) {
        pair = pairAccount.length;
        pairOf.set(pairKey, pair);
        pairAccount.push(a);
        for (let q = 0; q < k; q++) latest.push(-1);
        responders[a]++;
      }
      const slot = pair * k + j;
      const before = latest[slot];
      // Latest date wins; on equal dates (or without dates) the later line.
      if (before < 0 || !(date[before] > d)) latest[slot] = i;
    }
  }
  for (let pair = 0; pair < pairAccount.length; pair++) {
    for (let j = 0; j < k; j++) {
      const i = latest[pair * k + j];
      if (i < 0) continue;
      groups[answers] = pairAccount[pair] * k + j;
      values[answers++] = scores[i][j] as number;
    }
  }

  const criteria = aggregate(groups.subarray(0, answers), values.subarray(0, answers), accounts, k, method);
  const names = new Array<string | number>(accounts);
  const order = lineOrder.filter((a) => responders[a] > 0);
  for (const a of order) names[a] = shownName(lines.accountCells.at(firstLine[a]));
  return { review: r, method, headers, order, names, keys: lines.accounts.keys, responses: responders, criteria, outside };
}

/** Count, smallest, largest and the method's aggregate of each group's scores. */
function aggregate(groups: Int32Array, values: Float64Array, accounts: number, k: number, method: RatingMethod): CriterionResponses[] {
  const size = accounts * k;
  // Counting sort of the scores by group, so each group's scores lie together.
  const start = new Int32Array(size + 1);
  for (const g of groups) start[g + 1]++;
  for (let g = 0; g < size; g++) start[g + 1] += start[g];
  const sorted = new Float64Array(values.length);
  const next = start.slice(0, size);
  for (let t = 0; t < groups.length; t++) sorted[next[groups[t]]++] = values[t];

  const criteria: CriterionResponses[] = Array.from({ length: k }, () => ({
    count: new Int32Array(accounts),
    min: new Float64Array(accounts).fill(NaN),
    max: new Float64Array(accounts).fill(NaN),
    value: new Float64Array(accounts).fill(NaN),
  }));
  for (let g = 0; g < size; g++) {
    const from = start[g];
    const to = start[g + 1];
    if (to === from) continue;
    sortRange(sorted, from, to);
    const a = Math.floor(g / k);
    const c = criteria[g - a * k];
    c.count[a] = to - from;
    c.min[a] = sorted[from];
    c.max[a] = sorted[to - 1];
    c.value[a] = summary(sorted, from, to, method);
  }
  return criteria;
}

/**
 * Sorts xs[from .. to) ascending in place: insertion sort for the few answers of one account (a
 * typed-array sort call costs more there), the typed-array sort for more than 32.
 */
function sortRange(xs: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    xs.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= from && xs[j] > x) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
}

/** The aggregate of xs[from .. to), sorted ascending (at least one score). */
function summary(xs: Float64Array, from: number, to: number, method: RatingMethod): number {
  const n = to - from;
  switch (method) {
    case "median":
      return n % 2 === 1 ? xs[from + (n - 1) / 2] : (xs[from + n / 2 - 1] + xs[from + n / 2]) / 2;
    case "mean": {
      let sum = 0;
      for (let t = from; t < to; t++) sum += xs[t];
      return sum / n;
    }
    case "spread":
      return xs[to - 1] - xs[from];
    case "count":
      return n;
    case "nps": {
      let net = 0;
      for (let t = from; t < to; t++) net += xs[t] >= 9 ? 1 : xs[t] <= 6 ? -1 : 0;
      return (100 * net) / n;
    }
  }
}

/** KAM.RATINGS: the header row, then one row per account with at least one response. */
export function ratingsTable(args: RatingsArgs, options: { timeZone?: string } = {}): unknown[][] {
  const f = ratingsFigures(args, options);
  const out: unknown[][] = [["Account", "Responses", ...f.headers]];
  for (const a of f.order) {
    const row: unknown[] = [f.names[a], f.responses[a]];
    for (const c of f.criteria) row.push(c.count[a] > 0 ? c.value[a] : "");
    out.push(row);
  }
  return out;
}
