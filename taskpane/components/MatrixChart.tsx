import * as React from "react";
import type { ChartPoint, ChartSpec } from "../report/types";

/**
 * Draws the report's XY scatter chart from the same ChartSpec the Excel adapter turns into a native
 * chart: one marker per account, the threshold lines, both axes with ticks and titles, and a
 * legend. Text goes in as React text, never as markup. Two looks: the sheet chart of the
 * playground (full size, each marker an image named after its account) and the pane's compact
 * preview (issue 11: scaled to the pane's width, no point labels, markers not in the
 * accessibility tree, which the results table and the account card serve instead).
 * Borderline accounts (ChartPoint.hollow) are hollow: no fill, a stroke in the quadrant's colour.
 */
const PX_PER_POINT = 4 / 3;
const MARGIN = { top: 40, right: 24, bottom: 76, left: 58 };
const COMPACT_MARGIN = { top: 8, right: 10, bottom: 38, left: 34 };
const TICKS = 10;
const FONT = "Segoe UI, system-ui, -apple-system, sans-serif";
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

const ticks = (min: number, max: number, count = TICKS): number[] =>
  Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count);

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

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
      <text {...mark("axis", "x")} x={(left + right) / 2} y={bottom + (compact ? 23 : 36)} textAnchor="middle" fontSize={compact ? 10 : 12} fill="#424242">
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
      <Markers spec={spec} frame={f} compact={!!compact} onPoint={onPoint} />
      <Legend spec={spec} width={f.width} y={f.height - (compact ? 7 : 18)} compact={!!compact} />
    </svg>
  );
});

function clamp(v: number, axis: { min: number; max: number }): number {
  return Math.min(axis.max, Math.max(axis.min, v));
}

interface Marker {
  key: string;
  point: ChartPoint;
  hollow: boolean;
  label: string;
  labelled: boolean;
  series: string;
  color: string;
  cx: number;
  cy: number;
}

/**
 * All markers in one list ordered and keyed by account (its index when the point carries one, else
 * its name), so that when weights move, the same element stays with the same account and only cx
 * and cy change (for 1,000 accounts that is 2,000 attribute writes instead of rebuilding every marker).
 */
function markers(spec: ChartSpec, frame: ChartFrame): Marker[] {
  const list: Marker[] = [];
  let byAccount = true;
  for (const s of spec.series) {
    for (const p of s.points) {
      if (p.account === undefined) byAccount = false;
      list.push({
        key: p.label,
        point: p,
        hollow: p.hollow === true,
        label: p.label,
        labelled: p.labelled,
        series: s.name,
        color: s.color,
        cx: frame.x(clamp(p.x, spec.xAxis)),
        cy: frame.y(clamp(p.y, spec.yAxis)),
      });
    }
  }
  if (byAccount) {
    // Indexes are unique: no sort by name needed (10,000 string compares per slider step).
    list.sort((a, b) => a.point.account! - b.point.account!);
    for (const m of list) m.key = `#${m.point.account}`;
    return list;
  }
  list.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  // Two accounts may share a name; the second gets its own key.
  for (let i = 1, n = 1; i < list.length; i++) {
    n = list[i].label === list[i - 1].label ? n + 1 : 1;
    if (n > 1) list[i].key = `${list[i].label}\u0000${n}`;
  }
  return list;
}

function Markers({ spec, frame, compact, onPoint }: { spec: ChartSpec; frame: ChartFrame; compact: boolean; onPoint?: (p: ChartPoint) => void }) {
  if (compact) return <PreviewMarkers spec={spec} frame={frame} onPoint={onPoint} />;
  const list = markers(spec, frame);
  const r = 5;
  return (
    <>
      <g
        data-markers=""
        style={onPoint ? { cursor: "pointer" } : undefined}
        onClick={
          onPoint &&
          ((e) => {
            const i = (e.target as Element).getAttribute?.("data-i");
            if (i !== null && i !== undefined) onPoint(list[Number(i)].point);
          })
        }
      >
        {list.map((m, i) => (
          <circle
            key={m.key}
            role="img"
            aria-label={m.label}
            data-series={m.series}
            data-i={i}
            data-account={m.point.account}
            data-hollow={m.hollow || undefined}
            cx={m.cx}
            cy={m.cy}
            r={r}
            fill={m.hollow ? "none" : m.color}
            fillOpacity={m.hollow ? undefined : 0.85}
            stroke={m.hollow ? m.color : "#fff"}
            strokeWidth={m.hollow ? 2 : 1}
            pointerEvents={m.hollow ? "all" : undefined}
          >
            <title>{m.label}</title>
          </circle>
        ))}
      </g>
      <g aria-hidden="true" fontSize={11} fill="#242424">
        {list.map((m) =>
          m.labelled ? (
            <text key={m.key} x={m.cx + 8} y={m.cy + 4}>
              {m.label}
            </text>
          ) : null,
        )}
      </g>
    </>
  );
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** One attribute write per changed value: a slider step moves cx and cy and nothing else. */
function setAttr(el: SVGElement, cache: Record<string, string | number | null>, name: string, value: string | number | null): void {
  if (cache[name] === value) return;
  cache[name] = value;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

/**
 * Above this many accounts the preview thins its markers to about this many (every k-th account,
 * plus every borderline one): 10,000 circles in a 300 px chart are one blob that costs Chrome
 * ~60 ms a frame to paint. The counts, the sheet's chart and the card still cover every account.
 */
export const PREVIEW_MARKERS = 2500;

type Circle = SVGCircleElement & { kam?: Record<string, string | number | null> };

/**
 * The preview's markers, written to the DOM directly and kept per account: on a slider step React
 * would compare thousands of circles of 11 props each; this writes the two attributes that moved
 * (issue 11: the preview's budget is 100 ms at 10,000 accounts). React renders the empty group
 * and never its children.
 */
function PreviewMarkers({ spec, frame, onPoint }: { spec: ChartSpec; frame: ChartFrame; onPoint?: (p: ChartPoint) => void }) {
  const ref = React.useRef<SVGGElement>(null);
  const circles = React.useRef(new Map<number, Circle>());
  const points = React.useRef(new Map<number, ChartPoint>());
  React.useLayoutEffect(() => {
    const g = ref.current!;
    const count = spec.series.reduce((n, s) => n + s.points.length, 0);
    const every = Math.max(1, Math.ceil(count / PREVIEW_MARKERS));
    const seen = new Set<number>();
    let k = 0;
    points.current.clear();
    for (const s of spec.series) {
      for (const p of s.points) {
        const id = p.account ?? -1 - k++; // points without an account (not from the pane) by position
        if (every > 1 && !p.hollow && id % every !== 0) continue;
        seen.add(id);
        points.current.set(id, p);
        let c = circles.current.get(id);
        if (!c) {
          c = document.createElementNS(SVG_NS, "circle") as Circle;
          c.setAttribute("r", "3");
          c.setAttribute("data-i", String(id));
          if (p.account !== undefined) c.setAttribute("data-account", String(p.account));
          circles.current.set(id, c);
          g.appendChild(c);
        }
        const cache = (c.kam ??= {});
        setAttr(c, cache, "cx", frame.x(clamp(p.x, spec.xAxis)));
        setAttr(c, cache, "cy", frame.y(clamp(p.y, spec.yAxis)));
        const look = p.hollow ? `o${s.color}` : s.color;
        if (cache.look === look) continue;
        cache.look = look;
        // Opaque and without an outline unless hollow: thousands of blended, stroked circles cost a frame.
        setAttr(c, cache, "data-hollow", p.hollow ? "true" : null);
        setAttr(c, cache, "fill", p.hollow ? "none" : s.color);
        setAttr(c, cache, "stroke", p.hollow ? s.color : null);
        setAttr(c, cache, "stroke-width", p.hollow ? 1.5 : null);
        setAttr(c, cache, "pointer-events", p.hollow ? "all" : null);
      }
    }
    for (const [id, c] of circles.current) {
      if (seen.has(id)) continue;
      c.remove();
      circles.current.delete(id);
    }
  }, [spec, frame]);
  return (
    <g
      ref={ref}
      data-markers=""
      aria-hidden="true"
      style={onPoint ? { cursor: "pointer" } : undefined}
      onClick={
        onPoint &&
        ((e) => {
          const i = (e.target as Element).getAttribute?.("data-i");
          const p = i === null || i === undefined ? undefined : points.current.get(Number(i));
          if (p) onPoint(p);
        })
      }
    />
  );
}

function Legend({ spec, width, y, compact }: { spec: ChartSpec; width: number; y: number; compact: boolean }) {
  const items = [...spec.series.map((s) => ({ name: s.name, color: s.color, line: false })), ...(compact ? [] : [{ name: spec.thresholds.label, color: "#605e5c", line: true }])];
  const itemWidth = Math.min(150, (width - (compact ? 4 : 20)) / items.length);
  const x0 = (width - itemWidth * items.length) / 2;
  return (
    <g data-legend="" fontSize={compact ? 8.5 : 11} fill="#424242">
      {items.map((item, i) => (
        <g key={item.name} transform={`translate(${x0 + i * itemWidth} ${y})`}>
          {item.line ? (
            <line x1={0} x2={14} y1={0} y2={0} stroke={item.color} strokeDasharray="4 3" strokeWidth={1.5} />
          ) : (
            <circle cx={compact ? 4 : 6} cy={0} r={compact ? 3.5 : 5} fill={item.color} />
          )}
          <text x={compact ? 10 : 20} y={compact ? 3 : 4}>
            {item.name}
          </text>
        </g>
      ))}
    </g>
  );
}
