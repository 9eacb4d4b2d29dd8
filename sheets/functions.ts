/**
 * The KAM_* functions for Google Sheets: the same functions as Excel (functions/functions.ts),
 * adapted to what Sheets passes in and can show.
 * - An omitted argument arrives as undefined; Excel passes null, so it is mapped to null. Empty
 *   cells arrive as "" and the core already treats "" as blank.
 * - Sheets has no error values. A whole-function error is thrown (Sheets shows #ERROR! with the
 *   message); an error for one cell of a spilled result becomes the text "<code>: <message>",
 *   e.g. "#N/A: insufficient data: coverage 25% ...", the same code and words Excel shows.
 */
import * as excel from "../functions/functions";
import { isKamError, KamError } from "../src";

type CustomFunction = (...args: any[]) => unknown;

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

export function forSheets(fn: CustomFunction): CustomFunction {
  return (...args) => toSheetsResult(fn(...args.map((a) => (a === undefined ? null : a))));
}

/** Every Excel custom function under its exported name (value, engagement, ...), wrapped for Sheets. */
export const sheetsFunctions: Record<string, CustomFunction> = Object.fromEntries(
  Object.entries(excel as Record<string, unknown>)
    .filter((entry): entry is [string, CustomFunction] => typeof entry[1] === "function")
    .map(([name, fn]) => [name, forSheets(fn)]),
);
