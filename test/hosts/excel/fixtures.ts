import type { CellValue, ChartSeries, ReportSheet, ReportTable } from "../../../app/report/types";

/** A report like the task pane builds, made directly so these tests do not depend on the builder. */
export const QUADRANTS = [
  {
    label: "Key partner",
    color: "#2E7D32",
    strategy: "Invest in the relationship: joint planning, executive sponsor, regular business reviews.",
  },
  { label: "Develop", color: "#1565C0", strategy: "Upselling and stronger binding: more contacts, workshops, tailored offers." },
  { label: "Monetise", color: "#F9A825", strategy: "Monetise the goodwill: price review, premium services, referrals." },
  { label: "Re-evaluate", color: "#9E9E9E", strategy: "Re-evaluate: lower cost to serve, digital channels, fewer resources." },
];

export interface FixtureAccount {
  name: string;
  value: number;
  engagement: number;
}

/** n accounts with unrounded scores spread over all four quadrants. */
export function accounts(n: number): FixtureAccount[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Account ${i + 1}`,
    value: ((i * 61.803398875) % 100) + 1e-9 * i,
    engagement: ((i * 38.196601125 + 17.5) % 100) + 1e-9 * i,
  }));
}

const quadrantOf = (a: FixtureAccount, t = 50) => (a.value >= t ? (a.engagement >= t ? 1 : 2) : a.engagement >= t ? 3 : 4);

export function report(list: FixtureAccount[], options: { labelled?: number; sheetName?: string } = {}): ReportSheet {
  const ranked = list
    .map((a, i) => ({ ...a, i, q: quadrantOf(a) }))
    .sort((a, b) => a.q - b.q || b.value + b.engagement - (a.value + a.engagement) || a.i - b.i)
    .map((a, rank) => ({ ...a, rank }));
  const rows: CellValue[][] = ranked.map((a, k) => [
    a.name,
    a.value,
    a.engagement,
    a.q,
    QUADRANTS[a.q - 1].label,
    k + 1,
    QUADRANTS[a.q - 1].strategy,
  ]);
  const results: ReportTable = {
    id: "results",
    title: "Accounts by priority",
    anchor: { row: 0, col: 0 },
    header: ["Account", "Value", "Engagement", "Quadrant", "Label", "Priority", "Strategy"],
    rows,
    numberFormats: [null, "0.0", "0.0", "0", null, "0", null],
    rowFills: ranked.map((a) => QUADRANTS[a.q - 1].color),
    fillColumn: 4,
    tableName: "KamResults",
  };
  const summary: ReportTable = {
    id: "summary",
    title: "Quadrants",
    anchor: { row: 0, col: 8 },
    header: ["Quadrant", "Accounts", "Share"],
    rows: QUADRANTS.map((q, k) => {
      const count = ranked.filter((a) => a.q === k + 1).length;
      return [q.label, count, list.length ? count / list.length : 0];
    }),
    numberFormats: [null, "0", "0%"],
    rowFills: QUADRANTS.map((q) => q.color),
  };
  const labelled = options.labelled ?? 10;
  const series: ChartSeries[] = QUADRANTS.map((q, k) => ({
    name: q.label,
    color: q.color,
    points: ranked.filter((a) => a.q === k + 1).map((a) => ({ x: a.value, y: a.engagement, label: a.name, labelled: a.rank < labelled })),
  }));
  return {
    sheetName: options.sheetName ?? "KAM Matrix",
    tables: [results, summary],
    chart: {
      title: "KAM Matrix",
      xAxis: { title: "Value", min: 0, max: 100 },
      yAxis: { title: "Engagement", min: 0, max: 100 },
      series,
      thresholds: { value: 50, engagement: 50, label: "Threshold" },
      anchor: { row: 7, col: 8 },
      width: 480,
      height: 360,
    },
  };
}
