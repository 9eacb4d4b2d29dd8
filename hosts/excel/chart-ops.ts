import type { CellValue, ChartSpec, ReportSheet } from "../../app/workbook/contract";
import { reviewLines } from "../../app/workbook/review-lines";
import type { Box } from "../../app/workbook/naming";
import { asLiteral } from "../../app/workbook/escape";
import { a1 } from "./address";
import { OP_OVERHEAD, utf8Length } from "../../app/workbook/requests";
import { valueOps, WriteOp } from "./table-ops";
import { Features, type Supports } from "./requirements";

/** A series as the chart draws it: name, look, and its X/Y points. */
interface PlotSeries {
  name: string;
  color: string;
  line: boolean;
  /** what-if: borderline accounts, hollow markers (white fill, quadrant-coloured border). */
  hollow?: boolean;
  points: { x: number; y: number; label?: string }[];
  /** A trail: a line whose first point is a hollow marker and whose last has none. */
  trail?: boolean;
  /**
   * Kept out of the legend (band edges and trails): up to 25 trails would crowd out the quadrants.
   * A trail reads by its colour and hollow start marker; its name stays in the "Chart data" header.
   */
  unlisted?: boolean;
}

export const CHART_NAME = "KAM Matrix chart";
export const THRESHOLD_COLOR = "#595959";
/** The hysteresis band's edges: thin and light, so they shade rather than compete with the thresholds. */
export const BAND_COLOR = "#C8C8C8";
/** Default column width in points, to find the first column right of the chart. */
const COLUMN_POINTS = 48;
/** Bytes of the calls for one point label (point path, hasDataLabel, text). */
const LABEL_BYTES = 600;
const LABELS_PER_OP = 1000;

/**
 * The four quadrant series (empty ones left out: nothing to draw), each followed by its borderline
 * accounts as a series of hollow markers, and the two threshold lines.
 */
export function plotSeries(chart: ChartSpec): PlotSeries[] {
  const { xAxis, yAxis, thresholds } = chart;
  const toPlot = (p: ChartSpec["series"][number]["points"][number]) => ({ x: p.x, y: p.y, label: p.labelled ? p.label : undefined });
  return [
    ...chart.series
      .flatMap((s) => [
        { name: s.name, color: s.color, line: false, points: s.points.filter((p) => !p.hollow).map(toPlot) },
        {
          name: `${s.name} (${chart.borderlineLabel ?? "borderline"})`,
          color: s.color,
          line: false,
          hollow: true,
          points: s.points.filter((p) => p.hollow).map(toPlot),
        },
      ])
      .filter((s) => s.points.length > 0),
    {
      name: `${thresholds.label}: ${xAxis.title}`,
      color: THRESHOLD_COLOR,
      line: true,
      points: [
        { x: thresholds.value, y: yAxis.min },
        { x: thresholds.value, y: yAxis.max },
      ],
    },
    {
      name: `${thresholds.label}: ${yAxis.title}`,
      color: THRESHOLD_COLOR,
      line: true,
      points: [
        { x: xAxis.min, y: thresholds.engagement },
        { x: xAxis.max, y: thresholds.engagement },
      ],
    },
    ...reviewSeries(chart),
  ];
}

// ---- review
/** The band's four edge lines (t - band, t + band on both axes) and one 2-point line per trail, kept out of the legend. */
function reviewSeries(chart: ChartSpec): PlotSeries[] {
  return reviewLines(chart, (title) => `: ${title}`).map((l) => ({
    name: l.name,
    color: l.color ?? BAND_COLOR,
    line: true,
    ...(l.kind === "trail" ? { trail: true } : {}),
    unlisted: true,
    points: l.points,
  }));
}

/** First free column right of every table and of the chart: where the chart's data goes. */
export function chartDataColumn(report: ReportSheet): number {
  let tableEnd = 0;
  for (const t of report.tables) tableEnd = Math.max(tableEnd, t.anchor.col + t.header.length);
  const chartEnd = report.chart ? report.chart.anchor.col + Math.ceil(report.chart.width / COLUMN_POINTS) : 0;
  return Math.max(tableEnd, chartEnd) + 1;
}

/** The "Chart data" block: title row, header row, and the longest series. */
export function chartDataBox(report: ReportSheet): Box | null {
  if (!report.chart) return null;
  const series = plotSeries(report.chart);
  return { row: 0, col: chartDataColumn(report), rows: 2 + Math.max(0, ...series.map((s) => s.points.length)), cols: 2 * series.length };
}

/**
 * The chart reads its points from cells (a "Chart data" block, two columns per series), so it stays
 * a native chart that works without the add-in. Point labels need ExcelApi 1.8, asked through `supports`.
 */
export function chartOps(report: ReportSheet, supports: Supports): WriteOp[] {
  return [...chartDataOps(report), ...chartDrawOps(report, supports)];
}

/** The "Chart data" block's values (a staged build writes them to the staging sheet). */
export function chartDataOps(report: ReportSheet): WriteOp[] {
  const spec = report.chart;
  if (!spec) return [];
  const col = chartDataColumn(report);
  const series = plotSeries(spec);
  const header = series.flatMap((s) =>
    [`${s.name}: ${spec.xAxis.title}`, `${s.name}: ${spec.yAxis.title}`].map((h) => asLiteral(h) as CellValue),
  );
  const ops: WriteOp[] = [...valueOps(0, col, [[asLiteral(`${spec.title}: chart data`) as CellValue]]), ...valueOps(1, col, [header])];
  series.forEach((s, i) =>
    ops.push(
      ...valueOps(
        2,
        col + 2 * i,
        s.points.map((p) => [p.x, p.y]),
      ),
    ),
  );
  return ops;
}

/** The native chart over the "Chart data" block of the target sheet, and its point labels. */
export function chartDrawOps(report: ReportSheet, supports: Supports): WriteOp[] {
  const spec = report.chart;
  if (!spec) return [];
  const col = chartDataColumn(report);
  const series = plotSeries(spec);
  const ops: WriteOp[] = [];
  const drawn: Excel.ChartSeries[] = [];
  ops.push({
    phase: "chart",
    bytes: OP_OVERHEAD * (10 + 12 * series.length),
    queue: ({ sheet }) => {
      sheet.getRangeByIndexes(0, col, 2, 2 * series.length).format.font.bold = true;
      const source = (i: number, offset: number) => sheet.getRangeByIndexes(2, col + 2 * i + offset, series[i].points.length, 1);
      const chart = sheet.charts.add("XYScatter", sheet.getRangeByIndexes(2, col, series[0].points.length, 2), "Columns");
      chart.name = CHART_NAME;
      chart.title.text = spec.title;
      chart.legend.visible = true;
      chart.legend.position = "Right";
      for (const [axis, def] of [
        [chart.axes.categoryAxis, spec.xAxis],
        [chart.axes.valueAxis, spec.yAxis],
      ] as const) {
        axis.minimum = def.min;
        axis.maximum = def.max;
        axis.title.text = def.title;
      }
      series.forEach((s, i) => {
        const cs = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        cs.name = s.name;
        // Set X and Y explicitly even for the first series (OfficeDev/office-js#2927).
        cs.setXAxisValues(source(i, 0));
        cs.setValues(source(i, 1));
        if (s.trail) {
          // From a hollow marker (then) to the account's own marker (now): no arrowheads in Office.js.
          cs.chartType = "XYScatterLines";
          cs.markerStyle = "Circle";
          cs.markerBackgroundColor = "#FFFFFF";
          cs.markerForegroundColor = s.color;
          cs.format.line.color = s.color;
          cs.points.getItemAt(s.points.length - 1).markerStyle = "None";
        } else if (s.line) {
          cs.chartType = "XYScatterLinesNoMarkers";
          cs.format.line.color = s.color;
        } else {
          cs.chartType = "XYScatter";
          cs.markerStyle = "Circle";
          // ExcelApi 1.7: background is the marker's fill, foreground its border.
          cs.markerBackgroundColor = s.hollow ? "#FFFFFF" : s.color;
          cs.markerForegroundColor = s.color;
        }
        drawn[i] = cs;
      });
      // Legend entries follow the series order (ChartLegendEntry.visible, ExcelApi 1.7 like the series
      // calls above). Hidden from the last down: should a hidden entry leave the collection, the
      // entries before it keep their index.
      for (let i = series.length - 1; i >= 0; i--) if (series[i].unlisted) chart.legend.legendEntries.getItemAt(i).visible = false;
      chart.setPosition(a1(spec.anchor.row, spec.anchor.col));
      chart.width = spec.width;
      chart.height = spec.height;
    },
  });
  if (supports(Features.pointLabels)) ops.push(...labelOps(series, drawn));
  return ops;
}

/**
 * Per-point labels with the account name, in ops of LABELS_PER_OP points.
 * @requires ExcelApi 1.8
 */
function labelOps(series: PlotSeries[], drawn: Excel.ChartSeries[]): WriteOp[] {
  const labelled = series.flatMap((s, i) => s.points.flatMap((p, j) => (p.label === undefined ? [] : [{ i, j, text: p.label }])));
  const ops: WriteOp[] = [];
  for (let k = 0; k < labelled.length; k += LABELS_PER_OP) {
    const part = labelled.slice(k, k + LABELS_PER_OP);
    ops.push({
      phase: "chart",
      bytes: part.reduce((b, p) => b + LABEL_BYTES + utf8Length(p.text), 0),
      queue: () => {
        for (const { i, j, text } of part) {
          const point = drawn[i].points.getItemAt(j);
          // As in Microsoft's data-label sample: the label shows (its value), then `text` replaces
          // what it shows. Switching every part off first could leave nothing for the text to replace.
          point.hasDataLabel = true;
          point.dataLabel.text = text;
        }
      },
    });
  }
  return ops;
}

export const hasLabels = (chart: ChartSpec | undefined): boolean => !!chart && chart.series.some((s) => s.points.some((p) => p.labelled));
