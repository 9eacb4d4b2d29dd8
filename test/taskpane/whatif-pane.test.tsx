/**
 * Issue 11 in the real pane (jsdom): the preview repaints on a weight change before the workbook
 * is written, the write follows after the pause; a click on a preview marker opens the account's
 * card, whose contributions, gaps and "what it takes" are checked against the core (KAM.CONTRIB,
 * scorePortfolio on the changed data) and whose stability is KAM.STABILITY.
 */
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { contributions, isKamError, scorePortfolio, stability, strategiesFor } from "../../core";
import { App } from "../../taskpane/App";
import { sampleTable, SAMPLE_HEADERS } from "../../app/sample/sampleData";
import { chartFrame } from "../../taskpane/components/chart/frame";
import type { CellValue } from "../../app/report/types";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const col = (h: (typeof SAMPLE_HEADERS)[number]) => SAMPLE_HEADERS.indexOf(h);
const VALUE = [
  col("Revenue (EUR)"),
  col("Profit margin (%)"),
  col("Growth potential (1-10)"),
  col("Strategic importance (1-5)"),
  col("Cost to serve (EUR)"),
];
const ENGAGEMENT = [col("Interactions per year"), col("Loyalty (years)"), col("Collaboration (1-5)")];
const VALUE_WEIGHTS = [5, 5, 5, 5, -5];

function core(rows: CellValue[][], valueWeights = VALUE_WEIGHTS) {
  return scorePortfolio({
    names: rows.map((r) => r[0]),
    value: { data: rows.map((r) => VALUE.map((j) => r[j])), weights: valueWeights },
    engagement: { data: rows.map((r) => ENGAGEMENT.map((j) => r[j])), weights: [5, 5, 5] },
  });
}

async function renderPane(wb: FakeWorkbook) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App workbook={wb} displayLanguage="en-US" />
    </RendererProvider>,
  );
  await screen.findByRole("button", { name: "Build matrix" });
}

const previewMarker = (account: number) =>
  screen.getByRole("group", { name: "Matrix preview" }).querySelector<SVGCircleElement>(`circle[data-account="${account}"]`)!;
const pts = (x: number) => x.toFixed(1);

test("a weight change repaints the preview at once, without a write; the sheet follows after the pause", async () => {
  const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
  await renderPane(wb);
  fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
  await waitFor(() => expect(wb.writes).toHaveLength(1));
  const rows = sampleTable().slice(1);
  const after = core(rows, [10, 5, 5, 5, -5]);
  // The account whose value moves most when revenue counts double.
  const before = core(rows);
  const i = after.accounts
    .map((a, k) => [k, isKamError(a.value) ? 0 : Math.abs((a.value as number) - (before.accounts[k].value as number))] as const)
    .sort((a, b) => b[1] - a[1])[0][0];
  const frame = chartFrame(wb.lastWrite!.chart!, true);
  await waitFor(() => expect(Number(previewMarker(i).getAttribute("cx"))).toBeCloseTo(frame.x(before.accounts[i].value as number), 9));

  fireEvent.change(screen.getByRole("spinbutton", { name: "Weight Revenue (EUR)" }), { target: { value: "10" } });
  // Repainted in the same event, before any timer ran: no write yet.
  expect(Number(previewMarker(i).getAttribute("cx"))).toBeCloseTo(frame.x(after.accounts[i].value as number), 9);
  expect(Number(previewMarker(i).getAttribute("cy"))).toBeCloseTo(frame.y(after.accounts[i].engagement as number), 9);
  expect(wb.writes).toHaveLength(1);
  // After the pause the sheet has the same numbers.
  await waitFor(() => expect(wb.writes).toHaveLength(2));
  const results = wb.lastWrite!.tables.find((t) => t.id === "results")!;
  expect(results.rows.find((r) => r[0] === rows[i][0])![1]).toBe(after.accounts[i].value);
  await act(async () => {});
});

test("a click on a marker opens the account card: contributions, gaps, what it takes, stability and actions", async () => {
  const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
  await renderPane(wb);
  fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
  await waitFor(() => expect(wb.writes).toHaveLength(1));
  const rows = sampleTable().slice(1);
  const scored = core(rows);
  // An account below the value threshold (50): its card says what it takes.
  const i = scored.accounts.findIndex((a) => !isKamError(a.quadrant) && (a.value as number) < 50 && (a.value as number) > 30);
  const a = scored.accounts[i];
  const name = String(rows[i][0]);
  await waitFor(() => expect(previewMarker(i)).toBeTruthy());
  fireEvent.click(previewMarker(i));
  const card = await screen.findByRole("region", { name });

  // Quadrant, label, priority, stability (KAM.STABILITY at the default 25%).
  const q = a.quadrant as number;
  expect(within(card).getByText(new RegExp(`^${q}: `))).toBeTruthy();
  expect(within(card).getByText(String(a.priority))).toBeTruthy();
  const s = stability({
    valueData: rows.map((r) => VALUE.map((j) => r[j])),
    engagementData: rows.map((r) => ENGAGEMENT.map((j) => r[j])),
    valueWeights: VALUE_WEIGHTS,
    engagementWeights: [5, 5, 5],
  })[i] as number;
  await waitFor(() => expect(within(card).getByText(new RegExp(`^${Math.round(s * 100)}%`))).toBeTruthy());

  // Value: each criterion's points are KAM.CONTRIB; the gap to the threshold in points.
  const value = within(card).getByRole("group", { name: "Value" });
  const contrib = contributions({ data: rows.map((r) => VALUE.map((j) => r[j])), weights: VALUE_WEIGHTS })[i] as number[];
  VALUE.forEach((j, k) => expect(within(value).getByLabelText(`${SAMPLE_HEADERS[j]}: ${pts(contrib[k])} Points`)).toBeTruthy());
  expect(within(value).getByText(`${pts(50 - (a.value as number))} points below the threshold (50.0)`)).toBeTruthy();

  // What it takes: each value, applied to the data alone, lifts the account to the threshold;
  // "not reachable" criteria cannot, even far beyond every other account.
  const items = within(within(value).getByRole("list", { name: /What it takes/ })).getAllByRole("listitem");
  expect(items).toHaveLength(VALUE.length);
  let reachable = 0;
  items.forEach((li, k) => {
    const text = li.textContent!;
    const j = VALUE[k];
    const lower = VALUE_WEIGHTS[k] < 0;
    const changed = (x: number) => core(rows.map((r, m) => (m === i ? r.map((c, n) => (n === j ? x : c)) : r))).accounts[i].value as number;
    const m = /: (?:more than |less than )?([\d,.]+)/.exec(text);
    if (text.endsWith("not reachable by this criterion alone")) {
      const others = rows.map((r) => r[j]).filter((x): x is number => typeof x === "number");
      const far = lower ? Math.min(...others) - 1e9 : Math.max(...others) + 1e9;
      expect(changed(far)).toBeLessThan(50);
      return;
    }
    reachable++;
    let x = Number(m![1].replace(/,/g, ""));
    if (/more than|less than/.test(text)) x += lower ? -1 : 1; // beyond every other account
    expect(changed(x)).toBeGreaterThanOrEqual(50);
  });
  expect(reachable).toBeGreaterThan(0);

  // Engagement: above or below its threshold, in points.
  const engagement = within(card).getByRole("group", { name: "Engagement" });
  const e = a.engagement as number;
  expect(
    within(engagement).getByText(
      e >= 50 ? `${pts(e - 50)} points above the threshold (50.0)` : `${pts(50 - e)} points below the threshold (50.0)`,
    ),
  ).toBeTruthy();
  // The quadrant's recommended actions from the playbook.
  for (const st of strategiesFor(a.quadrant as 1 | 2 | 3 | 4))
    expect(within(card).getByText(new RegExp(`^${st.name.en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `))).toBeTruthy();

  fireEvent.click(within(card).getByRole("button", { name: "Close account card" }));
  expect(screen.queryByRole("region", { name })).toBeNull();
  await act(async () => {});
});
