import type { Language } from "../../core";

// ---- review: texts the comparison writes to the "KAM Matrix" sheet.
export interface ReviewReportText {
  moversTitle: (then: string) => string;
  moversHeader: string[];
  noMovers: string;
  transitionTitle: (then: string) => string;
  transitionCorner: string;
  count: string;
  share: string;
  kpisTitle: (then: string) => string;
  kpisHeader: string[];
  portfolio: string;
  portfolioHeader: string[];
  noteTitle: string;
  trail: string;
  band: string;
  heldByBand: string;
}

export const REVIEW_REPORT_TEXT: Record<Language, ReviewReportText> = {
  en: {
    moversTitle: (then) => `Movers since ${then}`,
    moversHeader: [
      "Account",
      "Quadrant then",
      "Quadrant now",
      "Value then",
      "Value now",
      "Value change",
      "Engagement then",
      "Engagement now",
      "Engagement change",
      "Main driver",
    ],
    noMovers: "No account changed quadrant.",
    transitionTitle: (then) => `Moves since ${then} (rows: then, columns: now)`,
    transitionCorner: "Then \\ now",
    count: "count",
    share: "share of row",
    kpisTitle: (then) => `Review KPIs: now vs. ${then}`,
    kpisHeader: ["Quadrant", "Accounts now", "Accounts then", "Stayed", "Moved in", "Moved out", "Revenue share now", "Revenue share then"],
    portfolio: "Portfolio",
    portfolioHeader: ["Accounts now", "Accounts then", "Retained", "New", "Dropped", "Revenue retention"],
    noteTitle: "Note on the comparison",
    trail: "Move since",
    band: "Band",
    heldByBand: "held by band",
  },
  de: {
    moversTitle: (then) => `Quadrantenwechsel seit ${then}`,
    moversHeader: [
      "Kunde",
      "Quadrant vorher",
      "Quadrant jetzt",
      "Wert vorher",
      "Wert jetzt",
      "Änderung Wert",
      "Engagement vorher",
      "Engagement jetzt",
      "Änderung Engagement",
      "Haupttreiber",
    ],
    noMovers: "Kein Kunde hat den Quadranten gewechselt.",
    transitionTitle: (then) => `Wechsel seit ${then} (Zeilen: vorher, Spalten: jetzt)`,
    transitionCorner: "Vorher \\ jetzt",
    count: "Anzahl",
    share: "Anteil der Zeile",
    kpisTitle: (then) => `Kennzahlen der Überprüfung: jetzt und ${then}`,
    kpisHeader: [
      "Quadrant",
      "Kunden jetzt",
      "Kunden vorher",
      "Geblieben",
      "Zugewechselt",
      "Abgewechselt",
      "Umsatzanteil jetzt",
      "Umsatzanteil vorher",
    ],
    portfolio: "Portfolio",
    portfolioHeader: ["Kunden jetzt", "Kunden vorher", "Gehalten", "Neu", "Weggefallen", "Umsatzbindung"],
    noteTitle: "Hinweis zum Vergleich",
    trail: "Bewegung seit",
    band: "Toleranzband",
    heldByBand: "durch Toleranzband gehalten",
  },
};
