import { createPane } from "../../app/pane";
import { updateCriterion } from "../../app/settings/settings";
import { sampleTable } from "../../app/sample/sampleData";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

const sample = () => tableOf(sampleTable(), "Sample accounts");
const DEBOUNCE = 20;

async function started(wb: FakeWorkbook, lang: "en" | "de" = "en") {
  const c = createPane(wb, lang, { debounceMs: DEBOUNCE }).matrix;
  await c.start();
  return c;
}

const valueOf = (wb: FakeWorkbook, name: string) =>
  wb.lastWrite!.tables.find((t) => t.id === "results")!.rows.find((r) => r[0] === name)![1];

describe("controller", () => {
  it("maps the table on start and builds on request", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    expect(c.getState().settings.nameColumn).toBe("Account");
    expect(c.getState().error).toBeNull();
    expect(wb.writes).toHaveLength(0);
    await c.build();
    expect(wb.writes).toHaveLength(1);
    const last = c.getState().lastBuild!;
    expect(last.sheetName).toBe("KAM Matrix");
    expect(last.counts.reduce((a, b) => a + b, 0) + last.notScored).toBe(40);
  });

  it("folds five quick changes into one write with the last weight", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    await c.build();
    const before = valueOf(wb, "Meridian Bank AG");
    for (const w of [1, 2, 3, 4, 10]) c.update((s) => updateCriterion(s, "Revenue (EUR)", { weight: w }));
    await c.idle();
    expect(wb.writes).toHaveLength(2);
    expect(valueOf(wb, "Meridian Bank AG")).not.toBeCloseTo(before as number, 6);
    expect(
      (wb.stored as { criteria: { column: string; weight: number }[] }).criteria.find((x) => x.column === "Revenue (EUR)")!.weight,
    ).toBe(10);
  });

  it("never writes twice at once; the latest settings win", async () => {
    const wb = new FakeWorkbook(sample());
    wb.writeDelayMs = 60;
    const c = await started(wb);
    await c.build();
    c.update((s) => ({ ...s, valueThreshold: 10 }));
    await new Promise((r) => setTimeout(r, DEBOUNCE + 10)); // first rebuild is now writing
    c.update((s) => ({ ...s, valueThreshold: 90 }));
    await new Promise((r) => setTimeout(r, DEBOUNCE + 10));
    c.update((s) => ({ ...s, valueThreshold: 80 }));
    await c.idle();
    expect(wb.maxActive).toBe(1);
    expect(wb.lastWrite!.chart!.thresholds.value).toBe(80);
  });

  it("does not write before the first build, but saves the settings", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    c.update((s) => ({ ...s, method: "minmax" }));
    await c.idle();
    expect(wb.writes).toHaveLength(0);
    expect((wb.stored as { method: string }).method).toBe("minmax");
  });

  it("brings stored settings back when the workbook is reopened", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    c.update((s) => ({ ...updateCriterion(s, "Loyalty (years)", { axis: "ignore" }), engagementThreshold: "mean" }));
    await c.idle();
    c.dispose();
    const reopened = await started(wb);
    const s = reopened.getState().settings;
    expect(s.engagementThreshold).toBe("mean");
    expect(s.criteria.find((x) => x.column === "Loyalty (years)")!.axis).toBe("ignore");
  });

  it("rebuilds after the user edits the source data", async () => {
    const wb = new FakeWorkbook(sample());
    const c = await started(wb);
    await c.build();
    const before = valueOf(wb, "Helios Energy plc") as number;
    wb.edit(4, 1, 9_000_000); // Helios Energy's revenue becomes the largest
    await new Promise((r) => setTimeout(r, DEBOUNCE + 5));
    await c.idle();
    expect(wb.writes).toHaveLength(2);
    expect(valueOf(wb, "Helios Energy plc") as number).toBeGreaterThan(before);
    // The button shows the report sheet; the live rewrite after an edit leaves the user where they are.
    expect(wb.reveals).toEqual([true, false]);
  });

  it("turns errors into sentences, in the pane's language", async () => {
    const empty = await started(new FakeWorkbook(null));
    expect(empty.getState().error).toMatch(/^No account table found at the selection\./);

    const text = new FakeWorkbook(
      tableOf([
        ["Account", "Revenue", "Loyalty"],
        ["A", "n/a", 1],
        ["B", "-", 2],
      ]),
    );
    const de = await started(text, "de");
    await de.build();
    expect(de.getState().error).toBe(
      "Die Spalte „Revenue“ enthält keine Zahlen. Tragen Sie Zahlen ein oder setzen Sie die Achse auf Ignorieren.",
    );

    const broken = new FakeWorkbook(sample());
    const err = new Error("GeneralException at Excel.run (excel.js:1:2)");
    broken.writeError = err;
    const c = await started(broken);
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    await c.build();
    expect(c.getState().error).toMatch(/could not be updated.*The previous matrix and your data were not changed/);
    expect(c.getState().error).not.toMatch(/excel\.js|GeneralException|\(.*:\d+:\d+\)/);
    broken.writeError = Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" });
    await c.build();
    expect(c.getState().error).toMatch(/too large/);
    spy.mockRestore();
  });

  it("shows progress for more than 5,000 accounts only", async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [`A${i}`, (i * 7919) % 1000, (i * 104729) % 997]);
    const wb = new FakeWorkbook(tableOf([["Account", "Revenue", "Loyalty"], ...rows]));
    const c = await started(wb);
    const seen: (number | null)[] = [];
    c.subscribe((s) => seen.push(s.progress));
    await c.build();
    expect(seen).toEqual(expect.arrayContaining([0, 0.5, 1]));
    expect(c.getState().progress).toBeNull();

    const smallWb = new FakeWorkbook(sample());
    const small = await started(smallWb);
    const smallSeen: (number | null)[] = [];
    small.subscribe((s) => smallSeen.push(s.progress));
    await small.build();
    expect(smallSeen.every((p) => p === null)).toBe(true);
  });

  it("inserts the sample and makes it the source", async () => {
    const wb = new FakeWorkbook(null);
    const c = await started(wb);
    await c.insertSample();
    expect(wb.dataSheets[0].values).toEqual(sampleTable());
    expect(c.getState().error).toBeNull();
    expect(c.getState().table!.rows).toHaveLength(40);
    await c.build();
    expect(c.getState().lastBuild!.accounts).toBe(40);
  });
});
