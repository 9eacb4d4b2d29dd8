import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { compareReviews, HistoryTable, listReviews, parseHistory, reviewFromTable } from "../../app/review";
import { sampleTable } from "../../app/sample/sampleData";
import { sampleNextQuarterTable } from "../../app/sample/sampleNextQuarter";
import { parseSettings } from "../../app/settings/storage";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(90000);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

async function renderPane(wb: FakeWorkbook, displayLanguage: string) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App workbook={wb} displayLanguage={displayLanguage} />
    </RendererProvider>,
  );
  await screen.findByRole("button", { name: displayLanguage.startsWith("de") ? "Matrix erstellen" : "Build matrix" });
  // The Review section is folded at start, as an accordion item of the pane.
  fireEvent.click(screen.getByRole("button", { name: displayLanguage.startsWith("de") ? "Überprüfung" : "Review" }));
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("Review section", () => {
  it("saves a review, asks before replacing the one of the same date, deletes one after confirmation (English)", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb, "en-US");
    type("Review date", "2026-09-30");
    type("Label", "Q3 2026");
    fireEvent.click(screen.getByRole("button", { name: "Save review" }));
    await screen.findByText('Review "Q3 2026" saved to "KAM History".');
    expect(listReviews(wb.history as HistoryTable)).toEqual([{ date: "2026-09-30", label: "Q3 2026", accounts: 40 }]);

    // The same date again: asked first, nothing written until confirmed.
    fireEvent.click(screen.getByRole("button", { name: "Save review" }));
    const ask = await screen.findByRole("alertdialog", { name: "Replace" });
    expect(ask.textContent).toContain('A review dated 2026-09-30 ("Q3 2026") is already saved. Replace that review');
    expect(wb.historyEdits).toHaveLength(1);
    fireEvent.click(within(ask).getByRole("button", { name: "Replace" }));
    await screen.findByText(/Review "Q3 2026" replaced on "KAM History"/);
    expect(wb.historyEdits[1].remove).toEqual([{ date: "2026-09-30", reviewId: expect.any(String), rows: 40 }]);
    expect(wb.history!.rows).toHaveLength(40);

    // Delete: asked first; Cancel keeps it, Delete removes it.
    fireEvent.click(screen.getByRole("button", { name: "Delete review" }));
    let confirm = await screen.findByRole("alertdialog", { name: "Delete review" });
    expect(confirm.textContent).toContain(
      'Delete the review "Q3 2026" of 2026-09-30 (40 accounts) from KAM History? This cannot be undone.',
    );
    fireEvent.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(wb.historyEdits).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Delete review" }));
    confirm = await screen.findByRole("alertdialog", { name: "Delete review" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Delete" }));
    await screen.findByText('Review "Q3 2026" deleted; the other reviews are unchanged.');
    expect(wb.history!.rows).toHaveLength(0);
    expect(screen.getByText("No review saved yet. Save one to compare with it next time.")).toBeTruthy();
  });

  it("compares the next quarter with a saved one: movers and trails as the core computes them (German)", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Beispielkunden"));
    await renderPane(wb, "de-DE");
    type("Stichtag", "2026-09-30");
    type("Bezeichnung", "Q3 2026");
    fireEvent.click(screen.getByRole("button", { name: "Überprüfung speichern" }));
    await screen.findByText("Überprüfung „Q3 2026“ in „KAM History“ gespeichert.");
    fireEvent.click(screen.getByRole("button", { name: "Matrix erstellen" }));
    await waitFor(() => expect(wb.writes.length).toBeGreaterThan(0));
    // The next quarter is the new source.
    wb.table = tableOf(sampleNextQuarterTable(), "Beispielkunden Q4");
    // The build confirmed the mapping and folded the Data section: open it again.
    fireEvent.click(screen.getByRole("button", { name: "Daten" }));
    fireEvent.click(await screen.findByRole("button", { name: "Auswahl verwenden" }));
    await waitFor(() => expect(wb.lastWrite?.tables.some((t) => t.id === "movers")).toBe(false));
    const reads = wb.historyReads;
    fireEvent.change(screen.getByRole("combobox", { name: "Vergleichen mit" }), { target: { value: "2026-09-30" } });
    await waitFor(() => expect(wb.lastWrite?.tables.some((t) => t.id === "movers")).toBe(true));
    const settings = parseSettings(wb.saved[wb.saved.length - 1])!;
    const then = parseHistory(wb.history as HistoryTable).reviews[0];
    const now = reviewFromTable(
      wb.table,
      settings,
      { date: "2026-12-31", label: "" },
      { idColumn: settings.idColumn ?? null, previous: then },
    );
    const expected = compareReviews(then, now, "de");
    expect(expected.movers.length).toBeGreaterThan(0);
    const movers = wb.lastWrite!.tables.find((t) => t.id === "movers")!;
    expect(movers.rows.map((r) => r[0])).toEqual(expected.movers.map((m) => m.name));
    expect(wb.lastWrite!.chart!.trails!.map((t) => t.label)).toEqual(expected.trails.map((t) => t.name));
    expect(screen.getByRole("status", { name: "comparison" }).textContent).toContain(
      `${expected.movers.length} Kunden haben den Quadranten gewechselt; ${expected.trails.length} Spuren im Diagramm`,
    );
    // A slider movement rebuilds with the comparison, without reading the history again.
    fireEvent.change(screen.getByLabelText("Toleranzband (Punkte)"), { target: { value: "5" } });
    await waitFor(() => expect(wb.lastWrite!.chart!.band).toBe(5));
    expect(wb.historyReads).toBe(reads);
  });
});
