import { normalCdf, percentileInc, WINSOR_HIGH, WINSOR_LOW } from "../../core";
import type { AxisName } from "../portfolio/score";
import { CardPortfolio, numberOf, scoreIfChanged } from "./portfolio";

/**
 * "What it takes": the raw value of one criterion that alone brings the account to the other side
 * of an axis threshold, all other accounts unchanged.
 * - "value": set the criterion to `value` (`beyond`: any value above the portfolio's largest, or
 *   below its smallest for a lower-is-better criterion; `value` is then that extreme).
 * - "unreachable": the criterion score would have to pass 100 (number thresholds), no value up to
 *   one span (max - min of the others) beyond the other accounts' values brings it across
 *   ("median"/"mean" thresholds, which move with the others; z-scores, which are bounded), or its
 *   weight is 0.
 * Every "value" answer has been checked by scoring the changed portfolio.
 */
export interface ValueNeeded {
  criterion: number;
  kind: "value";
  value: number;
  beyond: boolean;
  direction: "up" | "down";
  /** The account's axis score and the axis threshold with that value (checked by rescoring). */
  score: number;
  threshold: number;
}

export type WhatItTakes = ValueNeeded | { criterion: number; kind: "unreachable" };

interface Probe {
  x: number;
  score: number;
  threshold: number;
}

/** For an account below the threshold of `axis`: what it takes on each criterion of that axis. */
export function whatItTakes(p: CardPortfolio, axis: AxisName, account: number): WhatItTakes[] {
  const k = p.scores[axis].criteria;
  return Array.from({ length: k }, (_, j) => forCriterion(p, axis, account, j));
}

function forCriterion(p: CardPortfolio, axis: AxisName, account: number, j: number): WhatItTakes {
  const cs = p.scores[axis];
  const n = cs.accounts;
  const weight = Math.abs(cs.weights[j]);
  const unreachable: WhatItTakes = { criterion: j, kind: "unreachable" };
  if (weight === 0) return unreachable;
  const down = cs.lowerIsBetter[j];
  const direction = down ? "down" : "up";
  const score = p.axes[axis].scores[account];
  const level = p.thresholds[axis];
  // The criterion score needed with everything else as it is (SPEC 3's mean solved for s_j).
  const at = j * n + account;
  const wasPresent = cs.present[at] === 1;
  const dropGains = cs.missing === "drop" && !wasPresent; // the criterion joins the denominator
  const total = totalWeight(cs.weights, cs.missing === "drop" ? (jj) => cs.present[jj * n + account] === 1 : () => true);
  const sumOthers = score * total - (wasPresent || cs.missing !== "drop" ? weight * cs.scores[at] : 0);
  const neededAt = (t: number) => (t * (dropGains ? total + weight : total) - sumOthers) / weight;
  const needed = neededAt(level);
  // With a number threshold only the account's own scores move: past 100 is out of reach. A
  // "median"/"mean" threshold moves with the other accounts' scores, so the search decides.
  const fixed = typeof threshold(p, axis) !== "string";
  if (fixed && needed > 100 + 1e-9) return unreachable;

  const others = Float64Array.from(
    p.input[axis].data.filter((_, i) => i !== account),
    (row) => numberOf(row[j]),
  )
    .filter((x) => x === x)
    .sort();
  if (others.length === 0) return unreachable;
  const probe = (x: number): Probe => ({ x, ...scoreIfChanged(p, axis, account, j, x) });
  const crosses = (q: Probe) => q.score === q.score && q.score >= q.threshold;
  const found = (q: Probe, beyond = false): ValueNeeded => ({
    criterion: j,
    kind: "value",
    value: q.x,
    beyond,
    direction,
    score: q.score,
    threshold: q.threshold,
  });
  const current = numberOf(p.input[axis].data[account][j]);

  if (cs.method === "percentile") {
    // Only ranks matter: the candidates are the other accounts' values, then "beyond the extreme".
    const distinct = [...new Set(others)].filter((x) => current !== current || (down ? x < current : x > current));
    if (down) distinct.reverse();
    const extreme = down ? others[0] : others[others.length - 1];
    const candidates: { x: number; beyond: boolean }[] = distinct.map((x) => ({ x, beyond: false }));
    candidates.push({ x: down ? extreme - Math.max(1, Math.abs(extreme)) : extreme + Math.max(1, Math.abs(extreme)), beyond: true });
    // The margin only grows as the value moves the right way: binary search for the first crossing.
    let lo = 0;
    let hi = candidates.length - 1;
    const last = probe(candidates[hi].x);
    if (!crosses(last)) return unreachable;
    let best = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const q = probe(candidates[mid].x);
      if (crosses(q)) {
        hi = mid;
        best = q;
      } else lo = mid + 1;
    }
    const c = candidates[hi];
    return c.beyond ? { ...found(best, true), value: extreme } : found(best);
  }
  return continuous(p, axis, account, j, neededAt, others, current, probe, crosses, found) ?? unreachable;
}

const threshold = (p: CardPortfolio, axis: AxisName) => (axis === "value" ? p.input.valueThreshold : p.input.engagementThreshold) ?? 50;

function totalWeight(weights: readonly number[], counts: (j: number) => boolean): number {
  let t = 0;
  weights.forEach((w, j) => {
    if (counts(j)) t += Math.abs(w);
  });
  return t;
}

/**
 * minmax, winsor, zscore and none: invert the normalisation (the account's own value is part of min, max,
 * mean and sd, so it is solved with the others' statistics), check by scoring, and when the check
 * fails (a median threshold moved, rounding) walk on and bisect to the first value that crosses.
 */
function continuous(
  p: CardPortfolio,
  axis: AxisName,
  account: number,
  j: number,
  neededAt: (threshold: number) => number,
  others: Float64Array,
  current: number,
  probe: (x: number) => Probe,
  crosses: (q: Probe) => boolean,
  found: (q: Probe) => ValueNeeded,
): WhatItTakes | undefined {
  const cs = p.scores[axis];
  const down = cs.lowerIsBetter[j];
  // The value whose own score (before the lower-is-better flip) is what a threshold t needs.
  const valueFor = (t: number) => {
    const needed = neededAt(t);
    return invert(cs.method, Math.min(100, Math.max(0, down ? 100 - needed : needed)), others);
  };
  const min = others[0];
  const max = others[others.length - 1];
  const inverted = valueFor(p.thresholds[axis]);
  // Out of the method's reach with a fixed threshold; a moving one may still be crossed: search.
  if (inverted === undefined && typeof threshold(p, axis) !== "string") return undefined;
  const guess = inverted ?? (down ? min : max);
  const start = current === current ? current : down ? max : min;
  const span = Math.max(max - min, Math.abs(max), Math.abs(min), 1);
  const ahead = (x: number) => (down ? Math.min(x, start) : Math.max(x, start));
  let failing = start;
  let failMargin = NaN;
  let passing: Probe | undefined;
  // From the inverted value on until the account crosses: to the value the moved threshold needs
  // when that is ahead, else by growing steps.
  // The search stays within one span beyond the other accounts' values (0..100 for "none").
  const bound = cs.method === "none" ? (down ? 0 : 100) : down ? Math.min(min - span, guess) : Math.max(max + span, guess);
  const clampToBound = (v: number) => (down ? Math.max(v, bound) : Math.min(v, bound));
  let x = clampToBound(ahead(guess));
  for (let step = span * 1e-12; ; step *= 2) {
    const q = probe(x);
    if (crosses(q)) {
      passing = q;
      break;
    }
    failing = x;
    failMargin = q.score === q.score ? q.score - q.threshold : -1;
    if (x === bound) return undefined;
    const stepped = down ? x - step : x + step;
    const moved = q.threshold === q.threshold ? valueFor(q.threshold) : undefined;
    x = clampToBound(moved !== undefined && (down ? moved < stepped : moved > stepped) ? moved : stepped);
  }
  if (!passing) return undefined;
  // The inverted value crossed at once: it is the answer unless a hair less crosses too.
  if (passing.x === ahead(guess) && passing.x !== start) {
    const nearer = down ? passing.x + 1e-9 * span : passing.x - 1e-9 * span;
    if ((down ? nearer < start : nearer > start) && !crosses(probe(nearer))) return found(passing);
  }
  // Narrow the bracket between the last value that fell short and the first that crossed (a
  // median threshold that moved with the account can leave the inverted value too far): false
  // position on the margins (Illinois), which is near-linear in the value, else halving.
  if (failMargin !== failMargin) failMargin = -1; // only the start fell short: its margin is not known
  let passMargin = passing.score - passing.threshold;
  let side = 0;
  for (let i = 0; i < 60 && Math.abs(passing.x - failing) > 1e-10 * span; i++) {
    let mid = failMargin < 0 && passMargin >= 0 ? failing + (passing.x - failing) * (-failMargin / (passMargin - failMargin)) : NaN;
    const inside = (mid - failing) * (mid - passing.x) < 0;
    if (!inside || i % 4 === 3) mid = (passing.x + failing) / 2; // every fourth step halves, whatever happens
    if (mid === passing.x || mid === failing) break;
    const q = probe(mid);
    const margin = q.score - q.threshold;
    if (crosses(q)) {
      passing = q;
      passMargin = margin;
      if (side === 1) failMargin /= 2;
      side = 1;
    } else {
      failing = mid;
      failMargin = margin === margin ? margin : -1;
      if (side === -1) passMargin /= 2;
      side = -1;
    }
  }
  return found(passing);
}

/** The raw value x whose own score (x itself included in the statistics) is `score`. */
function invert(method: string, score: number, others: Float64Array): number | undefined {
  const m = others.length;
  const min = others[0];
  const max = others[m - 1];
  if (method === "none") return score < 0 ? 0 : score;
  if (method === "minmax") {
    if (max === min) return score <= 50 ? min : score >= 100 ? max + 1 : undefined;
    // With x inside [min, max] of the others, min and max do not move.
    return min + (Math.min(100, Math.max(0, score)) / 100) * (max - min);
  }
  if (method === "winsor") {
    // A first guess from the others' clip points (the account's own value moves them a little):
    // the search that follows checks it by scoring.
    const lo = percentileInc(others, WINSOR_LOW);
    const hi = percentileInc(others, WINSOR_HIGH);
    if (hi === lo) return score <= 50 ? lo : score >= 100 ? hi + 1 : undefined;
    return lo + (Math.min(100, Math.max(0, score)) / 100) * (hi - lo);
  }
  // zscore: with d = x - mean(others), z = ((m / (m + 1)) d) / sqrt((S0 + d^2 m / (m + 1)) / m),
  // bounded by m / sqrt(m + 1) in size (n = m + 1 accounts with a value).
  let mean = 0;
  for (const v of others) mean += v / m;
  let s0 = 0;
  for (const v of others) s0 += (v - mean) * (v - mean);
  const n = m + 1;
  const z = inverseNormal(score / 100);
  const bound = m / Math.sqrt(n);
  if (!(Math.abs(z) < bound)) return undefined;
  if (s0 === 0) return mean + (z > 0 ? 1 : z < 0 ? -1 : 0) * Math.max(1, Math.abs(mean)) * 1e-9;
  // Solve z^2 (S0 / m + d^2 / n) = (m / n)^2 d^2 for d with the sign of z.
  const c = (m / n) ** 2 - (z * z) / n;
  return mean + Math.sign(z) * Math.abs(z) * Math.sqrt(s0 / m / c);
}

/** Phi^-1 by bisection on the accurate normalCdf: slow but exact enough, and it runs a few times per card. */
function inverseNormal(pr: number): number {
  if (pr <= 0) return -Infinity;
  if (pr >= 1) return Infinity;
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < pr) lo = mid;
    else hi = mid;
  }
  return hi;
}
