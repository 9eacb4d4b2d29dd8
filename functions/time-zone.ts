/**
 * The time zone in which a date object's calendar date is read (SPEC 9). Excel passes date cells
 * as serial numbers and needs none; Google Sheets passes Date objects, whose calendar date is the
 * one the spreadsheet shows in its own zone (File > Settings), not the script's. The Sheets
 * wrapper sets it around one call; the functions read it. It is not an argument, so that the
 * functions keep exactly the parameters of their functions.json entry.
 */
let current: string | undefined;

/** The zone of the call running now; undefined: the runtime's own zone. */
export const hostTimeZone = (): string | undefined => current;

/** Runs body with `zone` as the host's time zone, and restores the one before (also on a throw). */
export function inTimeZone<T>(zone: string | undefined, body: () => T): T {
  const before = current;
  current = zone;
  try {
    return body();
  } finally {
    current = before;
  }
}
