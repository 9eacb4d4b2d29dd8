/**
 * The review history ("KAM History", issue 10) on every adapter: saves append and never rewrite
 * an earlier row; replacing or deleting one review leaves the others' cells as they were; a
 * user's own sheet called "KAM History" is left alone; a reopened workbook reads what was saved.
 * The expected reviews come from the pure history model (parseHistory), the cells from the host.
 */
import {
  appendReview,
  deleteReview,
  historyChange,
  HistoryEdit,
  HistoryTable,
  parseHistory,
  replaceReview,
  Review,
  reviewFromTable,
} from "../../../app/review";
import type { CellValue } from "../../../app/workbook/contract";
import type { Workbook } from "../../../app/workbook/workbook";
import { OPTIONS, q3, q4, Q4_ROWS, settings, table } from "../../app/review/fixtures";
import type { Host } from "./workbook.contract";

export interface HistoryHost extends Host {
  /** The same file opened again: a new adapter instance over the same stored workbook. */
  reopen(): Workbook;
  /** Another pane on the same open file, now (the playground has one page: its own workbook). */
  secondPane(): Workbook;
  /** The stored record that proves the history sheet is the add-in's made unreadable; the workbook as the pane then sees it. */
  damageProof(): Workbook;
}

/** A third review one quarter later, with Revenue now a value criterion (two new columns at the right). */
function q1next(): Review {
  const s = settings();
  s.criteria = s.criteria.map((c) => (c.column === "Revenue (EUR)" ? { ...c, axis: "value" as const, weight: 1 } : c));
  return reviewFromTable(
    table(Q4_ROWS.map((r) => [...r.slice(0, 6), (r[6] as number) + 50])),
    s,
    { date: "2027-03-31", label: "Q1 2027" },
    OPTIONS,
  );
}

/** Cells the host holds for the history's data rows (title in row 0, header in row 1). */
const dataCells = (host: Host, sheet: string, rows: number, cols: number): CellValue[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => host.cell(sheet, 2 + r, c).value));

/** The reviews a table holds, compared by what a user sees (dates, labels, keys, quadrants, values). */
const summary = (t: HistoryTable | null) =>
  parseHistory(t!).reviews.map((r) => ({
    date: r.date,
    label: r.label,
    accounts: r.accounts.map((a) => [a.key, a.name, a.quadrant, a.value, a.engagement, a.revenue]),
  }));

export function historyContract(name: string, make: () => HistoryHost): void {
  describe(`history contract: ${name}`, () => {
    async function save(workbook: Workbook, edit: (t: HistoryTable | null) => HistoryEdit) {
      const before = await workbook.readHistory();
      const e = edit(before);
      const result = await workbook.editHistory(historyChange(e, "en"));
      return { e, result };
    }

    test("three saves append: earlier rows stay byte for byte, and the history reads back", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      expect(await host.workbook.readHistory()).toBeNull();
      const first = await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      expect(first.result.sheetName).toBe("KAM History");
      const width1 = first.e.table.header.length;
      const after1 = dataCells(host, "KAM History", 5, width1 + 2);
      await save(host.workbook, (t) => appendReview(t, q4(), "en"));
      expect(dataCells(host, "KAM History", 5, width1 + 2)).toEqual(after1);
      const third = await save(host.workbook, (t) => appendReview(t, q1next(), "en"));
      expect(dataCells(host, "KAM History", 5, width1 + 2)).toEqual(after1);
      // The new criterion got two columns at the right; the earlier rows are blank there.
      expect(third.e.table.header.length).toBe(width1 + 2);
      expect(host.cell("KAM History", 1, width1).value).toBe("Raw: Revenue (EUR)");
      expect(host.cell("KAM History", 1, width1 + 1).value).toBe("Score: Revenue (EUR)");
      const read = await host.workbook.readHistory();
      expect(read!.rows).toHaveLength(15);
      expect(summary(read)).toEqual(summary(third.e.table));
      expect(parseHistory(read!).problems).toEqual([]);
      // The history is a result: never offered as the account table.
      expect(await host.workbook.listTables()).toEqual([]);
    });

    test("replacing one review and deleting another leave the remaining rows as they were", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      await save(host.workbook, (t) => appendReview(t, q4(), "en"));
      await save(host.workbook, (t) => appendReview(t, q1next(), "en"));
      const width = (await host.workbook.readHistory())!.header.length;
      const q4Rows = dataCells(host, "KAM History", 15, width).slice(5, 10);
      const q1Rows = dataCells(host, "KAM History", 15, width).slice(10, 15);
      // Replace Q3 with a corrected Q3 (Alpha's orders typed wrongly before): its rows go, the new ones come last.
      const corrected = reviewFromTable(
        table([
          ["Alpha AG", "C-1", 90, 60, 70, 40, 1000],
          ["Beta GmbH", "C-2", 60, 50, 30, 30, 500],
        ]),
        settings(),
        { date: "2026-09-30", label: "Q3 2026 (corrected)" },
        OPTIONS,
      );
      const replaced = await save(host.workbook, (t) => replaceReview(t!, corrected, "en"));
      const cells = dataCells(host, "KAM History", 12, width);
      expect(cells.slice(0, 5)).toEqual(q4Rows);
      expect(cells.slice(5, 10)).toEqual(q1Rows);
      expect(summary(await host.workbook.readHistory())).toEqual(summary(replaced.e.table));
      expect(parseHistory((await host.workbook.readHistory())!).reviews.map((r) => [r.date, r.label, r.accounts.length])).toEqual([
        ["2026-09-30", "Q3 2026 (corrected)", 2],
        ["2026-12-31", "Q4 2026", 5],
        ["2027-03-31", "Q1 2027", 5],
      ]);
      // Delete Q4: Q1's rows move up unchanged, the corrected Q3 follows.
      const deleted = await save(host.workbook, (t) => deleteReview(t!, "2026-12-31", "en"));
      const left = dataCells(host, "KAM History", 8, width);
      expect(left.slice(0, 5)).toEqual(q1Rows);
      expect(left[7].every((v) => v === "")).toBe(true);
      expect(summary(await host.workbook.readHistory())).toEqual(summary(deleted.e.table));
    });

    /** A user sorting the history's data rows by account key (column C), as Data > Sort does: every cell moves with its row. */
    function sortByAccount(host: HistoryHost, rows: number, width: number): void {
      const cells = dataCells(host, "KAM History", rows, width);
      const sorted = [...cells].sort((x, y) => String(x[2]).localeCompare(String(y[2])) || String(x[0]).localeCompare(String(y[0])));
      // The date typed as the date serial a sorted Excel sheet holds (typed text would be converted differently per host).
      const serial = (v: CellValue) =>
        typeof v === "string" ? Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) / 86400000 + 25569 : v;
      sorted.forEach((row, r) => row.forEach((v, c) => host.userType("KAM History", 2 + r, c, c === 0 ? serial(v) : v)));
    }
    /** Rows compared without the date cell (retyped by the sort above). */
    const rowSet = (rows: CellValue[][]) => rows.map((r) => JSON.stringify(r.slice(1))).sort();

    test("Delete and Replace after a user sorted the table remove exactly that review's rows, found by content", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      await save(host.workbook, (t) => appendReview(t, q4(), "en"));
      // The pane read the history after its last save; then the user sorted it by account.
      const stale = await host.workbook.readHistory();
      const width = stale!.header.length;
      const q4Rows = dataCells(host, "KAM History", 10, width).slice(5, 10);
      sortByAccount(host, 10, width);
      await host.workbook.editHistory(historyChange(deleteReview(stale!, "2026-09-30", "en"), "en"));
      const left = await host.workbook.readHistory();
      expect(left!.rows).toHaveLength(5);
      expect(rowSet(dataCells(host, "KAM History", 5, width))).toEqual(rowSet(q4Rows));
      expect(parseHistory(left!).reviews.map((r) => [r.date, r.accounts.length])).toEqual([["2026-12-31", 5]]);
      // Replace after another sort: the corrected Q4 is appended, the old Q4 goes, nothing else.
      await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      const stale2 = await host.workbook.readHistory();
      const q3Rows = dataCells(host, "KAM History", 10, width).slice(5, 10);
      sortByAccount(host, 10, width);
      const fixed = q4(settings({ Orders: 2 }));
      const e = replaceReview(stale2!, fixed, "en");
      await host.workbook.editHistory(historyChange(e, "en"));
      const after = await host.workbook.readHistory();
      expect(after!.rows).toHaveLength(10);
      expect(rowSet(dataCells(host, "KAM History", 10, width)).filter((r) => rowSet(q3Rows).includes(r))).toHaveLength(5);
      expect(summary(after)).toEqual(summary(e.table));
      expect(parseHistory(after!).problems).toEqual([]);
    });

    test("an edit whose review changed since the read (another pane replaced it) is refused and changes nothing", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      await save(host.workbook, (t) => appendReview(t, q4(), "en"));
      const stale = await host.workbook.readHistory();
      // A second pane replaces Q3 with a corrected one of 5 rows: the count is the same, the rows are not.
      await save(host.secondPane(), (t) => replaceReview(t!, q3(settings({ Orders: 3 })), "en"));
      const width = stale!.header.length;
      const before = dataCells(host, "KAM History", 11, width);
      await expect(host.workbook.editHistory(historyChange(deleteReview(stale!, "2026-09-30", "en"), "en"))).rejects.toMatchObject({
        code: "historyChanged",
      });
      expect(dataCells(host, "KAM History", 11, width)).toEqual(before);
      // A header renamed by hand: refused as well, nothing written.
      host.userType("KAM History", 1, 5, "Value (old)");
      const fresh = (await host.workbook.readHistory())!;
      const edit = appendReview({ ...fresh, header: stale!.header }, q1next(), "en");
      await expect(host.workbook.editHistory(historyChange(edit, "en"))).rejects.toMatchObject({ code: "historyChanged" });
      expect(dataCells(host, "KAM History", 11, width)).toEqual(before);
    });

    test("two panes saving the first review at once: the second is refused, not written over the first; read again, both are kept", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      const a = host.workbook;
      const b = host.secondPane();
      const readA = await a.readHistory();
      const readB = await b.readHistory();
      expect([readA, readB]).toEqual([null, null]);
      await a.editHistory(historyChange(appendReview(readA, q3(), "en"), "en"));
      await expect(b.editHistory(historyChange(appendReview(readB, q4(), "en"), "en"))).rejects.toMatchObject({ code: "historyChanged" });
      expect(host.sheetNames().filter((n) => n.startsWith("KAM History"))).toEqual(["KAM History"]);
      expect(parseHistory((await a.readHistory())!).reviews.map((r) => r.date)).toEqual(["2026-09-30"]);
      // Pane B reads again and saves: two reviews. The same date again from a stale read is refused.
      const again = await b.readHistory();
      await b.editHistory(historyChange(appendReview(again, q4(), "en"), "en"));
      expect(parseHistory((await a.readHistory())!).reviews.map((r) => r.date)).toEqual(["2026-09-30", "2026-12-31"]);
      await expect(a.editHistory(historyChange(appendReview(again, q4(), "en"), "en"))).rejects.toMatchObject({ code: "historyChanged" });
      expect(parseHistory((await a.readHistory())!).reviews.map((r) => [r.date, r.accounts.length])).toEqual([
        ["2026-09-30", 5],
        ["2026-12-31", 5],
      ]);
    });

    test("a user's own sheet called KAM History is left alone", async () => {
      const host = make();
      host.addUserSheet("KAM History", [["my review notes", 2026]]);
      expect(await host.workbook.readHistory()).toBeNull();
      const { result } = await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      expect(result.sheetName).toBe("KAM History (2)");
      await save(host.workbook, (t) => appendReview(t, q4(), "en"));
      expect([host.cell("KAM History", 0, 0).value, host.cell("KAM History", 0, 1).value, host.cell("KAM History", 1, 0).value]).toEqual([
        "my review notes",
        2026,
        "",
      ]);
      expect((await host.workbook.readHistory())!.rows).toHaveLength(10);
      host.forgeMark("KAM History");
      expect((await host.workbook.readHistory())!.rows).toHaveLength(10);
    });

    test("a history whose proof of ownership is unreadable is named, neither read nor written, and no second history is started", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      const width = (await host.workbook.readHistory())!.header.length;
      const before = dataCells(host, "KAM History", 6, width);
      const damaged = host.damageProof();
      await expect(damaged.readHistory()).rejects.toMatchObject({ code: "historyUnproved", params: { name: "KAM History" } });
      // The pane, having read nothing, would start a history: refused as well.
      await expect(damaged.editHistory(historyChange(appendReview(null, q4(), "en"), "en"))).rejects.toMatchObject({
        code: "historyUnproved",
      });
      expect(dataCells(host, "KAM History", 6, width)).toEqual(before);
      expect(host.sheetNames().filter((n) => n.startsWith("KAM History"))).toEqual(["KAM History"]);
    });

    test("a history saved before review ids loads, gets the two columns on the next save, and Delete finds its rows by date", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      // The layout an earlier version wrote: no "Review ID", no "Rows in review".
      const now = appendReview(null, q3(), "en").table;
      const keep = now.header.map((h, j) => (h === "Review ID" || h === "Rows in review" ? -1 : j)).filter((j) => j >= 0);
      const header = keep.map((j) => String(now.header[j]));
      const legacy = { header, rows: now.rows.map((r) => keep.map((j) => r[j])) };
      await host.workbook.editHistory({
        sheetName: "KAM History",
        title: "KAM History",
        header,
        newColumnsFrom: 0,
        append: legacy.rows,
        remove: [],
        removeNow: true,
        date: null,
        dateColumn: 0,
        reviewColumn: header.length,
      });
      const read = (await host.workbook.readHistory())!;
      expect(summary(read)).toEqual(summary(legacy));
      const { e } = await save(host.workbook, (t) => appendReview(t, q4(), "en"));
      expect(e.newColumnsFrom).toBe(header.length);
      expect(e.table.header.slice(header.length, header.length + 2)).toEqual(["Review ID", "Rows in review"]);
      const both = (await host.workbook.readHistory())!;
      expect(parseHistory(both).reviews.map((r) => [r.date, r.accounts.length])).toEqual([
        ["2026-09-30", 5],
        ["2026-12-31", 5],
      ]);
      await save(host.workbook, (t) => deleteReview(t!, "2026-09-30", "en"));
      const left = (await host.workbook.readHistory())!;
      expect(left.rows).toHaveLength(5);
      expect(parseHistory(left).reviews.map((r) => r.date)).toEqual(["2026-12-31"]);
      expect(parseHistory(left).problems).toEqual([]);
    });

    test("a reopened workbook reads the saved history and appends to it", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      await save(host.workbook, (t) => appendReview(t, q3(), "en"));
      const reopened = host.reopen();
      const read = await reopened.readHistory();
      expect(summary(read)).toEqual(summary(appendReview(null, q3(), "en").table));
      const { e } = await save(reopened, (t) => appendReview(t, q4(), "en"));
      expect(summary(await reopened.readHistory())).toEqual(summary(e.table));
    });
  });
}
