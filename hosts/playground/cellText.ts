import type { CellValue } from "../../app/report/types";
import { formatNumber } from "./numberFormat";

/**
 * How a cell shows its value, as Excel shows it with the cell's number format (dates from their
 * serial numbers, percentages, decimals; numberFormat.ts), and how typed text becomes a value, as
 * in Excel: numbers become numbers, "'" forces text. Text is always shown as it is.
 */
export function displayValue(value: CellValue, numberFormat?: string, locale = "en-US"): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  return (numberFormat ? formatNumber(value, numberFormat, locale) : null) ?? general(locale).format(value);
}

// Creating an Intl.NumberFormat costs far more than using one, and a grid shows hundreds of cells.
const generals = new Map<string, Intl.NumberFormat>();

/** Excel's General: up to 10 significant digits, no grouping. */
function general(locale: string): Intl.NumberFormat {
  let f = generals.get(locale);
  if (!f) generals.set(locale, (f = new Intl.NumberFormat(locale, { maximumSignificantDigits: 10, useGrouping: false })));
  return f;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** What a user typed into a cell. Empty clears it; a leading apostrophe keeps the rest as text. */
export function parseCellInput(text: string): CellValue {
  if (text.startsWith("'")) return text.slice(1);
  const t = text.trim();
  if (t === "") return null;
  if (NUMBER.test(t)) return Number(t);
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  return text;
}
