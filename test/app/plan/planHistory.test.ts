/**
 * Compare reads back the plan Save review stored in KAM History (owner, override quadrant, open /
 * done / overdue actions) and the Plan block uses it: the quadrant an account was treated as then,
 * and actions set to Done without a date. Counts worked out by hand from the two-review fixture.
 */
import { parseActions } from "../../../app/plan/actions";
import { doneSinceCount, planBlock } from "../../../app/plan/planBlock";
import { appendReview, compareReviews, parseHistory } from "../../../app/review";
import { rescoreReview } from "../../../app/review/records";
import type { Review } from "../../../app/review/types";
import { q3, q4, settings } from "../review/fixtures";

// Q3 (2026-09-30): Alpha 70/60 Q1, Beta 55/30 Q2, Gamma 25/83.33 Q3, Delta 25/16.67 Q4, Epsilon Q1.
// Q4: Alpha 37/60 Q3, Beta (renamed Beta Holding GmbH) 55/60 Q1, Gamma 25/81.33 Q3, Delta 30/18.67 Q4, Phi new Q1.
// Revenue Q3 -> Q4: Alpha 1000 -> 300, Beta 500 -> 600, Gamma 200 -> 200, Delta 100 -> 150.

/** Q3 saved with a plan: Delta overridden to 1 with one action done then, Gamma two done then, Beta none. Alpha has no plan row. */
function q3WithPlan(): Review {
  const r = q3();
  const at = (name: string) => r.accounts.find((a) => a.name === name)!;
  at("Beta GmbH").plan = { owner: "B. Kurz", override: null, open: 2, done: 0, overdue: 0 };
  at("Gamma SE").plan = { owner: "", override: null, open: 0, done: 2, overdue: 0 };
  at("Delta KG").plan = { owner: "A. Meyer", override: 1, open: 1, done: 1, overdue: 1 };
  return r;
}

const HEADER = ["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"];
/** KAM Actions at the next review. Delta's action done before Q3 was deleted from the sheet. */
const ACTIONS = parseActions({
  header: HEADER,
  rows: [
    ["Delta KG", "Meet", "Regular communication", "", "2026-12-31", "Done", "2026-11-01"],
    ["Gamma SE", "Visit 1", "Service", "", "2026-06-30", "Done", null],
    ["Gamma SE", "Visit 2", "Service", "", "2026-06-30", "Done", null],
    ["Gamma SE", "Visit 3", "Service", "", "2026-12-31", "Done", null],
    ["Beta Holding GmbH", "Upsell", "Cross-selling and upselling", "", "2026-12-31", "Done", null],
    ["Alpha AG", "Call", "Personalised offers", "", "2026-12-31", "Done", null],
    ["Alpha AG", "Old", "Personalised offers", "", "2026-08-31", "Done", "2026-09-01"],
  ],
});

test("the plan stored with a review reads back; rows without it (and histories without its columns) read as before", () => {
  const saved = appendReview(null, q3WithPlan(), "en");
  const read = parseHistory(saved.table);
  expect(read.problems).toEqual([]);
  const byName = new Map(read.reviews[0].accounts.map((a) => [a.name, a.plan]));
  expect(byName.get("Delta KG")).toEqual({ owner: "A. Meyer", override: 1, open: 1, done: 1, overdue: 1 });
  expect(byName.get("Gamma SE")).toEqual({ owner: "", override: null, open: 0, done: 2, overdue: 0 });
  expect(byName.get("Alpha AG")).toBeUndefined();

  const old = appendReview(null, q3(), "en").table;
  expect(old.header).not.toContain("Override quadrant");
  const oldRead = parseHistory(old);
  expect(oldRead.problems).toEqual([]);
  expect(oldRead.reviews[0].accounts).toHaveLength(5);
  expect(oldRead.reviews[0].accounts.every((a) => a.plan === undefined)).toBe(true);

  // A German history reads the same.
  const de = parseHistory(appendReview(null, q3WithPlan(), "de").table, "de");
  expect(de.reviews[0].accounts.find((a) => a.name === "Delta KG")!.plan?.override).toBe(1);
});

test("a damaged plan cell is listed and that account's plan is not used; its scores are", () => {
  const { table } = appendReview(null, q3WithPlan(), "en");
  const col = table.header.indexOf("Override quadrant");
  const delta = table.rows.findIndex((r) => r[table.header.indexOf("Account")] === "Delta KG");
  table.rows[delta][col] = 7;
  const read = parseHistory(table);
  expect(read.problems).toEqual([{ row: delta, kind: "plan", detail: "Override quadrant 7" }]);
  const a = read.reviews[0].accounts.find((x) => x.name === "Delta KG")!;
  expect(a.plan).toBeUndefined();
  expect(a.quadrant).toBe(4);
});

test("done since the review: by done date; undated only beyond the stored count", () => {
  const entry = (status: string, doneOn: string | null) =>
    parseActions({ header: HEADER, rows: [["A", "x", "s", "", "", status, doneOn]] })[0];
  const datedAfter = entry("Done", "2026-10-01");
  const datedBefore = entry("Done", "2026-09-01");
  const undated = entry("Done", null);
  // Stored then: 1 done. Now: one dated before (it is that one) and two undated: both done since.
  expect(doneSinceCount([datedBefore, undated, undated], "2026-09-30", 1)).toBe(2);
  // Stored then: 2 done, one dated before and one undated; now one undated more: 1 since.
  expect(doneSinceCount([datedBefore, undated, undated], "2026-09-30", 2)).toBe(1);
  // No stored count (an old history): undated ones do not count, dated ones do.
  expect(doneSinceCount([datedAfter, undated], "2026-09-30", null)).toBe(1);
  // The row done before the review was deleted: the dated one after still counts.
  expect(doneSinceCount([datedAfter], "2026-09-30", 3)).toBe(1);
});

test("the Plan block of a comparison with a review read back from KAM History uses its overrides and done counts", () => {
  const then = parseHistory(appendReview(null, q3WithPlan(), "en").table).reviews[0];
  const block = planBlock(compareReviews(then, q4(), "en"), ACTIONS, "2026-12-06");
  // Done since: Delta 1 (dated 2026-11-01; the deleted row does not matter), Gamma 3 undated - 2 stored = 1,
  // Beta 1 undated - 0 stored = 1, Alpha 0 (no stored plan: undated not counted; the dated one is before Q3).
  // Quadrant as then: Delta by its override 1, Alpha 1, Beta 2, Gamma 3.
  expect(block.perQuadrant.map((r) => r.done)).toEqual([1, 1, 1, 0]);
  const [withDone, without] = block.groups;
  // With: Beta (Q2 -> Q1, value 0, engagement +30), Gamma (Q3 -> Q3, 0, -2), Delta (scored Q4 -> Q4, +5, +2).
  expect(withDone).toMatchObject({ accounts: 3, valueChange: 0 });
  expect(withDone.better).toBeCloseTo(1 / 3, 12);
  expect(withDone.engagementChange).toBeCloseTo(2, 9);
  expect(withDone.retention).toBeCloseTo((600 + 200 + 150) / (500 + 200 + 100), 12);
  // Without: Alpha (Q1 -> Q3, value -33, engagement 0).
  expect(without).toMatchObject({ accounts: 1, better: 0, valueChange: -33, engagementChange: 0 });
  expect(without.retention).toBeCloseTo(300 / 1000, 12);

  // The same history saved before the plan columns: Delta counts in its scored quadrant 4, undated actions not at all.
  const old = parseHistory(appendReview(null, q3(), "en").table).reviews[0];
  const oldBlock = planBlock(compareReviews(old, q4(), "en"), ACTIONS, "2026-12-06");
  expect(oldBlock.perQuadrant.map((r) => r.done)).toEqual([0, 0, 0, 1]);
  expect(oldBlock.groups[0].accounts).toBe(1);
});

test("re-scoring the compared review with today's settings keeps its stored plan", () => {
  const then = q3WithPlan();
  const { review } = rescoreReview(then, settings({ Orders: 2 }));
  expect(review.accounts.find((a) => a.name === "Delta KG")!.plan?.override).toBe(1);
  expect(review.accounts.find((a) => a.name === "Alpha AG")!.plan).toBeUndefined();
});
