import { isPresent, Language, Quadrant, quadrantLabel } from "../../core";
import { REPORT_TEXT } from "../i18n/report";
import { QUADRANT_COLORS } from "./colors";
import { SUMMARY_ANCHOR } from "./layout";
import type { CellValue, ReportTable } from "./types";

export interface SummaryAccount {
  /** null when the account could not be scored. */
  quadrant: Quadrant | null;
  value: number | null;
  engagement: number | null;
  /** The account's revenue cell, if the table has a revenue column. */
  revenue?: CellValue;
  /** what-if: stability under 80%. */
  borderline?: boolean;
}

interface Group {
  accounts: number;
  borderline: number;
  revenue: number;
  value: number;
  engagement: number;
}

const mean = (sum: number, n: number): number | null => (n ? sum / n : null);

/**
 * Per quadrant: accounts, share of total revenue, average value and engagement. Accounts that
 * could not be scored get a row of their own when there are any, so the shares add up to 100%.
 */
export function buildSummary(
  accounts: readonly SummaryAccount[],
  hasRevenue: boolean,
  lang: Language,
  withBorderline = false,
): ReportTable {
  const text = REPORT_TEXT[lang];
  const h = text.summaryHeader;
  const groups: Group[] = Array.from({ length: 5 }, () => ({ accounts: 0, borderline: 0, revenue: 0, value: 0, engagement: 0 }));
  let totalRevenue = 0;
  for (const a of accounts) {
    const g = groups[a.quadrant ? a.quadrant - 1 : 4];
    g.accounts++;
    if (a.borderline) g.borderline++;
    if (a.value !== null) g.value += a.value;
    if (a.engagement !== null) g.engagement += a.engagement;
    if (isPresent(a.revenue)) {
      g.revenue += a.revenue;
      totalRevenue += a.revenue;
    }
  }
  const share = (g: Group): CellValue => (totalRevenue > 0 ? g.revenue / totalRevenue : null);
  const row = (first: CellValue, label: string, g: Group, scored: boolean): CellValue[] => [
    first,
    label,
    g.accounts,
    ...(hasRevenue ? [share(g)] : []),
    scored ? mean(g.value, g.accounts) : null,
    scored ? mean(g.engagement, g.accounts) : null,
    ...(withBorderline ? [scored ? g.borderline : null] : []),
  ];
  const rows = ([1, 2, 3, 4] as Quadrant[]).map((q) => row(q, quadrantLabel(q, lang), groups[q - 1], true));
  const fills: (string | null)[] = ([1, 2, 3, 4] as Quadrant[]).map((q) => QUADRANT_COLORS[q]);
  if (groups[4].accounts) {
    rows.push(row(null, text.notScored, groups[4], false));
    fills.push(null);
  }
  return {
    id: "summary",
    title: text.summaryTitle,
    anchor: SUMMARY_ANCHOR,
    header: [
      h.quadrant,
      h.label,
      h.accounts,
      ...(hasRevenue ? [h.revenueShare] : []),
      h.value,
      h.engagement,
      ...(withBorderline ? [text.borderline] : []),
    ],
    rows,
    numberFormats: ["0", null, "0", ...(hasRevenue ? ["0.0%"] : []), "0.0", "0.0", ...(withBorderline ? ["0"] : [])],
    rowFills: fills,
    fillColumn: 1,
    tableName: "KAMSummary",
  };
}
