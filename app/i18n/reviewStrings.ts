import type { Language } from "../../core";

// ---- review: the pane's Review section, in English and German.
export interface ReviewStrings {
  /** What a save or delete that failed part-way left in KAM History, as read back. */
  outcome: {
    unfinished: (date: string, written: number, total: number) => string;
    oldKept: (date: string) => string;
    partlyDeleted: (date: string) => string;
    firstSaveIncomplete: (sheet: string) => string;
    unreadable: string;
  };
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
  outcome: {
    unfinished: (d, w, t) =>
      `Saving the review of ${d} stopped part-way: ${w} of ${t} rows were written to KAM History. They are marked unfinished and not shown as a review; every other saved review is unchanged${w > 0 ? `. Save again: that removes the unfinished rows` : ""}.`,
    oldKept: (d) =>
      `The new review of ${d} is saved, but the earlier one of that date could not be removed (completely). Its rows stay in KAM History, unused; the pane shows the new review, and the next save or delete of ${d} removes them.`,
    partlyDeleted: (d) =>
      `Deleting the review of ${d} stopped part-way. Its remaining rows in KAM History are marked unfinished and no longer shown; every other saved review is unchanged. Saving a review of ${d} removes them, or delete them by hand.`,
    firstSaveIncomplete: (s) =>
      `Saving the first review failed part-way, and the unfinished sheet "${s}" could not be removed. Delete that sheet; no review was saved and your data was not changed. Save review writes KAM History again.`,
    unreadable: "Writing to KAM History failed, and reading it back to check what was written failed too:",
  },
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
  outcome: {
    unfinished: (d, w, t) =>
      `Das Speichern der Überprüfung vom ${d} brach mittendrin ab: ${w} von ${t} Zeilen wurden in KAM History geschrieben. Sie sind als unfertig erkennbar und werden nicht als Überprüfung gezeigt; alle anderen gespeicherten Überprüfungen sind unverändert${w > 0 ? `. Speichern Sie erneut: das entfernt die unfertigen Zeilen` : ""}.`,
    oldKept: (d) =>
      `Die neue Überprüfung vom ${d} ist gespeichert, aber die frühere desselben Stichtags konnte nicht (vollständig) entfernt werden. Ihre Zeilen bleiben ungenutzt in KAM History; der Aufgabenbereich zeigt die neue Überprüfung, und das nächste Speichern oder Löschen zum ${d} entfernt sie.`,
    partlyDeleted: (d) =>
      `Das Löschen der Überprüfung vom ${d} brach mittendrin ab. Ihre übrigen Zeilen in KAM History sind als unfertig erkennbar und werden nicht mehr gezeigt; alle anderen gespeicherten Überprüfungen sind unverändert. Speichern einer Überprüfung zum ${d} entfernt sie, oder löschen Sie sie von Hand.`,
    firstSaveIncomplete: (s) =>
      `Das Speichern der ersten Überprüfung brach mittendrin ab, und das unfertige Blatt „${s}“ konnte nicht entfernt werden. Löschen Sie dieses Blatt; es wurde keine Überprüfung gespeichert, und Ihre Daten wurden nicht verändert. Überprüfung speichern schreibt KAM History erneut.`,
    unreadable: "Das Schreiben in KAM History schlug fehl, und auch das Zurücklesen zur Prüfung schlug fehl:",
  },
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
