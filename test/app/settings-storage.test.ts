/**
 * Settings in the workbook: small (a wide export's ignored columns take no room), never
 * overwritten by an older version of the add-in, unknown keys kept, and a store's refusal shown
 * in its own words while the matrix is still built.
 */
import { createPane } from "../../app/pane";
import { updateCriterion } from "../../app/settings/settings";
import { parseSettings, serializeSettings, SETTINGS_VERSION } from "../../app/settings/storage";
import { WorkbookError } from "../../app/workbook/contract";
import { sampleTable } from "../../app/sample/sampleData";
import { FakeWorkbook, tableOf } from "../support/fake-workbook";

const DEBOUNCE = 20;

async function started(wb: FakeWorkbook) {
  const c = createPane(wb, "en", { debounceMs: DEBOUNCE }).matrix;
  await c.start();
  return c;
}

/** The sample accounts with `extra` more columns of free text no header guess maps (ignored). */
function wide(extra: number) {
  const values = sampleTable().map((row, r) => [
    ...row,
    ...Array.from({ length: extra }, (_, j) => (r === 0 ? `Note ${j} ${"x".repeat(60)}` : "n/a")),
  ]);
  return tableOf(values, "Export");
}

describe("settings stay small", () => {
  test("3,000 ignored columns add nothing to the stored settings, and they read back the same", async () => {
    const small = new FakeWorkbook(wide(0));
    const c0 = await started(small);
    await c0.build();
    const wb = new FakeWorkbook(wide(3000));
    const c = await started(wb);
    await c.build();
    expect(c.getState().settings.criteria.length).toBeGreaterThan(3000);
    const size = (x: unknown) => JSON.stringify(x).length;
    // The same as the table without the extra columns, give or take the source's name.
    expect(size(wb.stored)).toBeLessThan(size(small.stored) + 100);
    // Read back and fitted to the table, the settings are the ones the pane had.
    const again = await started(wb);
    expect(again.getState().settings.criteria).toEqual(c.getState().settings.criteria);
  });

  test("a column set to Ignore that its header would map, and a changed weight, are kept", async () => {
    const wb = new FakeWorkbook(wide(2));
    const c = await started(wb);
    const mapped = c.getState().settings.criteria.find((x) => x.axis !== "ignore")!;
    c.update((s) => updateCriterion(s, mapped.column, { axis: "ignore" }));
    await c.build();
    const again = await started(wb);
    expect(again.getState().settings.criteria.find((x) => x.column === mapped.column)!.axis).toBe("ignore");
  });
});

describe("settings of another version", () => {
  test("keys this version does not know are kept when it saves", async () => {
    const wb = new FakeWorkbook(wide(0));
    wb.stored = { ...serializeSettings(parseSettings({ language: "en" })!), futureTheme: { dark: true } };
    const c = await started(wb);
    await c.build();
    expect(wb.saved.length).toBeGreaterThan(0);
    expect(wb.stored).toMatchObject({ version: SETTINGS_VERSION, futureTheme: { dark: true } });
  });

  test("settings written by a newer version are used but never rewritten, and the pane says why", async () => {
    const wb = new FakeWorkbook(wide(0));
    const newer = { version: SETTINGS_VERSION + 1, language: "en", method: "minmax", criteria: [], layout: { v2: "something new" } };
    wb.stored = JSON.parse(JSON.stringify(newer));
    const c = await started(wb);
    expect(c.getState().settings.method).toBe("minmax");
    await c.build();
    expect(wb.saved).toEqual([]);
    expect(wb.stored).toEqual(newer);
    expect(wb.writes).toHaveLength(1);
    expect(c.getState().error).toBe(
      "The settings in this workbook were saved by a newer version of KAM Matrix. This version uses them but does not save your changes to them, so that nothing the newer version stored is lost. Update the add-in to keep your changes.",
    );
  });
});

test("settings the store refuses do not stop the build, and the pane shows the store's sentence", async () => {
  const wb = new FakeWorkbook(wide(0));
  // As from google.script.run: only the message crosses.
  wb.saveSettings = async () => {
    throw new Error(new WorkbookError("settingsTooLarge", { name: "431" }).message);
  };
  const c = await started(wb);
  await c.build();
  expect(wb.writes).toHaveLength(1);
  expect(c.getState().lastBuild).not.toBeNull();
  expect(c.getState().error).toBe(
    "The settings are 431 KB, more than the 400 KB a spreadsheet can keep for the add-on, so they were not saved (the matrix is built all the same). Set fewer columns to an axis, or use a table with fewer columns.",
  );
});
