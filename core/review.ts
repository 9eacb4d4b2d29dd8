/**
 * The review date and the two windows of SPEC 9, shared by KAM.ACCOUNTS and KAM.ACTIVITY:
 * W = (EDATE(asOf, -months), asOf] and P = (EDATE(asOf, -2*months), EDATE(asOf, -months)].
 */
import { isOmitted, scalar } from "./cells";
import { edate, toSerial } from "./dates";
import { fail } from "./errors";
import { Messages } from "./messages";

export const DEFAULT_MONTHS = 12;
export const MAX_MONTHS = 120;

export interface ReviewWindow {
  /** Review date serial; NaN when asOf is omitted and there is no valid line to take it from. */
  asOf: number;
  months: number;
  /** EDATE(asOf, -months): W holds dates after this, up to asOf. */
  windowStart: number;
  /** EDATE(asOf, -2*months): P holds dates after this, up to windowStart. */
  previousStart: number;
}

/** months as a whole number 1..120, default 12. */
export function parseMonths(v: unknown): number {
  const m = scalar(v, "months");
  if (isOmitted(m)) return DEFAULT_MONTHS;
  if (typeof m !== "number" || !Number.isInteger(m) || m < 1 || m > MAX_MONTHS) fail("VALUE", Messages.monthsInvalid(m));
  return m;
}

/** asOf as a date serial (SPEC 9 dates), or `latest` when omitted. */
export function parseAsOf(v: unknown, latest: number, timeZone?: string): number {
  const a = scalar(v, "asOf");
  if (isOmitted(a)) return latest;
  const d = toSerial(a, timeZone);
  if (Number.isNaN(d)) fail("VALUE", Messages.asOfNotDate(a instanceof Date ? String(a) : a));
  return d;
}

export function review(asOf: number, months: number): ReviewWindow {
  if (Number.isNaN(asOf)) return { asOf, months, windowStart: NaN, previousStart: NaN };
  return { asOf, months, windowStart: edate(asOf, -months), previousStart: edate(asOf, -2 * months) };
}
