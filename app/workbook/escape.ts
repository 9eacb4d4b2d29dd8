/**
 * Text written into a cell must stay exactly that text. Excel and Google Sheets read a typed or
 * written value: "=1+1", "+49 30", "-Acme", "@x" become formulas (also after leading white space
 * or control characters, and with the full-width "＝" or "﹦"), "00123", "1/2", "3-4", "(123)",
 * "$100", "50%" become numbers or dates, "TRUE" (and in a German Excel "WAHR") a boolean, "#N/A"
 * an error, and a leading apostrophe is swallowed. Which words and patterns convert depends on
 * the host's locale, so no list of "dangerous" text can be complete.
 *
 * The rule is therefore: every non-empty text gets a leading apostrophe. Both hosts then store
 * the rest verbatim as text and do not show the apostrophe (Excel keeps it as the cell's prefix
 * character). Numbers and booleans are written as themselves; an empty text is an empty cell.
 */
export const TEXT_PREFIX = "'";

export function asLiteral<T>(value: T): T | string {
  return typeof value === "string" && value !== "" ? TEXT_PREFIX + value : value;
}

export const asLiteralRows = <T>(rows: readonly (readonly T[])[]): (T | string)[][] => rows.map((r) => r.map(asLiteral));
