/** The chart's pixel frame: size, margins and value-to-pixel scales, for the sheet chart and the pane's preview. */
import type { ChartSpec } from "../../../app/report/types";

const PX_PER_POINT = 4 / 3;
export const MARGIN = { top: 40, right: 24, bottom: 76, left: 58 };
export const COMPACT_MARGIN = { top: 8, right: 10, bottom: 38, left: 34 };
export const TICKS = 10;
export const FONT = "Segoe UI, system-ui, -apple-system, sans-serif";
/** The compact preview's drawing size in px (it is scaled to the pane's width by its viewBox). */
export const COMPACT_SIZE = { width: 300, height: 215 };

export interface ChartFrame {
  width: number;
  height: number;
  x: (v: number) => number;
  y: (v: number) => number;
}

/** Pixel size and the value-to-pixel scales of a chart description. */
export function chartFrame(spec: ChartSpec, compact = false): ChartFrame {
  const MARGIN_ = compact ? COMPACT_MARGIN : MARGIN;
  const width = compact ? COMPACT_SIZE.width : Math.round(spec.width * PX_PER_POINT);
  const height = compact ? COMPACT_SIZE.height : Math.round(spec.height * PX_PER_POINT);
  const plotW = width - MARGIN_.left - MARGIN_.right;
  const plotH = height - MARGIN_.top - MARGIN_.bottom;
  const span = (a: { min: number; max: number }) => a.max - a.min || 1;
  return {
    width,
    height,
    x: (v) => MARGIN_.left + ((v - spec.xAxis.min) / span(spec.xAxis)) * plotW,
    y: (v) => MARGIN_.top + plotH - ((v - spec.yAxis.min) / span(spec.yAxis)) * plotH,
  };
}

export const ticks = (min: number, max: number, count = TICKS): number[] =>
  Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count);

export const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export function clamp(v: number, axis: { min: number; max: number }): number {
  return Math.min(axis.max, Math.max(axis.min, v));
}
