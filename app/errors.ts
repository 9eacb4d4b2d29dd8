/**
 * The pane side's one error family. Every error the add-in throws on purpose is an AppError with
 * a code (and the parameters its sentence needs); app/i18n/errors.ts words each one in English and
 * German (friendlyError), so the user reads what is wrong and what to do, never a stack trace.
 * WorkbookError (app/workbook/contract.ts), what a host adapter fails with, is a member too.
 */
import type { HistoryProblem } from "./review";

export abstract class AppError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string = code,
  ) {
    super(message);
  }
}

/** What building the matrix can fail with. */
export type PaneErrorCode =
  | "noTable"
  | "reportSelected"
  | "noAccounts"
  | "noCriteria"
  | "weightsZero"
  | "noNumbers"
  | "writeFailed"
  | "tooLarge"
  | "settingsNewer"
  | "unexpected";

export class PaneError extends AppError<PaneErrorCode> {
  constructor(
    code: PaneErrorCode,
    /** Axis or column name the message is about. */
    readonly subject = "",
  ) {
    super(code);
    this.name = "PaneError";
  }
}

/** What "Prepare data" can fail with. */
export type PrepareErrorCode =
  | "noTable"
  | "ownSheet"
  | "noLines"
  | "gone"
  | "cannotReread"
  | "nothingStored"
  | "mapping"
  | "invalid"
  | "noAccounts"
  | "noReviewDate"
  | "notFoundAfterWrite"
  | "tableGone"
  | "columnMoved"
  | "blockSplit"
  | "matrixFailed";

export class PrepareError extends AppError<PrepareErrorCode> {
  constructor(
    code: PrepareErrorCode,
    readonly params: string[] = [],
  ) {
    super(code);
    this.name = "PrepareError";
  }
}

/**
 * The "KAM History" table cannot be read at all (its header lacks a required column). Worded
 * where it is found, in the reader's language (historyProblemText), since that is where the
 * history's texts live.
 */
export class HistoryError extends AppError<"history"> {
  constructor(
    readonly problem: HistoryProblem,
    text: string,
  ) {
    super("history", text);
    this.name = "HistoryError";
  }
}

/** Thrown by appendReview when a review with that date is already saved: ask, then replaceReview. */
export class ReviewExists extends AppError<"reviewExists"> {
  constructor(readonly date: string) {
    super("reviewExists", `a review dated ${date} is already saved`);
    this.name = "ReviewExists";
  }
}

/** An error whose message is already the sentence for the user (what a failed history edit left, read back): shown as written. */
export class PaneMessage extends AppError<"message"> {
  constructor(readonly text: string) {
    super("message", text);
    this.name = "PaneMessage";
  }
}

/** What the account plan ("KAM Plan", "KAM Actions") can fail with. */
export type PlanErrorCode =
  /** The plan's (or actions') header has no account column: rows cannot be matched to accounts. */
  | "planHeader"
  /** There is no matrix to plan for yet. */
  | "noAccounts"
  /** "Add sample plan": a sheet of the user's has the plan's or the actions' name, or the workbook has a plan already. */
  | "samplePlanNotAdded";

export class PlanError extends AppError<PlanErrorCode> {
  constructor(
    code: PlanErrorCode,
    /** The sheet and the column the message is about. */
    readonly params: { sheet?: string; column?: string } = {},
  ) {
    super(code);
    this.name = "PlanError";
  }
}
