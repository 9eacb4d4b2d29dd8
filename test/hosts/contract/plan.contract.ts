/**
 * The account plan ("KAM Plan") on every adapter: created once, then only appended to; a cell a
 * user typed is never changed and a row is never removed, whatever fails and whoever else writes;
 * a user's own sheet named "KAM Plan" is left alone. The expected rows come from the pure plan
 * model (planAppend / parsePlan), the cells from the host.
 */
import { parsePlan, PlanAccount, planAppend } from "../../../app/plan/plan";
import { newActionsSheet, parseActions, suggestActions } from "../../../app/plan/actions";
import type { CellValue } from "../../../app/workbook/contract";
import { WorkbookError } from "../../../app/workbook/contract";
import type { Workbook } from "../../../app/workbook/workbook";
import type { HistoryHost } from "./history.contract";
import { newHistoryHeader } from "../../../app/review/history";

export interface PlanHost extends HistoryHost {
  /**
   * Faults at every step: `steps` counts the requests (Excel syncs, Sheets calls) an operation
   * makes, `failAt(n)` makes the nth request from now fail. Null where nothing can fail midway.
   */
  faults: { steps(run: () => Promise<unknown>): Promise<number>; failAt(n: number): void } | null;
  /** A second client on the same document (another pane, a collaborator); null where there is none. */
  second: (() => Workbook) | null;
  /** The drop-down list on a cell (zero-based), null for none. */
  listAt(sheet: string, row: number, col: number): string[] | null;
}

const Q1: PlanAccount[] = [
  { name: "Alpha AG", id: "C-1" },
  { name: "Beta GmbH", id: "C-2" },
  { name: "=Gamma SE", id: "C-3" },
];
const Q2: PlanAccount[] = [
  { name: "Alpha AG (renamed)", id: "C-1" },
  { name: "Beta GmbH", id: "C-2" },
  { name: "Delta KG", id: "C-4" },
  { name: "Epsilon", id: "C-5" },
];

/** "Create plan" as the pane does it: read, compute the append, write. */
async function createPlan(workbook: Workbook, accounts: PlanAccount[], sheetName?: string) {
  const change = planAppend(await workbook.readHistory("plan"), accounts, "en", sheetName);
  return change ? workbook.editHistory(change) : null;
}

/** Every cell of the plan sheet's table block: title row 0, header row 1, data from row 2. */
const cells = (host: PlanHost, sheet: string, rows: number): CellValue[][] =>
  Array.from({ length: rows + 2 }, (_, r) => Array.from({ length: 9 }, (_, c) => host.cell(sheet, r, c).value));

/** The plan after Q1 with a manager's typed decisions on Beta, and a note on Gamma. */
async function typedPlan(host: PlanHost): Promise<void> {
  host.addUserSheet("Accounts", [["x"]]);
  await createPlan(host.workbook, Q1);
  host.userType("KAM Plan", 3, 2, "A. Meyer");
  host.userType("KAM Plan", 3, 3, 1);
  host.userType("KAM Plan", 3, 4, "strategic entry into rail");
  host.userType("KAM Plan", 4, 7, "call after trade fair");
  await host.settle();
}

export function planContract(name: string, make: () => PlanHost): void {
  describe(`plan contract: ${name}`, () => {
    test("Create plan writes one row per account; a later build appends only the new accounts and changes no typed cell", async () => {
      const host = make();
      await typedPlan(host);
      expect(host.cell("KAM Plan", 1, 0).value).toBe("Account");
      expect(host.cell("KAM Plan", 1, 3).value).toBe("Override quadrant");
      const before = cells(host, "KAM Plan", 3);
      await createPlan(host.workbook, Q2);
      const after = cells(host, "KAM Plan", 5);
      // Earlier rows byte for byte, typed cells included; Alpha is matched by its ID despite the new name.
      expect(after.slice(0, 5)).toEqual(before);
      expect(after[5].slice(0, 2)).toEqual(["Delta KG", "C-4"]);
      expect(after[6].slice(0, 2)).toEqual(["Epsilon", "C-5"]);
      // Gamma left the matrix: its row stays.
      expect(after[4].slice(0, 2)).toEqual(["=Gamma SE", "C-3"]);
      expect(host.cell("KAM Plan", 4, 0).converted).toBe(false);
      const plan = parsePlan((await host.workbook.readHistory("plan"))!);
      expect(plan.entries.map((e) => e.name)).toEqual(["Alpha AG", "Beta GmbH", "=Gamma SE", "Delta KG", "Epsilon"]);
      expect(plan.entries[1].override).toEqual({ quadrant: 1, reason: "strategic entry into rail", by: "", date: "" });
      // Nothing new: nothing written.
      expect(await createPlan(host.workbook, Q2)).toBeNull();
      // The plan is a result of the add-in: never offered as the account table.
      expect(await host.workbook.listTables()).toEqual([]);
      // Opened again, the plan is still the add-in's and appends, not replaces.
      await createPlan(host.reopen(), [...Q2, { name: "Zeta", id: "C-6" }]);
      expect(cells(host, "KAM Plan", 6).slice(0, 7)).toEqual(after);
    });

    test("Create plan writes KAM Actions too: its header, no action, the status drop-down; later suggestions are appended below", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      await createPlan(host.workbook, Q1);
      expect((await host.workbook.editHistory(newActionsSheet("en"))).sheetName).toBe("KAM Actions");
      expect(host.sheetNames()).toEqual(["Accounts", "KAM Plan", "KAM Actions"]);
      expect([0, 1, 2, 3, 4, 5, 6].map((c) => host.cell("KAM Actions", 1, c).value)).toEqual([
        "Account",
        "Action",
        "Strategy",
        "Owner",
        "Due date",
        "Status",
        "Done on",
      ]);
      // No action yet: nothing below the header, and the reader sees none.
      for (let c = 0; c < 7; c++) expect(host.cell("KAM Actions", 2, c).value).toBe("");
      expect(parseActions((await host.workbook.readHistory("actions"))!)).toEqual([]);
      expect(host.listAt("KAM Actions", 2, 5)).toEqual(["Proposed", "Open", "Done", "Dropped"]);
      // The user types an action of their own in the first row; a suggestion goes below, nothing typed changes.
      host.userType("KAM Actions", 2, 0, "Beta GmbH");
      host.userType("KAM Actions", 2, 1, "visit the plant");
      await host.settle();
      const read = await host.workbook.readHistory("actions");
      const change = suggestActions(read, [{ name: "Alpha AG", owner: "", quadrant: 2 }], "en", "2027-03-31")!;
      await host.workbook.editHistory(change);
      const actions = parseActions((await host.workbook.readHistory("actions"))!);
      expect(actions.map((a) => a.account)).toEqual(["Beta GmbH", ...change.append.map(() => "Alpha AG")]);
      expect(host.cell("KAM Actions", 2, 1).value).toBe("visit the plant");
      // Mark done on a suggestion below the first row: its Status and Done on, nothing else.
      const fresh = (await host.workbook.readHistory("actions"))!;
      const alpha = actions.find((a) => a.account === "Alpha AG")!;
      await host.workbook.updateRow({
        kind: "actions",
        row: alpha.row,
        expect: fresh.rows[alpha.row],
        cells: [
          { col: 5, value: "Done" },
          { col: 6, value: "2026-12-06" },
        ],
      });
      expect([host.cell("KAM Actions", 2 + alpha.row, 0).value, host.cell("KAM Actions", 2 + alpha.row, 5).value]).toEqual([
        "Alpha AG",
        "Done",
      ]);
      expect(host.cell("KAM Actions", 2, 5).value).toBe("");
      // A second create finds the actions sheet there: refused, nothing written.
      await expect(host.workbook.editHistory(newActionsSheet("en"))).rejects.toBeInstanceOf(WorkbookError);
      expect(host.sheetNames()).toEqual(["Accounts", "KAM Plan", "KAM Actions"]);
    });

    test("the override quadrant offers 1-4 in a drop-down, on the first rows and on appended ones; no other column gets one", async () => {
      const host = make();
      await typedPlan(host);
      await createPlan(host.workbook, Q2);
      for (let r = 2; r < 7; r++) expect([r, host.listAt("KAM Plan", r, 3)]).toEqual([r, ["1", "2", "3", "4"]]);
      for (const c of [0, 1, 2, 4, 7]) expect(host.listAt("KAM Plan", 3, c)).toBeNull();
      expect(host.listAt("KAM Plan", 1, 3)).toBeNull();
      expect(host.listAt("KAM Plan", 7, 3)).toBeNull();
    });

    test("KAM Actions: suggestions are appended, a typed status stays, the status offers the four states; a user's sheet of that name is left alone", async () => {
      const host = make();
      host.addUserSheet("KAM Actions", [["mine"]]);
      const suggest = async (workbook: Workbook, name: string, q: 1 | 2, sheet?: string) => {
        const change = suggestActions(
          await workbook.readHistory("actions"),
          [{ name, owner: "A. Meyer", quadrant: q }],
          "en",
          "2027-03-31",
          sheet,
        );
        return change ? workbook.editHistory(change) : null;
      };
      await expect(suggest(host.workbook, "Alpha AG", 1)).rejects.toMatchObject({ code: "nameTaken" });
      expect(host.cell("KAM Actions", 0, 0).value).toBe("mine");
      expect((await suggest(host.workbook, "Alpha AG", 1, "Actions 2027"))!.sheetName).toBe("Actions 2027");
      host.userType("Actions 2027", 2, 5, "Done");
      host.userType("Actions 2027", 2, 6, "2026-12-01");
      await host.settle();
      const before = cells(host, "Actions 2027", 3);
      expect(await suggest(host.workbook, "Alpha AG", 1)).toBeNull();
      await suggest(host.workbook, "Beta GmbH", 2);
      expect(cells(host, "Actions 2027", 6).slice(0, 5)).toEqual(before);
      const read = parseActions((await host.workbook.readHistory("actions"))!);
      expect(read.map((a) => [a.account, a.status])).toEqual([
        ["Alpha AG", "done"],
        ["Alpha AG", "proposed"],
        ["Alpha AG", "proposed"],
        ["Beta GmbH", "proposed"],
        ["Beta GmbH", "proposed"],
        ["Beta GmbH", "proposed"],
      ]);
      for (let r = 2; r < 8; r++) expect(host.listAt("Actions 2027", r, 5)).toEqual(["Proposed", "Open", "Done", "Dropped"]);
      expect(host.cell("KAM Actions", 0, 0).value).toBe("mine");
    });

    test("mark done writes exactly Status and Done on of the row still as read; a changed row is refused; a fault at any request changes no other cell", async () => {
      const setup = async () => {
        const host = make();
        host.addUserSheet("Accounts", [["x"]]);
        const change = suggestActions(null, [{ name: "Alpha AG", owner: "A. Meyer", quadrant: 1 }], "en", "2027-03-31")!;
        await host.workbook.editHistory(change);
        host.userType("KAM Actions", 3, 1, "call the CFO first");
        await host.settle();
        const read = (await host.workbook.readHistory("actions"))!;
        return { host, read };
      };
      const markDone = (workbook: Workbook, row: number, expect: CellValue[]) =>
        workbook.updateRow({
          kind: "actions",
          row,
          expect,
          cells: [
            { col: 5, value: "Done" },
            { col: 6, value: "2026-12-06" },
          ],
        });
      const { host, read } = await setup();
      const before = cells(host, "KAM Actions", 3);
      await markDone(host.workbook, 1, read.rows[1]);
      const after = cells(host, "KAM Actions", 3);
      expect(after[3].slice(5, 7)).toEqual(["Done", "2026-12-06"]);
      expect(host.cell("KAM Actions", 3, 5).converted).toBe(false);
      // Every other cell as before (the typed action text included, still text).
      after[3].splice(5, 2, ...before[3].slice(5, 7));
      expect(after).toEqual(before);
      expect(host.cell("KAM Actions", 3, 1)).toEqual({ value: "call the CFO first", converted: false });
      // The row read earlier no longer matches: refused, nothing written.
      await expect(markDone(host.workbook, 1, read.rows[1])).rejects.toMatchObject({ code: "rowChanged" });
      await expect(markDone(host.workbook, 7, read.rows[1])).rejects.toMatchObject({ code: "rowChanged" });
      // Another client edits the row between this one's read and its write: refused.
      const { host: h2, read: r2 } = await setup();
      h2.userType("KAM Actions", 4, 3, "B. Kurz");
      await h2.settle();
      await expect(markDone(h2.workbook, 2, r2.rows[2])).rejects.toMatchObject({ code: "rowChanged" });
      expect(h2.cell("KAM Actions", 4, 5).value).toBe("Proposed");
      if (!make().faults) return;
      const probe = await setup();
      const steps = await probe.host.faults!.steps(() => markDone(probe.host.workbook, 0, probe.read.rows[0]));
      expect(steps).toBeGreaterThan(0);
      for (let n = 1; n <= steps; n++) {
        const { host: h, read: r } = await setup();
        const was = cells(h, "KAM Actions", 3);
        h.faults!.failAt(n);
        await markDone(h.workbook, 0, r.rows[0]).catch(() => null);
        const now = cells(h, "KAM Actions", 3);
        now[2].splice(5, 2, ...was[2].slice(5, 7));
        expect(now).toEqual(was);
      }
    });

    test("a user's own sheet named KAM Plan is left alone: the pane is asked for another name", async () => {
      const host = make();
      const mine: CellValue[][] = [
        ["My plan", "x"],
        ["Account", "Owner"],
      ];
      host.addUserSheet("KAM Plan", mine);
      await expect(createPlan(host.workbook, Q1)).rejects.toMatchObject({ code: "nameTaken", params: { name: "KAM Plan" } });
      expect(cells(host, "KAM Plan", 0).map((r) => r.slice(0, 2))).toEqual(mine);
      expect(host.sheetNames()).toEqual(["KAM Plan"]);
      const written = await createPlan(host.workbook, Q1, "Account plan");
      expect(written!.sheetName).toBe("Account plan");
      expect(host.cell("Account plan", 2, 0).value).toBe("Alpha AG");
      expect(cells(host, "KAM Plan", 0).map((r) => r.slice(0, 2))).toEqual(mine);
      // Later appends find the plan by its proof, not by its name.
      await createPlan(host.workbook, Q2);
      expect(host.cell("Account plan", 5, 0).value).toBe("Delta KG");
      expect(cells(host, "KAM Plan", 0).map((r) => r.slice(0, 2))).toEqual(mine);
    });

    test("a history sheet the add-in cannot prove stops reviews only: the plan is created and appended beside it", async () => {
      const host = make();
      host.addUserSheet("Accounts", [["x"]]);
      host.addUserSheet("KAM History", [["Reviews"], newHistoryHeader("en")]);
      await expect(host.workbook.readHistory()).rejects.toMatchObject({ code: "historyUnproved" });
      expect(await host.workbook.readHistory("plan")).toBeNull();
      await createPlan(host.workbook, Q1);
      await createPlan(host.workbook, Q2);
      expect(parsePlan((await host.workbook.readHistory("plan"))!).entries.map((e) => e.id)).toEqual(["C-1", "C-2", "C-3", "C-4", "C-5"]);
      expect(host.cell("KAM History", 2, 0).value).toBe("");
    });

    test("a plan sheet whose mark was forged proves nothing and is never appended to", async () => {
      const host = make();
      host.addUserSheet("KAM Plan", [["Account"], ["Mine"]]);
      host.forgeMark("KAM Plan");
      expect(await host.workbook.readHistory("plan")).toBeNull();
      await expect(createPlan(host.workbook, Q1)).rejects.toBeInstanceOf(Error);
      expect(host.cell("KAM Plan", 1, 0).value).toBe("Mine");
      expect(host.cell("KAM Plan", 2, 0).value).toBe("");
    });

    test("an append computed against an older plan is refused and writes nothing", async () => {
      const host = make();
      await typedPlan(host);
      const stale = await host.workbook.readHistory("plan");
      await createPlan(host.workbook, Q2);
      const now = cells(host, "KAM Plan", 5);
      const change = planAppend(stale, [...Q2, { name: "Zeta", id: "C-6" }], "en")!;
      await expect(host.workbook.editHistory(change)).rejects.toMatchObject({ code: "historyChanged" });
      expect(cells(host, "KAM Plan", 7)).toEqual([...now, ...cells(host, "KAM Plan", 7).slice(7)]);
      expect(cells(host, "KAM Plan", 7)[7].every((v) => v === "")).toBe(true);
    });

    test("an append-only table refuses an edit that would remove a row or add a column", async () => {
      const host = make();
      await typedPlan(host);
      const plan = (await host.workbook.readHistory("plan"))!;
      const header = plan.header.map(String);
      const base = {
        kind: "plan" as const,
        sheetName: "KAM Plan",
        title: "",
        header,
        newColumnsFrom: header.length,
        append: [],
        removeNow: true,
        date: null,
        dateColumn: 0,
        reviewColumn: header.length,
        expectRows: 3,
      };
      const row = { date: "2027-01-01", reviewId: null, rows: 1 };
      await expect(host.workbook.editHistory({ ...base, remove: [row] })).rejects.toThrow(/appended rows/);
      await expect(host.workbook.editHistory({ ...base, remove: [], header: [...header, "x"] })).rejects.toThrow(/appended rows/);
      expect(host.cell("KAM Plan", 3, 2).value).toBe("A. Meyer");
      expect(parsePlan((await host.workbook.readHistory("plan"))!).entries).toHaveLength(3);
    });

    // Only hosts where a write can fail half-way (the playground's memory workbook cannot) get this test.
    if (make().faults)
      test("a fault at any request of creating or appending loses no typed cell; trying again completes the plan once", async () => {
        // Creating: count the requests of a run that succeeds, then fail each in turn on a fresh document.
        const probe = make();
        probe.addUserSheet("Accounts", [["x"]]);
        await probe.settle();
        const create = await probe.faults!.steps(() => createPlan(probe.workbook, Q1));
        expect(create).toBeGreaterThan(0);
        for (let n = 1; n <= create; n++) {
          const host = make();
          host.addUserSheet("Accounts", [["x"]]);
          await host.settle();
          host.faults!.failAt(n);
          await createPlan(host.workbook, Q1).catch(() => null);
          // Either no plan, or a whole one; another try ends with exactly one row per account.
          const read = await host.workbook.readHistory("plan").catch(() => null);
          if (read) expect(parsePlan(read).entries.map((e) => e.name)).toEqual(Q1.map((a) => a.name));
          await createPlan(host.workbook, Q1);
          expect(parsePlan((await host.workbook.readHistory("plan"))!).entries.map((e) => e.name)).toEqual(Q1.map((a) => a.name));
        }
        // Appending to a plan with typed cells.
        const probe2 = make();
        await typedPlan(probe2);
        const append = await probe2.faults!.steps(() => createPlan(probe2.workbook, Q2));
        expect(append).toBeGreaterThan(0);
        for (let n = 1; n <= append; n++) {
          const host = make();
          await typedPlan(host);
          const typed = cells(host, "KAM Plan", 3);
          host.faults!.failAt(n);
          await createPlan(host.workbook, Q2).catch(() => null);
          expect(cells(host, "KAM Plan", 3)).toEqual(typed);
          await createPlan(host.workbook, Q2);
          expect(cells(host, "KAM Plan", 3)).toEqual(typed);
          expect(parsePlan((await host.workbook.readHistory("plan"))!).entries.map((e) => e.id)).toEqual([
            "C-1",
            "C-2",
            "C-3",
            "C-4",
            "C-5",
          ]);
        }
      });

    // Only hosts a second client can share (not the playground's one browser tab).
    if (make().second)
      test("two clients: both create at once, or append at once: one plan, each account once, no typed cell changed", async () => {
        const host = make();
        host.addUserSheet("Accounts", [["x"]]);
        const other = host.second!();
        // Both read "no plan yet", then write one after the other.
        const a = planAppend(await host.workbook.readHistory("plan"), Q1, "en")!;
        const b = planAppend(await other.readHistory("plan"), Q1, "en")!;
        await host.workbook.editHistory(a);
        await expect(other.editHistory(b)).rejects.toBeInstanceOf(WorkbookError);
        expect(host.sheetNames().filter((s) => s.startsWith("KAM Plan"))).toEqual(["KAM Plan"]);
        host.userType("KAM Plan", 2, 2, "B. Kurz");
        await host.settle();
        // Both append the same new accounts from the same read: the second is refused; its retry adds nothing.
        const c = planAppend(await host.workbook.readHistory("plan"), Q2, "en")!;
        const d = planAppend(await other.readHistory("plan"), Q2, "en")!;
        await host.workbook.editHistory(c);
        await expect(other.editHistory(d)).rejects.toMatchObject({ code: "historyChanged" });
        expect(await createPlan(other, Q2)).toBeNull();
        expect(host.cell("KAM Plan", 2, 2).value).toBe("B. Kurz");
        expect(parsePlan((await other.readHistory("plan"))!).entries.map((e) => e.id)).toEqual(["C-1", "C-2", "C-3", "C-4", "C-5"]);
      });
  });
}
