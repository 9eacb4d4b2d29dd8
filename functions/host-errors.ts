import { isKamError, KamError, Messages } from "../src";

const EXCEL_CODES = { VALUE: "#VALUE!", NA: "#N/A", NUM: "#NUM!" } as const;

/**
 * Excel shows errors only as CustomFunctions.Error values. Outside Excel (tests, HyperFormula,
 * Google Sheets) that global does not exist and the core's KamError is returned unchanged,
 * so every caller can inspect kind and message.
 */
export function toHostError(e: KamError): unknown {
  if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
    return new CustomFunctions.Error(EXCEL_CODES[e.kind] as CustomFunctions.ErrorCode, e.message);
  }
  return e;
}

export const toHostCell = (x: unknown): unknown => (isKamError(x) ? toHostError(x) : x);

export const toHostColumn = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [toHostCell(x)]);

export const toHostMatrix = (m: readonly (readonly unknown[])[]): unknown[][] => m.map((row) => row.map(toHostCell));

/** Runs a function body so that nothing is ever thrown into the host (SPEC 8). */
export function guard<T>(body: () => T): T | any {
  try {
    return body();
  } catch (e) {
    if (isKamError(e)) return toHostError(e);
    return toHostError(new KamError("VALUE", Messages.unexpected(e instanceof Error ? e.message : String(e))));
  }
}
