/** One store for every controller, and the controllers built in one place. */
import { createPane } from "../../app/pane";
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
  it("wires the review and prepare controllers to the matrix controller it builds", async () => {
    const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
    const pane = createPane(wb, "de", { debounceMs: 0, clipboard: null });
    expect(pane.review).toBe(pane.matrix.review);
    const states: string[] = [];
    pane.matrix.subscribe((s) => states.push(s.phase));
    await pane.matrix.start();
    expect(pane.matrix.getState().phase).toBe("ready");
    expect(states).toContain("ready");
    expect(pane.review.getState().loaded).toBe(true);
    // "Prepare data" reads the matrix's settings: nothing is stored yet, so Refresh says so (in German).
    await pane.prepare.refresh();
    expect(pane.prepare.getState().error).toMatch(/^Noch nichts zu aktualisieren/);
  });
});
