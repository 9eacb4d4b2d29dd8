/** Save review stores the plan with each account: owner, override quadrant and action counts, in columns at the right. */
import { appendReview, parseHistory } from "../../../app/review";
import { createPane } from "../../../app/pane";
import { sampleTable } from "../../../app/sample/sampleData";
import { FakeWorkbook, tableOf } from "../../support/fake-workbook";
import { q3, q4 } from "../review/fixtures";

test("a review saved with a plan gets the plan's five columns; a later review without one leaves them blank; the reader is unaffected", () => {
  const review = q3();
  review.accounts[1].plan = { owner: "B. Kurz", override: 1, open: 2, done: 1, overdue: 1 };
  review.accounts[0].plan = { owner: "", override: null, open: 0, done: 0, overdue: 0 };
  const first = appendReview(null, review, "en");
  const header = first.table.header;
  const at = (name: string) => header.indexOf(name);
  expect(header.slice(-5)).toEqual(["Owner", "Override quadrant", "Open actions", "Done actions", "Overdue actions"]);
  const beta = first.table.rows[1];
  expect([
    beta[at("Owner")],
    beta[at("Override quadrant")],
    beta[at("Open actions")],
    beta[at("Done actions")],
    beta[at("Overdue actions")],
  ]).toEqual(["B. Kurz", 1, 2, 1, 1]);
  expect(first.table.rows[0][at("Owner")]).toBeNull();
  expect(first.table.rows[2][at("Open actions")]).toBeNull();
  const second = appendReview(first.table, q4(), "en");
  expect(second.table.header).toEqual(header);
  expect(second.table.rows.slice(0, 5)).toEqual(first.table.rows);
  expect(second.table.rows.slice(5).every((r) => r[at("Owner")] === null)).toBe(true);
  const read = parseHistory(second.table);
  expect(read.problems).toEqual([]);
  expect(read.reviews.map((r) => r.accounts.length)).toEqual([5, 5]);
});

test("Save review in the pane stores each account's owner, override and action counts from the plan", async () => {
  const wb = new FakeWorkbook(tableOf(sampleTable(), "Sample accounts"));
  const pane = createPane(wb, "en", { debounceMs: 0 });
  await pane.matrix.start();
  await pane.plan.create();
  const plan = wb.logs.plan!;
  plan.rows[0][2] = "A. Meyer";
  plan.rows[0][3] = 2;
  plan.rows[0][4] = "growth plan";
  await pane.plan.load();
  await pane.review.save("2026-12-31", "Q4 2026");
  const h = wb.history!;
  const col = (name: string) => h.header.indexOf(name);
  const first = h.rows.find((r) => r[col("Account")] === plan.rows[0][0])!;
  expect([first[col("Owner")], first[col("Override quadrant")], first[col("Open actions")]]).toEqual(["A. Meyer", 2, 0]);
  await pane.matrix.idle();
});
