/**
 * Narrows the binary searches of the percentile score. The range min..max of a sorted column is
 * cut into n equal-width buckets and the position where each bucket starts is kept; a lookup
 * then searches only its own bucket (a handful of values for most columns) instead of the whole
 * column. At a million accounts that replaces ~20 cache-missing steps by one or two.
 *
 * The bucket of x never decreases as x grows, so every value in an earlier bucket is < x and
 * every value in a later one is > x: searching the bucket gives exactly the whole-column answer.
 * A skewed column only makes some buckets big, which costs time, never correctness.
 */
export interface SearchIndex {
  readonly min: number;
  readonly scale: number;
  readonly last: number;
  /** starts[b] = index of the first sorted value in bucket b or later; starts[last + 1] = n. */
  readonly starts: Uint32Array;
}

/** Small columns are searched directly; an index would cost more than it saves. */
const MIN_INDEXED = 64;

/** The bucket of x; search sorted[starts[b] .. starts[b + 1]) for it. */
export function bucketOf(index: { min: number; scale: number; last: number }, x: number): number {
  const b = Math.floor((x - index.min) * index.scale);
  return b < 0 ? 0 : b > index.last ? index.last : b; // clamping keeps it monotone; NaN never occurs for finite x
}

export function buildSearchIndex(sorted: Float64Array): SearchIndex | undefined {
  const n = sorted.length;
  if (n < MIN_INDEXED) return undefined;
  const min = sorted[0];
  const scale = n / (sorted[n - 1] - min);
  // A constant column (scale Infinity) or a range that overflows (scale 0) is searched directly.
  if (!(scale > 0 && Number.isFinite(scale))) return undefined;
  const shape = { min, scale, last: n };
  const starts = new Uint32Array(n + 2);
  let b = 0;
  for (let i = 0; i < n; i++) {
    const own = bucketOf(shape, sorted[i]);
    while (b <= own) starts[b++] = i;
  }
  while (b <= n + 1) starts[b++] = n;
  return { ...shape, starts };
}
