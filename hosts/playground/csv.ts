import type { CellValue } from "../../app/report/types";

/**
 * CSV text to cell values, as Excel would open it: quoted fields (with "" and line breaks inside),
 * "," ";" or tab as delimiter (German Excel writes ";" with a decimal comma), numbers as numbers,
 * everything else as text. Text that looks like a formula stays text, and so do dates
 * (2024-03-31, 31.3.2024, 3/31/2024): the core reads those forms itself, and a date turned into a
 * number here could be read the wrong way round.
 */
export type CsvResult = { ok: true; values: CellValue[][]; delimiter: string } | { ok: false; error: string };

const DELIMITERS = [",", ";", "\t"] as const;

export function parseCsv(input: string): CsvResult {
  let text = input.replace(/^\uFEFF/, "");
  let delimiter: string | undefined;
  // Excel's own hint line: "sep=;"
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
  }
  if (text.trim() === "") return { ok: false, error: "The CSV is empty: paste a header row and at least one account row." };
  delimiter ??= guessDelimiter(text);
  const fields = splitFields(text, delimiter);
  if (!fields.ok) return fields;
  const rows = fields.rows.filter((row) => row.some((f) => f.text.trim() !== ""));
  if (rows.length < 2) {
    return { ok: false, error: "The CSV has only one row: it needs a header row and at least one account row below it." };
  }
  // A loop, not Math.max(...rows): spreading ~120k arguments overflows the call stack.
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const decimalComma = delimiter === ";";
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => (c < row.length ? toCell(row[c], decimalComma) : null)));
  return { ok: true, values, delimiter };
}

/** The delimiter that occurs most often outside quotes in the first line. */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

interface Field {
  text: string;
  quoted: boolean;
}

type Split = { ok: true; rows: Field[][] } | { ok: false; error: string };

function splitFields(text: string, delimiter: string): Split {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  const endField = () => {
    row.push({ text: quoted ? field : field.trim(), quoted });
    field = "";
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "" && !quoted) {
      inQuotes = quoted = true;
      quoteLine = line;
      field = "";
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
      line++;
    } else field += ch;
  }
  if (inQuotes) return { ok: false, error: `Line ${quoteLine} opens a quote (") that is never closed: end the field with a second ".` };
  if (field !== "" || quoted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { ok: true, rows };
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED_POINT = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234,567.5
const GROUPED_COMMA = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234.567,5
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/; // 12,5

/** A number when the text is one in the file's convention; otherwise the text itself. */
function toCell(field: Field, decimalComma: boolean): CellValue {
  const text = field.text;
  if (text.trim() === "") return null;
  const t = text.trim();
  const percent = t.endsWith("%");
  const body = percent ? t.slice(0, -1).trim() : t;
  let n: number | null = null;
  if (decimalComma) {
    if (GROUPED_COMMA.test(body)) n = Number(body.replace(/\./g, "").replace(",", "."));
    else if (DECIMAL_COMMA.test(body)) n = Number(body.replace(",", "."));
    else if (PLAIN_NUMBER.test(body)) n = Number(body);
  } else if (PLAIN_NUMBER.test(body)) n = Number(body);
  else if (GROUPED_POINT.test(body)) n = Number(body.replace(/,/g, ""));
  if (n === null || !Number.isFinite(n)) return text;
  return percent ? n / 100 : n;
}

export type DecodedCsv = { text: string; encoding: CsvEncoding; note: string | null };
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * The bytes of a CSV file as text. A BOM decides (UTF-8, UTF-16 LE or BE); without one, UTF-16 is
 * recognised by its zero bytes, then strict UTF-8 is tried. Anything else is read as Windows-1252,
 * which is what Excel on Windows writes for "CSV (comma delimited)" in Western Europe, and the
 * note says so, so that a wrong guess is never silent.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decoded(bytes.subarray(3), "utf-8", null);
  if (b0 === 0xff && b1 === 0xfe) return decoded(bytes.subarray(2), "utf-16le", null);
  if (b0 === 0xfe && b1 === 0xff) return decoded(bytes.subarray(2), "utf-16be", null);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    return decoded(
      bytes,
      utf16,
      `The file has no byte order mark but looks like ${utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"}; it was read as such. Check the names below.`,
    );
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", note: null };
  } catch {
    return decoded(
      bytes,
      "windows-1252",
      'The file is not UTF-8; it was read as Windows-1252 (Western European). Check umlauts and other special characters below; if they are wrong, save the file as "CSV UTF-8" and choose it again.',
    );
  }
}

function decoded(bytes: Uint8Array, encoding: CsvEncoding, note: string | null): DecodedCsv {
  const text = encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { text, encoding, note };
}

// Windows-1252 by table, not TextDecoder: some runtimes (Node among them) decode that label as
// ISO-8859-1, which turns 0x80 into a control character instead of "€".
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b)));
    out += part.join("");
  }
  return out;
}

/** UTF-16 text of mostly Latin characters has a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): CsvEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // The other half may hold a few zeros too (U+0100, U+4E00, ...), but hardly any.
  if (oddZeros > pairs * 0.4 && evenZeros <= pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros <= pairs * 0.02) return "utf-16be";
  return null;
}
