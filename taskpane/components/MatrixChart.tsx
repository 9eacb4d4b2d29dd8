import * as React from "react";
import type { ChartPoint, ChartSpec } from "../../app/report/types";
import { chartFrame, clamp, COMPACT_MARGIN, fmt, FONT, MARGIN, TICKS, ticks } from "./chart/frame";
import { Legend } from "./chart/Legend";
import { PreviewMarkers } from "./chart/PreviewMarkers";
import { ReviewLayer } from "./chart/ReviewLayer";
import { SheetMarkers } from "./chart/SheetMarkers";

/**
 * Draws the report's XY scatter chart from the same ChartSpec the Excel adapter turns into a native
 * chart: one marker per account, the threshold lines, both axes with ticks and titles, and a
 * legend. Text goes in as React text, never as markup. Two looks: the sheet chart of the
 * playground (full size, each marker an image named after its account) and the pane's compact
 * preview (scaled to the pane's width, no point labels, markers not in the
 * accessibility tree, which the results table and the account card serve instead).
 * Borderline accounts (ChartPoint.hollow) are hollow: no fill, a stroke in the quadrant's colour.
 * A compared review adds its trails and the hysteresis band to the sheet chart.
 */
export interface MatrixChartProps {
  spec: ChartSpec;
  /** The pane's preview look, named by this label for assistive technology (a string, so memo holds). */
  compact?: string;
  /** A click on a marker (the preview opens the account's card; the playground selects its row). */
  onPoint?: (point: ChartPoint) => void;
}

export const MatrixChart = React.memo(function MatrixChart({ spec, compact, onPoint }: MatrixChartProps) {
  const f = chartFrame(spec, !!compact);
  const margin = compact ? COMPACT_MARGIN : MARGIN;
  const left = margin.left;
  const right = f.width - margin.right;
  const top = margin.top;
  const bottom = f.height - margin.bottom;
  const tx = f.x(clamp(spec.thresholds.value, spec.xAxis));
  const ty = f.y(clamp(spec.thresholds.engagement, spec.yAxis));
  const tickCount = compact ? 5 : TICKS;
  // Hooks for tests and tools on the sheet chart only, so the preview beside it never doubles them.
  const mark = (key: string, value: string) => (compact ? {} : { [`data-${key}`]: value });
  return (
    <svg
      role={compact ? "group" : "figure"}
      aria-label={compact ?? spec.title}
      data-chart={compact ? "preview" : "sheet"}
      width={compact ? "100%" : f.width}
      height={compact ? undefined : f.height}
      viewBox={`0 0 ${f.width} ${f.height}`}
      fontFamily={FONT}
      style={{ background: "#fff", display: "block" }}
    >
      {!compact && (
        <text x={f.width / 2} y={24} textAnchor="middle" fontSize={15} fontWeight={600} fill="#242424">
          {spec.title}
        </text>
      )}
      <rect {...mark("plot", "")} x={left} y={top} width={right - left} height={bottom - top} fill="#fff" />
      <g aria-hidden="true" fontSize={compact ? 9 : 11} fill="#616161">
        {ticks(spec.xAxis.min, spec.xAxis.max, tickCount).map((v) => (
          <g key={`x${v}`}>
            <line x1={f.x(v)} x2={f.x(v)} y1={top} y2={bottom} stroke="#ededed" />
            <text x={f.x(v)} y={bottom + (compact ? 11 : 16)} textAnchor="middle">
              {fmt(v)}
            </text>
          </g>
        ))}
        {ticks(spec.yAxis.min, spec.yAxis.max, tickCount).map((v) => (
          <g key={`y${v}`}>
            <line x1={left} x2={right} y1={f.y(v)} y2={f.y(v)} stroke="#ededed" />
            <text x={left - (compact ? 4 : 8)} y={f.y(v) + (compact ? 3 : 4)} textAnchor="end">
              {fmt(v)}
            </text>
          </g>
        ))}
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="#8a8a8a" />
        <line x1={left} x2={left} y1={top} y2={bottom} stroke="#8a8a8a" />
      </g>
      <text
        {...mark("axis", "x")}
        x={(left + right) / 2}
        y={bottom + (compact ? 23 : 36)}
        textAnchor="middle"
        fontSize={compact ? 10 : 12}
        fill="#424242"
      >
        {spec.xAxis.title}
      </text>
      <text
        {...mark("axis", "y")}
        transform={`translate(${compact ? 9 : 16} ${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={compact ? 10 : 12}
        fill="#424242"
      >
        {spec.yAxis.title}
      </text>
      <g {...mark("threshold", "lines")} stroke="#605e5c" strokeDasharray="6 4" strokeWidth={1.5}>
        <line {...mark("threshold", "value")} x1={tx} x2={tx} y1={top} y2={bottom}>
          <title>{`${spec.thresholds.label}: ${fmt(spec.thresholds.value)}`}</title>
        </line>
        <line {...mark("threshold", "engagement")} x1={left} x2={right} y1={ty} y2={ty}>
          <title>{`${spec.thresholds.label}: ${fmt(spec.thresholds.engagement)}`}</title>
        </line>
      </g>
      {!compact && <ReviewLayer spec={spec} frame={f} box={{ left, right, top, bottom }} />}
      {compact ? <PreviewMarkers spec={spec} frame={f} onPoint={onPoint} /> : <SheetMarkers spec={spec} frame={f} onPoint={onPoint} />}
      <Legend spec={spec} width={f.width} y={f.height - (compact ? 7 : 18)} compact={!!compact} />
    </svg>
  );
});
