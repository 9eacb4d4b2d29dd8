/**
 * The Review section's controller on the playground workbook: a history it cannot read is named
 * with what to repair (never "Something went wrong", never an empty list that a save would
 * silently start again), a second pane's save is kept, and the messages say what is true.
 */
import { friendlyError } from "../../../app/i18n/errors";
import { ReviewController } from "../../../app/review/reviewController";
import { WorkbookError, type SourceTable } from "../../../app/workbook/contract";
import { MemoryWorkbook } from "../../../hosts/playground/memory-workbook";
import { cellAt } from "../../../hosts/playground/memory-sheet";
import { Q3_ROWS, Q4_ROWS, settings, table } from "./fixtures";

function pane(workbook: MemoryWorkbook, lang: "en" | "de" = "en") {
  const errors: string[] = [];
  let source: SourceTable = table(Q3_ROWS);
  const controller = new ReviewController(workbook, lang, {
    table: () => source,
    settings: () => ({ ...settings(), language: lang, idColumn: "Account ID" }),
    rebuild: () => {},
    fail: (e) => errors.push(friendlyError(e, lang)),
  });
  return {
    controller,
    errors,
    use: (rows: unknown[][]) => void (source = table(rows)),
  };
}

const historySheets = (wb: MemoryWorkbook) => wb.sheets.map((s) => s.name).filter((n) => n.startsWith("KAM History"));

async function twoReviews() {
  const wb = new MemoryWorkbook();
  wb.addDataSheet("Accounts", [["x"]]);
  const p = pane(wb);
  await p.controller.load();
  await p.controller.save("2026-09-30", "Q3 2026");
  p.use(Q4_ROWS);
  await p.controller.save("2026-12-31", "Q4 2026");
  expect(p.errors).toEqual([]);
  return { wb, p };
}

describe("a history the pane cannot read", () => {
  test("a renamed column is named, with how to repair it; a save is refused, and no second history starts", async () => {
    const { wb, p } = await twoReviews();
    const header = wb.sheet("KAM History")!.cells[1];
    const col = header.indexOf("Value");
    expect(col).toBeGreaterThan(0);
    wb.setCell(1, col, "Value (old)", "KAM History");
    await p.controller.load();
    expect(p.errors).toEqual([
      'The KAM History table has no column "Value"; restore its header row (the add-in reads the history by these names).',
    ]);
    expect(p.controller.state.reviews).toEqual([]);
    p.use(Q3_ROWS);
    await p.controller.save("2027-03-31", "Q1 2027");
    expect(p.errors[1]).toBe(p.errors[0]);
    expect(historySheets(wb)).toEqual(["KAM History"]);
    // Restored as the message says: both reviews are back.
    wb.setCell(1, col, "Value", "KAM History");
    await p.controller.load();
    expect(p.controller.state.reviews.map((r) => r.date)).toEqual(["2026-09-30", "2026-12-31"]);
  });

  test("in German, the column is named by its German header", async () => {
    const wb = new MemoryWorkbook();
    wb.addDataSheet("Accounts", [["x"]]);
    const p = pane(wb, "de");
    await p.controller.load();
    await p.controller.save("2026-09-30", "Q3 2026");
    const col = wb.sheet("KAM History")!.cells[1].indexOf("Kundenwert");
    wb.setCell(1, col, "", "KAM History");
    await p.controller.load();
    expect(p.errors).toEqual([
      'Der Tabelle KAM History fehlt die Spalte "Kundenwert"; stellen Sie die Kopfzeile wieder her (das Add-in liest den Verlauf über diese Namen).',
    ]);
  });

  test("a history whose record of ownership is lost is named; the pane does not start a second one", async () => {
    const { wb } = await twoReviews();
    const file = JSON.parse(wb.serialize());
    file.ownSheetIds = {};
    const reopened = MemoryWorkbook.deserialize(JSON.stringify(file));
    const p = pane(reopened);
    await p.controller.load();
    expect(p.errors[0]).toContain(
      'The sheet "KAM History" holds saved reviews, but the add-in\'s record that it wrote this sheet is missing or damaged',
    );
    await p.controller.save("2027-03-31", "Q1 2027");
    expect(p.errors).toHaveLength(2);
    expect(p.errors[1]).toBe(p.errors[0]);
    expect(historySheets(reopened)).toEqual(["KAM History"]);
  });
});

describe("saving from a read that is no longer current", () => {
  test("after a user sorted the history, Delete removes exactly that review and says so truthfully", async () => {
    const { wb, p } = await twoReviews();
    const sheet = wb.sheet("KAM History")!;
    // Sort the ten data rows by account key (column C): Q3 and Q4 rows now alternate.
    const rows = sheet.cells.slice(2, 12).map((r) => [...r]);
    rows.sort((x, y) => String(x[2]).localeCompare(String(y[2])) || String(x[0]).localeCompare(String(y[0])));
    rows.forEach((r, i) => r.forEach((v, c) => wb.setCell(2 + i, c, v ?? null, "KAM History")));
    const q4Names = Q4_ROWS.map((r) => String(r[0]));
    p.controller.askDelete("2026-09-30");
    await p.controller.confirmDelete();
    expect(p.errors).toEqual([]);
    expect(p.controller.state.done).toEqual({ kind: "deleted", label: "Q3 2026", sheet: "KAM History" });
    const left = Array.from({ length: 6 }, (_, i) => cellAt(sheet, 2 + i, 4));
    expect(left.slice(0, 5).sort()).toEqual([...q4Names].sort());
    expect(left[5] ?? null).toBeNull();
    expect(p.controller.state.reviews.map((r) => [r.date, r.accounts])).toEqual([["2026-12-31", 5]]);
  });

  test("two panes save their first review at the same time: both reviews are kept", async () => {
    const wb = new MemoryWorkbook();
    wb.addDataSheet("Accounts", [["x"]]);
    const a = pane(wb);
    const b = pane(wb);
    await a.controller.load();
    await b.controller.load();
    await a.controller.save("2026-09-30", "Q3 2026");
    b.use(Q4_ROWS);
    await b.controller.save("2026-12-31", "Q4 2026");
    expect([a.errors, b.errors]).toEqual([[], []]);
    expect(b.controller.state.done).toEqual({ kind: "saved", label: "Q4 2026", sheet: "KAM History" });
    expect(historySheets(wb)).toEqual(["KAM History"]);
    expect(b.controller.state.reviews.map((r) => r.date)).toEqual(["2026-09-30", "2026-12-31"]);
    // The same date from both panes: the second is asked whether to replace, nothing is lost.
    await a.controller.load();
    b.use(Q3_ROWS);
    await b.controller.load();
    await a.controller.save("2027-03-31", "Q1 (a)");
    await b.controller.save("2027-03-31", "Q1 (b)");
    expect(b.controller.state.confirm).toEqual({ kind: "replace", date: "2027-03-31", label: "Q1 (a)" });
    expect(b.errors).toEqual([]);
  });
});

test("a review that cannot be scored names the column, as the report does, not the core's criterion number", async () => {
  const wb = new MemoryWorkbook();
  wb.addDataSheet("Accounts", [["x"]]);
  const p = pane(wb);
  await p.controller.load();
  // Margin (the second criterion) holds no numbers.
  p.use(Q3_ROWS.map((r) => [r[0], r[1], r[2], "n/a", ...r.slice(4)]));
  await p.controller.save("2026-09-30", "Q3 2026");
  expect(p.errors).toEqual(['Column "Margin" has no numbers. Enter numbers in it, or set its axis to Ignore.']);
  expect(await wb.readHistory()).toBeNull();
});

test("a Delete confirmed for a review another pane has since replaced is refused, not applied to the new one", async () => {
  const { wb, p: a } = await twoReviews();
  const b = pane(wb);
  await b.controller.load();
  b.use(Q4_ROWS);
  await b.controller.save("2026-09-30", "Q3 2026 (corrected)", true);
  expect(b.errors).toEqual([]);
  a.controller.askDelete("2026-09-30");
  await a.controller.confirmDelete();
  expect(a.errors).toEqual([
    "The KAM History table changed while the pane was writing to it (rows or columns were added, removed or renamed there, or another pane saved a review). Nothing was changed by this step; the pane has read the table again, so try once more.",
  ]);
  expect(a.controller.state.reviews.map((r) => [r.date, r.label])).toEqual([
    ["2026-09-30", "Q3 2026 (corrected)"],
    ["2026-12-31", "Q4 2026"],
  ]);
});

test("a first save whose unfinished sheet could not be removed names that sheet as the history's, not the matrix's", async () => {
  const wb = new MemoryWorkbook();
  wb.addDataSheet("Accounts", [["x"]]);
  const p = pane(wb);
  await p.controller.load();
  wb.editHistory = async () => {
    throw new WorkbookError("reportIncomplete", { name: "KAM History (new)" });
  };
  await p.controller.save("2026-09-30", "Q3 2026");
  expect(p.errors).toEqual([
    'Saving the first review failed part-way, and the unfinished sheet "KAM History (new)" could not be removed. Delete that sheet; no review was saved and your data was not changed. Save review writes KAM History again.',
  ]);
});
