/**
 * The responses of KAM.RATINGS (SPEC 15) per account and criterion, and their aggregate. Built in
 * passes over typed arrays, with no object per line or per cell: lines without a rater are counted
 * where they are read; the lines of named raters are grouped by account, so each rater's latest
 * answer is found with one slot per rater (no map keyed by account and rater); then every counted
 * score is written into one buffer ordered by account and criterion and each group is sorted in place.
 */
import { isPresent } from "./cells";
import { LINE_VALID, Lines } from "./lines";
import { ReviewWindow } from "./review";

export const RATING_METHODS = ["median", "mean", "spread", "count", "nps"] as const;
export type RatingMethod = (typeof RATING_METHODS)[number];

/** Per account and criterion: the responses' count, smallest and largest score, and the aggregate. */
export interface CriterionResponses {
  count: Int32Array;
  min: Float64Array;
  max: Float64Array;
  /** By the method; NaN where the account has no response for the criterion. */
  value: Float64Array;
}

/** The counted scores, grouped: group g = account * k + criterion holds scores[start[g] .. start[g + 1]). */
export interface Responses {
  start: Int32Array;
  scores: Float64Array;
  /** Distinct responders per account. */
  responders: Int32Array;
  /** The first line that counts of each account, -1 for none. */
  firstLine: Int32Array;
  /** Accounts with a line that counts, in the order of that line. */
  lineOrder: number[];
  /** Valid lines that do not count: dated before the window or after the review date. */
  outside: number;
}

/**
 * The responses of the valid lines inside the window (every valid line without one). Within a
 * group the scores of lines without a rater come first, in line order, then the named raters'
 * latest answers in the order of each rater's first answering line: the sort of each group then
 * sees its scores in one fixed order.
 */
export function countResponses(lines: Lines, rows: readonly (readonly unknown[])[], k: number, r: ReviewWindow | undefined): Responses {
  const n = lines.count;
  const accounts = lines.accounts.size;
  const { account, date, status, rater } = lines;
  const groups = accounts * k;
  // Counts first (at start[g + 1]), prefix sums later.
  const start = new Int32Array(groups + 1);
  const responders = new Int32Array(accounts);
  const firstLine = new Int32Array(accounts).fill(-1);
  const lineOrder: number[] = [];
  let m = 0;
  if (rater) for (let i = 0; i < n; i++) if (rater[i] >= 0) m++;
  // The answers of lines without a rater as (group, score), appended in line order.
  const answerGroup = new Int32Array((n - m) * k);
  const answerScore = new Float64Array((n - m) * k);
  let answers = 0;
  // The lines of named raters that count (at most m), copied in line order into one record each:
  // rater, date, then each score (NaN for no answer). The search for latest answers reads them
  // account by account, in one place per line instead of the row arrays spread over memory.
  const width = 2 + k;
  const named = new Float64Array(m * width);
  const namedAccount = new Int32Array(m);
  let count = 0;
  const namedPerAccount = new Int32Array(accounts + 1);
  const windowStart = r ? r.windowStart : NaN;
  const asOf = r ? r.asOf : NaN;
  let outside = 0;

  for (let i = 0; i < n; i++) {
    if (status[i] !== LINE_VALID) continue;
    const d = date[i];
    if (r && !(d > windowStart && d <= asOf)) {
      outside++;
      continue;
    }
    const a = account[i];
    if (firstLine[a] < 0) {
      firstLine[a] = i;
      lineOrder.push(a);
    }
    const row = rows[i];
    const who = rater ? rater[i] : -1;
    if (who >= 0) {
      const at = count * width;
      named[at] = who;
      named[at + 1] = d;
      for (let j = 0; j < k; j++) {
        const c = row[j];
        named[at + 2 + j] = isPresent(c) ? c : NaN;
      }
      namedAccount[count++] = a;
      namedPerAccount[a + 1]++;
      continue;
    }
    const base = a * k;
    let answered = false;
    for (let j = 0; j < k; j++) {
      const c = row[j];
      if (!isPresent(c)) continue;
      answerGroup[answers] = base + j;
      answerScore[answers++] = c;
      start[base + j + 1]++;
      answered = true;
    }
    if (answered) responders[a]++;
  }

  // The named raters' lines by account, each account's in line order.
  for (let a = 0; a < accounts; a++) namedPerAccount[a + 1] += namedPerAccount[a];
  const byAccount = new Int32Array(count);
  const fill = namedPerAccount.slice(0, accounts);
  for (let t = 0; t < count; t++) byAccount[fill[namedAccount[t]]++] = t;

  // A pair is one rater on one account with at least one answer; per criterion, `latest` holds
  // its latest answer (as a position among the named lines, which keep line order) and
  // `latestScore` that answer's score. Pairs are numbered account by account, so a rater's slot
  // in `pairOfRater` below the account's first pair is left from an earlier account.
  const pairOfRater = new Int32Array(lines.raters.size).fill(-1);
  const pairAccount = new Int32Array(count);
  const latest = new Int32Array(count * k);
  const latestScore = new Float64Array(count * k);
  let pairs = 0;
  for (let a = 0; a < accounts; a++) {
    const first = pairs;
    for (let u = namedPerAccount[a]; u < namedPerAccount[a + 1]; u++) {
      const t = byAccount[u];
      const at = t * width;
      const who = named[at] | 0;
      const d = named[at + 1];
      let pair = pairOfRater[who];
      if (pair < first) pair = -1;
      for (let j = 0; j < k; j++) {
        const score = named[at + 2 + j];
        if (Number.isNaN(score)) continue;
        if (pair < 0) {
          pair = pairs++;
          pairOfRater[who] = pair;
          pairAccount[pair] = a;
          latest.fill(-1, pair * k, pair * k + k);
          responders[a]++;
        }
        const slot = pair * k + j;
        const before = latest[slot];
        // Latest date wins; on equal dates (or without dates) the later line.
        if (before < 0 || !(named[before * width + 1] > d)) {
          latest[slot] = t;
          latestScore[slot] = score;
        }
      }
    }
  }
  for (let pair = 0; pair < pairs; pair++) {
    const base = pairAccount[pair] * k + 1;
    for (let j = 0; j < k; j++) if (latest[pair * k + j] >= 0) start[base + j]++;
  }

  // Every score into its group's place: first the answers without a rater, then the pairs'.
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const scores = new Float64Array(start[groups]);
  const next = start.slice(0, groups);
  for (let t = 0; t < answers; t++) scores[next[answerGroup[t]]++] = answerScore[t];
  for (let pair = 0; pair < pairs; pair++) {
    const base = pairAccount[pair] * k;
    for (let j = 0; j < k; j++) {
      const slot = pair * k + j;
      if (latest[slot] >= 0) scores[next[base + j]++] = latestScore[slot];
    }
  }
  return { start, scores, responders, firstLine, lineOrder, outside };
}

/** Count, smallest, largest and the method's aggregate of each group's scores (sorted in place). */
export function aggregate(responses: Responses, accounts: number, k: number, method: RatingMethod): CriterionResponses[] {
  const { start, scores } = responses;
  const criteria: CriterionResponses[] = Array.from({ length: k }, () => ({
    count: new Int32Array(accounts),
    min: new Float64Array(accounts).fill(NaN),
    max: new Float64Array(accounts).fill(NaN),
    value: new Float64Array(accounts).fill(NaN),
  }));
  const groups = accounts * k;
  for (let g = 0; g < groups; g++) {
    const from = start[g];
    const to = start[g + 1];
    if (to === from) continue;
    sortRange(scores, from, to);
    const a = Math.floor(g / k);
    const c = criteria[g - a * k];
    c.count[a] = to - from;
    c.min[a] = scores[from];
    c.max[a] = scores[to - 1];
    c.value[a] = summary(scores, from, to, method);
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
