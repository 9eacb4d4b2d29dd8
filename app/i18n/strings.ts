import type { Language, Method, MissingPolicy } from "../../core";
import type { Axis } from "../settings/mapping";
import type { Preset } from "../settings/presets";

// ---- what-if: the preview, robustness and the account card
export interface WhatIfStrings {
  previewLabel: string;
  previewHint: string;
  previewNone: string;
  robustness: string;
  robustnessOf: string;
  robustnessHint: (percent: number) => string;
  robustnessInvalid: string;
  stabilityRunning: string;
  /** Accounts under 80% stability: shown under the preview and in the Robustness section. */
  borderline: (n: number, percent: number) => string;
  cardTitle: (name: string) => string;
  cardHint: string;
  cardHintSheets: string;
  showSelected: string;
  closeCard: string;
  quadrant: string;
  priority: string;
  stability: string;
  stabilityPending: string;
  stabilityBorderline: string;
  score: string;
  /** The account's axis score against its threshold: above by, or below by, in points. */
  aboveBy: (points: string, threshold: string) => string;
  belowBy: (points: string, threshold: string) => string;
  criterion: string;
  accountValue: string;
  median: string;
  points: string;
  noValue: string;
  /** A rated criterion on the card: "3 raters, 2 to 5: discuss". */
  ratersSpread: (raters: number, lowest: string, highest: string, discuss: boolean) => string;
  lowerIsBetterShort: string;
  whatItTakes: (axis: string) => string;
  valueNeeded: (value: string, direction: "up" | "down", beyond: boolean) => string;
  unreachable: string;
  actions: string;
  notScoredCard: (message: string) => string;
}

/** Every text of the pane, in English and German. */
export interface UiStrings extends WhatIfStrings {
  data: string;
  source: string;
  sourceNone: string;
  sourceAt: (address: string, accounts: number) => string;
  useSelection: string;
  nativeTable: string;
  selectionOption: string;
  nameColumn: string;
  noNameColumn: string;
  column: string;
  axis: string;
  axes: Record<Axis, string>;
  axisOf: (column: string) => string;
  lowerIsBetter: string;
  lowerIsBetterOf: (column: string) => string;
  problems: string;
  noProblems: string;
  nonNumeric: (column: string, count: number, cells: string[]) => string;
  blank: (column: string, count: number) => string;
  noNumbers: (column: string) => string;
  lowCoverage: (count: number, names: string[]) => string;
  weights: string;
  presets: Record<Preset, string>;
  presetGroup: string;
  weightOf: (column: string) => string;
  weightHint: string;
  weightInvalid: string;
  noCriteriaOn: (axis: string) => string;
  method: string;
  methods: Record<Method, string>;
  missing: string;
  missingPolicies: Record<MissingPolicy, string>;
  thresholds: string;
  thresholdOf: (axis: string) => string;
  thresholdNumberOf: (axis: string) => string;
  thresholdModes: { fifty: string; median: string; mean: string; number: string };
  thresholdInvalid: string;
  labelLanguage: string;
  languages: Record<Language, string>;
  insertSample: string;
  build: string;
  building: string;
  liveHint: string;
  written: (sheet: string, accounts: number) => string;
  notScored: (n: number) => string;
  missingFeatures: string;
  /** The old report sheet the user typed on was kept under this name. */
  keptEditsTitle: string;
  keptEdits: (kept: string, report: string) => string;
  /** Suffix of that kept sheet's name. */
  keptSuffix: string;
  errorTitle: string;
  loading: string;
}

const list = (items: string[], more: number, and: string) =>
  items.join(", ") + (more > items.length ? ` ${and} ${more - items.length}` : "");

// ---- what-if
const WHAT_IF_EN: WhatIfStrings = {
  previewLabel: "Matrix preview",
  previewHint: "Follows the sliders at once; the sheet follows when you pause.",
  previewNone: "The preview appears once both axes have a criterion with a weight.",
  robustness: "Robustness",
  robustnessOf: "Weight uncertainty (%)",
  robustnessHint: (p) =>
    `Each weight may be up to ${p}% higher or lower. Stability is the share of 1,000 such weightings in which an account keeps its quadrant.`,
  robustnessInvalid: "Enter a number from 0 to 50.",
  stabilityRunning: "Checking which labels are robust…",
  borderline: (n, p) =>
    n === 0
      ? `No borderline accounts: every label holds when the weights move by up to ${p}%.`
      : `${n} borderline ${n === 1 ? "account: its label depends" : "accounts: their label depends"} on the weights.`,
  cardTitle: (name) => name,
  cardHint: "Click a marker or a row to explain an account.",
  cardHintSheets: "Select a row of the results or the source table, then click Show selected account.",
  showSelected: "Show selected account",
  closeCard: "Close account card",
  quadrant: "Quadrant",
  priority: "Priority",
  stability: "Stability",
  stabilityPending: "not computed yet",
  stabilityBorderline: "borderline",
  score: "Score",
  aboveBy: (pts, t) => `${pts} points above the threshold (${t})`,
  belowBy: (pts, t) => `${pts} points below the threshold (${t})`,
  criterion: "Criterion",
  accountValue: "Account",
  median: "Median",
  points: "Points",
  noValue: "missing",
  ratersSpread: (n, lo, hi, discuss) =>
    `${n} ${n === 1 ? "rater" : "raters"}${n > 1 ? `, ${lo} to ${hi}` : ""}${discuss ? ": discuss" : ""}`,
  lowerIsBetterShort: "lower is better",
  whatItTakes: (axis) => `What it takes to reach the ${axis} threshold (this criterion alone)`,
  valueNeeded: (v, dir, beyond) =>
    beyond
      ? dir === "up"
        ? `more than ${v} (above every other account)`
        : `less than ${v} (below every other account)`
      : dir === "up"
        ? `${v} or more`
        : `${v} or less`,
  unreachable: "not reachable by this criterion alone",
  actions: "Recommended actions",
  notScoredCard: (m) => `Not scored: ${m}`,
};

const WHAT_IF_DE: WhatIfStrings = {
  previewLabel: "Vorschau der Matrix",
  previewHint: "Folgt den Reglern sofort; das Blatt folgt, sobald Sie innehalten.",
  previewNone: "Die Vorschau erscheint, sobald beide Achsen ein Kriterium mit Gewicht haben.",
  robustness: "Robustheit",
  robustnessOf: "Unsicherheit der Gewichte (%)",
  robustnessHint: (p) =>
    `Jedes Gewicht darf bis zu ${p} % höher oder niedriger sein. Die Stabilität ist der Anteil von 1.000 solchen Gewichtungen, in denen ein Kunde in seinem Quadranten bleibt.`,
  robustnessInvalid: "Geben Sie eine Zahl von 0 bis 50 ein.",
  stabilityRunning: "Es wird geprüft, welche Einordnungen robust sind…",
  borderline: (n, p) =>
    n === 0
      ? `Keine Grenzfälle: Jede Einordnung hält, wenn sich die Gewichte um bis zu ${p} % ändern.`
      : `${n} ${n === 1 ? "Grenzfall: Seine Einordnung hängt" : "Grenzfälle: Ihre Einordnung hängt"} von den Gewichten ab.`,
  cardTitle: (name) => name,
  cardHint: "Punkt oder Zeile anklicken: Die Karte erklärt den Kunden.",
  cardHintSheets: "Wählen Sie eine Zeile der Ergebnis- oder der Quelltabelle und klicken Sie dann auf Ausgewählten Kunden zeigen.",
  showSelected: "Ausgewählten Kunden zeigen",
  closeCard: "Kundenkarte schließen",
  quadrant: "Quadrant",
  priority: "Priorität",
  stability: "Stabilität",
  stabilityPending: "noch nicht berechnet",
  stabilityBorderline: "Grenzfall",
  score: "Wert",
  aboveBy: (pts, t) => `${pts} Punkte über der Schwelle (${t})`,
  belowBy: (pts, t) => `${pts} Punkte unter der Schwelle (${t})`,
  criterion: "Kriterium",
  accountValue: "Kunde",
  median: "Median",
  points: "Punkte",
  noValue: "fehlt",
  ratersSpread: (n, lo, hi, discuss) => `${n} Bewerter${n > 1 ? `, ${lo} bis ${hi}` : ""}${discuss ? ": besprechen" : ""}`,
  lowerIsBetterShort: "weniger ist besser",
  whatItTakes: (axis) => `Was es braucht, um die Schwelle ${axis} zu erreichen (nur mit diesem Kriterium)`,
  valueNeeded: (v, dir, beyond) =>
    beyond
      ? dir === "up"
        ? `mehr als ${v} (über allen anderen Kunden)`
        : `weniger als ${v} (unter allen anderen Kunden)`
      : dir === "up"
        ? `${v} oder mehr`
        : `${v} oder weniger`,
  unreachable: "mit diesem Kriterium allein nicht erreichbar",
  actions: "Empfohlene Maßnahmen",
  notScoredCard: (m) => `Nicht bewertet: ${m}`,
};

const en: UiStrings = {
  ...WHAT_IF_EN,
  data: "Data",
  source: "Account table",
  sourceNone: "No table yet. Click a cell inside your account table, then choose Use selection.",
  sourceAt: (address, n) => `${address}: ${n} accounts`,
  useSelection: "Use selection",
  nativeTable: "Table",
  selectionOption: "Table at the selection",
  nameColumn: "Account names",
  noNameColumn: "(none: number the rows)",
  column: "Column",
  axis: "Axis",
  axes: { value: "Value", engagement: "Engagement", ignore: "Ignore" },
  axisOf: (c) => `Axis ${c}`,
  lowerIsBetter: "Lower is better",
  lowerIsBetterOf: (c) => `Lower is better ${c}`,
  problems: "Data check",
  noProblems: "No problems found: every mapped cell holds a number.",
  nonNumeric: (c, n, cells) =>
    `${c}: ${n} ${n === 1 ? "cell is" : "cells are"} not a number (${list(cells, n, "and")}) and ${n === 1 ? "counts" : "count"} as missing.`,
  blank: (c, n) => `${c}: ${n} blank ${n === 1 ? "cell" : "cells"}.`,
  noNumbers: (c) => `${c}: no numbers at all. Enter numbers or set its axis to Ignore.`,
  lowCoverage: (n, names) =>
    `${n} ${n === 1 ? "account has" : "accounts have"} less than 50% of the data and will not be scored: ${list(names, n, "and")}.`,
  weights: "Weights",
  presets: { balanced: "Balanced", profitability: "Profitability first", growth: "Growth first" },
  presetGroup: "Presets",
  weightOf: (c) => `Weight ${c}`,
  weightHint: "0 to 10; only the ratios on one axis matter.",
  weightInvalid: "Enter a number from 0 to 10.",
  noCriteriaOn: (axis) => `No column is mapped to ${axis}.`,
  method: "Normalisation",
  methods: {
    percentile: "Percentile rank",
    minmax: "Min-max",
    winsor: "Min-max, robust to outliers",
    zscore: "Z-score",
    none: "None (already 0-100)",
  },
  missing: "Missing data",
  missingPolicies: { median: "Use the portfolio median", drop: "Leave out (reweight)", zero: "Count as 0" },
  thresholds: "Thresholds",
  thresholdOf: (axis) => `${axis} threshold`,
  thresholdNumberOf: (axis) => `${axis} threshold number`,
  thresholdModes: {
    fifty: "50 (middle of the scale)",
    median: "Median of the accounts",
    mean: "Mean of the accounts",
    number: "Another number",
  },
  thresholdInvalid: "Enter a number from 0 to 100.",
  labelLanguage: "Language of the sheet",
  languages: { en: "English", de: "Deutsch" },
  insertSample: "Insert sample data",
  build: "Build matrix",
  building: "Writing the KAM Matrix sheet…",
  liveHint: "The sheet now updates by itself when you change a setting or the data.",
  written: (sheet, n) => `Sheet "${sheet}" written with ${n} accounts.`,
  notScored: (n) => `${n} not scored (too little data)`,
  missingFeatures: "Some features are not available in this version of Excel",
  keptEditsTitle: "Your edits on the old matrix were kept",
  keptEdits: (kept, report) =>
    `You had typed on the matrix sheet, which the add-in rebuilds from scratch. So that nothing you typed is lost, that sheet is kept as "${kept}" (it is yours now and never changed by the add-in), and the new matrix is on "${report}". Type your notes on another sheet to keep them next to the matrix.`,
  keptSuffix: "(your edits)",
  errorTitle: "Cannot build the matrix",
  loading: "Reading the workbook…",
};

const de: UiStrings = {
  ...WHAT_IF_DE,
  data: "Daten",
  source: "Kundentabelle",
  sourceNone: "Noch keine Tabelle. Klicken Sie in Ihre Kundentabelle und wählen Sie Auswahl verwenden.",
  sourceAt: (address, n) => `${address}: ${n} Kunden`,
  useSelection: "Auswahl verwenden",
  nativeTable: "Tabelle",
  selectionOption: "Tabelle an der Auswahl",
  nameColumn: "Kundennamen",
  noNameColumn: "(keine: Zeilen nummerieren)",
  column: "Spalte",
  axis: "Achse",
  axes: { value: "Kundenwert", engagement: "Engagement", ignore: "Ignorieren" },
  axisOf: (c) => `Achse ${c}`,
  lowerIsBetter: "Weniger ist besser",
  lowerIsBetterOf: (c) => `Weniger ist besser ${c}`,
  problems: "Datenprüfung",
  noProblems: "Keine Probleme: Jede zugeordnete Zelle enthält eine Zahl.",
  nonNumeric: (c, n, cells) =>
    `${c}: ${n} ${n === 1 ? "Zelle ist" : "Zellen sind"} keine Zahl (${list(cells, n, "und")}) und ${n === 1 ? "zählt" : "zählen"} als fehlend.`,
  blank: (c, n) => `${c}: ${n} ${n === 1 ? "leere Zelle" : "leere Zellen"}.`,
  noNumbers: (c) => `${c}: keine einzige Zahl. Tragen Sie Zahlen ein oder setzen Sie die Achse auf Ignorieren.`,
  lowCoverage: (n, names) =>
    `${n} ${n === 1 ? "Kunde hat" : "Kunden haben"} weniger als 50 % der Daten und ${n === 1 ? "wird" : "werden"} nicht bewertet: ${list(names, n, "und")}.`,
  weights: "Gewichtung",
  presets: { balanced: "Ausgewogen", profitability: "Rentabilität zuerst", growth: "Wachstum zuerst" },
  presetGroup: "Vorlagen",
  weightOf: (c) => `Gewicht ${c}`,
  weightHint: "0 bis 10; es zählen nur die Verhältnisse auf einer Achse.",
  weightInvalid: "Geben Sie eine Zahl von 0 bis 10 ein.",
  noCriteriaOn: (axis) => `Keine Spalte ist ${axis} zugeordnet.`,
  method: "Normierung",
  methods: {
    percentile: "Perzentilrang",
    minmax: "Min-Max",
    winsor: "Min-Max, robust gegen Ausreißer",
    zscore: "Z-Wert",
    none: "Keine (schon 0-100)",
  },
  missing: "Fehlende Daten",
  missingPolicies: { median: "Median des Portfolios", drop: "Weglassen (neu gewichten)", zero: "Als 0 zählen" },
  thresholds: "Schwellenwerte",
  thresholdOf: (axis) => `Schwelle ${axis}`,
  thresholdNumberOf: (axis) => `Schwelle ${axis} als Zahl`,
  thresholdModes: { fifty: "50 (Mitte der Skala)", median: "Median der Kunden", mean: "Mittelwert der Kunden", number: "Andere Zahl" },
  thresholdInvalid: "Geben Sie eine Zahl von 0 bis 100 ein.",
  labelLanguage: "Sprache des Blatts",
  languages: { en: "English", de: "Deutsch" },
  insertSample: "Beispieldaten einfügen",
  build: "Matrix erstellen",
  building: "Das Blatt KAM Matrix wird geschrieben…",
  liveHint: "Das Blatt aktualisiert sich jetzt selbst, wenn Sie eine Einstellung oder die Daten ändern.",
  written: (sheet, n) => `Blatt „${sheet}“ mit ${n} Kunden geschrieben.`,
  notScored: (n) => `${n} nicht bewertet (zu wenige Daten)`,
  missingFeatures: "Einige Funktionen sind in dieser Excel-Version nicht verfügbar",
  keptEditsTitle: "Ihre Änderungen an der alten Matrix wurden behalten",
  keptEdits: (kept, report) =>
    `Sie hatten auf dem Matrix-Blatt geschrieben, das das Add-in jedes Mal neu aufbaut. Damit nichts verloren geht, bleibt dieses Blatt als „${kept}“ erhalten (es gehört jetzt Ihnen, das Add-in ändert es nie), und die neue Matrix steht auf „${report}“. Schreiben Sie Notizen auf ein anderes Blatt, um sie neben der Matrix zu behalten.`,
  keptSuffix: "(Ihre Änderungen)",
  errorTitle: "Die Matrix kann nicht erstellt werden",
  loading: "Die Mappe wird gelesen…",
};

export const STRINGS: Record<Language, UiStrings> = { en, de };

/** The pane's language from Office's display language: "de-DE", "de-AT"... give German. */
export const uiLanguage = (displayLanguage: string | undefined): Language => (/^de([-_]|$)/i.test(displayLanguage ?? "") ? "de" : "en");
