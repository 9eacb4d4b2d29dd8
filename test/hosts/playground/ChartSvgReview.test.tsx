/** Trails and the band in the playground's SVG chart, drawn from the same ChartSpec as the native chart. */
import * as React from "react";
import { render } from "@testing-library/react";
import { MatrixChart } from "../../../taskpane/components/MatrixChart";
import { chartFrame } from "../../../taskpane/components/chart/frame";
import { placeLabels } from "../../../taskpane/components/chart/labels";
import { reviewReport } from "../../app/review/chartFixture";

describe("the playground chart with a comparison", () => {
  const { report, trails } = reviewReport(11);
  const f = chartFrame(report.chart);
  const num = (el: Element, a: string) => Number(el.getAttribute(a));

  test("one trail per selected account: a line from a hollow marker then to the marker now, in the colour of the quadrant now", () => {
    const { container } = render(<MatrixChart spec={report.chart} />);
    const drawn = [...container.querySelectorAll("g[data-trail]")];
    expect(drawn.map((g) => g.getAttribute("data-trail"))).toEqual(trails.map((t) => t.name));
    drawn.forEach((g, i) => {
      const t = trails[i];
      const line = g.querySelector("line")!;
      const start = g.querySelector("circle")!;
      expect([num(line, "x1"), num(line, "y1"), num(line, "x2"), num(line, "y2")]).toEqual([
        f.x(t.from.x),
        f.y(t.from.y),
        f.x(t.to.x),
        f.y(t.to.y),
      ]);
      expect(line.getAttribute("stroke")).toBe(t.color);
      expect([num(start, "cx"), num(start, "cy"), start.getAttribute("fill"), start.getAttribute("stroke")]).toEqual([
        f.x(t.from.x),
        f.y(t.from.y),
        "#fff",
        t.color,
      ]);
      expect(g.querySelector("title")!.textContent).toBe(`Move since Q3 2026: ${t.name}`);
    });
    // The account's own marker sits at the end of its trail.
    const now = [...container.querySelectorAll("circle[role=img]")].find((c) => c.getAttribute("aria-label") === trails[0].name)!;
    expect([num(now, "cx"), num(now, "cy")]).toEqual([f.x(trails[0].to.x), f.y(trails[0].to.y)]);
  });

  test("the band: a strip from t - band to t + band around each threshold", () => {
    const { container } = render(<MatrixChart spec={report.chart} />);
    const band = container.querySelector("g[data-band]")!;
    expect(band.getAttribute("data-band")).toBe("11");
    const [vertical, horizontal] = [...band.querySelectorAll("rect")];
    expect(num(vertical, "x")).toBeCloseTo(f.x(39), 9);
    expect(num(vertical, "x") + num(vertical, "width")).toBeCloseTo(f.x(61), 9);
    expect(num(horizontal, "y")).toBeCloseTo(f.y(61), 9);
    expect(num(horizontal, "y") + num(horizontal, "height")).toBeCloseTo(f.y(39), 9);
  });

  test("without a comparison or band: no trails, no band", () => {
    const { container } = render(<MatrixChart spec={{ ...report.chart, trails: undefined, band: undefined }} />);
    expect(container.querySelectorAll("g[data-trail]")).toHaveLength(0);
    expect(container.querySelector("g[data-band]")).toBeNull();
  });

  test("the legend explains the trails (hollow marker and line) and the band", () => {
    const { container } = render(<MatrixChart spec={report.chart} />);
    const legend = container.querySelector("g[data-legend]")!;
    const texts = [...legend.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts.slice(-2)).toEqual(["Move since Q3 2026", "Band ±11"]);
    // Entries do not overlap: each starts after the previous one's text.
    const lefts = [...legend.children].map((g) => Number(/translate\(([-\d.]+)/.exec(g.getAttribute("transform")!)![1]));
    for (let i = 1; i < lefts.length; i++) expect(lefts[i] - lefts[i - 1]).toBeGreaterThanOrEqual(20 + texts[i - 1]!.length * 5);
    const without = render(<MatrixChart spec={{ ...report.chart, trails: undefined, band: undefined }} />).container;
    expect([...without.querySelectorAll("g[data-legend] text")].map((t) => t.textContent)).not.toContain("Move since Q3 2026");
  });
});

test("names in a dense cluster do not overlap: the first takes the right, the next the left, a third is left out", () => {
  const at = (key: string, cx: number, cy: number) => ({ key, label: key, labelled: true, cx, cy });
  const placed = placeLabels([
    at("Alpha Beta GmbH", 100, 100),
    at("Gamma Delta AG", 104, 102),
    at("Epsilon KG", 102, 101),
    at("Far away", 300, 300),
  ]);
  expect(placed.get("Alpha Beta GmbH")).toEqual({ x: 108, anchor: "start" });
  expect(placed.get("Gamma Delta AG")).toEqual({ x: 96, anchor: "end" });
  expect(placed.has("Epsilon KG")).toBe(false);
  expect(placed.get("Far away")).toEqual({ x: 308, anchor: "start" });
});
