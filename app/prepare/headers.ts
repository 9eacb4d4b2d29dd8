import type { Language } from "../../core";

/**
 * The columns of the "KAM Accounts" sheet: the KAM.ACCOUNTS columns, then the KAM.ACTIVITY ones,
 * with headers in the pane's language, and the axis each criterion starts on in the mapping.
 */
export type AccountsColumn =
  | "account"
  | "revenue"
  | "margin"
  | "growth"
  | "orders"
  | "daysSinceOrder"
  | "customerYears"
  | "categories"
  | "interactions"
  | "daysSinceContact";

export const HEADERS: Record<Language, Record<AccountsColumn, string>> = {
  en: {
    account: "Account",
    revenue: "Revenue",
    margin: "Margin",
    growth: "Growth",
    orders: "Orders",
    daysSinceOrder: "Days since last order",
    customerYears: "Customer years",
    categories: "Categories",
    interactions: "Interactions",
    daysSinceContact: "Days since last contact",
  },
  de: {
    account: "Kunde",
    revenue: "Umsatz",
    margin: "Marge",
    growth: "Wachstum",
    orders: "Aufträge",
    daysSinceOrder: "Tage seit letztem Auftrag",
    customerYears: "Kundenjahre",
    categories: "Warengruppen",
    interactions: "Interaktionen",
    daysSinceContact: "Tage seit letztem Kontakt",
  },
};

/** Texts of the sheet around the table. */
export const SHEET_TEXT: Record<
  Language,
  { reviewDate: string; window: string; excludedTitle: string; line: string; cell: string; reason: string; strategicNote: string }
> = {
  en: {
    reviewDate: "Review date",
    window: "Window (months)",
    excludedTitle: "Lines left out (not valid)",
    line: "Line",
    cell: "Cell",
    reason: "Reason",
    strategicNote:
      'Strategic importance is a judgement that no export holds: rate it with your colleagues (one row per account and rater) and choose that table under "Ratings or survey responses" in Prepare data.',
  },
  de: {
    reviewDate: "Stichtag",
    window: "Zeitraum (Monate)",
    excludedTitle: "Ausgelassene Zeilen (ungültig)",
    line: "Zeile",
    cell: "Zelle",
    reason: "Grund",
    strategicNote:
      'Strategische Bedeutung ist eine Einschätzung, die in keinem Export steht: bewerten Sie sie mit Ihren Kollegen (eine Zeile je Kunde und Bewerter) und wählen Sie diese Tabelle unter "Bewertungen oder Umfrageantworten" in Daten vorbereiten.',
  },
};

export interface CriterionDefault {
  column: AccountsColumn;
  axis: "value" | "engagement";
  lowerIsBetter: boolean;
}

/** The mapping the pane opens with on "KAM Accounts" . */
export const DEFAULT_CRITERIA: readonly CriterionDefault[] = [
  { column: "revenue", axis: "value", lowerIsBetter: false },
  { column: "margin", axis: "value", lowerIsBetter: false },
  { column: "growth", axis: "value", lowerIsBetter: false },
  { column: "categories", axis: "value", lowerIsBetter: false },
  { column: "orders", axis: "engagement", lowerIsBetter: false },
  { column: "customerYears", axis: "engagement", lowerIsBetter: false },
  { column: "interactions", axis: "engagement", lowerIsBetter: false },
  { column: "daysSinceOrder", axis: "engagement", lowerIsBetter: true },
  { column: "daysSinceContact", axis: "engagement", lowerIsBetter: true },
];

export const NUMBER_FORMATS: Record<AccountsColumn, string | null> = {
  account: null,
  revenue: "#,##0.00",
  margin: "0.0%",
  growth: "0.0%",
  orders: "0",
  daysSinceOrder: "0",
  customerYears: "0.0",
  categories: "0",
  interactions: "0.##",
  daysSinceContact: "0",
};
