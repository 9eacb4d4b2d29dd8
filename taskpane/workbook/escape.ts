/**
 * Text that starts with "=", "+", "-" or "@" becomes a formula when written to a cell. A leading
 * apostrophe makes Excel and Google Sheets keep it as text (and they do not show the apostrophe).
 */
export const FORMULA_TRIGGERS = /^[=+\-@]/;

/** Text a spreadsheet would turn into a number or boolean ("00123" -> 123, "50%", "TRUE"). */
export const NUMBER_LIKE = /^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$|^\s*(true|false)\s*$/i;

export function asLiteral<T>(value: T): T | string {
  return typeof value === "string" && (FORMULA_TRIGGERS.test(value) || NUMBER_LIKE.test(value)) ? `'${value}` : value;
}

export const asLiteralRows = <T>(rows: readonly (readonly T[])[]): (T | string)[][] => rows.map((r) => r.map(asLiteral));
