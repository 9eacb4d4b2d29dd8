/**
 * Saved reviews under a failed request, on every adapter whose requests can fail: for each
 * operation of the pane (save a new review, replace one, delete one) and each request it makes,
 * that request fails, and then: every other review is whole, the pane's message is true
 * ("not changed" only when no cell changed), and doing the same again finishes the job and leaves
 * no stray rows. The table is sorted by account first, so a review's rows are spread out.
 */
import { parseHistory, Review } from "../../../app/review";
import { ReviewController } from "../../../app/review/reviewController";
import type { HistoryTable } from "../../../app/review";
import { friendlyError } from "../../../app/i18n/errors";
import type { CellValue, SourceTable } from "../../../app/workbook/contract";

/** Data rows sorted by account key (column C), the review date as a date serial, as a sorted sheet holds it. */
export function sortedByAccount(rows: CellValue[][]): CellValue[][] {
  const serial = (v: CellValue) =>
    typeof v === "string" ? Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) / 86400000 + 25569 : v;
  return [...rows]
    .sort((x, y) => String(x[2]).localeCompare(String(y[2])) || String(x[0]).localeCompare(String(y[0])))
    .map((r) => [serial(r[0]), ...r.slice(1)]);
}
import type { Workbook } from "../../../app/workbook/workbook";
import { Q3_ROWS, Q4_ROWS, settings, table } from "../../app/review/fixtures";

export interface FailingHost {
  workbook: Workbook;
  /** A user sorting the history's data rows by account key. */
  sortHistory(): Promise<void>;
  /**
   * Makes the `nth` request from now fail (for hosts whose requests run actions in turn, after
   * `afterActions` of them); returns whether that failure has happened since.
   */
  failAt(nth: number, afterActions: number): () => boolean;
  /** Forgets a planned failure that did not happen. */
  clearFailure(): void;
}

type Op = "save" | "replace" | "delete";

/** The pane's review controller over a workbook, with the source table the user has selected. */
function pane(workbook: Workbook) {
  const errors: string[] = [];
  let source: SourceTable = table(Q3_ROWS);
  let weights = settings();
  const controller = new ReviewController(workbook, "en", {
    table: () => source,
    settings: () => ({ ...weights, idColumn: "Account ID" }),
    rebuild: () => {},
    fail: (e) => errors.push(friendlyError(e, "en")),
  });
  return {
    controller,
    errors,
    use(rows: unknown[][], s = settings()) {
      source = table(rows);
      weights = s;
    },
  };
}

/** What a user sees of a review: date, label, and per account key, name, quadrant, value, engagement. */
const seen = (r: Review | undefined) =>
  r && { date: r.date, label: r.label, accounts: r.accounts.map((a) => [a.key, a.name, a.quadrant, a.value, a.engagement]) };

const rowSet = (t: HistoryTable | null) => (t ? t.rows.map((r) => JSON.stringify(r)).sort() : []);

export function historyFailureContract(name: string, make: () => FailingHost): void {
  describe(`saved reviews under a failed request: ${name}`, () => {
    async function setUp() {
      const host = make();
      const p = pane(host.workbook);
      await p.controller.load();
      p.use(Q3_ROWS);
      await p.controller.save("2026-09-30", "Q3 2026");
      p.use(Q4_ROWS);
      await p.controller.save("2026-12-31", "Q4 2026");
      expect(p.errors).toEqual([]);
      await host.sortHistory();
      await p.controller.load();
      const history = await host.workbook.readHistory();
      const reviews = parseHistory(history as HistoryTable).reviews;
      return { host, p, history, q3: seen(reviews[0]), q4: seen(reviews[1]) };
    }

    async function run(p: ReturnType<typeof pane>, op: Op): Promise<void> {
      if (op === "save") {
        p.use(Q4_ROWS.map((r) => [...r.slice(0, 2), (r[2] as number) + 5, ...r.slice(3)]));
        await p.controller.save("2027-03-31", "Q1 2027");
      } else if (op === "replace") {
        p.use(Q4_ROWS, settings({ Orders: 2 }));
        await p.controller.save("2026-12-31", "Q4 2026 (weights)", true);
      } else {
        p.controller.askDelete("2026-12-31");
        await p.controller.confirmDelete();
      }
    }

    for (const op of ["save", "replace", "delete"] as Op[])
      for (const afterActions of [0, 2, 3, 5])
        test(`${op}: a failure at each request (after ${afterActions} of its actions) loses no review, and the pane says what happened`, async () => {
          let cases = 0;
          for (let n = 1; n < 40; n++) {
            const { host, p, history: before, q3, q4 } = await setUp();
            const fired = host.failAt(n, afterActions);
            await run(p, op);
            if (!fired()) {
              host.clearFailure();
              break;
            }
            cases++;
            const after = await host.workbook.readHistory();
            const reviews = parseHistory(after as HistoryTable).reviews;
            const byDate = (d: string) => seen(reviews.find((r) => r.date === d));
            // Every other review is whole.
            expect(byDate("2026-09-30")).toEqual(q3);
            if (op === "save") expect(byDate("2026-12-31")).toEqual(q4);
            // The review of the operation is either as before or as asked, never partly written.
            const message = p.errors.join(" ");
            if (/not changed|Nothing was changed|unchanged/.test(message) && !/stopped part-way|could not be removed/.test(message))
              expect(rowSet(after as HistoryTable)).toEqual(rowSet(before as HistoryTable));
            if (p.errors.length === 0) expect(p.controller.state.done).not.toBeNull();
            // The pane lists what the sheet holds.
            expect(p.controller.state.reviews.map((r) => r.date)).toEqual(reviews.map((r) => r.date));
            // Doing it again (as the message says) finishes the job and leaves no stray rows.
            p.errors.length = 0;
            if (op !== "delete" || p.controller.state.reviews.some((r) => r.date === "2026-12-31")) await run(p, op);
            else await run(p, "replace").then(() => run(p, "delete"));
            expect(p.errors).toEqual([]);
            const final = parseHistory((await host.workbook.readHistory()) as HistoryTable);
            expect(final.problems).toEqual([]);
            expect(final.reviews.map((r) => [r.date, r.label])).toEqual(
              op === "save"
                ? [
                    ["2026-09-30", "Q3 2026"],
                    ["2026-12-31", "Q4 2026"],
                    ["2027-03-31", "Q1 2027"],
                  ]
                : op === "replace"
                  ? [
                      ["2026-09-30", "Q3 2026"],
                      ["2026-12-31", "Q4 2026 (weights)"],
                    ]
                  : [["2026-09-30", "Q3 2026"]],
            );
            expect(seen(final.reviews[0])).toEqual(q3);
          }
          expect(cases).toBeGreaterThan(0);
        });

    test("a large save that fails after its first part: the written rows are marked unfinished, the pane says how many, the next save removes them", async () => {
      // 3,000 accounts with long names: more than one request (Excel) or server call (Sheets) of rows.
      const rows = Array.from({ length: 3000 }, (_, i) => [
        `Account ${i} ${"x".repeat(400)}`,
        `B-${i}`,
        i % 97,
        i % 89,
        i % 83,
        i % 79,
        100 + i,
      ]);
      const told: string[] = [];
      // Which action of a request is the second block of rows depends on what else the request holds: try both.
      for (const [n, after] of Array.from({ length: 60 }, (_, i) => [1 + (i >> 1), 1 + (i & 1)])) {
        const { host, p, q3, q4 } = await setUp();
        const fired = host.failAt(n, after);
        p.use(rows);
        await p.controller.save("2027-03-31", "Q1 2027");
        if (!fired()) {
          host.clearFailure();
          if (after === 2) break;
          continue;
        }
        const message = p.errors.join(" ");
        const reviews = parseHistory((await host.workbook.readHistory()) as HistoryTable).reviews;
        expect(seen(reviews[0])).toEqual(q3);
        expect(seen(reviews[1])).toEqual(q4);
        const stopped = /stopped part-way: (\d+) of 3000 rows were written/.exec(message);
        if (!stopped) continue;
        told.push(message);
        expect(Number(stopped[1])).toBeGreaterThan(0);
        expect(Number(stopped[1])).toBeLessThan(3000);
        expect(reviews.map((r) => r.date)).toEqual(["2026-09-30", "2026-12-31"]);
        expect(p.controller.state.problems.join(" ")).toContain("the review of 2027-03-31 are fewer than the review had");
        p.errors.length = 0;
        await p.controller.save("2027-03-31", "Q1 2027");
        expect(p.errors).toEqual([]);
        const final = parseHistory((await host.workbook.readHistory()) as HistoryTable);
        expect(final.problems).toEqual([]);
        expect(final.reviews.map((r) => [r.date, r.accounts.length])).toEqual([
          ["2026-09-30", 5],
          ["2026-12-31", 5],
          ["2027-03-31", 3000],
        ]);
      }
      expect(told.length).toBeGreaterThan(0);
    });
  });
}
