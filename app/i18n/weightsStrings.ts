import type { Language } from "../../core";

/** "Derive weights", the coherence check, the outlier note and "What predicted revenue change", in English and German. */
export interface WeightsStrings {
  derive: string;
  deriveOf: (axis: string) => string;
  deriveHint: string;
  needTwo: string;
  /** A pair's slider as a sentence: "Revenue 3x more important than Growth". */
  pair: (a: string, b: string, ratio: number) => string;
  pairOf: (a: string, b: string) => string;
  derivedWeights: string;
  consistency: (cr: number) => string;
  /** The comparison that contradicts the others most, and the two it contradicts. */
  contradicts: (a: string, b: string, via: string) => string;
  use: string;
  used: string;
  writeToSheet: string;
  writtenTo: (sheet: string) => string;
  writeFailed: string;
  coherence: string;
  coherent: string;
  /** Two criteria of one axis that move together (|rho| >= 0.8). */
  together: (a: string, b: string, rho: string) => string;
  showCorrelations: (axis: string) => string;
  hideCorrelations: (axis: string) => string;
  correlationsOf: (axis: string) => string;
  /** The data check's outlier note (min-max and z-score only). */
  outlier: (account: string, column: string, ratio: number | null) => string;
  /** One sentence about the "What predicted revenue change" table on the matrix sheet. */
  predictedNote: string;
}

/** A ratio on Saaty's scale as people say it: 3, 2.5, 9. */
const times = (r: number, comma: boolean) => {
  const s = String(Math.round(r * 10) / 10);
  return comma ? s.replace(".", ",") : s;
};
const fixed = (x: number, digits: number, comma: boolean) => {
  const s = (x + 0).toFixed(digits).replace(/^-(0[.,]?0*)$/, "$1"); // never "-0.00"
  return comma ? s.replace(".", ",") : s;
};

const EN: WeightsStrings = {
  derive: "Derive weights",
  deriveOf: (axis) => `Derive ${axis.toLowerCase()} weights from pairwise comparisons`,
  deriveHint: "Compare the criteria two at a time; the weights and a consistency check follow at once.",
  needTwo: "Deriving weights needs at least two criteria on this axis.",
  pair: (a, b, r) =>
    Math.abs(r - 1) < 1e-9
      ? `${a} and ${b} equally important`
      : r > 1
        ? `${a} ${times(r, false)}x more important than ${b}`
        : `${b} ${times(1 / r, false)}x more important than ${a}`,
  pairOf: (a, b) => `${a} compared with ${b}`,
  derivedWeights: "Derived weights",
  consistency: (cr) =>
    cr > 0.1
      ? `Consistency ratio ${fixed(cr, 2, false)}: above 0.1, the comparisons contradict each other.`
      : `Consistency ratio ${fixed(cr, 2, false)}: the comparisons agree (0.1 or less).`,
  contradicts: (a, b, via) => `${a} vs ${b} contradicts ${a} vs ${via} and ${via} vs ${b}.`,
  use: "Use these weights",
  used: "The weight sliders now hold the derived weights.",
  writeToSheet: "Write to sheet",
  writtenTo: (sheet) => `The comparisons and KAM.WEIGHTS are on the new sheet "${sheet}".`,
  writeFailed: "The comparisons could not be written to a new sheet; nothing else was changed.",
  coherence: "Criteria that move together",
  coherent: "No two criteria of this axis move together (all rank correlations below 0.8).",
  together: (a, b, rho) =>
    `${a} and ${b} move together (rank correlation ${rho}): they measure much the same, so together they count about twice. Consider a lower weight for one of them.`,
  showCorrelations: (axis) => `Show ${axis.toLowerCase()} correlations`,
  hideCorrelations: (axis) => `Hide ${axis.toLowerCase()} correlations`,
  correlationsOf: (axis) => `Rank correlations of the ${axis.toLowerCase()} criteria`,
  outlier: (account, column, ratio) =>
    ratio === null
      ? `${account}: ${column} far above the next account: consider percentile rank or robust min-max`
      : `${account}: ${column} ${times(ratio, false)}x the next account: consider percentile rank or robust min-max`,
  predictedNote:
    "After a comparison, the matrix sheet shows which criteria predicted the accounts' revenue change since the earlier review: evidence for or against the current weights, not proof of cause; nothing is changed automatically.",
};

const DE: WeightsStrings = {
  derive: "Gewichte ableiten",
  deriveOf: (axis) => `${axis}-Gewichte aus paarweisen Vergleichen ableiten`,
  deriveHint: "Vergleichen Sie die Kriterien paarweise; Gewichte und Konsistenzprüfung folgen sofort.",
  needTwo: "Zum Ableiten braucht diese Achse mindestens zwei Kriterien.",
  pair: (a, b, r) =>
    Math.abs(r - 1) < 1e-9
      ? `${a} und ${b} gleich wichtig`
      : r > 1
        ? `${a} ${times(r, true)}x wichtiger als ${b}`
        : `${b} ${times(1 / r, true)}x wichtiger als ${a}`,
  pairOf: (a, b) => `${a} im Vergleich zu ${b}`,
  derivedWeights: "Abgeleitete Gewichte",
  consistency: (cr) =>
    cr > 0.1
      ? `Konsistenzquote ${fixed(cr, 2, true)}: über 0,1, die Vergleiche widersprechen sich.`
      : `Konsistenzquote ${fixed(cr, 2, true)}: die Vergleiche passen zusammen (0,1 oder weniger).`,
  contradicts: (a, b, via) => `${a} vs. ${b} widerspricht ${a} vs. ${via} und ${via} vs. ${b}.`,
  use: "Diese Gewichte verwenden",
  used: "Die Gewichtsregler zeigen jetzt die abgeleiteten Gewichte.",
  writeToSheet: "In Blatt schreiben",
  writtenTo: (sheet) => `Die Vergleiche und KAM.WEIGHTS stehen im neuen Blatt „${sheet}“.`,
  writeFailed: "Die Vergleiche konnten nicht in ein neues Blatt geschrieben werden; sonst wurde nichts geändert.",
  coherence: "Kriterien, die sich gleich bewegen",
  coherent: "Keine zwei Kriterien dieser Achse bewegen sich gleich (alle Rangkorrelationen unter 0,8).",
  together: (a, b, rho) =>
    `${a} und ${b} bewegen sich gleich (Rangkorrelation ${rho}): sie messen fast dasselbe und zählen zusammen etwa doppelt. Geben Sie einem von beiden ein geringeres Gewicht.`,
  showCorrelations: (axis) => `Korrelationen (${axis}) zeigen`,
  hideCorrelations: (axis) => `Korrelationen (${axis}) ausblenden`,
  correlationsOf: (axis) => `Rangkorrelationen der Kriterien (${axis})`,
  outlier: (account, column, ratio) =>
    ratio === null
      ? `${account}: ${column} weit über dem nächsten Kunden: erwägen Sie Perzentilrang oder robustes Min-Max`
      : `${account}: ${column} ${times(ratio, true)}x so hoch wie beim nächsten Kunden: erwägen Sie Perzentilrang oder robustes Min-Max`,
  predictedNote:
    "Nach einem Vergleich zeigt das Matrixblatt, welche Kriterien die Umsatzveränderung seit der früheren Überprüfung vorhergesagt haben: ein Hinweis für oder gegen die aktuellen Gewichte, kein Beweis einer Ursache; nichts wird automatisch geändert.",
};

export const WEIGHTS_STRINGS: Record<Language, WeightsStrings> = { en: EN, de: DE };

/** A rank correlation as shown: two decimals, with the language's decimal mark. */
export const rhoText = (rho: number, lang: Language): string => fixed(rho, 2, lang === "de");
