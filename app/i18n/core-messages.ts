/**
 * The core's messages (src/messages.ts) in the pane's language, rendered from a KamError's key and
 * parameters. English is the core's own text. German is typed by key: a message without its
 * German text is a compile error. Each area of the core brings its German as one object, spread
 * into `DE` below.
 */
import { KamError, Language, MessageKey, MessageParams, MIN_COVERAGE } from "../../core";
import { inZeile, oder, prozent, zahl, zeige } from "./messages-de/format";
import { reviewDe } from "./messages-de/review";
import { stabilityDe } from "./messages-de/stability";
import { linesDe } from "./messages-de/lines";
import { weightsDe } from "./messages-de/weights";

type Texts = { [K in MessageKey]: (...params: MessageParams<K>) => string };

/** Scoring, quadrants, allocation, lifetime value and moves (SPEC 1 to 8). */
const scoringDe = {
  emptyRange: (arg) => `${arg} ist leer; wählen Sie mindestens eine Zelle mit Zahlen`,
  notRectangular: (arg) => `${arg} muss ein rechteckiger Bereich sein`,
  notVector: (arg, rows, cols) => `${arg} muss eine einzelne Zeile oder Spalte sein, nicht ${rows} x ${cols}`,
  notScalar: (arg, rows, cols) => `${arg} muss eine einzelne Zelle sein, nicht ${rows} x ${cols}`,
  weightsCount: (weights, criteria) => `weights hat ${weights} Einträge, die Daten aber ${criteria} Kriterien`,
  weightNotNumber: (index, v) => `Gewicht ${index} ist ${zeige(v)}; Gewichte müssen Zahlen sein (negativ = weniger ist besser)`,
  weightsAllZero: () => "alle Gewichte sind 0; geben Sie mindestens einem Kriterium ein Gewicht ungleich 0",
  portfolioColumns: (portfolio, data) =>
    `das Portfolio hat ${portfolio} Spalten, die Daten aber ${data} Kriterien; verwenden Sie dieselben Spalten`,
  noNumericValues: (k) => `Kriterium ${k} enthält keine Zahlen; tragen Sie Zahlen in die Spalte ein oder lassen Sie sie weg`,
  unknownOption: (arg, v, valid) => `${arg} ${inZeile(v)} ist unbekannt; verwenden Sie ${oder(valid)}`,
  insufficientData: (coverage, headerLike) =>
    `zu wenige Daten: Abdeckung ${Math.floor(coverage * 100 + 1e-9)} %` +
    (headerLike
      ? " (die Zeile enthält nur Text; lassen Sie Kopfzeilen aus dem Bereich heraus)"
      : ` (mindestens ${prozent(MIN_COVERAGE)} des Gewichts brauchen Zahlen)`),
  noneOutOfRange: (k, x) => `Kriterium ${k}: Wert ${zahl(x)} liegt außerhalb von 0..100; die Methode „none“ erwartet Werte von 0 bis 100`,
  noneNoMedian: (k) =>
    `Kriterium ${k} hat keinen Wert in 0..100, mit dem diese Lücke gefüllt werden kann (die Methode „none“ erwartet Werte von 0 bis 100); korrigieren Sie die Werte oder wählen Sie eine andere Methode oder Regel für fehlende Werte`,
  notANumber: (arg, v) => `${arg} ist ${zeige(v)}; es muss eine Zahl sein`,
  scoreOutOfRange: (arg, x) => `${arg} ${zahl(x)} liegt außerhalb von 0..100; Werte reichen von 0 bis 100`,
  thresholdInvalid: (arg, v) => `${arg} ${inZeile(v)} ist ungültig; verwenden Sie eine Zahl von 0 bis 100, „median“ oder „mean“`,
  thresholdOutOfRange: (arg, v) => `${arg} ${zahl(v)} liegt außerhalb von 0..100; verwenden Sie eine Zahl von 0 bis 100`,
  shapeMismatch: (a, b, sa, sb) => `${a} ist ${sa}, ${b} aber ${sb}; beide müssen gleich groß sein`,
  countMismatch: (a, b, na, nb) => `${a} hat ${na} Kunden, ${b} aber ${nb}; beide brauchen gleich viele Zeilen`,
  missingScore: (arg) => `${arg} fehlt; es muss ein Wert von 0 bis 100 sein`,
  quadrantInvalid: (v) => `Quadrant ${inZeile(v)} ist ungültig; verwenden Sie 1, 2, 3 oder 4`,
  noQuadrant: () => "kein Quadrant (1 bis 4) für diesen Kunden; er erhält keine Zuteilung",
  totalInvalid: (v) => `total ist ${zeige(v)}; es muss eine Zahl von 0 oder mehr sein`,
  accountWeightInvalid: (index, v) => `Gewicht ${index} ist ${zeige(v)}; Kundengewichte müssen Zahlen von 0 oder mehr sein`,
  sharesInvalid: () => "shares müssen 4 Zahlen von 0 oder mehr sein (für die Quadranten 1 bis 4), nicht alle 0",
  retentionDomain: (r, horizon) =>
    horizon
      ? `Bindungsrate ${zahl(r)} liegt außerhalb von 0..1; verwenden Sie eine Rate von 0 bis 1`
      : `Bindungsrate ${zahl(r)} muss ohne Horizont mindestens 0 und kleiner als 1 sein (geben Sie für r = 1 Jahre an)`,
  retentionAboveDiscount: (r, d) =>
    `Bindungsrate ${zahl(r)} muss ohne Horizont kleiner als 1 + Diskontsatz (${zahl(1 + d)}) sein; geben Sie Jahre oder einen höheren Diskontsatz an`,
  discountDomain: (d) => `Diskontsatz ${zahl(d)} muss größer als -1 sein (zum Beispiel 0,08 für 8 %)`,
  yearsDomain: (t) => `years ${zeige(t)} muss eine ganze Zahl von 1 oder mehr sein oder leer bleiben`,
  clvTooLarge: () =>
    "der Kundenwert ist zu groß, um ihn zu berechnen; verwenden Sie eine kleinere Marge oder eine Bindungsrate weiter unter 1 + Diskontsatz",
  noValidScores: (arg) => `${arg}: kein Kunde hat einen gültigen Wert, aus dem Median oder Mittelwert gebildet werden können`,
  nameNotText: (index, v) => `Name ${index} ist ${zeige(v)}; Kundennamen müssen Text oder Zahlen sein`,
  // The message of an error passed on from an input cell is that cell's own text, in whatever language.
  inputError: (code, message) =>
    message || `eine Eingabezelle enthält den Fehler ${code}; korrigieren Sie die Zelle oder lassen Sie sie aus dem Bereich heraus`,
  unexpected: (detail) => `unerwartetes Problem: ${detail}; bitte prüfen Sie die Eingaben`,
} satisfies Partial<Texts>;

/** Every core message in German; a missing key does not compile. */
const DE: Texts = { ...scoringDe, ...reviewDe, ...stabilityDe, ...linesDe, ...weightsDe };

/** A core error's message in the pane's language (English: the core's own text). */
export function coreMessageText(e: KamError, lang: Language): string {
  if (lang === "en" || e.key === undefined) return e.message;
  const text = DE[e.key] as (...params: readonly unknown[]) => string;
  return text(...(e.params ?? []));
}
