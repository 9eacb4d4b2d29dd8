import * as React from "react";
import type { ChartSpec } from "../report/types";

/**
 * Draws the report's XY scatter chart from the same ChartSpec the Excel adapter turns into a native
 * chart: one marker per account (its accessible name is the account name), the threshold lines,
 * both axes with ticks and titles, and a legend. Text goes in as React text, never as markup.
 */
const PX_PER_POINT = 4 / 3;
const MARGIN = { top: 40, right: 24, bottom: 76, left: 58 };
const TICKS = 10;
const FONT = "Segoe UI, system-ui, -apple-system, sans-serif";

export interface ChartFrame {
  width: number;
  height: number;
  x: (v: number) => number;
  y: (v: number) => number;
}

/** Pixel size and the value-to-pixel scales of a chart description. */
export function chartFrame(spec: ChartSpec): ChartFrame {
  const width = Math.round(spec.width * PX_PER_POINT);
  const height = Math.round(spec.height * PX_PER_POINT);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const span = (a: { min: number; max: number }) => a.max - a.min || 1;
  return {
    width,
    height,
    x: (v) => MARGIN.left + ((v - spec.xAxis.min) / span(spec.xAxis)) * plotW,
    y: (v) => MARGIN.top + plotH - ((v - spec.yAxis.min) / span(spec.yAxis)) * plotH,
  };
}

const ticks = (min: number, max: number): number[] =>
  Array.from({ length: TICKS + 1 }, (_, i) => min + ((max - min) * i) / TICKS);

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export const ChartSvg = React.memo(function ChartSvg({ spec }: { spec: ChartSpec }) {
  const f = chartFrame(spec);
  const left = MARGIN.left;
  const right = f.width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = f.height - MARGIN.bottom;
  const tx = f.x(clamp(spec.thresholds.value, spec.xAxis));
  const ty = f.y(clamp(spec.thresholds.engagement, spec.yAxis));
  return (
    <svg
      role="figure"
      aria-label={spec.title}
      width={f.width}
      height={f.height}
      viewBox={`0 0 ${f.width} ${f.height}`}
      fontFamily={FONT}
      style={{ background: "#fff", display: "block" }}
    >
      <text x={f.width / 2} y={24} textAnchor="middle" fontSize={15} fontWeight={600} fill="#242424">
        {spec.title}
      </text>
      <rect data-plot="" x={left} y={top} width={right - left} height={bottom - top} fill="#fff" />
      <g aria-hidden="true" fontSize={11} fill="#616161">
        {ticks(spec.xAxis.min, spec.xAxis.max).map((v) => (
          <g key={`x${v}`}>
            <line x1={f.x(v)} x2={f.x(v)} y1={top} y2={bottom} stroke="#ededed" />
            <text x={f.x(v)} y={bottom + 16} textAnchor="middle">
              {fmt(v)}
            </text>
          </g>
        ))}
        {ticks(spec.yAxis.min, spec.yAxis.max).map((v) => (
          <g key={`y${v}`}>
            <line x1={left} x2={right} y1={f.y(v)} y2={f.y(v)} stroke="#ededed" />
            <text x={left - 8} y={f.y(v) + 4} textAnchor="end">
              {fmt(v)}
            </text>
          </g>
        ))}
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="#8a8a8a" />
        <line x1={left} x2={left} y1={top} y2={bottom} stroke="#8a8a8a" />
      </g>
      <text data-axis="x" x={(left + right) / 2} y={bottom + 36} textAnchor="middle" fontSize={12} fill="#424242">
        {spec.xAxis.title}
      </text>
      <text
        data-axis="y"
        transform={`translate(16 ${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={12}
        fill="#424242"
      >
        {spec.yAxis.title}
      </text>
      <g data-threshold="lines" stroke="#605e5c" strokeDasharray="6 4" strokeWidth={1.5}>
        <line data-threshold="value" x1={tx} x2={tx} y1={top} y2={bottom}>
          <title>{`${spec.thresholds.label}: ${fmt(spec.thresholds.value)}`}</title>
        </line>
        <line data-threshold="engagement" x1={left} x2={right} y1={ty} y2={ty}>
          <title>{`${spec.thresholds.label}: ${fmt(spec.thresholds.engagement)}`}</title>
        </line>
      </g>
      <ReviewLayer spec={spec} frame={f} box={{ left, right, top, bottom }} />
      <Markers spec={spec} frame={f} />
      <Legend spec={spec} width={f.width} y={f.height - 18} />
    </svg>
  );
});

function clamp(v: number, axis: { min: number; max: number }): number {
  return Math.min(axis.max, Math.max(axis.min, v));
}

interface Marker {
  key: string;
  label: string;
  labelled: boolean;
  series: string;
  color: string;
  cx: number;
  cy: number;
}

/**
 * All markers in one list ordered and keyed by account name, so that when weights move, the
 * same element stays with the same account and only cx and cy change (for 1,000 accounts that
 * is 2,000 attribute writes instead of rebuilding every marker).
 */
function markers(spec: ChartSpec, frame: ChartFrame): Marker[] {
  const list: Marker[] = [];
  for (const s of spec.series) {
    for (const p of s.points) {
      list.push({
        key: p.label,
        label: p.label,
        labelled: p.labelled,
        series: s.name,
        color: s.color,
        cx: frame.x(clamp(p.x, spec.xAxis)),
        cy: frame.y(clamp(p.y, spec.yAxis)),
      });
    }
  }
  list.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  // Two accounts may share a name; the second gets its own key.
  for (let i = 1, n = 1; i < list.length; i++) {
    n = list[i].label === list[i - 1].label ? n + 1 : 1;
    if (n > 1) list[i].key = `${list[i].label}\u0000${n}`;
  }
  return list;
}

/** Approximate width of a label at 11 px (the SVG has no text metrics before layout). */
const labelWidth = (text: string) => text.length * 6 + 2;
const LABEL_HEIGHT = 12;

/**
 * Where each visible name goes: right of its marker, else left of it; a name that would overlap
 * one already placed is not drawn (its marker keeps the tooltip), so dense clusters stay readable.
 * Placed in the order the spec lists the points (by quadrant, then priority).
 */
export function placeLabels(list: readonly { key: string; label: string; labelled: boolean; cx: number; cy: number }[]): Map<string, { x: number; anchor: "start" | "end" }> {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Map<string, { x: number; anchor: "start" | "end" }>();
  const free = (b: (typeof placed)[number]) => placed.every((p) => b.x1 <= p.x0 || b.x0 >= p.x1 || b.y1 <= p.y0 || b.y0 >= p.y1);
  for (const m of list) {
    if (!m.labelled) continue;
    const w = labelWidth(m.label);
    const y0 = m.cy + 4 - LABEL_HEIGHT + 2;
    const right = { x0: m.cx + 8, x1: m.cx + 8 + w, y0, y1: y0 + LABEL_HEIGHT };
    const left = { x0: m.cx - 8 - w, x1: m.cx - 8, y0, y1: y0 + LABEL_HEIGHT };
    if (free(right)) {
      placed.push(right);
      out.set(m.key, { x: m.cx + 8, anchor: "start" });
    } else if (free(left)) {
      placed.push(left);
      out.set(m.key, { x: m.cx - 8, anchor: "end" });
    }
  }
  return out;
}

function Markers({ spec, frame }: { spec: ChartSpec; frame: ChartFrame }) {
  const list = markers(spec, frame);
  // Spec order (quadrant, then priority) decides who keeps a contested spot.
  const order = new Map<string, number>();
  spec.series.forEach((s, k) => s.points.forEach((p, j) => order.has(p.label) || order.set(p.label, k * 1e6 + j)));
  const labels = placeLabels([...list].sort((a, b) => (order.get(a.label) ?? 0) - (order.get(b.label) ?? 0)));
  return (
    <>
      <g data-markers="">
        {list.map((m) => (
          <circle
            key={m.key}
            role="img"
            aria-label={m.label}
            data-series={m.series}
            cx={m.cx}
            cy={m.cy}
            r={5}
            fill={m.color}
            fillOpacity={0.85}
            stroke="#fff"
            strokeWidth={1}
          >
            <title>{m.label}</title>
          </circle>
        ))}
      </g>
      <g aria-hidden="true" fontSize={11} fill="#242424">
        {list.map((m) => {
          const at = labels.get(m.key);
          return at ? (
            <text key={m.key} x={at.x} y={m.cy + 4} textAnchor={at.anchor}>
              {m.label}
            </text>
          ) : null;
        })}
      </g>
    </>
  );
}

// ---- review (issue 10)
/** The hysteresis band as translucent strips around the thresholds, and each trail as a line from a hollow marker. */
function ReviewLayer({ spec, frame: f, box }: { spec: ChartSpec; frame: ChartFrame; box: { left: number; right: number; top: number; bottom: number } }) {
  const band = spec.band ?? 0;
  const t = spec.thresholds;
  const xs = [f.x(clamp(t.value - band, spec.xAxis)), f.x(clamp(t.value + band, spec.xAxis))];
  const ys = [f.y(clamp(t.engagement + band, spec.yAxis)), f.y(clamp(t.engagement - band, spec.yAxis))];
  return (
    <>
      {band > 0 && (
        <g data-band={band} fill="#605e5c" fillOpacity={0.1}>
          <title>{spec.reviewLabels?.band ?? `±${band}`}</title>
          <rect x={xs[0]} y={box.top} width={xs[1] - xs[0]} height={box.bottom - box.top} />
          <rect x={box.left} y={ys[0]} width={box.right - box.left} height={ys[1] - ys[0]} />
        </g>
      )}
      {spec.trails && spec.trails.length > 0 && (
        <g data-trails="">
          {spec.trails.map((tr, i) => (
            <g key={`${tr.label}\u0000${i}`} data-trail={tr.label}>
              <title>{`${spec.reviewLabels?.trail ?? ""}: ${tr.label}`}</title>
              <line
                x1={f.x(clamp(tr.from.x, spec.xAxis))}
                y1={f.y(clamp(tr.from.y, spec.yAxis))}
                x2={f.x(clamp(tr.to.x, spec.xAxis))}
                y2={f.y(clamp(tr.to.y, spec.yAxis))}
                stroke={tr.color}
                strokeWidth={1.5}
              />
              <circle cx={f.x(clamp(tr.from.x, spec.xAxis))} cy={f.y(clamp(tr.from.y, spec.yAxis))} r={5} fill="#fff" stroke={tr.color} strokeWidth={1.5} />
            </g>
          ))}
        </g>
      )}
    </>
  );
}

function Legend({ spec, width, y }: { spec: ChartSpec; width: number; y: number }) {
  const items: { name: string; color: string; line: boolean; trail?: boolean; band?: boolean }[] = [
    ...spec.series.map((s) => ({ name: s.name, color: s.color, line: false })),
    { name: spec.thresholds.label, color: "#605e5c", line: true },
  ];
  // ---- review (issue 10): one entry for all trails (what the hollow marker means), one for the band.
  if (spec.trails?.length && spec.reviewLabels) items.push({ name: spec.reviewLabels.trail, color: "#605e5c", line: false, trail: true });
  if (spec.band && spec.reviewLabels) items.push({ name: spec.reviewLabels.band, color: "#605e5c", line: false, band: true });
  // Each entry as wide as its text, centred; narrowed evenly if the row would not fit.
  const natural = items.map((i) => 26 + labelWidth(i.name));
  const scale = Math.min(1, (width - 20) / natural.reduce((a, b) => a + b, 0));
  const widths = natural.map((w) => w * scale);
  const x0 = (width - widths.reduce((a, b) => a + b, 0)) / 2;
  const lefts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g data-legend="" fontSize={11} fill="#424242">
      {items.map((item, i) => (
        <g key={item.name} transform={`translate(${lefts[i]} ${y})`}>
          {item.trail ? (
            <>
              <line x1={2} x2={14} y1={0} y2={0} stroke={item.color} strokeWidth={1.5} />
              <circle cx={4} cy={0} r={4} fill="#fff" stroke={item.color} strokeWidth={1.5} />
            </>
          ) : item.line ? (
            <line x1={0} x2={14} y1={0} y2={0} stroke={item.color} strokeDasharray="4 3" strokeWidth={1.5} />
          ) : item.band ? (
            <rect x={0} y={-5} width={14} height={10} fill="#605e5c" fillOpacity={0.15} />
          ) : (
            <circle cx={6} cy={0} r={5} fill={item.color} />
          )}
          <text x={20} y={4}>
            {item.name}
          </text>
        </g>
      ))}
    </g>
  );
}
