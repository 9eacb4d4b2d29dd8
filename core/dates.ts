/**
 * Dates as SPEC 9 reads them. Every date is kept as a whole spreadsheet serial (days since
 * 1899-12-30, so 45658 is 2025-01-01): windows, "days since" and EDATE are then plain integer
 * arithmetic, the same in Excel, Google Sheets and SQL. Calendar conversion is done with the
 * proleptic Gregorian day count (no Date object), so it is fast and independent of the host's
 * time zone; only a Date object passed by Google Sheets needs a zone to find its calendar date.
 */

/** Days from 1970-01-01 to the serial epoch 1899-12-30 (serial 25569 is 1970-01-01). */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1..12) and day of a day count since 1970-01-01. */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The serial of a calendar date, or NaN when the date does not exist (31.02.) or lies before serial 1. */
export function serialFromYmd(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return NaN;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  const serial = daysFromCivil(y, m, d) + UNIX_EPOCH_SERIAL;
  return serial >= 1 ? serial : NaN;
}

/** Year, month (1..12), day of a whole serial. */
export const ymdFromSerial = (serial: number): [number, number, number] => civilFromDays(serial - UNIX_EPOCH_SERIAL);

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A whole serial as YYYY-MM-DD (for messages, the pane and SQL literals). */
export function isoDate(serial: number): string {
  const [y, m, d] = ymdFromSerial(serial);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * Excel's EDATE: the same day of the month `months` later (earlier when negative), clamped to
 * that month's last day: EDATE(31 March, -1) is 28 or 29 February.
 */
export function edate(serial: number, months: number): number {
  const [y, m, d] = ymdFromSerial(serial);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm))) + UNIX_EPOCH_SERIAL;
}

// The three text forms of SPEC 9. ISO may carry a time (dropped); an offset is allowed but does
// not move the date: the written calendar date is the date the export meant.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date written as text in one of the three forms, as a serial; NaN for any other text. */
export function parseDateText(text: string): number {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return serialFromYmd(+m[1], +m[2], +m[3]);
  m = GERMAN.exec(s);
  if (m) return serialFromYmd(+m[3], +m[2], +m[1]);
  m = US.exec(s);
  if (m) return serialFromYmd(+m[3], +m[1], +m[2]);
  return NaN;
}

// Intl.DateTimeFormat is slow to construct and exists in Apps Script V8 too: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// A fixed offset such as "GMT-07:00": a spreadsheet whose zone Sheets does not recognise has one,
// and Intl.DateTimeFormat rejects it (it takes IANA names and, in newer runtimes, "+07:00" only).
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Minutes east of UTC of a fixed-offset zone ("GMT-07:00" gives -420); undefined for any other name. */
export function fixedOffsetMinutes(timeZone: string): number | undefined {
  const m = FIXED_OFFSET.exec(timeZone.trim());
  if (!m || +m[2] > 23 || +(m[3] ?? 0) > 59) return undefined;
  return (m[1] === "-" ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0));
}

/**
 * The calendar date of a Date object as a serial: in `timeZone` (an IANA name such as
 * "Europe/Berlin", or a fixed offset such as "GMT-07:00": the spreadsheet's zone) when given,
 * else in the runtime's own zone. NaN for an invalid Date.
 */
export function serialFromDate(date: Date, timeZone?: string): number {
  const t = date.getTime();
  if (!Number.isFinite(t)) return NaN;
  if (timeZone === undefined || timeZone === "") return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
  const offset = fixedOffsetMinutes(timeZone);
  if (offset !== undefined) return Math.floor((t + offset * 60_000) / DAY_MS) + UNIX_EPOCH_SERIAL;
  let y = 0;
  let mo = 0;
  let d = 0;
  for (const part of zoneFormatter(timeZone).formatToParts(date)) {
    if (part.type === "year") y = +part.value;
    else if (part.type === "month") mo = +part.value;
    else if (part.type === "day") d = +part.value;
  }
  return serialFromYmd(y, mo, d);
}

/**
 * Any cell as a date serial (SPEC 9), or NaN when it is not a date: a number is a serial (its
 * fraction, the time of day, dropped; below 1 not a date), a Date object its calendar date,
 * text one of the three forms. Booleans, blanks and errors are not dates.
 */
export function toSerial(v: unknown, timeZone?: string): number {
  if (typeof v === "number") return Number.isFinite(v) && v >= 1 ? Math.floor(v) : NaN;
  if (typeof v === "string") return parseDateText(v);
  if (v instanceof Date) return serialFromDate(v, timeZone);
  return NaN;
}

/** The serial of a JavaScript time value in UTC (for tests and generators). */
export const serialFromUtcMs = (ms: number): number => Math.floor(ms / DAY_MS) + UNIX_EPOCH_SERIAL;
