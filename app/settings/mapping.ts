import type { CellValue } from "../workbook/contract";
import { blankHeaderLabel } from "../workbook/naming";

/**
 * Guesses what a column means from its header, in English and German, so the user starts from a
 * sensible mapping and only corrects it. Case, accents and umlauts do not matter.
 */
export type CriterionKind = "revenue" | "margin" | "growth" | "strategic" | "interactions" | "loyalty" | "collaboration" | "cost";

export type Axis = "value" | "engagement" | "ignore";

export interface CriterionGuess {
  kind: CriterionKind;
  axis: Exclude<Axis, "ignore">;
  lowerIsBetter: boolean;
}

/** "Loyalität" -> "loyalitat", "Größe" -> "grosse": compare headers without case or accents. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim();
}

// Checked in this order: "Cost of sales" is a cost, "Umsatzwachstum" is growth, not revenue.
const RULES: readonly [CriterionKind, readonly string[]][] = [
  ["cost", ["cost", "kosten", "aufwand", "expense"]],
  ["growth", ["growth", "wachstum", "potential", "potenzial"]],
  ["margin", ["margin", "marge", "deckungsbeitrag", "profit", "rentabilitat", "gewinn", "ertrag"]],
  ["strategic", ["strateg"]],
  ["interactions", ["interaction", "interaktion", "kontakt", "contact", "meeting", "touchpoint", "besuch", "visit"]],
  ["loyalty", ["loyal", "treue", "retention", "bindung", "kunde seit", "customer since", "tenure"]],
  ["collaboration", ["collaborat", "zusammenarbeit", "kooperation", "cooperat"]],
  ["revenue", ["revenue", "umsatz", "sales", "turnover", "erlos"]],
];

const VALUE_KINDS: readonly CriterionKind[] = ["revenue", "margin", "growth", "strategic", "cost"];

/** The criterion a header names, or null when it is not one we know. */
export function guessCriterion(header: string): CriterionGuess | null {
  const h = fold(header);
  const rule = RULES.find(([, words]) => words.some((w) => h.includes(w)));
  if (!rule) return null;
  const kind = rule[0];
  return { kind, axis: VALUE_KINDS.includes(kind) ? "value" : "engagement", lowerIsBetter: kind === "cost" };
}

// ---- review
const ID_HEADERS = [
  "account id",
  "customer id",
  "client id",
  "account number",
  "customer number",
  "kundennummer",
  "kunden-id",
  "kunden id",
  "kundennr",
  "debitor",
  "debitorennummer",
];

/**
 * The revenue column for the summary's revenue shares and the history's revenue: the first mapped
 * column whose header names revenue, whatever its axis. An Ignored revenue column still holds the
 * accounts' revenue (it is often left out of the scores on purpose), so the report and the history
 * both read it; null when no column names revenue.
 */
export function revenueColumn(criteria: readonly { column: string }[], labels: readonly string[]): string | null {
  const c = criteria.find((x) => labels.includes(x.column) && guessCriterion(x.column)?.kind === "revenue");
  return c ? c.column : null;
}

/** The column holding an account ID ("Account ID", "Customer ID", "Kundennummer"), or null. */
export function guessIdColumn(labels: readonly string[]): string | null {
  return labels.find((l) => ID_HEADERS.includes(fold(l).replace(/[._]/g, " ").replace(/\s+/g, " ").replace(/ nr$/, "nr"))) ?? null;
}

const NAME_WORDS = ["account", "name", "kunde", "firma", "company", "customer", "client", "unternehmen"];

const mostlyText = (rows: readonly CellValue[][], j: number): boolean => {
  let text = 0;
  let filled = 0;
  for (const row of rows) {
    const v = row[j];
    if (v === null || v === undefined || v === "") continue;
    filled++;
    if (typeof v === "string") text++;
  }
  return filled > 0 && text * 2 > filled;
};

/**
 * The column holding account names: the first whose header says so and whose cells are text
 * ("Kunde seit" holds years, not names), else the first text column, else none.
 */
export function guessNameColumn(headers: readonly string[], rows: readonly CellValue[][]): number | null {
  const byHeader = headers.findIndex(
    (h, j) =>
      NAME_WORDS.some((w) => fold(h).includes(w)) && guessCriterion(h) === null && guessIdColumn([h]) === null && mostlyText(rows, j),
  );
  if (byHeader >= 0) return byHeader;
  const text = headers.findIndex((_, j) => mostlyText(rows, j));
  return text >= 0 ? text : null;
}

/**
 * One unique, non-empty label per column: settings refer to columns by these labels, so a blank
 * header becomes "Column C" and a repeated one "Revenue (2)".
 */
export function columnLabels(headers: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, j) => {
    const base =
      typeof h === "string" && h.trim()
        ? h.trim()
        : h === null || h === undefined || (typeof h === "string" && !h.trim())
          ? blankHeaderLabel(j)
          : String(h);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
