import type { ChartSpec } from "../../../app/report/types";
import { ChartFrame, clamp } from "./frame";

/**
 * A compared review on the sheet chart: the hysteresis band as translucent strips around the thresholds,
 * and each trail as a line from a hollow marker (the earlier position) to the account's marker now.
 */
export function ReviewLayer({
  spec,
  frame: f,
  box,
}: {
  spec: ChartSpec;
  frame: ChartFrame;
  box: { left: number; right: number; top: number; bottom: number };
}) {
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
              <circle
                cx={f.x(clamp(tr.from.x, spec.xAxis))}
                cy={f.y(clamp(tr.from.y, spec.yAxis))}
                r={5}
                fill="#fff"
                stroke={tr.color}
                strokeWidth={1.5}
              />
            </g>
          ))}
        </g>
      )}
    </>
  );
}
