import * as React from "react";
import { render, screen } from "@testing-library/react";
import { MatrixChart } from "../../../taskpane/components/MatrixChart";
import type { ChartSpec } from "../../../app/report/types";

const spec: ChartSpec = {
  title: "Key account matrix",
  xAxis: { title: "Customer value", min: 0, max: 100 },
  yAxis: { title: "Engagement", min: 0, max: 100 },
  series: [
    { name: "Key partner", color: "#107C10", points: [{ x: 80, y: 90, label: "Acme", labelled: true }] },
    {
      name: "Re-evaluate",
      color: "#A4262C",
      points: [
        { x: 10, y: 20, label: "<img src=x onerror=alert(1)>", labelled: true },
        { x: 0, y: 100, label: '=HYPERLINK("x")', labelled: false },
      ],
    },
  ],
  thresholds: { value: 40, engagement: 60, label: "Threshold" },
  anchor: { row: 0, col: 8 },
  width: 450, // points: 600 px
  height: 375, // points: 500 px
};

/** Texts drawn on the chart (not tooltips). */
const visibleLabels = (container: HTMLElement) => [...container.querySelectorAll("text")].map((t) => t.textContent);

test("when weights move, each marker element stays with its account and only moves", () => {
  const { container, rerender } = render(<MatrixChart spec={spec} />);
  const acme = screen.getByRole("img", { name: "Acme" });
  const moved: ChartSpec = {
    ...spec,
    series: [
      { ...spec.series[0], points: [] },
      { ...spec.series[1], points: [{ x: 20, y: 10, label: "Acme", labelled: true }, ...spec.series[1].points] },
    ],
  };
  const cx = acme.getAttribute("cx");
  rerender(<MatrixChart spec={moved} />);
  expect(screen.getByRole("img", { name: "Acme" })).toBe(acme);
  expect(acme.getAttribute("cx")).not.toBe(cx);
  expect(acme.getAttribute("fill")).toBe("#A4262C");
  expect(container.querySelectorAll("circle[role=img]")).toHaveLength(3);
});

describe("the playground chart, drawn from the ChartSpec", () => {
  test("one marker per account, named after the account, placed by its scores", () => {
    const { container } = render(<MatrixChart spec={spec} />);
    expect(screen.getByRole("figure", { name: "Key account matrix" })).toBeTruthy();
    const markers = screen.getAllByRole("img");
    expect(markers.map((m) => m.getAttribute("aria-label")).sort()).toEqual(["<img src=x onerror=alert(1)>", '=HYPERLINK("x")', "Acme"]);
    // Each marker has its quadrant series' colour.
    expect(screen.getByRole("img", { name: "Acme" }).getAttribute("fill")).toBe("#107C10");
    expect(screen.getByRole("img", { name: '=HYPERLINK("x")' }).getAttribute("fill")).toBe("#A4262C");
    const at = (name: string) => {
      const c = screen.getByRole("img", { name });
      return [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
    };
    const [ax, ay] = at("Acme");
    const [ex, ey] = at("<img src=x onerror=alert(1)>");
    const [cornerX, cornerY] = at('=HYPERLINK("x")');
    expect(ax).toBeGreaterThan(ex); // higher value is further right
    expect(ay).toBeLessThan(ey); // higher engagement is further up
    // (0, 100) is the top-left corner of the plot area, inside the 600 x 500 px chart
    expect(cornerX).toBeLessThan(ax);
    expect(cornerY).toBeLessThan(ay);
    expect(container.querySelector("svg")!.getAttribute("width")).toBe("600");
    // The HTML-looking name is text, not an element.
    expect(container.querySelector("svg img")).toBeNull();
    expect(visibleLabels(container)).toContain("<img src=x onerror=alert(1)>");
  });

  test("markers sit at their scores inside the plot area (axes 0..100)", () => {
    const { container } = render(<MatrixChart spec={spec} />);
    const plot = container.querySelector("rect[data-plot]")!;
    const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(plot.getAttribute(a)));
    const acme = screen.getByRole("img", { name: "Acme" });
    expect(Number(acme.getAttribute("cx"))).toBeCloseTo(x + 0.8 * w, 9);
    expect(Number(acme.getAttribute("cy"))).toBeCloseTo(y + 0.1 * h, 9);
    const corner = screen.getByRole("img", { name: '=HYPERLINK("x")' });
    expect([Number(corner.getAttribute("cx")), Number(corner.getAttribute("cy"))]).toEqual([x, y]);
    expect(x + w).toBeLessThanOrEqual(600);
    expect(y + h).toBeLessThanOrEqual(500);
  });

  test("threshold lines sit at the thresholds, between the axis ends", () => {
    const { container } = render(<MatrixChart spec={spec} />);
    const v = container.querySelector('line[data-threshold="value"]')!;
    const e = container.querySelector('line[data-threshold="engagement"]')!;
    const [leftX] = [Number(screen.getByRole("img", { name: '=HYPERLINK("x")' }).getAttribute("cx"))];
    const [rightX] = [Number(screen.getByRole("img", { name: "Acme" }).getAttribute("cx"))];
    // x = 40 lies 40% of the way from x = 0 to x = 100; Acme is at x = 80.
    const x40 = Number(v.getAttribute("x1"));
    expect((x40 - leftX) / (rightX - leftX)).toBeCloseTo(0.5, 6);
    expect(v.getAttribute("x2")).toBe(v.getAttribute("x1"));
    expect(e.getAttribute("y1")).toBe(e.getAttribute("y2"));
    expect(Number(e.getAttribute("y1"))).toBeGreaterThan(Number(screen.getByRole("img", { name: "Acme" }).getAttribute("cy")));
  });

  test("axes show titles and ticks 0..100, the legend names each quadrant series and the threshold", () => {
    render(<MatrixChart spec={spec} />);
    expect(screen.getByText("Customer value")).toBeTruthy();
    expect(screen.getByText("Engagement")).toBeTruthy();
    expect(screen.getAllByText("0")).toHaveLength(2);
    expect(screen.getAllByText("50")).toHaveLength(2);
    expect(screen.getAllByText("100")).toHaveLength(2);
    expect(screen.getByText("Key partner")).toBeTruthy();
    expect(screen.getByText("Re-evaluate")).toBeTruthy();
    expect(screen.getByText("Threshold")).toBeTruthy();
  });

  test("only labelled points get a visible name beside the marker; every marker has a tooltip", () => {
    const { container } = render(<MatrixChart spec={spec} />);
    expect(visibleLabels(container)).toEqual(expect.arrayContaining(["Acme", "<img src=x onerror=alert(1)>"]));
    expect(visibleLabels(container)).not.toContain('=HYPERLINK("x")');
    expect([...container.querySelectorAll("circle > title")].map((t) => t.textContent).sort()).toEqual([
      "<img src=x onerror=alert(1)>",
      '=HYPERLINK("x")',
      "Acme",
    ]);
  });
});
