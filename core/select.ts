/**
 * Order statistics by selection (Hoare's quickselect), not by sorting: the median of 10,000
 * scores, a thousand times over in KAM.STABILITY, costs a few passes each instead of a sort.
 */

/**
 * Rearranges a so that a[k] is the value a sorted copy would hold at k, everything before it is
 * <= a[k] and everything after it >= a[k]. In place; a holds no NaN.
 */
export function selectInPlace(a: Float64Array, k: number, from = 0, to = a.length - 1): number {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    // Median of three as the pivot keeps sorted and reversed inputs linear.
    const mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and anything between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * The median of a (SPEC 4: the middle value, or the mean of the two middle ones), the same number
 * as sorting would give. Reorders a; a must not be empty.
 */
export function medianInPlace(a: Float64Array): number {
  const n = a.length;
  const mid = n >> 1;
  const upper = selectInPlace(a, mid);
  if (n % 2 === 1) return upper;
  // After the selection every value before mid is <= upper: the lower middle is their largest.
  let lower = a[0];
  for (let i = 1; i < mid; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

/**
 * The median of scores when a value near it is known (the last trial's median): one pass counts
 * the values below a window around the guess and copies those inside it, and only the window is
 * searched. The same number as medianInPlace; when the window misses the middle, it falls back to
 * medianInPlace on a copy. `window` carries the half-width from call to call and adapts: it
 * widens after a miss and narrows while the window holds many values.
 */
export function medianNear(scores: Float64Array, guess: number, window: { width: number }, scratch: Float64Array): number {
  const n = scores.length;
  const kLow = (n - 1) >> 1;
  const kHigh = n >> 1;
  const lo = guess - window.width;
  const hi = guess + window.width;
  let below = 0;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    const x = scores[i];
    if (x < lo) below++;
    else if (x <= hi) scratch[inside++] = x;
  }
  if (below > kLow || below + inside <= kHigh || !(window.width > 0)) {
    window.width = window.width > 0 ? window.width * 4 : 1;
    scratch.set(scores);
    return medianInPlace(scratch);
  }
  if (inside > n >> 3) window.width /= 2;
  const upper = selectInPlace(scratch, kHigh - below, 0, inside - 1);
  if (kLow === kHigh) return upper;
  // kLow = kHigh - 1: the largest value before it in the window, or (if it is first) the one below.
  const at = kHigh - below; // >= 1: below <= kLow puts the lower middle in the window too
  let lower = scratch[0];
  for (let i = 1; i < at; i++) if (scratch[i] > lower) lower = scratch[i];
  return (lower + upper) / 2;
}
