import type { ChartSpec } from "../../../app/report/types";
import { labelWidth } from "./labels";

type Item = { name: string; color: string; kind: "marker" | "threshold" | "trail" | "band" };

/**
 * The legend row: the quadrants, the threshold lines and one entry for all trails (what
 * the hollow start marker means) and one for the band. The compact preview shows the quadrants only.
 * Each entry is as wide as its text, centred; narrowed evenly if the row would not fit.
 */
export function Legend({ spec, width, y, compact }: { spec: ChartSpec; width: number; y: number; compact: boolean }) {
  const items: Item[] = spec.series.map((s) => ({ name: s.name, color: s.color, kind: "marker" }));
  if (!compact) {
    items.push({ name: spec.thresholds.label, color: "#605e5c", kind: "threshold" });
    if (spec.trails?.length && spec.reviewLabels) items.push({ name: spec.reviewLabels.trail, color: "#605e5c", kind: "trail" });
    if (spec.band && spec.reviewLabels) items.push({ name: spec.reviewLabels.band, color: "#605e5c", kind: "band" });
  }
  const natural = items.map((i) => (compact ? 12 : 26) + labelWidth(i.name) * (compact ? 0.8 : 1));
  const scale = Math.min(1, (width - (compact ? 4 : 20)) / natural.reduce((a, b) => a + b, 0));
  const widths = natural.map((w) => w * scale);
  const x0 = (width - widths.reduce((a, b) => a + b, 0)) / 2;
  const lefts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g data-legend="" fontSize={compact ? 8.5 : 11} fill="#424242">
      {items.map((item, i) => (
        <g key={item.name} transform={`translate(${lefts[i]} ${y})`}>
          {item.kind === "trail" ? (
            <>
              <line x1={2} x2={14} y1={0} y2={0} stroke={item.color} strokeWidth={1.5} />
              <circle cx={4} cy={0} r={4} fill="#fff" stroke={item.color} strokeWidth={1.5} />
            </>
          ) : item.kind === "threshold" ? (
            <line x1={0} x2={14} y1={0} y2={0} stroke={item.color} strokeDasharray="4 3" strokeWidth={1.5} />
          ) : item.kind === "band" ? (
            <rect x={0} y={-5} width={14} height={10} fill="#605e5c" fillOpacity={0.15} />
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
