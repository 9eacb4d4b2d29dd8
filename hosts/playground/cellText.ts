import type { CellValue } from "../../app/report/types";

/**
 * How a cell shows its value (a small part of Excel's number formats: the ones the report uses)
 * and how typed text becomes a value, as in Excel: numbers become numbers, "'" forces text.
 */
export function displayValue(value: CellValue, numberFormat?: string, locale = "en-US"): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  return formatter(numberFormat ?? "General", locale).format(value);
}

// Creating an Intl.NumberFormat costs far more than using one, and a grid shows hundreds of cells.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(fmt: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${fmt}`;
  let f = formatters.get(key);
  if (!f) {
    const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
    f =
      fmt === "General"
        ? new Intl.NumberFormat(locale, { maximumSignificantDigits: 10, useGrouping: false })
        : new Intl.NumberFormat(locale, {
            style: fmt.endsWith("%") ? "percent" : "decimal",
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
            useGrouping: fmt.includes(","),
          });
    formatters.set(key, f);
  }
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
