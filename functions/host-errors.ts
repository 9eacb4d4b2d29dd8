import { AxisNumbers, ErrorKind, isKamError, KamError, Messages } from "../core";

// Excel shows the message of #VALUE! and #N/A only; #NUM!, #DIV/0! and #NULL! show just the code.
const EXCEL_CODES: Record<ErrorKind, string> = { VALUE: "#VALUE!", NA: "#N/A", NUM: "#NUM!", DIV0: "#DIV/0!", NULL: "#NULL!" };

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

/**
 * The n x 1 output of KAM.VALUE / KAM.ENGAGEMENT, built in one loop. Numbers and errors come from
 * two different array literals: V8 shapes each literal's arrays by what it has seen, so the
 * numbers' arrays stay unboxed doubles even when some accounts are errors.
 */
export function toHostScoreColumn({ scores, errors }: AxisNumbers): unknown[][] {
  const out: unknown[][] = new Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    out[i] = s === s ? [s] : [toHostError(errors.get(i)!)];
  }
  return out;
}

export const toHostMatrix = (m: readonly (readonly unknown[])[]): unknown[][] => m.map((row) => row.map(toHostCell));

/** Runs a function body so that nothing is ever thrown into the host (SPEC 8). */
export function guard<T>(body: () => T): T | unknown {
  try {
    return body();
  } catch (e) {
    if (isKamError(e)) return toHostError(e);
    return toHostError(new KamError("VALUE", Messages.unexpected(e instanceof Error ? e.message : String(e))));
  }
}
