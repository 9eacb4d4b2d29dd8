import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { parsePlan } from "../../app/plan/plan";
import { parseActions } from "../../app/plan/actions";
import { sampleTable } from "../../app/sample/sampleData";
import { WorkbookError } from "../../app/workbook/contract";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(90000);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const previewMarker = (i: number) =>
  screen.getByRole("group", { name: "Matrix preview" }).querySelector<SVGCircleElement>(`circle[data-account="${i}"]`)!;

async function renderPane(wb: FakeWorkbook) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App workbook={wb} displayLanguage="en-US" />
    </RendererProvider>,
  );
  await screen.findByRole("button", { name: "Build matrix" });
  fireEvent.click(screen.getByRole("button", { name: "Plan" }));
}

describe("Plan section", () => {
  it("asks for another name when the user has a KAM Plan sheet, creates the plan, then suggests actions once", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    const edit = wb.editHistory.bind(wb);
    wb.editHistory = async (change) => {
      if (change.sheetName === "KAM Plan") throw new WorkbookError("nameTaken", { name: "KAM Plan" });
      return edit(change);
    };
    await renderPane(wb);
    expect(screen.getByRole("button", { name: "Suggest actions" }).hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText('A sheet of yours is already named "KAM Plan"; it stays as it is. Enter another name for the plan sheet:');
    expect(wb.logs.plan).toBeUndefined();
    fireEvent.change(screen.getByLabelText("Plan sheet name"), { target: { value: "Account plan" } });
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText('40 accounts added to "Account plan".');
    expect(parsePlan(wb.logs.plan!).entries).toHaveLength(40);
    fireEvent.click(screen.getByRole("button", { name: "Suggest actions" }));
    const done = await screen.findByText(/proposed actions for \d+ accounts added to "KAM Actions"/);
    const actions = parseActions(wb.logs.actions!);
    expect(done.textContent).toContain(`${actions.length} proposed actions`);
    expect(actions.every((a) => a.status === "proposed")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Suggest actions" }));
    await screen.findByText("Every account in quadrants 1 and 2 already has an open action; nothing was added.");
    expect(parseActions(wb.logs.actions!)).toHaveLength(actions.length);
  });

  it("the card lists the account's actions and marks one done: Status and Done on in KAM Actions, nothing else", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
    await waitFor(() => expect(wb.writes).toHaveLength(1));
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(/accounts added to "KAM Plan"/);
    fireEvent.click(screen.getByRole("button", { name: "Suggest actions" }));
    await screen.findByText(/proposed actions for \d+ accounts added/);
    const actions = wb.logs.actions!;
    const name = String(actions.rows[0][0]);
    const i = sampleTable()
      .slice(1)
      .findIndex((r) => r[0] === name);
    await waitFor(() => expect(previewMarker(i)).toBeTruthy());
    fireEvent.click(previewMarker(i));
    const list = await screen.findByRole("region", { name: "Actions" });
    const mine = actions.rows.filter((r) => r[0] === name);
    expect(within(list).getAllByRole("listitem")).toHaveLength(mine.length);
    const before = actions.rows.map((r) => [...r]);
    fireEvent.click(within(list).getAllByRole("button", { name: "Mark done" })[0]);
    await waitFor(() => expect(within(list).getAllByRole("button", { name: "Mark done" })).toHaveLength(mine.length - 1));
    const after = wb.logs.actions!.rows;
    expect(after[0][5]).toBe("Done");
    expect(after[0][6]).toBe(new Date().toISOString().slice(0, 10));
    after[0].splice(5, 2, ...before[0].slice(5, 7));
    expect(after).toEqual(before);
  });
  it("Create plan writes KAM Actions too; a user's sheet of that name: the pane asks for an actions sheet name and uses it", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    const edit = wb.editHistory.bind(wb);
    wb.editHistory = async (change) => {
      if (change.sheetName === "KAM Actions") throw new WorkbookError("nameTaken", { name: "KAM Actions" });
      return edit(change);
    };
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(
      'A sheet of yours is already named "KAM Actions"; it stays as it is. Enter another name for the actions sheet:',
    );
    expect(parsePlan(wb.logs.plan!).entries).toHaveLength(40);
    expect(wb.logs.actions).toBeUndefined();
    fireEvent.change(screen.getByLabelText("Actions sheet name"), { target: { value: "Actions 2027" } });
    fireEvent.click(screen.getByRole("button", { name: "Add new accounts to the plan" }));
    await waitFor(() => expect(wb.logs.actions?.header[0]).toBe("Account"));
    expect(screen.queryByLabelText("Actions sheet name")).toBeNull();
    expect(parsePlan(wb.logs.plan!).entries).toHaveLength(40);
  });
});
