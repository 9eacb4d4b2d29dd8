import type { Language } from "../../core";

/** Texts of the "What predicted revenue change" table on the matrix sheet. */
export interface PredictedReportText {
  title: (then: string) => string;
  header: [string, string, string];
  value: string;
  engagement: string;
  /** Under the table: what the numbers mean and what they do not. */
  note: string;
  tooFew: (n: number) => string;
  noRevenue: string;
}

export const PREDICTED_REPORT_TEXT: Record<Language, PredictedReportText> = {
  en: {
    title: (then) => `What predicted revenue change since ${then}`,
    header: ["Score then", "Rank correlation with revenue change", "Accounts"],
    value: "Value score",
    engagement: "Engagement score",
    note: "Revenue change = revenue now / revenue then - 1, for accounts in both reviews. Evidence for or against the weights, not proof of cause.",
    tooFew: (n) =>
      `Only ${n} ${n === 1 ? "account is" : "accounts are"} in both reviews with revenue both times; at least 10 are needed to say which criteria predicted revenue change.`,
    noRevenue: "The earlier review has no revenue, so which criteria predicted revenue change cannot be said.",
  },
  de: {
    title: (then) => `Was die Umsatzveränderung seit ${then} vorhergesagt hat`,
    header: ["Score damals", "Rangkorrelation mit der Umsatzveränderung", "Kunden"],
    value: "Kundenwert-Score",
    engagement: "Engagement-Score",
    note: "Umsatzveränderung = Umsatz jetzt / Umsatz damals - 1, für Kunden in beiden Überprüfungen. Ein Hinweis für oder gegen die Gewichte, kein Beweis einer Ursache.",
    tooFew: (n) =>
      `Nur ${n} ${n === 1 ? "Kunde ist" : "Kunden sind"} in beiden Überprüfungen mit Umsatz vertreten; mindestens 10 sind nötig, um zu sagen, welche Kriterien die Umsatzveränderung vorhergesagt haben.`,
    noRevenue:
      "Die frühere Überprüfung hat keinen Umsatz; welche Kriterien die Umsatzveränderung vorhergesagt haben, lässt sich nicht sagen.",
  },
};
