import { numericColumns, toMatrix } from "./cells";
import { KamError, Scored } from "./errors";
import { Messages } from "./messages";
import { parseWeights } from "./weights";

/** Fewer rows with both criteria present than this give #N/A (SPEC 18). */
export const MIN_CORREL_ROWS = 3;

/**
 * KAM.CORREL (SPEC 18): the k x k Spearman rank correlations between the columns of data. For each
 * pair, the rows where both cells are present are ranked per column (ties get the average rank)
 * and the result is the Pearson correlation of the two rank lists. With weights, cell (i, j) is
 * multiplied by sign(w_i) * sign(w_j) (a weight of 0 counts as positive), so that the matrix
 * describes the criterion scores. Whole-argument problems are thrown as KamError.
 */
export function correlations(data: unknown, weights?: unknown): Scored[][] {
  const rows = toMatrix(data, "data");
  const k = rows[0].length;
  const signs = parseWeights(weights, k).map((w) => (w < 0 ? -1 : 1));
  return rankCorrelations(numericColumns(rows, k), signs);
}

/**
 * The same from columns of numbers (NaN = missing), as the pane holds them. Each column is sorted
 * once; a pair walks both sorted orders, skipping the rows the other column lacks, so the whole
 * matrix costs O(k log n + k^2 n) rather than a sort per pair.
 */
export function rankCorrelations(columns: readonly Float64Array[], signs?: readonly number[]): Scored[][] {
  const k = columns.length;
  const n = k > 0 ? columns[0].length : 0;
  const sorted = columns.map(sortedRows);
  const out: Scored[][] = Array.from({ length: k }, () => new Array<Scored>(k));
  const ranksA = new Float64Array(n);
  const ranksB = new Float64Array(n);
  const both = new Uint8Array(n); // 1 where both criteria of the pair are present
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const x = columns[i];
      const y = columns[j];
      for (let r = 0; r < n; r++) both[r] = x[r] === x[r] && y[r] === y[r] ? 1 : 0;
      const count = rankWithin(sorted[i], both, ranksA);
      if (i !== j) rankWithin(sorted[j], both, ranksB);
      let cell: Scored;
      if (count < MIN_CORREL_ROWS) cell = new KamError("NA", Messages.correlTooFew(i + 1, j + 1, count));
      else {
        // The diagonal is 1 for any criterion with enough numbers, also a constant one.
        const rho = i === j ? { value: 1 } : pearsonOfRanks(ranksA, ranksB, count, both);
        if (rho.constant !== undefined)
          cell = new KamError("NA", Messages.correlConstant(i + 1, j + 1, rho.constant === 0 ? i + 1 : j + 1));
        else cell = i === j ? 1 : rho.value * (signs ? signs[i] * signs[j] : 1) + 0; // + 0: never -0
      }
      out[i][j] = cell;
      out[j][i] = cell;
    }
  }
  return out;
}

/** A column's present values in ascending order, and the row of each. */
interface SortedColumn {
  values: Float64Array;
  rows: Uint32Array;
}

function sortedRows(column: Float64Array): SortedColumn {
  // Ranks only need the order of the values, ties in any order: the values are sorted by the
  // native numeric sort, and each row goes to the next free slot of its value's run, found by
  // binary search (a comparator sort of row numbers is about twice as slow).
  let m = 0;
  for (let r = 0; r < column.length; r++) if (column[r] === column[r]) m++;
  const values = new Float64Array(m);
  m = 0;
  for (let r = 0; r < column.length; r++) if (column[r] === column[r]) values[m++] = column[r];
  values.sort();
  const used = new Uint32Array(m); // rows placed so far in the run that starts here
  const rows = new Uint32Array(m);
  for (let r = 0; r < column.length; r++) {
    const x = column[r];
    if (x !== x) continue;
    let lo = 0; // first position whose value is not below x: the start of x's run (-0 and 0 are one run)
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    rows[lo + used[lo]++] = r;
  }
  return { values, rows };
}

/**
 * Average ranks (1-based) of the column's values in the rows where keep is 1, written at
 * ranks[row]; returns how many rows were kept. The values are read in sorted order (sequential
 * memory), so the runs of equal values are found without looking rows up.
 */
function rankWithin(column: SortedColumn, keep: Uint8Array, ranks: Float64Array): number {
  const { values, rows } = column;
  let placed = 0; // rows ranked so far
  const m = rows.length;
  for (let t = 0; t < m;) {
    // One run of equal values in t..end: the kept rows in it share the average rank.
    const x = values[t];
    let end = t;
    let kept = 0;
    while (end < m && values[end] === x) kept += keep[rows[end++]];
    if (kept > 0) {
      const average = placed + (kept + 1) / 2;
      for (let u = t; u < end; u++) if (keep[rows[u]]) ranks[rows[u]] = average;
      placed += kept;
    }
    t = end;
  }
  return placed;
}

/**
 * Pearson correlation of two rank lists over the kept rows. The mean of n average ranks is
 * always (n + 1) / 2. `constant` is 0 or 1 when the first or second list has no spread.
 */
function pearsonOfRanks(a: Float64Array, b: Float64Array, count: number, keep: Uint8Array): { value: number; constant?: 0 | 1 } {
  const mean = (count + 1) / 2;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let r = 0; r < keep.length; r++) {
    if (!keep[r]) continue;
    const da = a[r] - mean;
    const db = b[r] - mean;
    saa += da * da;
    sbb += db * db;
    sab += da * db;
  }
  if (saa === 0) return { value: NaN, constant: 0 };
  if (sbb === 0) return { value: NaN, constant: 1 };
  const rho = sab / Math.sqrt(saa * sbb);
  return { value: rho > 1 ? 1 : rho < -1 ? -1 : rho };
}
