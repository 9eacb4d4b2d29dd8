import * as React from "react";
import type { ChartPoint, ChartSpec } from "../../../app/report/types";
import { ChartFrame, clamp } from "./frame";

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

/** Ids of overlay circles: the account's index plus this (accounts are far fewer). */
const OVERLAY = 1e9;

type Circle = SVGCircleElement & { kam?: Record<string, string | number | null> };

/**
 * The preview's markers, written to the DOM directly and kept per account: on a slider step React
 * would compare thousands of circles of 11 props each; this writes the two attributes that moved
 * (the preview's budget is 100 ms at 10,000 accounts). React renders the empty group
 * and never its children.
 */
export function PreviewMarkers({ spec, frame, onPoint }: { spec: ChartSpec; frame: ChartFrame; onPoint?: (p: ChartPoint) => void }) {
  const ref = React.useRef<SVGGElement>(null);
  const circles = React.useRef(new Map<number, Circle>());
  const points = React.useRef(new Map<number, ChartPoint>());
  React.useLayoutEffect(() => {
    const g = ref.current!;
    const count = spec.series.reduce((n, s) => n + s.points.length, 0);
    const every = Math.max(1, Math.ceil(count / PREVIEW_MARKERS));
    const seen = new Set<number>();
    // An account's second point (the plan's "Override (plan)" marker over its own) is an overlay:
    // its own circle, never thinned out, kept on top of the others.
    const accounts = new Set<number>();
    const overlays: Circle[] = [];
    let created = false;
    let k = 0;
    points.current.clear();
    for (const s of spec.series) {
      for (const p of s.points) {
        const overlay = p.account !== undefined && accounts.has(p.account);
        if (p.account !== undefined) accounts.add(p.account);
        const id = overlay ? OVERLAY + p.account! : (p.account ?? -1 - k++); // points without an account (not from the pane) by position
        if (every > 1 && !p.hollow && !overlay && id % every !== 0) continue;
        seen.add(id);
        points.current.set(id, p);
        let c = circles.current.get(id);
        if (!c) {
          c = document.createElementNS(SVG_NS, "circle") as Circle;
          c.setAttribute("r", overlay ? "3.5" : "3");
          c.setAttribute("data-i", String(id));
          if (p.account !== undefined) c.setAttribute(overlay ? "data-override" : "data-account", String(p.account));
          circles.current.set(id, c);
          g.appendChild(c);
          created = true;
        }
        if (overlay) overlays.push(c);
        const cache = (c.kam ??= {});
        setAttr(c, cache, "cx", frame.x(clamp(p.x, spec.xAxis)));
        setAttr(c, cache, "cy", frame.y(clamp(p.y, spec.yAxis)));
        const look = p.hollow ? `o${s.color}` : overlay ? `x${s.color}` : s.color;
        if (cache.look === look) continue;
        cache.look = look;
        // Opaque and without an outline unless hollow: thousands of blended, stroked circles cost a frame.
        // An overlay (a few) has a white outline so that it stands apart from the marker under it.
        setAttr(c, cache, "data-hollow", p.hollow ? "true" : null);
        setAttr(c, cache, "fill", p.hollow ? "none" : s.color);
        setAttr(c, cache, "stroke", p.hollow ? s.color : overlay ? "#ffffff" : null);
        setAttr(c, cache, "stroke-width", p.hollow ? 1.5 : overlay ? 1 : null);
        setAttr(c, cache, "pointer-events", p.hollow ? "all" : null);
      }
    }
    for (const [id, c] of circles.current) {
      if (seen.has(id)) continue;
      c.remove();
      circles.current.delete(id);
    }
    // A marker created in this pass went to the end: the overlays move back on top.
    if (created) for (const c of overlays) g.appendChild(c);
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
