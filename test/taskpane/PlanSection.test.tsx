import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import { parsePlan } from "../../app/plan/plan";
import { parseActions } from "../../app/plan/actions";
import { sampleTable } from "../../app/sample/sampleData";
import { WorkbookError } from "../../app/workbook/contract";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";
import { SuggestPicker } from "../../app/plan/selection";
import { SuggestPickerList } from "../../taskpane/components/SuggestPickerList";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
    // Every account of the default now has an open action: none is ticked, Suggest waits for a tick.
    await screen.findByText("0 accounts selected");
    expect(screen.getByRole("button", { name: "Suggest actions" }).hasAttribute("disabled")).toBe(true);
    const list = screen.getByRole("list", { name: "Accounts to suggest actions for" });
    fireEvent.click(within(list).getByRole("checkbox", { name: new RegExp(escapeRe(actions[0].account)) }));
    await screen.findByText("1 account selected");
    fireEvent.click(screen.getByRole("button", { name: "Suggest actions" }));
    await screen.findByText("The selected accounts already have every action the playbook suggests for their quadrant; nothing was added.");
    expect(parseActions(wb.logs.actions!)).toHaveLength(actions.length);
  });

  it("lists the matrix's accounts pre-ticked with quadrants 1 and 2; filters, a search and the ticks decide what Suggest adds", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
    await waitFor(() => expect(wb.writes).toHaveLength(1));
    // The quadrants as the matrix sheet has them (no plan yet: no overrides, no actions).
    const results = wb.writes[0].tables.find((t) => t.id === "results")!;
    // An account that cannot be scored has no quadrant: it is not in the list.
    const quadrantOf = new Map(results.rows.filter((r) => typeof r[3] === "number").map((r) => [String(r[0]), r[3] as number]));
    const inQ12 = [...quadrantOf].filter(([, q]) => q === 1 || q === 2).map(([name]) => name);
    const inQ3 = [...quadrantOf].filter(([, q]) => q === 3).map(([name]) => name);
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(`${inQ12.length} accounts selected`);
    const list = () => screen.getByRole("list", { name: "Accounts to suggest actions for" });
    const box = (name: string) => within(list()).getByRole("checkbox", { name: new RegExp(`^${escapeRe(name)} `) }) as HTMLInputElement;
    expect(within(list()).getAllByRole("checkbox")).toHaveLength(quadrantOf.size);
    for (const [name, q] of quadrantOf) expect(box(name).checked).toBe(q === 1 || q === 2);
    // Quadrant 1 and 2 off, quadrant 3 on (filter, then select all matching).
    fireEvent.click(screen.getByRole("button", { name: /^1 Key partner/ }));
    fireEvent.click(screen.getByRole("button", { name: "Clear all matching" }));
    fireEvent.click(screen.getByRole("button", { name: /^1 Key partner/ }));
    fireEvent.click(screen.getByRole("button", { name: /^2 Develop/ }));
    fireEvent.click(screen.getByRole("button", { name: "Clear all matching" }));
    fireEvent.click(screen.getByRole("button", { name: /^2 Develop/ }));
    fireEvent.click(screen.getByRole("button", { name: /^3 Monetise/ }));
    expect(within(list()).getAllByRole("checkbox")).toHaveLength(inQ3.length);
    fireEvent.click(screen.getByRole("button", { name: "Select all matching" }));
    fireEvent.click(screen.getByRole("button", { name: /^3 Monetise/ }));
    // A search narrows the list: untick one account of quadrant 3 by its name.
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: inQ3[0].slice(0, 8) } });
    fireEvent.click(box(inQ3[0]));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });
    await screen.findByText(`${inQ3.length - 1} accounts selected`);
    fireEvent.click(screen.getByRole("button", { name: "Suggest actions" }));
    await screen.findByText(new RegExp(`proposed actions for ${inQ3.length - 1} accounts added to "KAM Actions"`));
    const accounts = new Set(parseActions(wb.logs.actions!).map((a) => a.account));
    expect([...accounts].sort()).toEqual(inQ3.slice(1).sort());
  });

  it("at 10,000 accounts the list draws at most 50 rows and says how to find the others (German)", () => {
    const picker = new SuggestPicker();
    picker.refresh(
      Array.from({ length: 10_000 }, (_, i) => ({
        key: `k${i}`,
        name: `Kunde ${i}`,
        owner: "",
        quadrant: ((i % 4) + 1) as 1 | 2 | 3 | 4,
        overridden: false,
        open: 0,
      })),
    );
    render(<SuggestPickerList picker={picker} lang="de" disabled={false} />);
    expect(screen.getAllByRole("checkbox")).toHaveLength(50);
    // Quadrants 1 and 2 are ticked by default: half of them.
    screen.getByText("5000 Kunden ausgewählt");
    screen.getByText("50 von 10000 angezeigt; geben Sie einen Namen ein oder wählen Sie einen Quadranten, um die übrigen zu finden.");
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "Kunde 9999" } });
    expect(screen.getAllByRole("checkbox")).toHaveLength(1);
  });

  it("an account of the plan that left the matrix is flagged in the pane", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(/accounts added to "KAM Plan"/);
    wb.logs.plan!.rows.push(["Omega AG", null, "B. Kurz", null, null, null, null, "lost in tender"]);
    fireEvent.click(screen.getByRole("button", { name: "Add new accounts to the plan" }));
    await screen.findByText("1 account of the plan is no longer in the matrix (kept in the plan): Omega AG");
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
  it("the card lists the account's actions as they are in KAM Actions now, after the user typed there", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(/accounts added to "KAM Plan"/);
    fireEvent.click(screen.getByRole("button", { name: "Suggest actions" }));
    await screen.findByText(/proposed actions for \d+ accounts added/);
    const rows = wb.logs.actions!.rows;
    const name = String(rows[0][0]);
    const i = sampleTable()
      .slice(1)
      .findIndex((r) => r[0] === name);
    const mine = rows.filter((r) => r[0] === name);
    // The user rewrites the first action's text in the sheet (no edit event reaches the pane for it).
    rows[0][1] = "Joint roadmap workshop with their CTO";
    await waitFor(() => expect(previewMarker(i)).toBeTruthy());
    fireEvent.click(previewMarker(i));
    const list = await screen.findByRole("region", { name: "Actions" });
    await within(list).findByText(/^Joint roadmap workshop with their CTO \(Proposed/);
    expect(within(list).getAllByRole("button", { name: "Mark done" })).toHaveLength(mine.length);
    // With the card open, the user sets that action to Done in the sheet and selects the account again.
    rows[0][5] = "Done";
    fireEvent.click(previewMarker(i));
    await within(list).findByText(/^Joint roadmap workshop with their CTO \(Done/);
    expect(within(list).queryAllByRole("button", { name: "Mark done" })).toHaveLength(mine.length - 1);
  });

  it("with the sample as the source and no plan, the section offers the sample's plan and adds it through the own-sheet route", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb);
    screen.getByText(/^Try it on the sample: a plan as a team would have typed it/);
    fireEvent.click(screen.getByRole("button", { name: "Add sample plan" }));
    // The plan is there: the section offers the next step, lists the sample's override without a reason.
    await screen.findByRole("button", { name: "Add new accounts to the plan" });
    expect(screen.queryByRole("button", { name: "Add sample plan" })).toBeNull();
    const plan = parsePlan(wb.logs.plan!);
    expect(plan.entries.map((e) => e.name)).toEqual(
      sampleTable()
        .slice(1)
        .map((r) => r[0]),
    );
    expect(plan.problems.map((p) => p.kind)).toEqual(["noReason"]);
    await screen.findByText(/has no reason, so it is not applied/);
    const actions = parseActions(wb.logs.actions!);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(["proposed", "open", "done", "dropped"]));
  });

  it("Add sample plan with a sheet of the user's named KAM Plan: nothing is written and the pane says so", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    wb.editHistory = async (change) => {
      throw new WorkbookError("nameTaken", { name: change.sheetName ?? "" });
    };
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Add sample plan" }));
    await screen.findByText(/^The sample plan was not added: the workbook has a plan, or a sheet of yours is named "KAM Plan"/);
    expect(wb.logs.plan).toBeUndefined();
    expect(wb.logs.actions).toBeUndefined();
  });

  it("a source that is not the sample: no sample plan is offered", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Accounts 2026"));
    await renderPane(wb);
    await screen.findByRole("button", { name: "Create plan" });
    expect(screen.queryByRole("button", { name: "Add sample plan" })).toBeNull();
    expect(screen.queryByText(/^Try it on the sample/)).toBeNull();
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

describe("Matrix preview and the plan's overrides", () => {
  it("marks an overridden account with the sheet's black Override (plan) marker at its scored position, with a legend entry", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    await renderPane(wb);
    fireEvent.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(/accounts added to "KAM Plan"/);
    const preview = () => screen.getByRole("group", { name: "Matrix preview" });
    expect(preview().querySelector("circle[data-override]")).toBeNull();
    expect(within(preview()).queryByText("Override (plan)")).toBeNull();
    // The user overrides the third and the fifth account; the fifth has no reason, so it is not applied.
    const rows = wb.logs.plan!.rows;
    const name = (r: number) => String(rows[r][0]);
    rows[2].splice(3, 2, 1, "strategic entry into rail");
    rows[4].splice(3, 1, 2);
    fireEvent.click(screen.getByRole("button", { name: "Build matrix" }));
    await waitFor(() => expect(preview().querySelectorAll("circle[data-override]")).toHaveLength(1));
    const i = sampleTable()
      .slice(1)
      .findIndex((r) => r[0] === name(2));
    const mark = preview().querySelector<SVGCircleElement>(`circle[data-override="${i}"]`)!;
    expect(mark.getAttribute("fill")).toBe("#000000");
    // At the account's own (scored) marker, drawn after it (on top).
    const own = previewMarker(i);
    expect([mark.getAttribute("cx"), mark.getAttribute("cy")]).toEqual([own.getAttribute("cx"), own.getAttribute("cy")]);
    expect(own.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(own.getAttribute("fill")).not.toBe("#000000");
    within(preview()).getByText("Override (plan)");
    // The matrix sheet's chart marks the same account.
    const sheetSeries = wb.writes[wb.writes.length - 1].chart!.series.find((s) => s.name === "Override (plan)")!;
    expect(sheetSeries.points.map((p) => p.label)).toEqual([name(2)]);
  });
});
