import type { Language } from "../../core";
import type { SettingsPart } from "./fingerprint";

/** Header names of the "KAM History" table; the parser knows both languages. */
export interface HistoryHeaderText {
  date: string;
  label: string;
  key: string;
  id: string;
  name: string;
  value: string;
  engagement: string;
  quadrant: string;
  priority: string;
  revenue: string;
  settings: string;
  /** The review's own id, on every row of it (rows of one save belong together, wherever sorting puts them). */
  review: string;
  /** How many rows the review has, on one row of it: a review with fewer rows was not written to the end. */
  rows: string;
  /** Prefixes of the per-criterion columns: "Raw: Orders", "Score: Orders". */
  raw: string;
  score: string;
}

export type HistoryProblemKind =
  | "header"
  | "date"
  | "key"
  | "score"
  | "quadrant"
  | "priority"
  | "revenue"
  | "settings"
  | "duplicate"
  | "unfinished"
  | "superseded"
  | "plan";

/** A row of the history that could not be read, or only partly. */
export interface HistoryProblem {
  /** 0-based data row (below the header); -1 for the header itself. */
  row: number;
  kind: HistoryProblemKind;
  detail: string;
}

export interface ReviewText {
  header: HistoryHeaderText;
  problem: (kind: HistoryProblemKind, row: number, detail: string) => string;
  newRow: string;
  droppedColumn: string;
  blank: string;
  settingsChanged: (parts: SettingsPart[], since: string) => string;
}

const join = (xs: string[], and: string) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} ${and} ${xs[xs.length - 1]}`);

const PART_EN: Record<SettingsPart, string> = {
  criteria: "criteria",
  weights: "weights",
  method: "normalisation method",
  missing: "missing-data policy",
  thresholds: "thresholds",
  band: "hysteresis band",
};
const PART_DE: Record<SettingsPart, string> = {
  criteria: "Kriterien",
  weights: "Gewichte",
  method: "Normierungsmethode",
  missing: "Umgang mit fehlenden Werten",
  thresholds: "Schwellen",
  band: "Toleranzband",
};
const PART_DE_DATIVE: Record<SettingsPart, string> = {
  criteria: "den Kriterien",
  weights: "den Gewichten",
  method: "der Normierungsmethode",
  missing: "dem Umgang mit fehlenden Werten",
  thresholds: "den Schwellen",
  band: "dem Toleranzband",
};

export const REVIEW_TEXT: Record<Language, ReviewText> = {
  en: {
    header: {
      date: "Review date",
      label: "Label",
      key: "Account key",
      id: "Account ID",
      name: "Account",
      value: "Value",
      engagement: "Engagement",
      quadrant: "Quadrant",
      priority: "Priority",
      revenue: "Revenue",
      settings: "Settings",
      review: "Review ID",
      rows: "Rows in review",
      raw: "Raw: ",
      score: "Score: ",
    },
    problem: (kind, row, detail) => {
      const at = `KAM History row ${row}`;
      switch (kind) {
        case "header":
          return `The KAM History table has no column "${detail}"; restore its header row (the add-in reads the history by these names)`;
        case "date":
          return `${at}: review date ${detail} is not a date; use YYYY-MM-DD`;
        case "key":
          return `${at}: the account key and name are blank; every row needs the account it is about`;
        case "score":
          return `${at}: ${detail}; scores are numbers from 0 to 100 or blank`;
        case "quadrant":
          return `${at}: quadrant ${detail} is not valid; use 1, 2, 3, 4 or leave it blank`;
        case "priority":
          return `${at}: priority ${detail} is not a whole number of 1 or more`;
        case "revenue":
          return `${at}: revenue ${detail} is not a number`;
        case "settings":
          return `${at}: the settings cell is damaged; it must hold the text the add-in wrote`;
        case "duplicate":
          return `${at}: account ${detail} appears twice in the same review; the first row is used`;
        case "unfinished":
          return `${at} and the other rows of the review of ${detail} are fewer than the review had when it was saved (a save or delete did not finish, or rows were deleted by hand); they are not shown as a review, and the next save or delete of that date removes them`;
        case "superseded":
          return `${at} and the other rows of the review of ${detail} are an earlier copy of a review saved again; the pane shows the newer copy, and the next save or delete of that date removes the older one`;
        case "plan":
          return `${at}: ${detail} is not valid (override quadrant 1 to 4, action counts whole numbers of 0 or more, or blank); the account's plan of that review is not used, its scores are`;
      }
    },
    newRow: "New",
    droppedColumn: "Dropped",
    blank: "blank",
    settingsChanged: (parts, since) =>
      `${join(
        parts.map((p) => PART_EN[p]),
        "and",
      )} changed since ${since}: moves may come from ${parts.length === 1 ? `the ${PART_EN[parts[0]]}` : "these changes"}`,
  },
  de: {
    header: {
      date: "Stichtag",
      label: "Bezeichnung",
      key: "Kundenschlüssel",
      id: "Kunden-ID",
      name: "Kunde",
      value: "Kundenwert",
      engagement: "Engagement",
      quadrant: "Quadrant",
      priority: "Priorität",
      revenue: "Umsatz",
      settings: "Einstellungen",
      review: "Überprüfungs-ID",
      rows: "Zeilen der Überprüfung",
      raw: "Wert: ",
      score: "Punkte: ",
    },
    problem: (kind, row, detail) => {
      const at = `KAM History Zeile ${row}`;
      switch (kind) {
        case "header":
          return `Der Tabelle KAM History fehlt die Spalte "${detail}"; stellen Sie die Kopfzeile wieder her (das Add-in liest den Verlauf über diese Namen)`;
        case "date":
          return `${at}: Stichtag ${detail} ist kein Datum; verwenden Sie JJJJ-MM-TT`;
        case "key":
          return `${at}: Kundenschlüssel und Kunde sind leer; jede Zeile braucht den Kunden, um den es geht`;
        case "score":
          return `${at}: ${detail}; Punkte sind Zahlen von 0 bis 100 oder leer`;
        case "quadrant":
          return `${at}: Quadrant ${detail} ist ungültig; verwenden Sie 1, 2, 3, 4 oder lassen Sie die Zelle leer`;
        case "priority":
          return `${at}: Priorität ${detail} ist keine ganze Zahl ab 1`;
        case "revenue":
          return `${at}: Umsatz ${detail} ist keine Zahl`;
        case "settings":
          return `${at}: die Zelle mit den Einstellungen ist beschädigt; sie muss den Text enthalten, den das Add-in geschrieben hat`;
        case "duplicate":
          return `${at}: Kunde ${detail} steht zweimal in derselben Überprüfung; die erste Zeile gilt`;
        case "unfinished":
          return `${at} und die übrigen Zeilen der Überprüfung vom ${detail} sind weniger, als die Überprüfung beim Speichern hatte (ein Speichern oder Löschen kam nicht zu Ende, oder Zeilen wurden von Hand gelöscht); sie werden nicht als Überprüfung gezeigt, und das nächste Speichern oder Löschen dieses Stichtags entfernt sie`;
        case "superseded":
          return `${at} und die übrigen Zeilen der Überprüfung vom ${detail} sind eine ältere Fassung einer erneut gespeicherten Überprüfung; der Aufgabenbereich zeigt die neuere, und das nächste Speichern oder Löschen dieses Stichtags entfernt die ältere`;
        case "plan":
          return `${at}: ${detail} ist ungültig (abweichender Quadrant 1 bis 4, Anzahl Maßnahmen ganze Zahlen ab 0, oder leer); der Plan des Kunden aus dieser Überprüfung wird nicht verwendet, seine Punkte schon`;
      }
    },
    newRow: "Neu",
    droppedColumn: "Weggefallen",
    blank: "leer",
    settingsChanged: (parts, since) =>
      `${join(
        parts.map((p) => PART_DE[p]),
        "und",
      )} seit ${since} geändert: Verschiebungen können von ${parts.length === 1 ? PART_DE_DATIVE[parts[0]] : "diesen Änderungen"} kommen`,
  },
};
