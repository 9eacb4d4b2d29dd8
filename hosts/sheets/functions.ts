/**
 * The KAM_* functions for Google Sheets: the same functions as Excel (functions/functions.ts),
 * adapted to what Sheets passes in and can show.
 * - An omitted argument arrives as undefined; Excel passes null, so it is mapped to null. Empty
 *   cells arrive as "" and the core already treats "" as blank.
 * - Sheets has no error values. A whole-function error is thrown (Sheets shows #ERROR! with the
 *   message); an error for one cell of a spilled result becomes the text "<code>: <message>",
 *   e.g. "#N/A: insufficient data: coverage 25% ...", the same code and words Excel shows.
 * - A date cell arrives as a Date object. Its calendar date is the one the spreadsheet shows, in
 *   the spreadsheet's time zone (File > Settings), not the script's: a function whose parameters
 *   hold dates (KAM_ACCOUNTS, KAM_ACTIVITY) runs in that zone, asked for only when a date is met.
 * - A custom function must return within 30 s. KAM_STABILITY's work grows with accounts x criteria
 *   x trials, so a call over SHEETS_STABILITY_WORK is refused at once with a message saying how
 *   many trials fit, instead of running into the time limit.
 */
/// <reference types="google-apps-script" />
import { FUNCTIONS } from "../../functions/catalogue";
import * as excel from "../../functions/functions";
import { inTimeZone } from "../../functions/time-zone";
import { isKamError, KamError, stabilityWorkError } from "../../core";

/**
 * Work (accounts x criteria x trials) one KAM_STABILITY call may do in Google Sheets. Measured in
 * Node on a shared 2-core machine: the largest accepted call for 10,000 accounts x 7 criteria
 * (3,571 trials, median thresholds) takes about 3.6-4.3 s (npm run bench -- sheets-stability-bound).
 * Apps Script runs the same code slower and a custom function has 30 s in all, so the bound keeps
 * a wide margin.
 */
export const SHEETS_STABILITY_WORK = 250_000_000;
export const SHEETS_CALL_SECONDS = 30;

/** Per function (by exported name): the error for a call that would not finish in time, or null. */
const TOO_SLOW: Record<string, (args: unknown[]) => KamError | null> = {
  stability: (args) =>
    stabilityWorkError(
      { valueData: args[0], engagementData: args[1], trials: args[5] ?? null },
      { maxWork: SHEETS_STABILITY_WORK, host: "Google Sheets", seconds: SHEETS_CALL_SECONDS },
    ),
};

type CustomFunction = (...args: any[]) => unknown;

// Read-only calls a custom function may make (the globals SpreadsheetApp and Session, typed by
// @types/google-apps-script); looked up only when a date is met, never at load time.

/** The spreadsheet's time zone; the script's when that cannot be read; undefined outside Apps Script. */
export function spreadsheetTimeZone(): string | undefined {
  try {
    const zone = typeof SpreadsheetApp !== "undefined" ? SpreadsheetApp.getActive()?.getSpreadsheetTimeZone() : undefined;
    if (zone) return zone;
  } catch {
    // Not allowed or not available here: fall back to the script's zone.
  }
  try {
    const zone = typeof Session !== "undefined" ? Session.getScriptTimeZone() : undefined;
    if (zone) return zone;
  } catch {
    // No zone at all: the runtime's own.
  }
  return undefined;
}

export const cellErrorText = (e: KamError): string => `${e.code}: ${e.message}`;

function toSheetsCell(x: unknown): unknown {
  if (isKamError(x)) return cellErrorText(x);
  return x === null || x === undefined ? "" : x;
}

/** Turns an Excel-style result (errors as values) into what a Sheets custom function returns. */
export function toSheetsResult(result: unknown): unknown {
  if (isKamError(result)) throw new Error(result.message);
  if (Array.isArray(result)) return result.map((row) => (Array.isArray(row) ? row.map(toSheetsCell) : toSheetsCell(row)));
  return toSheetsCell(result);
}

function holdsDate(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (!Array.isArray(v)) return false;
  for (const row of v) {
    if (row instanceof Date) return true;
    if (Array.isArray(row)) for (const c of row) if (c instanceof Date) return true;
  }
  return false;
}

/**
 * A Sheets custom function from an Excel one; `dateArgs` are the positions of the parameters
 * that hold dates (catalogue.ts).
 */
export function forSheets(
  fn: CustomFunction,
  dateArgs: readonly number[] = [],
  tooSlow: (args: unknown[]) => KamError | null = () => null,
): CustomFunction {
  return (...args) => {
    const slow = tooSlow(args);
    if (slow) return toSheetsResult(slow);
    const call = () => fn(...args.map((a) => (a === undefined ? null : a)));
    const zone = dateArgs.some((i) => holdsDate(args[i])) ? spreadsheetTimeZone() : undefined;
    return toSheetsResult(zone === undefined ? call() : inTimeZone(zone, call));
  };
}

/** Positions of the date parameters of the function exported as `name`. */
const dateArgsOf = (name: string): number[] => {
  const spec = FUNCTIONS.find((f) => f.name === name);
  return spec ? spec.parameters.flatMap((p, i) => (p.dates ? [i] : [])) : [];
};

/** Every Excel custom function under its exported name (value, engagement, ...), wrapped for Sheets. */
export const sheetsFunctions: Record<string, CustomFunction> = Object.fromEntries(
  Object.entries(excel as Record<string, unknown>)
    .filter((entry): entry is [string, CustomFunction] => typeof entry[1] === "function")
    .map(([name, fn]) => [name, forSheets(fn, dateArgsOf(name), TOO_SLOW[name])]),
);
