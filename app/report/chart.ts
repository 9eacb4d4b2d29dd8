import { Language, Quadrant, quadrantLabel } from "../../core";
import { REPORT_TEXT } from "../i18n/report";
import { QUADRANT_COLORS } from "./colors";
import { CHART_ANCHOR, CHART_SIZE } from "./layout";
import type { ChartSeries, ChartSpec } from "./types";

/** Above this many points the chart labels only the top accounts by priority: more cannot be read. */
export const LABEL_LIMIT = 15;

export interface ChartAccount {
  name: string;
  value: number;
  engagement: number;
  quadrant: Quadrant;
  priority: number;
  // ---- what-if
  /** Borderline (stability under 80%): a hollow marker. */
  hollow?: boolean;
  /** Index in the pane's account list, and zero-based row on the report sheet. */
  account?: number;
  row?: number;
}

/** The XY scatter: one series per quadrant in its colour (empty quadrants keep their legend entry). */
export function buildChart(
  accounts: readonly ChartAccount[],
  thresholds: { value: number; engagement: number },
  lang: Language,
): ChartSpec {
  const text = REPORT_TEXT[lang];
  const labelAll = accounts.length <= LABEL_LIMIT;
  const series: ChartSeries[] = ([1, 2, 3, 4] as Quadrant[]).map((q) => ({
    name: quadrantLabel(q, lang),
    color: QUADRANT_COLORS[q],
    points: [],
  }));
  for (const a of accounts) {
    series[a.quadrant - 1].points.push({
      x: a.value,
      y: a.engagement,
      label: a.name,
      labelled: labelAll || a.priority <= LABEL_LIMIT,
      ...(a.hollow ? { hollow: true } : {}),
      ...(a.account !== undefined ? { account: a.account } : {}),
      ...(a.row !== undefined ? { row: a.row } : {}),
    });
  }
  return {
    title: text.chartTitle,
    xAxis: { title: text.xAxis, min: 0, max: 100 },
    yAxis: { title: text.yAxis, min: 0, max: 100 },
    series,
    thresholds: { ...thresholds, label: text.threshold },
    anchor: CHART_ANCHOR,
    width: CHART_SIZE.width,
    height: CHART_SIZE.height,
  };
}
