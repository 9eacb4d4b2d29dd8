import type { MissingPolicy, Method, Quadrant, Threshold } from "../../core";
import type { CellValue } from "../workbook/contract";

export type ReviewAxis = "value" | "engagement";

/** One criterion as scored in a review: its column label, axis and signed weight. */
export interface ReviewCriterion {
  name: string;
  axis: ReviewAxis;
  /** Signed: negative = lower is better. */
  weight: number;
}

/** The settings that decide a review's numbers (its "fingerprint"), stored with every row. */
export interface SettingsPrint {
  method: Method;
  missing: MissingPolicy;
  valueThreshold: Threshold;
  engagementThreshold: Threshold;
  band: number;
  criteria: ReviewCriterion[];
}

/** One account in one review. */
export interface ReviewAccount {
  /** SPEC 9 key of the Account ID when there is one, else of the name. */
  key: string;
  /** The Account ID cell as text, or null when no ID column is mapped (or the cell is blank). */
  id: string | null;
  name: string;
  /** Raw criterion cells by criterion name (blank = null). */
  raw: Map<string, CellValue>;
  /**
   * The criterion score that entered the composite, by criterion name: after the lower-is-better
   * flip, a missing cell filled by the policy (median: the median score, zero: 0); null when it
   * did not count (policy drop) or the account could not be scored.
   */
  scores: Map<string, number | null>;
  value: number | null;
  engagement: number | null;
  /** null: not scored (too little data), so not in the matrix of this review. */
  quadrant: Quadrant | null;
  priority: number | null;
  revenue: number | null;
  /** Kept in its previous quadrant by the hysteresis band (only known when the review was built). */
  heldByBand?: boolean;
  /** The account plan when the review was saved: owner, override quadrant and the action counts. */
  plan?: ReviewPlanFields;
}

export interface ReviewPlanFields {
  owner: string;
  override: Quadrant | null;
  open: number;
  done: number;
  overdue: number;
}

export interface Review {
  /** ISO date YYYY-MM-DD: one review per date. */
  date: string;
  label: string;
  settings: SettingsPrint;
  accounts: ReviewAccount[];
}
