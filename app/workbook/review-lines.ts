import type { ChartSpec } from "./contract";

/** One 2-point line of a compared review on the chart: a band edge or a trail. */
export interface ReviewLine {
  /** Legend/column name: "Band ±5 - (Customer value)", "Move since Q3 2026: Alpha AG". */
  name: string;
  kind: "band" | "trail";
  /** The trail's colour (the quadrant now); band edges are drawn in the host's light grey. */
  color?: string;
  points: [{ x: number; y: number }, { x: number; y: number }];
}

const clampTo = (v: number, a: { min: number; max: number }) => Math.min(a.max, Math.max(a.min, v));

/**
 * The band's four edges (t - band and t + band on both axes, clamped to the axes) and one line per
 * trail, as every host draws them: Excel and Sheets as line series, the playground as SVG.
 * `axisName` words an edge's axis ("(Customer value)" in Sheets' headers, ": Customer value" in Excel).
 */
export function reviewLines(spec: ChartSpec, axisName: (title: string) => string): ReviewLine[] {
  const out: ReviewLine[] = [];
  const band = spec.band ?? 0;
  const { xAxis, yAxis, thresholds } = spec;
  const label = spec.reviewLabels?.band ?? "Band";
  if (band > 0)
    for (const sign of [-1, 1]) {
      const x = clampTo(thresholds.value + sign * band, xAxis);
      const y = clampTo(thresholds.engagement + sign * band, yAxis);
      // "-" and "+" tell the two edges apart (one name twice would read as a mistake).
      const edge = sign < 0 ? "-" : "+";
      out.push({
        name: `${label} ${edge}${axisName(xAxis.title)}`,
        kind: "band",
        points: [
          { x, y: yAxis.min },
          { x, y: yAxis.max },
        ],
      });
      out.push({
        name: `${label} ${edge}${axisName(yAxis.title)}`,
        kind: "band",
        points: [
          { x: xAxis.min, y },
          { x: xAxis.max, y },
        ],
      });
    }
  for (const t of spec.trails ?? [])
    out.push({ name: `${spec.reviewLabels?.trail ?? "Move"}: ${t.label}`, kind: "trail", color: t.color, points: [t.from, t.to] });
  return out;
}
