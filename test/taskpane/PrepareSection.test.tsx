import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { MemoryWorkbook } from "../../hosts/playground/memory-workbook";
import type { CellValue } from "../../app/workbook/contract";
import {
  ACTIVITY_SHEET_NAME,
  ACTIVITY_TABLE_NAME,
  ORDER_SHEET_NAME,
  ORDER_TABLE_NAME,
  sampleActivityTable,
  sampleOrderTable,
} from "../../app/sample/orderLines";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// A German ERP export: German headers, a date as D.M.YYYY text, a German number stored as text.
const EXPORT: CellValue[][] = [
  ["Kundennummer", "Belegdatum", "Belegnummer", "Warengruppe", "Nettobetrag", "Deckungsbeitrag"],
  ["K-100", 46000, "B-1", "Maschinen", 1200, 300],
  ["K-100", "15.3.2026", "B-2", "Service", 800, 100],
  ["k-100 ", 46100, "B-3", "Service", 500, 50],
  ["K-200", 46050, "B-4", "Maschinen", -150, -20],
  ["K-200", 46060, "B-5", "Service", "1.234,56", 10],
];

async function renderPane(wb: MemoryWorkbook, displayLanguage: string) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App workbook={wb} displayLanguage={displayLanguage} />
    </RendererProvider>,
  );
  // The Prepare data section is folded at start, as an accordion item of the pane.
  fireEvent.click(await screen.findByRole("button", { name: displayLanguage.startsWith("de") ? "Daten vorbereiten" : "Prepare data" }));
}

describe("Prepare data section", () => {
  it("English: maps the German headers, shows the quality report with cells, and writes KAM Accounts", async () => {
    const wb = MemoryWorkbook.withSheet("Export", EXPORT);
    await renderPane(wb, "en-US");
    // Before a table is chosen, the pane says how to choose one (Prepare accounts waits for it).
    screen.getByText(/Choose the order-line table first: pick it in the list above, or click a cell inside it and press Use selection/);
    expect((screen.getByRole("button", { name: "Prepare accounts" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(await screen.findByRole("button", { name: "Use selection: Order lines" }));
    await screen.findByText("Export!A1:F6: 5 lines");
    expect(screen.queryByText(/Choose the order-line table first/)).toBeNull();
    expect((screen.getByRole("combobox", { name: "Column for Customer" }) as HTMLSelectElement).value).toBe("0");
    expect((screen.getByRole("combobox", { name: "Column for Amount" }) as HTMLSelectElement).value).toBe("4");
    expect((screen.getByRole("combobox", { name: "Column for Profit" }) as HTMLSelectElement).value).toBe("5");
    // Counts read right: one number, one id, one line.
    await screen.findByText('1 number is stored as text: Export!E6 "1.234,56"');
    screen.getByText('1 account id written in different ways is merged: "K-100" = "k-100 "');
    screen.getByText("1 negative line (return, credit note) totalling -150: counted and kept.");
    screen.getByText("4 of 5 lines are valid.");
    // Every mapping can be changed: the profit column off, then back.
    fireEvent.change(screen.getByRole("combobox", { name: "Column for Profit" }), { target: { value: "\u0000none" } });
    expect((screen.getByRole("combobox", { name: "Column for Profit" }) as HTMLSelectElement).value).toBe("\u0000none");
    fireEvent.click(screen.getByRole("checkbox", { name: /Leave the invalid lines out/ }));
    fireEvent.click(screen.getByRole("button", { name: "Prepare accounts" }));
    await screen.findByText(
      /Sheet "KAM Accounts" written with 2 accounts, review date 2026-03-19; 1 line left out is listed below the table/,
    );
    // The note points to the ratings input; the old workaround (copy KAM Accounts to a sheet of your own) is gone.
    screen.getByText(/Collect them as one row per response/);
    expect(screen.queryByText(/copy the KAM Accounts table/)).toBeNull();
    expect(wb.sheet("KAM Accounts")?.cells[5].slice(0, 3)).toEqual(["Account", "Revenue", "Margin"]);
    // KAM Accounts is now a table of the workbook, but never offered as a raw table (Prepare would refuse it).
    const picker = screen.getByRole("combobox", { name: "Order lines" }) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).not.toContain("KamAccounts");
    // Copy as SQL: no clipboard in jsdom, so the query is shown read-only to copy by hand.
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL" }));
    const sql = (await screen.findByRole("textbox", { name: /SQL for your warehouse/ })) as HTMLTextAreaElement;
    expect(sql.readOnly).toBe(true);
    expect(sql.value).toContain("DATE '2026-03-19'");
  });

  it("German: the same section in German, the core's line message too", async () => {
    const wb = MemoryWorkbook.withSheet("Export", EXPORT);
    await renderPane(wb, "de-DE");
    await screen.findByRole("region", { name: "Daten vorbereiten" });
    fireEvent.click(screen.getByRole("button", { name: "Auswahl verwenden: Auftragspositionen" }));
    await screen.findByText("Export!A1:F6: 5 Zeilen");
    await screen.findByText('1 Zahl ist als Text gespeichert: Export!E6 "1.234,56"');
    screen.getByText("1 negative Zeile (Retoure, Gutschrift) mit zusammen -150: gezählt und behalten.");
    screen.getByText("Datenqualität");
    fireEvent.click(screen.getByRole("button", { name: "Kunden vorbereiten" }));
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert.textContent).toMatch(/1 Zeile ist ungültig, bei Export!E6: .*1\.234,56/));
    expect(alert.textContent).not.toMatch(/is not|stored as text/);
  });

  it("sample order lines inserted by the page: Prepare data opens with them chosen and says what to do next", async () => {
    const wb = MemoryWorkbook.withSheet("Notes", [["Nothing to see"]]);
    const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
    render(
      <RendererProvider renderer={renderer} targetDocument={document}>
        <App workbook={wb} displayLanguage="en-US" />
      </RendererProvider>,
    );
    await screen.findByRole("button", { name: "Prepare data" });
    // What the playground's "Insert sample order lines" does.
    const activity = await wb.addDataSheet(ACTIVITY_SHEET_NAME, sampleActivityTable(), { tableName: ACTIVITY_TABLE_NAME });
    const orders = await wb.addDataSheet(ORDER_SHEET_NAME, sampleOrderTable(), { tableName: ORDER_TABLE_NAME });
    act(() => wb.offerSources({ orders: { tableName: ORDER_TABLE_NAME }, activity: { tableName: ACTIVITY_TABLE_NAME } }));
    // The section opened by itself, with both tables chosen and the next step said.
    await screen.findByText(
      /sample order lines and activity log are chosen as the raw tables\. Check the columns below, then click Prepare accounts/,
    );
    const lines = sampleOrderTable().length - 1;
    await screen.findByText(`'${orders}'!A1:F${lines + 1}: ${lines} lines`);
    screen.getByText(`'${activity}'!A1:C${sampleActivityTable().length}: ${sampleActivityTable().length - 1} lines`);
    const prepare = screen.getByRole("button", { name: "Prepare accounts" }) as HTMLButtonElement;
    expect(prepare.disabled).toBe(false);
    fireEvent.click(screen.getByRole("checkbox", { name: /Leave the invalid lines out/ }));
    fireEvent.click(prepare);
    await screen.findByText(/Sheet "KAM Accounts" written with 40 accounts/);
    expect(screen.queryByText(/are chosen as the raw tables/)).toBeNull();
  });
});
