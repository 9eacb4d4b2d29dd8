/** The pane's use case on real adapters: the report is never its own source, failures are worded honestly. */
import { createPane } from "../../app/pane";
import { sampleTable } from "../../app/sample/sampleData";
import { defaultSettings } from "../../app/settings/settings";
import { serializeSettings } from "../../app/settings/storage";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { MemoryWorkbook } from "../../hosts/playground/memory-workbook";
import { FakeExcel } from "../support/excel-fake";

async function builtOn(wb: MemoryWorkbook | ExcelWorkbook, lang: "en" | "de" = "en") {
  const c = createPane(wb, lang, { debounceMs: 0 }).matrix;
  await c.start();
  await c.build();
  return c;
}

describe("the report is never its own source", () => {
  test("a stored table name that points at the report's own table is not adopted at start", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", sampleTable());
    const first = await builtOn(wb);
    first.dispose();
    await wb.saveSettings(serializeSettings({ ...defaultSettings("en"), source: { tableName: "KamResults" } }));
    wb.activate("Accounts");
    const c = createPane(wb, "en", { debounceMs: 0 }).matrix;
    await c.start();
    expect(c.getState().settings.source).toEqual({ selection: true });
    expect(c.getState().table?.sheetName).toBe("Accounts");
    expect(c.getState().tables).toEqual([]);
  });

  test("a selection on the report sheet, even renamed and after reopening the pane, is refused with a sentence", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", sampleTable());
    (await builtOn(wb)).dispose();
    const report = wb.sheets.find((s) => s.ownedByAddin)!;
    report.name = "Matrix Q3";
    wb.activate("Accounts");
    const c = createPane(wb, "de", { debounceMs: 0 }).matrix;
    await c.start();
    wb.activate("Matrix Q3");
    wb.select(3, 0);
    await c.useSource({ selection: true });
    expect(c.getState().error).toMatch(/^Diese Tabelle liegt auf dem vom Add-in geschriebenen Blatt KAM Matrix/);
    expect(c.getState().table?.sheetName).toBe("Accounts");
  });
});

describe("a failed build says what is left", () => {
  function excelWithSample() {
    const excel = new FakeExcel("1.14");
    excel.addSheet("Accounts", sampleTable());
    excel.select("Accounts", "A2");
    return { excel, wb: new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }) };
  }

  test("a later request fails: the old matrix stands and the pane says so, not that nothing happened", async () => {
    const { excel, wb } = excelWithSample();
    const c = await builtOn(wb);
    const before = JSON.stringify([...excel.sheet("KAM Matrix").cells]);
    // Syncs of the next build: settings saved (1), inspect (2), the staging sheet (3), the write (4).
    excel.failRequest(4, { afterActions: 50 });
    await c.build();
    expect(c.getState().error).toBe(
      "The KAM Matrix sheet could not be updated. Check that the workbook is not protected or in cell-edit mode, then try again. The previous matrix and your data were not changed.",
    );
    expect(JSON.stringify([...excel.sheet("KAM Matrix").cells])).toBe(before);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix"]);
    c.dispose();
  });

  test("when the unfinished sheet cannot be removed either, the pane names it", async () => {
    const { excel, wb } = excelWithSample();
    const c = await builtOn(wb, "de");
    excel.failRequest(4, { afterActions: 50 });
    excel.failRequest(5);
    excel.failRequest(6); // the clean-up is tried twice
    await c.build();
    expect(c.getState().error).toMatch(
      /^Das Schreiben von „KAM Matrix“ brach mittendrin ab, und ein unfertiges Blatt „KAM Matrix \(new\)“ ist vielleicht übrig\./,
    );
    c.dispose();
  });
});
