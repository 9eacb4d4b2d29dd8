/**
 * A Google Sheets scatter chart plots the columns of one range against its first column. This
 * turns a ChartSpec into such a block (x, one y column per quadrant series, two threshold columns)
 * and the chart options that colour the series and draw the thresholds as 2-point lines.
 */
import type { ChartSpec } from "../../app/report/types";
import { reviewLines } from "../../app/workbook/review-lines";

export interface ChartBlock {
  /** Header row first; "" where a series has no point in that row. */
  values: (string | number)[][];
  options: Record<string, unknown>;
}

/** Sheets sizes charts in pixels, the report in points. */
export const pointsToPixels = (pt: number): number => Math.round((pt * 4) / 3);

const THRESHOLD_COLOR = "#595959";
const BAND_COLOR = "#C8C8C8";

interface Line {
  name: string;
  color: string;
  trail: boolean;
  points: { x: number; y: number }[];
}

/**
 * The band's four edges and the trails. A Sheets scatter chart styles whole series only: a trail
 * is a line in the colour of the quadrant now, without the hollow start marker of Excel and the
 * playground (the account's own marker shows where it is now).
 */
function sheetLines(spec: ChartSpec): Line[] {
  return reviewLines(spec, (title) => ` (${title})`).map((l) => ({
    name: l.name,
    color: l.color ?? BAND_COLOR,
    trail: l.kind === "trail",
    points: l.points,
  }));
}

/**
 * what-if: Sheets charts have no hollow markers (no per-point fill or border colour), so
 * the borderline accounts of a quadrant get a series of their own in its colour and another point
 * shape, named "<label> (borderline)" in the legend.
 */
const BORDERLINE_SHAPE = "diamond";

export function chartBlock(spec: ChartSpec): ChartBlock {
  const hollow = spec.series
    .map((series) => ({
      ...series,
      name: `${series.name} (${spec.borderlineLabel ?? "borderline"})`,
      points: series.points.filter((p) => p.hollow),
    }))
    .filter((series) => series.points.length > 0);
  const quadrants = hollow.length
    ? spec.series.map((series) => ({ ...series, points: series.points.filter((p) => !p.hollow) }))
    : spec.series;
  const all = [...quadrants, ...hollow];
  const s = all.length;
  const extra = sheetLines(spec);
  const width = s + 3 + extra.length;
  const row = (x: number, column: number, y: number): (string | number)[] => {
    const r: (string | number)[] = new Array(width).fill("");
    r[0] = x;
    r[column] = y;
    return r;
  };
  const header = [
    spec.xAxis.title,
    ...all.map((series) => series.name),
    `${spec.thresholds.label} (${spec.xAxis.title})`,
    `${spec.thresholds.label} (${spec.yAxis.title})`,
  ];
  const points = all.flatMap((series, k) => series.points.map((p) => row(p.x, k + 1, p.y)));
  const { value: tV, engagement: tE } = spec.thresholds;
  const lines = [
    row(tV, s + 1, spec.yAxis.min),
    row(tV, s + 1, spec.yAxis.max),
    row(spec.xAxis.min, s + 2, tE),
    row(spec.xAxis.max, s + 2, tE),
  ];
  // ---- review: band edges and trails, each a 2-point line in a column of its own.
  extra.forEach((line, k) => {
    header.push(line.name);
    for (const p of line.points) lines.push(row(p.x, s + 3 + k, p.y));
  });
  const series: Record<number, object> = {};
  all.forEach(
    (x, k) =>
      (series[k] = { color: x.color, pointSize: 7, lineWidth: 0, ...(k >= quadrants.length ? { pointShape: BORDERLINE_SHAPE } : {}) }),
  );
  series[s] = { color: THRESHOLD_COLOR, pointSize: 0, lineWidth: 2, lineDashStyle: [6, 4] };
  series[s + 1] = { color: THRESHOLD_COLOR, pointSize: 0, lineWidth: 2, lineDashStyle: [6, 4] };
  // Up to 25 trails and 4 band edges would crowd the legend: kept out of it (Google Charts'
  // visibleInLegend; the column headers still name them).
  extra.forEach(
    (line, k) =>
      (series[s + 2 + k] = line.trail
        ? { color: line.color, pointSize: 0, lineWidth: 2, visibleInLegend: false }
        : { color: BAND_COLOR, pointSize: 0, lineWidth: 1, visibleInLegend: false }),
  );
  const axis = (a: ChartSpec["xAxis"]) => ({ title: a.title, viewWindow: { min: a.min, max: a.max } });
  return {
    values: [header, ...points, ...lines],
    options: {
      title: spec.title,
      hAxis: axis(spec.xAxis),
      vAxis: axis(spec.yAxis),
      series,
      legend: { position: "right" },
      width: pointsToPixels(spec.width),
      height: pointsToPixels(spec.height),
    },
  };
}
