/** What "Prepare data" shows: the chosen inputs, their mapping and check, and the last result. */
import { DEFAULT_MONTHS, SqlDialect } from "../../core";
import type { ActivityRole, LineRole, OrderRole, RatingRole, RawSource } from "../settings/prepare";
import type { SourceTable } from "../workbook/workbook";
import type { ColumnMapping } from "./columns";
import type { QualityReport } from "./quality";
import type { RatingCriterion } from "./ratingsInput";

/** A raw table the user chose, where it was read from, and how its columns map to roles. */
export interface Picked<R extends LineRole> {
  table: SourceTable;
  source: RawSource;
  mapping: ColumnMapping<R>;
}

/** Ratings or survey responses; `candidates` are its numeric columns, `criteria` those chosen. */
export type PickedRatings = Picked<RatingRole> & { candidates: RatingCriterion[]; criteria: RatingCriterion[] };

export type PrepareStep = "read" | "check" | "compute" | "write" | "matrix";

export interface PrepareState {
  orders: Picked<OrderRole> | null;
  activity: Picked<ActivityRole> | null;
  ratings: PickedRatings | null;
  /** The empty workshop sheet last inserted. */
  workshop: { sheetName: string; accounts: number } | null;
  /** The dialect of "Copy as SQL". */
  sqlDialect: SqlDialect;
  /** null: the latest order date. */
  reviewDate: string | null;
  /** The latest valid order date, "YYYY-MM-DD" (what the review date is when none is fixed). */
  latestDate: string | null;
  months: number;
  excludeInvalid: boolean;
  quality: QualityReport | null;
  busy: boolean;
  /** 0..1 with the step, for large exports (over PROGRESS_LINES lines or PROGRESS_ACCOUNTS accounts). */
  progress: { done: number; step: PrepareStep } | null;
  /** The last "Prepare accounts" or "Refresh". */
  result: { sheetName: string; accounts: number; excluded: number; asOf: string | null; refreshed: boolean } | null;
  /** The sheet that keeps what the user had typed on KAM Accounts before the last write (null: nothing typed). */
  keptEdits: string | null;
  /** The SQL of "Copy as SQL" while shown; `copied` when it went to the clipboard. */
  sql: { text: string; copied: boolean } | null;
  error: string | null;
  /** The tables are the raw exports the host's page just inserted (until the user picks others or prepares). */
  offered: boolean;
}

export const PROGRESS_LINES = 100_000;
export const PROGRESS_ACCOUNTS = 5_000;

/** Nothing chosen yet. */
export const INITIAL_PREPARE_STATE: PrepareState = {
  orders: null,
  activity: null,
  ratings: null,
  sqlDialect: "duckdb",
  workshop: null,
  reviewDate: null,
  latestDate: null,
  months: DEFAULT_MONTHS,
  excludeInvalid: false,
  quality: null,
  busy: false,
  progress: null,
  result: null,
  keptEdits: null,
  sql: null,
  error: null,
  offered: false,
};
