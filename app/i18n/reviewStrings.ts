import type { Language } from "../../core";

// ---- review: the pane's Review section, in English and German.
export interface ReviewStrings {
  heading: string;
  date: string;
  label: string;
  labelPlaceholder: string;
  save: string;
  saved: (label: string, sheet: string) => string;
  replaced: (label: string, sheet: string) => string;
  deleted: (label: string) => string;
  replaceAsk: (date: string, label: string) => string;
  replace: string;
  cancel: string;
  noReviews: string;
  reviewOption: (date: string, label: string, accounts: number) => string;
  savedReviews: string;
  deleteReview: string;
  deleteAsk: (date: string, label: string, accounts: number) => string;
  deleteConfirm: string;
  compareWith: string;
  noComparison: string;
  latest: string;
  summary: (movers: number, trails: number, fresh: number, dropped: number) => string;
  rescore: (label: string) => string;
  leftOut: (names: string[]) => string;
  band: string;
  bandHint: string;
  idColumn: string;
  noIdColumn: string;
  sampleNext: string;
  historyProblems: string;
}

const en: ReviewStrings = {
  heading: "Review",
  date: "Review date",
  label: "Label",
  labelPlaceholder: "Q4 2026",
  save: "Save review",
  saved: (l, s) => `Review "${l}" saved to "${s}".`,
  replaced: (l, s) => `Review "${l}" replaced on "${s}"; the other reviews are unchanged.`,
  deleted: (l) => `Review "${l}" deleted; the other reviews are unchanged.`,
  replaceAsk: (d, l) =>
    `A review dated ${d}${l ? ` ("${l}")` : ""} is already saved. Replace that review with the current results? The other reviews stay as they are.`,
  replace: "Replace",
  cancel: "Cancel",
  noReviews: "No review saved yet. Save one to compare with it next time.",
  reviewOption: (d, l, n) => `${l ? `${l} ` : ""}(${d}, ${n} ${n === 1 ? "account" : "accounts"})`,
  savedReviews: "Saved reviews",
  deleteReview: "Delete review",
  deleteAsk: (d, l, n) => `Delete the review ${l ? `"${l}" ` : ""}of ${d} (${n} accounts) from KAM History? This cannot be undone.`,
  deleteConfirm: "Delete",
  compareWith: "Compare with",
  noComparison: "(no comparison)",
  latest: "latest",
  summary: (m, t, f, d) =>
    `${m} ${m === 1 ? "account" : "accounts"} changed quadrant; ${t} ${t === 1 ? "trail" : "trails"} on the chart; ${f} new, ${d} dropped. The matrix sheet shows the movers, the moves and the review KPIs.`,
  rescore: (l) => `Re-score ${l} with today's settings`,
  leftOut: (n) => `Not in the earlier review, so left out of its re-scoring: ${n.join(", ")}.`,
  band: "Hysteresis band (points)",
  bandHint: "Keep accounts in their quadrant of the compared review unless they cross a threshold by more than this many points (0 = off).",
  idColumn: "Account ID column",
  noIdColumn: "(none: match accounts by name)",
  sampleNext: "Insert sample data: next quarter",
  historyProblems: "Some rows of KAM History could not be read",
};

const de: ReviewStrings = {
  heading: "Überprüfung",
  date: "Stichtag",
  label: "Bezeichnung",
  labelPlaceholder: "Q4 2026",
  save: "Überprüfung speichern",
  saved: (l, s) => `Überprüfung „${l}“ in „${s}“ gespeichert.`,
  replaced: (l, s) => `Überprüfung „${l}“ in „${s}“ ersetzt; die anderen Überprüfungen sind unverändert.`,
  deleted: (l) => `Überprüfung „${l}“ gelöscht; die anderen Überprüfungen sind unverändert.`,
  replaceAsk: (d, l) =>
    `Eine Überprüfung zum Stichtag ${d}${l ? ` („${l}“)` : ""} ist schon gespeichert. Diese Überprüfung durch die aktuellen Ergebnisse ersetzen? Die anderen Überprüfungen bleiben, wie sie sind.`,
  replace: "Ersetzen",
  cancel: "Abbrechen",
  noReviews: "Noch keine Überprüfung gespeichert. Speichern Sie eine, um beim nächsten Mal damit zu vergleichen.",
  reviewOption: (d, l, n) => `${l ? `${l} ` : ""}(${d}, ${n} ${n === 1 ? "Kunde" : "Kunden"})`,
  savedReviews: "Gespeicherte Überprüfungen",
  deleteReview: "Überprüfung löschen",
  deleteAsk: (d, l, n) =>
    `Die Überprüfung ${l ? `„${l}“ ` : ""}vom ${d} (${n} Kunden) aus KAM History löschen? Das lässt sich nicht rückgängig machen.`,
  deleteConfirm: "Löschen",
  compareWith: "Vergleichen mit",
  noComparison: "(kein Vergleich)",
  latest: "letzte",
  summary: (m, t, f, d) =>
    `${m} ${m === 1 ? "Kunde hat" : "Kunden haben"} den Quadranten gewechselt; ${t} ${t === 1 ? "Spur" : "Spuren"} im Diagramm; ${f} neu, ${d} weggefallen. Das Matrix-Blatt zeigt die Wechsel, die Bewegungen und die Kennzahlen.`,
  rescore: (l) => `${l} mit den heutigen Einstellungen neu bewerten`,
  leftOut: (n) => `In der früheren Überprüfung nicht enthalten, daher bei der Neubewertung weggelassen: ${n.join(", ")}.`,
  band: "Toleranzband (Punkte)",
  bandHint:
    "Kunden bleiben im Quadranten der verglichenen Überprüfung, solange sie eine Schwelle um nicht mehr als so viele Punkte überschreiten (0 = aus).",
  idColumn: "Spalte mit der Kunden-ID",
  noIdColumn: "(keine: Kunden über den Namen zuordnen)",
  sampleNext: "Beispieldaten einfügen: nächstes Quartal",
  historyProblems: "Einige Zeilen von KAM History konnten nicht gelesen werden",
};

export const REVIEW_STRINGS: Record<Language, ReviewStrings> = { en, de };
