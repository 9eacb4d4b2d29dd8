import type { Language } from "../../core";

/** Texts written to the "KAM Matrix" sheet, in the label language the user picked. */
export interface ReportText {
  resultsTitle: string;
  coverage: string;
  /** Results column: the account's share of a budget of 100% by the allocation rule (KAM.ALLOCATE, default shares). */
  allocation: string;
  summaryTitle: string;
  summaryHeader: { quadrant: string; label: string; accounts: string; revenueShare: string; value: string; engagement: string };
  notScored: string;
  playbookTitle: string;
  chartTitle: string;
  xAxis: string;
  yAxis: string;
  threshold: string;
  unnamedRow: (row: number) => string;
  // ---- what-if
  /** Results column: KAM.STABILITY of the account (share of weight scenarios keeping its quadrant). */
  stability: string;
  /** Summary column: accounts under 80% stability, per quadrant. */
  borderline: string;
  /** Legend suffix of the hollow markers' series. */
  borderlineSeries: string;
}

export const REPORT_TEXT: Record<Language, ReportText> = {
  en: {
    resultsTitle: "Accounts by priority",
    coverage: "Coverage",
    allocation: "Allocation",
    summaryTitle: "Quadrant summary",
    summaryHeader: {
      quadrant: "Quadrant",
      label: "Label",
      accounts: "Accounts",
      revenueShare: "Share of revenue",
      value: "Average value",
      engagement: "Average engagement",
    },
    notScored: "Not scored (too little data)",
    playbookTitle: "Strategy playbook",
    chartTitle: "KAM Matrix: customer value vs. engagement",
    xAxis: "Customer value (0-100)",
    yAxis: "Customer engagement (0-100)",
    threshold: "Threshold",
    unnamedRow: (row) => `Row ${row}`,
    // ---- what-if
    stability: "Stability",
    borderline: "Borderline (label depends on the weights)",
    borderlineSeries: "borderline",
  },
  de: {
    resultsTitle: "Kunden nach Priorität",
    coverage: "Abdeckung",
    allocation: "Zuteilung",
    summaryTitle: "Quadranten im Überblick",
    summaryHeader: {
      quadrant: "Quadrant",
      label: "Bezeichnung",
      accounts: "Kunden",
      revenueShare: "Anteil am Umsatz",
      value: "Ø Kundenwert",
      engagement: "Ø Engagement",
    },
    notScored: "Nicht bewertet (zu wenige Daten)",
    playbookTitle: "Strategien",
    chartTitle: "KAM-Matrix: Kundenwert und Kundenengagement",
    xAxis: "Kundenwert (0-100)",
    yAxis: "Kundenengagement (0-100)",
    threshold: "Schwelle",
    unnamedRow: (row) => `Zeile ${row}`,
    // ---- what-if
    stability: "Stabilität",
    borderline: "Grenzfälle (Einordnung hängt von den Gewichten ab)",
    borderlineSeries: "Grenzfall",
  },
};
