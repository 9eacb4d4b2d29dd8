/**
 * Cell values as they may cross google.script.run: a Date anywhere in a return value makes the
 * call fail, so every value read from a sheet goes through cellReader before it is returned.
 */
import type { CellValue } from "../../app/workbook/contract";
import { fixedOffsetMinutes } from "../../core";
import type { CellInput, Services } from "./apps-script";

/** A Date object, also one made in another realm (the tests run Code.js in a vm context). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

const SHEETS_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const WALL_CLOCK = "yyyy-MM-dd HH:mm:ss.SSS";

/**
 * google.script.run cannot return Date objects, and Excel reads dates as serial numbers, so a
 * date cell becomes the same serial number: days since 1899-12-30 of its wall-clock date and time
 * in the spreadsheet's time zone. The script's own zone (Etc/UTC in appsscript.json) would move a
 * date typed in Berlin or New York near midnight to the day before or after.
 */
export function toCellValue(v: CellInput, timeZone: () => string, utilities: Services["Utilities"]): CellValue {
  if (!isDate(v)) return v;
  // A fixed offset ("GMT-07:00") is plain arithmetic: no zone name for formatDate to resolve.
  const offset = fixedOffsetMinutes(timeZone());
  if (offset !== undefined) return (v.getTime() + offset * 60_000 - SHEETS_EPOCH) / DAY_MS;
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(utilities.formatDate(v, timeZone(), WALL_CLOCK));
  if (!m) return (v.getTime() - SHEETS_EPOCH) / DAY_MS; // not expected; UTC rather than nothing
  const [y, mo, d, h, mi, sec, ms] = m.slice(1).map(Number);
  return (Date.UTC(y, mo - 1, d, h, mi, sec, ms) - SHEETS_EPOCH) / DAY_MS;
}

/** toCellValue for one read: the time zone is asked for once, and only when a date is met. */
export function cellReader(services: Services): (v: CellInput) => CellValue {
  let zone: string | undefined;
  const timeZone = () => (zone ??= services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
  return (v) => toCellValue(v, timeZone, services.Utilities);
}
