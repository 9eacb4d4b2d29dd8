/** The plan's override marker in the SVG chart (playground, pane preview of the sheet): a second, black marker on the account. */
import * as React from "react";
import { render } from "@testing-library/react";
import { MatrixChart } from "../../../taskpane/components/MatrixChart";
import { buildWithPlan, DELTA_OVERRIDE } from "../../app/plan/fixtures";

test("Delta KG has its quadrant's marker and a black override marker at the same place; every other account one marker", () => {
  const errors = jest.spyOn(console, "error").mockImplementation(() => {});
  const { container } = render(<MatrixChart spec={buildWithPlan([DELTA_OVERRIDE]).report.chart} />);
  const delta = [...container.querySelectorAll('circle[aria-label="Delta KG"]')];
  expect(delta.map((c) => c.getAttribute("data-series"))).toEqual(["Re-evaluate", "Override (plan)"]);
  expect(delta[1].getAttribute("fill")).toBe("#000000");
  expect(delta[1].getAttribute("cx")).toBe(delta[0].getAttribute("cx"));
  expect(delta[1].getAttribute("cy")).toBe(delta[0].getAttribute("cy"));
  expect(container.querySelectorAll('circle[aria-label="Alpha AG"]')).toHaveLength(1);
  // No duplicate React keys (the override marker is keyed apart from the account's own).
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});
