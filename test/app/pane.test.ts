/** One store for every controller, and the controllers built in one place. */
import { createPane } from "../../app/pane";
import { PaneError, PlanError } from "../../app/errors";
import { friendlyError } from "../../app/i18n/errors";
import { Store } from "../../app/store";
import { sampleTable } from "../../app/sample/sampleData";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

describe("store", () => {
  it("replaces the state on each change and tells every listener until it unsubscribes", () => {
    const store = new Store({ a: 1, b: "x" });
    const first = store.getState();
    const heard: { a: number; b: string }[] = [];
    const stop = store.subscribe((s) => heard.push(s));
    store.set({ a: 2 });
    expect(first).toEqual({ a: 1, b: "x" }); // never mutated
    expect(store.getState()).toEqual({ a: 2, b: "x" });
    stop();
    store.set({ b: "y" });
    expect(heard).toEqual([{ a: 2, b: "x" }]);
  });
});

describe("pane", () => {
  it("wires the review, plan and prepare controllers to the matrix controller it builds", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    const pane = createPane(wb, "de", { debounceMs: 0, clipboard: null });
    const states: string[] = [];
    pane.matrix.subscribe((s) => states.push(s.phase));
    await pane.matrix.start();
    expect(pane.matrix.getState().phase).toBe("ready");
    expect(states).toContain("ready");
    expect(pane.review.getState().loaded).toBe(true);
    expect(pane.plan.getState().loaded).toBe(true);
    // "Prepare data" reads the matrix's settings: nothing is stored yet, so Refresh says so (in German).
    await pane.prepare.refresh();
    expect(pane.prepare.getState().error).toMatch(/^Noch nichts zu aktualisieren/);
  });
  it("gives the review and the plan the matrix's table, and shows their errors in the matrix's state", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    const pane = createPane(wb, "en", { debounceMs: 0, clipboard: null });
    await pane.matrix.start();
    await pane.plan.create();
    // One plan row per account of the sample table (its header row aside).
    expect(pane.plan.getState().done?.added).toBe(sampleTable().length - 1);
    await pane.review.save("2026-03-31", "Q1");
    expect(pane.review.getState().done?.kind).toBe("saved");

    const empty = createPane(new FakeWorkbook(null), "en", { debounceMs: 0, clipboard: null });
    // Without a table, each says why in the pane's one error line.
    await empty.plan.create();
    expect(empty.matrix.getState().error).toBe(friendlyError(new PlanError("noAccounts"), "en"));
    await empty.review.save("2026-03-31", "Q1");
    expect(empty.matrix.getState().error).toBe(friendlyError(new PaneError("noTable"), "en"));
  });
});
