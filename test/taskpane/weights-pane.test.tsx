/**
 * "Derive weights", the coherence check and the outlier note in the task pane (jsdom, the fake
 * workbook): a user moves pair sliders, reads the weights and the consistency ratio, applies them,
 * writes the pairwise table; the numbers expected are worked out by hand.
 */
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { CellValue } from "../../app/workbook/contract";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// Revenue and Sales volume rank the accounts the same way (rho = 1); Margin does not.
const MARGINS = [9, 3, 12, 5, 1, 8, 11, 2, 7, 4, 10, 6];
const TABLE: CellValue[][] = [
  ["Account", "Revenue", "Sales volume", "Margin", "Loyalty", "Interactions"],
  ...MARGINS.map((m, i): CellValue[] => [`Account ${i + 1}`, 100 * (i + 1), 7 * (i + 1) + 3, m, (i * 5) % 12, 20 - i]),
];

async function renderPane(wb: FakeWorkbook) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App workbook={wb} displayLanguage="en-US" />
    </RendererProvider>,
  );
  await screen.findByRole("button", { name: "Build matrix" });
}

const slider = (name: string) => screen.getByRole("slider", { name }) as HTMLInputElement;
const move = (name: string, step: number) => act(() => void fireEvent.change(slider(name), { target: { value: String(step) } }));

describe("Derive weights", () => {
  it("turns consistent judgements into weights with CR 0 and puts them on the weight sliders", async () => {
    const wb = new FakeWorkbook(tableOf(TABLE));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Derive value weights from pairwise comparisons" }));
    const panel = screen.getByRole("group", { name: "Derive value weights from pairwise comparisons" });
    // Three pairs for three value criteria, each starting at "equally important".
    expect(within(panel).getAllByRole("slider")).toHaveLength(3);
    expect(within(panel).getByText("Revenue and Sales volume equally important")).toBeTruthy();
    // Revenue 2x Sales volume and 2x Margin; Sales volume and Margin equal: weights 2 : 1 : 1, no contradiction.
    move("Revenue compared with Sales volume", 1);
    move("Revenue compared with Margin", 1);
    expect(within(panel).getByText("Revenue 2x more important than Sales volume")).toBeTruthy();
    const list = within(panel).getByRole("list", { name: "Derived weights" });
    expect(within(list).getByText("Revenue: 50%")).toBeTruthy();
    expect(within(list).getByText("Sales volume: 25%")).toBeTruthy();
    expect(within(panel).getByText("Consistency ratio 0.00: the comparisons agree (0.1 or less).")).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "Use these weights" }));
    // The largest derived weight becomes 10 on the slider scale, the others keep their ratio.
    await waitFor(() => expect(slider("Weight Revenue").value).toBe("10"));
    expect(slider("Weight Sales volume").value).toBe("5");
    expect(slider("Weight Margin").value).toBe("5");
    // The judgements are stored with the settings (the debounced save).
    await waitFor(() => expect((wb.stored as { pairwise?: { value?: unknown[] } })?.pairwise?.value).toHaveLength(3));
  });

  it("names the most inconsistent comparison when CR is above 0.1", async () => {
    const wb = new FakeWorkbook(tableOf(TABLE));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Derive value weights from pairwise comparisons" }));
    const panel = screen.getByRole("group", { name: "Derive value weights from pairwise comparisons" });
    // Revenue 9x Sales volume, Sales volume 9x Margin, yet Margin 9x Revenue: a circle.
    move("Revenue compared with Sales volume", 8);
    move("Sales volume compared with Margin", 8);
    move("Revenue compared with Margin", -8);
    expect(within(panel).getByText("Margin 9x more important than Revenue")).toBeTruthy();
    expect(within(panel).getByText(/^Consistency ratio \d+\.\d\d: above 0\.1, the comparisons contradict each other\.$/)).toBeTruthy();
    // Three criteria: every comparison is equally far off, the first pair is named with the third criterion.
    expect(within(panel).getByText("Revenue vs Sales volume contradicts Revenue vs Margin and Margin vs Sales volume.")).toBeTruthy();
  });

  it("writes the pairwise table with KAM.WEIGHTS beside it to a new sheet", async () => {
    const wb = new FakeWorkbook(tableOf(TABLE));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Derive value weights from pairwise comparisons" }));
    move("Revenue compared with Margin", 2);
    fireEvent.click(screen.getByRole("button", { name: "Write to sheet" }));
    await screen.findByText('The comparisons and KAM.WEIGHTS are on the new sheet "KAM Weights (Value)".');
    const written = wb.dataSheets.find((s) => s.name === "KAM Weights (Value)")!;
    expect(written.values[1].slice(0, 4)).toEqual(["Criterion", "Revenue", "Sales volume", "Margin"]);
    expect(written.values[2].slice(1, 4)).toEqual([1, 1, 3]);
    expect(written.formulas).toEqual([
      { row: 2, col: 5, formula: "=KAM.WEIGHTS(B3:D5)" },
      { row: 6, col: 5, formula: '=KAM.WEIGHTS(B3:D5,"cr")' },
    ]);
  });
});

describe("coherence check", () => {
  it("names two criteria of one axis that move together, and the account card shows the table on request", async () => {
    const wb = new FakeWorkbook(tableOf(TABLE));
    await renderPane(wb);
    expect(
      screen.getByText(
        "Revenue and Sales volume move together (rank correlation 1.00): they measure much the same, so together they count about twice. Consider a lower weight for one of them.",
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Margin move together|and Margin move together/)).toBeNull();
    // The card of an account: the value axis's correlation table on request.
    const marker = () => screen.getByRole("group", { name: "Matrix preview" }).querySelector<SVGCircleElement>('circle[data-account="0"]')!;
    await waitFor(() => expect(marker()).toBeTruthy());
    fireEvent.click(marker());
    const card = await screen.findByRole("region", { name: "Account 1" });
    expect(within(card).queryByRole("table", { name: "Rank correlations of the value criteria" })).toBeNull();
    fireEvent.click(within(card).getByRole("button", { name: "Show value correlations" }));
    const table = within(card).getByRole("table", { name: "Rank correlations of the value criteria" });
    const revenueRow = within(table).getAllByRole("row")[1]; // the header row, then Revenue
    // Revenue with itself, with Sales volume (same ranks) and with Margin (computed by hand below).
    const cells = within(revenueRow)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(["1.00", "1.00"]);
    // Spearman by hand: ranks of Revenue are 1..12, of Margin the margins themselves (1..12, no ties).
    const d2 = MARGINS.reduce((s, m, i) => s + (i + 1 - m) ** 2, 0);
    expect(cells[2]).toBe((1 - (6 * d2) / (12 * (144 - 1))).toFixed(2));
  });
});
