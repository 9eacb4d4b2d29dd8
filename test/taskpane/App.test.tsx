import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { scoreAxis } from "../../core";
import { App } from "../../taskpane/App";
import { sampleTable } from "../../app/sample/sampleData";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

// jsdom is slow and the test machine is shared: wait generously (this is no speed test), and
// leave out Fluent's CSS, which only makes jsdom's style lookups slow and is not under test here.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);
// Fluent's MessageBar watches its size; every Office webview has ResizeObserver, jsdom does not.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const sample = () => tableOf(sampleTable(), "Sample accounts");
const results = (wb: FakeWorkbook) => wb.lastWrite!.tables.find((t) => t.id === "results")!;
const scoreOf = (wb: FakeWorkbook, name: string, col: 1 | 2) => results(wb).rows.find((r) => r[0] === name)![col] as number;

async function renderPane(wb: FakeWorkbook, displayLanguage = "en-US") {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App workbook={wb} displayLanguage={displayLanguage} />
    </RendererProvider>,
  );
  await screen.findByRole("button", { name: displayLanguage.startsWith("de") ? "Matrix erstellen" : "Build matrix" });
}

async function buildOnce(wb: FakeWorkbook) {
  fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
  await waitFor(() => expect(wb.writes).toHaveLength(1));
  await screen.findByText(/Sheet "KAM Matrix" written with 40 accounts\./);
}

describe("task pane", () => {
  it("builds the matrix and shows the quadrant counts", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    await buildOnce(wb);
    const status = screen.getByRole("status");
    const counts = [1, 2, 3, 4].map((q) => wb.lastWrite!.chart!.series[q - 1].points.length);
    expect(within(status).getByText(`Key partner: ${counts[0]}`)).toBeTruthy();
    expect(within(status).getByText(`Re-evaluate: ${counts[3]}`)).toBeTruthy();
    expect(within(status).getByText("1 not scored (too little data)")).toBeTruthy();
  });

  it("changing a column's axis takes it off the axis and rebuilds", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    await buildOnce(wb);
    const before = scoreOf(wb, "Nordwind Logistik AG", 2);
    expect(screen.getByRole("slider", { name: "Weight Loyalty (years)" })).toBeTruthy();
    // The first build folds the mapping away (the weights move up under the preview); it opens again.
    expect(screen.queryByRole("combobox", { name: "Axis Loyalty (years)" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Data" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Axis Loyalty (years)" }), { target: { value: "ignore" } });
    await waitFor(() => expect(wb.writes).toHaveLength(2));
    expect(screen.queryByRole("slider", { name: "Weight Loyalty (years)" })).toBeNull();
    expect(scoreOf(wb, "Nordwind Logistik AG", 2)).not.toBeCloseTo(before, 6);
    // Now engagement is the core's score over the two remaining criteria (interactions, collaboration).
    const rows = sample().rows;
    const core = scoreAxis({ data: rows.map((r) => [r[5], r[7]]) });
    expect(scoreOf(wb, "Nordwind Logistik AG", 2)).toBeCloseTo(core.scores[1] as number, 9);
  });

  it("marking a criterion lower-is-better flips its effect", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    await buildOnce(wb);
    const before = scoreOf(wb, "Meridian Bank AG", 1);
    fireEvent.click(screen.getByRole("button", { name: "Data" }));
    fireEvent.click(screen.getByRole("switch", { name: "Lower is better Revenue (EUR)" }));
    await waitFor(() => expect(wb.writes).toHaveLength(2));
    // Meridian has the largest revenue: with lower-is-better, its value drops.
    expect(scoreOf(wb, "Meridian Bank AG", 1)).toBeLessThan(before);
  });

  it("typing a weight rebuilds live and changes the results", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    await buildOnce(wb);
    const before = scoreOf(wb, "Meridian Bank AG", 1);
    const input = screen.getByRole("spinbutton", { name: "Weight Revenue (EUR)" });
    fireEvent.change(input, { target: { value: "10" } });
    await waitFor(() => expect(wb.writes).toHaveLength(2));
    // The account with the largest revenue gains value when revenue weighs double.
    expect(scoreOf(wb, "Meridian Bank AG", 1)).toBeGreaterThan(before);
    expect((screen.getByRole("slider", { name: "Weight Revenue (EUR)" }) as HTMLInputElement).value).toBe("10");
  });

  it("rejects a weight outside 0..10 with a hint and keeps the last good one", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    fireEvent.change(screen.getByRole("spinbutton", { name: "Weight Revenue (EUR)" }), { target: { value: "12" } });
    expect(await screen.findByText("Enter a number from 0 to 10.")).toBeTruthy();
    expect((screen.getByRole("slider", { name: "Weight Revenue (EUR)" }) as HTMLInputElement).value).toBe("5");
  });

  it("presets change the weights", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    const margin = () => (screen.getByRole("spinbutton", { name: "Weight Profit margin (%)" }) as HTMLInputElement).value;
    const growth = () => (screen.getByRole("spinbutton", { name: "Weight Growth potential (1-10)" }) as HTMLInputElement).value;
    expect([margin(), growth()]).toEqual(["5", "5"]);
    fireEvent.click(screen.getByRole("button", { name: "Profitability first" }));
    await waitFor(() => expect([margin(), growth()]).toEqual(["10", "3"]));
    fireEvent.click(screen.getByRole("button", { name: "Growth first" }));
    await waitFor(() => expect([margin(), growth()]).toEqual(["3", "10"]));
  });

  it("shows an error without numeric data as a sentence, not a stack trace", async () => {
    const wb = new FakeWorkbook(
      tableOf([
        ["Account", "Revenue", "Loyalty"],
        ["A", "n/a", 1],
        ["B", "-", 2],
      ]),
    );
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('Column "Revenue" has no numbers. Enter numbers in it, or set its axis to Ignore.');
    expect(alert.textContent).not.toMatch(/Error:|at \w+ \(|\.ts:\d+/);
    expect(wb.writes).toHaveLength(0);
    // The data check already said so before building.
    expect(screen.getByText(/Revenue: no numbers at all/)).toBeTruthy();
  });

  it("says how to start when there is no table at the selection", async () => {
    const wb = new FakeWorkbook(null);
    await renderPane(wb);
    expect((await screen.findByRole("alert")).textContent).toMatch(/No account table found at the selection/);
    expect((screen.getByRole("button", { name: "Build matrix" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Insert sample data" }));
    await screen.findByRole("combobox", { name: "Axis Revenue (EUR)" });
    expect(wb.dataSheets).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("lists data problems with cell addresses, and shows cell text as text", async () => {
    const wb = new FakeWorkbook(
      tableOf([
        ["Account", "Revenue", "Loyalty"],
        ["<img src=x onerror=alert(1)>", null, null],
        ["B", "12", 2],
        ["C", 3, 4],
      ]),
    );
    await renderPane(wb);
    expect(screen.getByText("Revenue: 1 cell is not a number (B3) and counts as missing.")).toBeTruthy();
    // B's only value-axis cell is text, so B has no value data either.
    expect(
      screen.getByText("2 accounts have less than 50% of the data and will not be scored: <img src=x onerror=alert(1)>, B."),
    ).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
  });

  it("shows the adapter's missing features as a warning, in the pane's language", async () => {
    const wb = new FakeWorkbook(sample());
    wb.missingFeatures = ["pointLabelsExcel"];
    await renderPane(wb);
    await buildOnce(wb);
    expect(screen.getByText("Point labels need Excel API 1.8; the chart is shown without account names.")).toBeTruthy();
  });

  it("says in German that point labels are missing (never in English or as 'Something went wrong')", async () => {
    const wb = new FakeWorkbook(sample());
    wb.missingFeatures = ["pointLabelsExcel"];
    await renderPane(wb, "de-DE");
    fireEvent.click(screen.getByRole("button", { name: "Matrix erstellen" }));
    expect(await screen.findByText("Punktbeschriftungen brauchen Excel API 1.8; das Diagramm wird ohne Kundennamen gezeigt.")).toBeTruthy();
  });

  it("says once that the user's edits of the old matrix were kept on their own sheet", async () => {
    const wb = new FakeWorkbook(sample());
    wb.keptEdits = "KAM Matrix (your edits)";
    await renderPane(wb);
    await buildOnce(wb);
    expect(screen.getByText("Your edits on the old matrix were kept")).toBeTruthy();
    expect(screen.getByText(/that sheet is kept as "KAM Matrix \(your edits\)"/)).toBeTruthy();
  });

  it("speaks German when Office does", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb, "de-DE");
    expect(screen.getByRole("button", { name: "Beispieldaten einfügen" })).toBeTruthy();
    expect(screen.getByRole("slider", { name: "Gewicht Revenue (EUR)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rentabilität zuerst" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Matrix erstellen" }));
    await screen.findByText("Blatt „KAM Matrix“ mit 40 Kunden geschrieben.");
    // The sheet follows the display language too, unless the user picks another.
    expect(results(wb).header[0]).toBe("Kunde");
    fireEvent.change(screen.getByRole("combobox", { name: "Sprache des Blatts" }), { target: { value: "en" } });
    await waitFor(() => expect(results(wb).header[0]).toBe("Account"));
  });

  it("switching thresholds to the median rebuilds with the median line", async () => {
    const wb = new FakeWorkbook(sample());
    await renderPane(wb);
    await buildOnce(wb);
    fireEvent.change(screen.getByRole("combobox", { name: "Value threshold" }), { target: { value: "median" } });
    await waitFor(() => expect(wb.writes).toHaveLength(2));
    const values = results(wb)
      .rows.filter((r) => typeof r[1] === "number")
      .map((r) => r[1] as number)
      .sort((a, b) => a - b);
    expect(wb.lastWrite!.chart!.thresholds.value).toBeCloseTo(values[values.length >> 1], 9); // 39 accounts: the middle one
    fireEvent.change(screen.getByRole("combobox", { name: "Value threshold" }), { target: { value: "number" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Value threshold number" }), { target: { value: "70" } });
    await waitFor(() => expect(wb.lastWrite!.chart!.thresholds.value).toBe(70));
    await act(async () => {});
  });
});
