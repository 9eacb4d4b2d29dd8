import { DEFAULT_MONTHS } from "../../core";
/** What a column of a raw export holds (taskpane/prepare/columns.ts guesses it from the headers). */
export type OrderRole = "account" | "date" | "amount" | "profit" | "category" | "order";
export type ActivityRole = "account" | "date" | "type";
/** A ratings sheet or survey export: who is rated, who answered, when; every other numeric column is a criterion. */
export type RatingRole = "account" | "rater" | "date";
export type LineRole = OrderRole | ActivityRole | RatingRole;
export const ORDER_ROLES: readonly OrderRole[] = ["account", "date", "amount", "profit", "category", "order"];
export const ACTIVITY_ROLES: readonly ActivityRole[] = ["account", "date", "type"];
export const RATING_ROLES: readonly RatingRole[] = ["account", "rater", "date"];
/**
 * The stored settings of "Prepare data", so that Refresh is one click each quarter:
 * which raw tables, how their columns map, the review date rule, the window and whether invalid
 * lines are left out. Optional in Settings: settings stored before Prepare data existed load as they were.
 */

/** A raw export: a native table (named range in Sheets), or a block found around a stored address. */
export type RawSource = { tableName: string } | { address: string };

/** Per role, the header of the column that holds it (by header, so reordered exports still map). */
export type StoredMapping<R extends string> = Partial<Record<R, string>>;

/**
 * A raw table as stored: where it is, how its columns map and its header row as labels when it was
 * read (a column without a header is stored by position, "Column C", and is only trusted while the
 * header row is the same).
 */
export interface StoredPart<R extends string> {
  source: RawSource;
  mapping: StoredMapping<R>;
  headers?: string[];
}

export interface PrepareSettings {
  orders: StoredPart<OrderRole>;
  activity?: StoredPart<ActivityRole>;
  /** Ratings or survey responses, with the criteria chosen (by column header) and how each is aggregated. */
  ratings?: { source: RawSource; mapping: StoredMapping<RatingRole>; criteria: StoredRatingCriterion[] };
  /** null: the latest order date; else a fixed review date "YYYY-MM-DD". */
  reviewDate: string | null;
  /** Window in months (3, 6 or 12 offered; 1..120 accepted). */
  months: number;
  /** Leave invalid lines out (listed on the sheet) instead of stopping. */
  excludeInvalid: boolean;
}

/** A rated criterion as stored: its column's header and its method. */
export interface StoredRatingCriterion {
  header: string;
  method: "median" | "mean" | "nps";
}
export const WINDOW_CHOICES = [3, 6, 12] as const;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

function readSource(v: unknown): RawSource | null {
  if (!isObject(v)) return null;
  if (typeof v.tableName === "string" && v.tableName) return { tableName: v.tableName };
  if (typeof v.address === "string" && v.address) return { address: v.address };
  return null;
}

function readMapping<R extends string>(v: unknown, roles: readonly R[]): StoredMapping<R> {
  const out: StoredMapping<R> = {};
  if (isObject(v)) for (const r of roles) if (typeof v[r] === "string") out[r] = v[r] as string;
  return out;
}

function readPart<R extends string>(v: unknown, roles: readonly R[]) {
  if (!isObject(v)) return null;
  const source = readSource(v.source);
  const headers = Array.isArray(v.headers) && v.headers.every((h) => typeof h === "string") ? (v.headers as string[]) : undefined;
  return source ? { source, mapping: readMapping(v.mapping, roles), ...(headers ? { headers } : {}) } : null;
}

function readCriteria(v: unknown): StoredRatingCriterion[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(isObject)
    .flatMap((c) =>
      typeof c.header === "string" && (c.method === "median" || c.method === "mean" || c.method === "nps")
        ? [{ header: c.header, method: c.method as StoredRatingCriterion["method"] }]
        : [],
    );
}

/** Defensive, like parseSettings: a bad field falls back to its default; no orders, nothing. */
export function readPrepareSettings(raw: unknown): PrepareSettings | undefined {
  if (!isObject(raw)) return undefined;
  const orders = readPart(raw.orders, ORDER_ROLES);
  if (!orders) return undefined;
  const activity = readPart(raw.activity, ACTIVITY_ROLES);
  const ratingsPart = readPart(raw.ratings, RATING_ROLES);
  const ratings = ratingsPart && { ...ratingsPart, criteria: readCriteria(isObject(raw.ratings) ? raw.ratings.criteria : undefined) };
  const months =
    typeof raw.months === "number" && Number.isInteger(raw.months) && raw.months >= 1 && raw.months <= 120 ? raw.months : DEFAULT_MONTHS;
  const reviewDate = typeof raw.reviewDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.reviewDate) ? raw.reviewDate : null;
  return {
    orders,
    ...(activity ? { activity } : {}),
    ...(ratings ? { ratings } : {}),
    reviewDate,
    months,
    excludeInvalid: raw.excludeInvalid === true,
  };
}
