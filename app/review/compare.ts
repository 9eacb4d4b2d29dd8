import type { Language, Quadrant } from "../../core";
import type { CellValue } from "../workbook/contract";
import { joinBy, keyOf } from "./accountKey";
import { contributions } from "./contributions";
import { REVIEW_TEXT } from "./text";
import type { Review, ReviewAccount, ReviewAxis } from "./types";

/** One account seen in either review, matched by account key. */
export interface AccountPair {
  key: string;
  /** The current name (the earlier one when the account was dropped). */
  name: string;
  then?: ReviewAccount;
  now?: ReviewAccount;
}

export interface Joined {
  by: "id" | "name";
  /** Accounts of the current review in its order, then the dropped ones in the earlier order. */
  pairs: AccountPair[];
  /** Names of accounts whose key appears twice in one review; only the first is compared. */
  duplicates: string[];
}

/** Matches the accounts of two reviews by account key (Account ID when both have IDs). */
export function joinReviews(then: Review, now: Review): Joined {
  const by = joinBy(then.accounts, now.accounts);
  const duplicates: string[] = [];
  const index = (r: Review) => {
    const m = new Map<string, ReviewAccount>();
    for (const a of r.accounts) {
      const k = keyOf(by, a);
      if (m.has(k)) duplicates.push(a.name);
      else m.set(k, a);
    }
    return m;
  };
  const before = index(then);
  const after = index(now);
  const pairs: AccountPair[] = [];
  for (const [key, a] of after) pairs.push({ key, name: a.name, now: a, then: before.get(key) });
  for (const [key, a] of before) if (!after.has(key)) pairs.push({ key, name: a.name, then: a });
  return { by, pairs, duplicates };
}

/** In the matrix of a review: scored, with a quadrant. */
export const inMatrix = (a: ReviewAccount | undefined): a is ReviewAccount & { quadrant: Quadrant; value: number; engagement: number } =>
  a !== undefined && a.quadrant !== null && a.value !== null && a.engagement !== null;

export interface Driver {
  criterion: string;
  axis: ReviewAxis;
  /** Points the criterion added to its axis score then and now (SPEC 11). */
  contributionThen: number;
  contributionNow: number;
  change: number;
  rawThen: CellValue;
  rawNow: CellValue;
}

export interface Mover {
  key: string;
  name: string;
  quadrantThen: Quadrant;
  quadrantNow: Quadrant;
  valueThen: number;
  valueNow: number;
  valueChange: number;
  engagementThen: number;
  engagementNow: number;
  engagementChange: number;
  /** Straight-line distance on the chart, in score points. */
  distance: number;
  driver: Driver | null;
}

/**
 * The main driver of an account's move: the criterion whose contribution changed most (by
 * absolute points, on either axis; the first in today's criterion order on a tie). A criterion
 * in only one review contributes 0 in the other. null when no contribution changed.
 */
export function mainDriver(then: ReviewAccount, thenReview: Review, now: ReviewAccount, nowReview: Review): Driver | null {
  const a = contributions(then, thenReview.settings);
  const b = contributions(now, nowReview.settings);
  const names = [...nowReview.settings.criteria.map((c) => c.name), ...thenReview.settings.criteria.map((c) => c.name)];
  let best: Driver | null = null;
  for (const name of new Set(names)) {
    const before = a.get(name)?.points ?? 0;
    const after = b.get(name)?.points ?? 0;
    const change = after - before;
    if (Math.abs(change) < 1e-9 || (best && Math.abs(change) <= Math.abs(best.change))) continue;
    best = {
      criterion: name,
      axis: (b.get(name) ?? a.get(name))!.axis,
      contributionThen: before,
      contributionNow: after,
      change,
      rawThen: then.raw.get(name) ?? null,
      rawNow: now.raw.get(name) ?? null,
    };
  }
  return best;
}

const formatRaw = (v: CellValue, lang: Language): string => {
  if (v === null || v === "") return REVIEW_TEXT[lang].blank;
  if (typeof v === "number") return v.toLocaleString(lang === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 2 });
  return String(v);
};

/** "Orders 14 -> 6": the driver's criterion with its raw value then and now. */
export const driverText = (d: Driver, lang: Language): string =>
  `${d.criterion} ${formatRaw(d.rawThen, lang)} -> ${formatRaw(d.rawNow, lang)}`;

export const distanceOf = (then: { value: number; engagement: number }, now: { value: number; engagement: number }): number =>
  Math.hypot(now.value - then.value, now.engagement - then.engagement);

/** Accounts in the matrix both times whose quadrant changed, the largest moves first (then by key). */
export function movers(joined: Joined, then: Review, now: Review): Mover[] {
  const out: Mover[] = [];
  for (const p of joined.pairs) {
    const a = p.then;
    const b = p.now;
    if (!inMatrix(a) || !inMatrix(b) || a.quadrant === b.quadrant) continue;
    out.push({
      key: p.key,
      name: p.name,
      quadrantThen: a.quadrant,
      quadrantNow: b.quadrant,
      valueThen: a.value,
      valueNow: b.value,
      valueChange: b.value - a.value,
      engagementThen: a.engagement,
      engagementNow: b.engagement,
      engagementChange: b.engagement - a.engagement,
      distance: distanceOf(a, b),
      driver: mainDriver(a, then, b, now),
    });
  }
  return out.sort((x, y) => y.distance - x.distance || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
