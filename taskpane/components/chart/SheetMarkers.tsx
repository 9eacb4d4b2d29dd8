import type { ChartPoint, ChartSpec } from "../../../app/report/types";
import { ChartFrame, clamp } from "./frame";
import { placeLabels } from "./labels";

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
    // An account may have a second marker (the plan's override, drawn over its own): keyed by series too.
    for (let i = 0; i < list.length; i++)
      list[i].key =
        i > 0 && list[i - 1].point.account === list[i].point.account
          ? `#${list[i].point.account}\u0000${list[i].series}`
          : `#${list[i].point.account}`;
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

export function SheetMarkers({ spec, frame, onPoint }: { spec: ChartSpec; frame: ChartFrame; onPoint?: (p: ChartPoint) => void }) {
  const list = markers(spec, frame);
  // Spec order (quadrant, then priority) decides who keeps a contested label spot.
  const order = new Map<string, number>();
  spec.series.forEach((s, k) => s.points.forEach((p, j) => order.has(p.label) || order.set(p.label, k * 1e6 + j)));
  const labels = placeLabels([...list].sort((a, b) => (order.get(a.label) ?? 0) - (order.get(b.label) ?? 0)));
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
