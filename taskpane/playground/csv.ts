import type { CellValue } from "../report/types";

/**
 * CSV text to cell values, as Excel would open it: quoted fields (with "" and line breaks inside),
 * "," ";" or tab as delimiter (German Excel writes ";" with a decimal comma), numbers as numbers,
 * everything else as text. Text that looks like a formula stays text.
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
  const width = Math.max(...rows.map((r) => r.length));
  const decimalComma = delimiter === ";";
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, c) => (c < row.length ? toCell(row[c], decimalComma) : null)),
  );
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
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') inQuotes = false;
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
