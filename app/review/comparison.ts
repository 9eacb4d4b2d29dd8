import type { Language, Quadrant } from "../../core";
import { AccountPair, joinReviews, Mover, movers, inMatrix } from "./compare";
import { settingsChanges, SettingsPart } from "./fingerprint";
import { ReviewKpis, reviewKpis, Transition, transition } from "./kpis";
import { REVIEW_TEXT } from "./text";
import { selectTrails, Trail } from "./trails";
import type { Review } from "./types";
import { PredictedGrowth, predictedGrowth } from "./predicted";

/** Everything "Compare with" shows: movers, transition table, KPIs, trails and the settings note. */
export interface Comparison {
  then: Review;
  now: Review;
  joinedBy: "id" | "name";
  pairs: AccountPair[];
  movers: Mover[];
  /** Names of the accounts in the matrix now but not then, and the other way round. */
  newAccounts: string[];
  droppedAccounts: string[];
  duplicates: string[];
  transition: Transition;
  kpis: ReviewKpis;
  trails: Trail[];
  /** What differs between the two reviews' settings; empty when they are the same. */
  settingsChanged: SettingsPart[];
  /** "weights changed since Q3: moves may come from the weights", or null. */
  settingsNote: string | null;
  /** Which criteria of the earlier review predicted the revenue change since. */
  predicted: PredictedGrowth;
}

export function compareReviews(then: Review, now: Review, lang: Language): Comparison {
  const joined = joinReviews(then, now);
  const changed = settingsChanges(then.settings, now.settings);
  return {
    then,
    now,
    joinedBy: joined.by,
    pairs: joined.pairs,
    movers: movers(joined, then, now),
    newAccounts: joined.pairs.filter((p) => inMatrix(p.now) && !inMatrix(p.then)).map((p) => p.name),
    droppedAccounts: joined.pairs.filter((p) => inMatrix(p.then) && !inMatrix(p.now)).map((p) => p.name),
    duplicates: joined.duplicates,
    transition: transition(joined, lang),
    kpis: reviewKpis(joined),
    trails: selectTrails(joined),
    settingsChanged: changed,
    settingsNote: changed.length ? REVIEW_TEXT[lang].settingsChanged(changed, then.label || then.date) : null,
    predicted: predictedGrowth(joined.pairs, then),
  };
}

/** A comparison with a saved review, and the band that uses its quadrants (see the Review section). */
export interface BuildReview {
  comparison?: Comparison;
  /** Each account's quadrant in the compared review, in the order of the table's accounts (null: none). */
  previous?: (Quadrant | null)[];
  /** Hysteresis band in points; used with `previous`. */
  band?: number;
}
