/**
 * A number shown with an Excel number format, as Excel shows it: the part of the format language
 * the add-in and its samples use. Sections "positive;negative;zero" (the negative section shows the
 * absolute value with its own signs), quoted and escaped literal text, digits (0 # , .), percent,
 * and dates and times (y, m, d, h, s, AM/PM) read from the 1900 date system's serial numbers.
 * Anything else falls back to General. The decimal separator follows the locale, as Excel's does.
 */

/** Days from 1899-12-30 (serial 0 in Excel's reckoning after its 29 Feb 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** Splits one section into literal text and format codes; quotes and backslashes make literals. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "literal") last.text += text;
    else tokens.push({ kind: "literal", text });
  };
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (c === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (c === "_") {
      literal(" "); // "_)" leaves the width of ")" free
      i++;
    } else if (c === "*") {
      i++; // fill character: nothing to fill in a cell of free width
    } else if (c === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end; // colours and conditions are not shown
    } else if (/^AM\/PM/i.test(section.slice(i))) {
      tokens.push({ kind: "code", text: "ampm" });
      i += 4;
    } else if (/^A\/P/i.test(section.slice(i))) {
      tokens.push({ kind: "code", text: "a/p" });
      i += 2;
    } else if (/[0#?.,%]/.test(c)) {
      tokens.push({ kind: "code", text: c });
    } else if (/[ymdhs]/i.test(c)) {
      tokens.push({ kind: "code", text: c.toLowerCase() });
    } else literal(c);
  }
  return tokens;
}

/** "a;b;c" -> ["a", "b", "c"], ignoring ";" inside quotes. */
function sections(format: string): string[] {
  const out = [""];
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') quoted = !quoted;
    if (c === "\\" && !quoted) {
      out[out.length - 1] += c + (format[i + 1] ?? "");
      i++;
    } else if (c === ";" && !quoted) out.push("");
    else out[out.length - 1] += c;
  }
  return out;
}

const isDateCode = (tokens: Token[]) => tokens.some((t) => t.kind === "code" && /^[ymdhs]$/.test(t.text));

/** A format read once: its sections as tokens, or null for General and what this module does not read. */
interface Parsed {
  sections: Token[][];
  dates: boolean[];
}
const parsedFormats = new Map<string, Parsed | null>();

function parse(format: string): Parsed | null {
  if (parsedFormats.has(format)) return parsedFormats.get(format) ?? null;
  // General, text, and scientific notation (not used here) are shown as General.
  const general = /^general$/i.test(format.trim()) || format === "@" || /E[+-]/i.test(format.replace(/"[^"]*"/g, ""));
  const tokens = general ? [] : sections(format).map(tokenize);
  const parsed = general ? null : { sections: tokens, dates: tokens.map(isDateCode) };
  parsedFormats.set(format, parsed);
  return parsed;
}

// Creating an Intl.NumberFormat costs far more than using one, and a grid shows hundreds of cells.
const numberFormatters = new Map<string, Intl.NumberFormat>();
function numberFormatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormatters.get(key);
  if (!f) numberFormatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Digits, grouping and percent of a section: "#,##0.00" -> 2 to 2 decimals, grouped. */
function showNumber(tokens: Token[], value: number, locale: string): string {
  const codes = tokens.filter((t) => t.kind === "code").map((t) => t.text);
  const text = codes.join("");
  const percent = codes.filter((c) => c === "%").length;
  const point = text.indexOf(".");
  const integer = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? "" : text.slice(point + 1).replace(/[^0#?]/g, "");
  const min = (fraction.match(/[0?]/g) ?? []).length;
  // A comma after the last digit placeholder scales by 1000 per comma; between digits it groups.
  const trailing = /,+$/.exec(integer.replace(/%/g, ""))?.[0].length ?? 0;
  const grouping = /[0#?],[0#?]/.test(integer);
  const shown = (value * 100 ** percent) / 1000 ** trailing;
  const digits = numberFormatter(locale, {
    minimumFractionDigits: min,
    maximumFractionDigits: fraction.length,
    minimumIntegerDigits: Math.max(1, (integer.match(/0/g) ?? []).length),
    useGrouping: grouping,
  }).format(shown);
  // The digits go where the first digit placeholder stood; literals and "%" stay where they are.
  let out = "";
  let placed = false;
  for (const t of tokens) {
    if (t.kind === "literal") out += t.text;
    else if (t.text === "%") out += "%";
    else if (!placed && /[0#?.]/.test(t.text)) {
      out += digits;
      placed = true;
    }
  }
  return placed ? out : out + digits;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function name(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormatters.get(key);
  if (!f) dateFormatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" })));
  return f.format(date);
}

/** A date serial shown with date and time codes ("yyyy-mm-dd", "d.m.yyyy", "mmm yy", "hh:mm"). */
function showDate(tokens: Token[], serial: number, locale: string): string {
  if (serial < 0 || serial >= 2_958_466) return "#####"; // before 1900 or after 9999, as Excel shows it
  // Excel counts 29 Feb 1900, which did not exist: serials before 61 are one day later than Unix time says.
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole + 1 : whole;
  const seconds = Math.round((serial - whole) * 86_400);
  const date = new Date((days - UNIX_EPOCH_SERIAL) * DAY_MS + seconds * 1000);
  // Serial 60 is Excel's 29 February 1900 (kept for Lotus 1-2-3's sake); no calendar has it.
  const [year, month, day] = whole === 60 ? [1900, 2, 29] : [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const ampm = tokens.some((t) => t.kind === "code" && (t.text === "ampm" || t.text === "a/p"));
  // Runs of the same code letter: "yyyy", "mm", "d".
  const runs: { code: string; length: number; literal?: string }[] = [];
  for (const t of tokens) {
    // In a date format "." "," and the digit codes are plain text ("d.m.yyyy", "dddd, mmmm d").
    if (t.kind === "literal" || !/^([ymdhs]|ampm|a\/p)$/.test(t.text)) {
      const last = runs[runs.length - 1];
      if (last?.literal !== undefined) last.literal += t.text;
      else runs.push({ code: "", length: 0, literal: t.text });
    } else {
      const last = runs[runs.length - 1];
      const c = t.text;
      if (last && last.code === c && last.literal === undefined && /^[ymdhs]$/.test(c)) last.length++;
      else runs.push({ code: c, length: 1 });
    }
  }
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  let out = "";
  runs.forEach((r, i) => {
    if (r.literal !== undefined) return void (out += r.literal);
    // "m" right after an hour or right before a second is minutes.
    const prev = runs
      .slice(0, i)
      .reverse()
      .find((x) => x.code);
    const next = runs.slice(i + 1).find((x) => x.code);
    const minutes = r.code === "m" && (prev?.code === "h" || next?.code === "s");
    const hours = date.getUTCHours();
    switch (minutes ? "minute" : r.code) {
      case "y":
        out += r.length <= 2 ? pad(year % 100, 2) : String(year);
        break;
      case "m":
        out +=
          r.length === 1
            ? String(month)
            : r.length === 2
              ? pad(month, 2)
              : r.length === 3
                ? name(locale, { month: "short" }, date)
                : r.length === 5
                  ? name(locale, { month: "narrow" }, date)
                  : name(locale, { month: "long" }, date);
        break;
      case "d":
        out += r.length <= 2 ? pad(day, r.length) : name(locale, { weekday: r.length === 3 ? "short" : "long" }, date);
        break;
      case "h": {
        const h = ampm ? hours % 12 || 12 : hours;
        out += pad(h, Math.min(2, r.length));
        break;
      }
      case "minute":
        out += pad(date.getUTCMinutes(), Math.min(2, r.length));
        break;
      case "s":
        out += pad(date.getUTCSeconds(), Math.min(2, r.length));
        break;
      case "ampm":
        out += hours < 12 ? "AM" : "PM";
        break;
      case "a/p":
        out += hours < 12 ? "A" : "P";
        break;
      default:
        break;
    }
  });
  return out;
}

/**
 * `value` as Excel shows it with `format`; null when the format is General (or not one this
 * module reads), so the caller shows it as General.
 */
export function formatNumber(value: number, format: string, locale: string): string | null {
  const parsed = parse(format);
  if (!parsed) return null;
  const n = parsed.sections.length;
  // "positive;negative;zero": a negative section shows the absolute value with its own signs.
  const i = n >= 3 && value === 0 ? 2 : n >= 2 && value < 0 ? 1 : 0;
  const shown = i === 1 ? -value : value;
  if (parsed.dates[i]) return showDate(parsed.sections[i], shown, locale);
  return (n === 1 && value < 0 ? "-" : "") + showNumber(parsed.sections[i], Math.abs(shown), locale);
}
