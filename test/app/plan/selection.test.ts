/**
 * Choosing the accounts "Suggest actions" is for: the matrix's accounts after overrides, pre-ticked
 * with the default (quadrants 1 and 2 without an open action), narrowed by search and quadrant.
 * Fixture (test/app/review/fixtures.ts, worked out by hand): Alpha Q1, Beta Q2, Gamma Q3, Delta Q4,
 * Epsilon Q1; Delta is overridden to quadrant 1 in the plan.
 * Value/engagement (by hand): Alpha 70/60, Beta 55/30, Gamma 25/83.33, Delta 25/16.67, Epsilon 70/60.
 * The matrix's priority (quadrant treated as, then value + engagement, then value, then table order):
 * Alpha (Q1, 130), Epsilon (Q1, 130, after Alpha in the table), Delta (Q1 by override, 41.67),
 * Beta (Q2), Gamma (Q3).
 */
import { strategiesFor } from "../../../core";
import { parseActions } from "../../../app/plan/actions";
import { PlanController } from "../../../app/plan/planController";
import {
  isDefaultTarget,
  perQuadrant,
  shownRows,
  SHOWN_LIMIT,
  SuggestCandidate,
  SuggestPicker,
  tickedCount,
} from "../../../app/plan/selection";
import type { Settings } from "../../../app/settings/settings";
import { FakeWorkbook } from "../../support/fake-workbook";
import { Q3_ROWS, settings, table } from "../review/fixtures";

async function setup() {
  const workbook = new FakeWorkbook();
  const failures: unknown[] = [];
  const s: Settings = { ...settings(), idColumn: "Account ID" };
  const plan = new PlanController(workbook, "en", {
    table: () => table(Q3_ROWS),
    settings: () => s,
    fail: (e) => failures.push(e),
    rebuild: () => {},
  });
  await plan.create();
  const rows = workbook.logs.plan!.rows;
  rows[3].splice(2, 5, "B. Kurz", 1, "strategic entry into rail", "A. Meyer", "2026-12-02"); // Delta KG
  rows[2][2] = "C. Lang"; // Gamma SE's owner
  await plan.load();
  plan.refreshPicker();
  return { workbook, plan, failures };
}

const ticked = (p: SuggestPicker) => {
  const s = p.getState();
  return s.candidates.filter((c) => s.ticked.has(c.key)).map((c) => c.name);
};

test("the list holds the matrix's accounts after overrides in priority order, pre-ticked with quadrants 1 and 2 without an open action", async () => {
  const { plan } = await setup();
  const s = plan.picker.getState();
  expect(s.candidates.map((c) => [c.name, c.quadrant, c.overridden])).toEqual([
    ["Alpha AG", 1, false],
    ["Epsilon Ltd", 1, false],
    ["Delta KG", 1, true],
    ["Beta GmbH", 2, false],
    ["Gamma SE", 3, false],
  ]);
  expect(ticked(plan.picker)).toEqual(["Alpha AG", "Epsilon Ltd", "Delta KG", "Beta GmbH"]);
  expect(tickedCount(s)).toBe(4);
  expect(perQuadrant(s)).toEqual([3, 1, 1, 0]);
});

test("Suggest acts on the ticked accounts: each gets its treated-as quadrant's strategies and its owner; twice adds nothing", async () => {
  const { workbook, plan, failures } = await setup();
  const keyOf = (name: string) => plan.picker.getState().candidates.find((c) => c.name === name)!.key;
  plan.picker.toggle(keyOf("Alpha AG")); // off
  plan.picker.toggle(keyOf("Gamma SE")); // on
  expect(ticked(plan.picker)).toEqual(["Epsilon Ltd", "Delta KG", "Beta GmbH", "Gamma SE"]);
  await plan.suggest(plan.picker.targets());
  const actions = parseActions(workbook.logs.actions!);
  const of = (name: string) => actions.filter((a) => a.account === name);
  expect(of("Alpha AG")).toEqual([]);
  expect(of("Gamma SE").map((a) => a.strategy)).toEqual(strategiesFor(3).map((x) => x.name.en));
  expect(of("Gamma SE").every((a) => a.owner === "C. Lang")).toBe(true);
  expect(of("Delta KG").map((a) => a.strategy)).toEqual(strategiesFor(1).map((x) => x.name.en));
  expect(of("Delta KG").every((a) => a.owner === "B. Kurz")).toBe(true);
  expect(of("Beta GmbH")).toHaveLength(strategiesFor(2).length);
  expect(plan.getState().suggested).toMatchObject({ added: actions.length, accounts: 4 });
  // The user's ticks stay when the accounts are read again; suggesting again adds nothing.
  plan.refreshPicker();
  expect(ticked(plan.picker)).toEqual(["Epsilon Ltd", "Delta KG", "Beta GmbH", "Gamma SE"]);
  expect(plan.picker.getState().candidates.find((c) => c.name === "Gamma SE")!.open).toBe(strategiesFor(3).length);
  await plan.suggest(plan.picker.targets());
  expect(parseActions(workbook.logs.actions!)).toHaveLength(actions.length);
  expect(plan.getState().suggested).toMatchObject({ added: 0 });
  // Default: now only Alpha is in quadrants 1 and 2 without an open action.
  plan.picker.reset();
  expect(ticked(plan.picker)).toEqual(["Alpha AG"]);
  expect(failures).toEqual([]);
});

test("until the user changes a tick, the ticks follow the default when the accounts are read again", async () => {
  const { workbook, plan } = await setup();
  await plan.suggest(plan.picker.targets());
  plan.refreshPicker();
  // Every default account has open actions now: none is ticked, Gamma (Q3) never was.
  expect(ticked(plan.picker)).toEqual([]);
  // An override removed by the user: Delta is quadrant 4 again, with open actions: still not ticked.
  workbook.logs.plan!.rows[3][3] = null;
  await plan.load();
  plan.refreshPicker();
  expect(plan.picker.getState().candidates.find((c) => c.name === "Delta KG")!.quadrant).toBe(4);
  expect(ticked(plan.picker)).toEqual([]);
});

test("the list follows the scores on screen (the preview's, for the weights being tried); overrides still win", async () => {
  const { plan } = await setup();
  // Weights that would put every account in quadrant 4: only Delta (overridden to 1) stays a default
  // target, and comes first; the others follow by value + engagement (Alpha and Epsilon tie at 130).
  plan.refreshPicker({ values: [70, 55, 25, 25, 70], engagements: [60, 30, 83.33, 16.67, 60], quadrants: [4, 4, 4, 4, 4] });
  expect(plan.picker.getState().candidates.map((c) => [c.name, c.quadrant])).toEqual([
    ["Delta KG", 1],
    ["Alpha AG", 4],
    ["Epsilon Ltd", 4],
    ["Gamma SE", 4],
    ["Beta GmbH", 4],
  ]);
  expect(ticked(plan.picker)).toEqual(["Delta KG"]);
});

test("the list draws the accounts that matter first: the drawn rows are those of highest priority", async () => {
  const { plan } = await setup();
  // The preview's scores for other weights: Gamma scores highest overall but sits in quadrant 3.
  plan.refreshPicker({ values: [51, 90, 40, 10, 60], engagements: [51, 20, 95, 10, 70], quadrants: [1, 2, 3, 4, 1] });
  // Q1: Epsilon 130 before Alpha 102 and Delta (override, 20); then Beta (Q2), Gamma (Q3).
  expect(shownRows(plan.picker.getState(), 3).rows.map((c) => c.name)).toEqual(["Epsilon Ltd", "Alpha AG", "Delta KG"]);
  expect(shownRows(plan.picker.getState()).rows.map((c) => c.name)).toEqual([
    "Epsilon Ltd",
    "Alpha AG",
    "Delta KG",
    "Beta GmbH",
    "Gamma SE",
  ]);
});

test("search and quadrant filters narrow the list; select and clear act on every matching account", async () => {
  const { plan } = await setup();
  const p = plan.picker;
  p.toggleQuadrant(1);
  expect(shownRows(p.getState()).rows.map((c) => c.name)).toEqual(["Alpha AG", "Epsilon Ltd", "Delta KG"]);
  p.tickMatching(false);
  expect(ticked(p)).toEqual(["Beta GmbH"]);
  p.toggleQuadrant(1);
  p.setQuery("lang"); // Gamma's owner, any case
  expect(shownRows(p.getState()).rows.map((c) => c.name)).toEqual(["Gamma SE"]);
  p.tickMatching(true);
  expect(ticked(p)).toEqual(["Beta GmbH", "Gamma SE"]);
  p.setQuery("zzz");
  expect(shownRows(p.getState())).toEqual({ rows: [], matching: 0 });
});

test("10,000 accounts: the list holds at most SHOWN_LIMIT rows and says how many match", () => {
  const p = new SuggestPicker();
  const many: SuggestCandidate[] = Array.from({ length: 10_000 }, (_, i) => ({
    key: `k${i}`,
    name: `Account ${i}`,
    owner: "",
    quadrant: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    overridden: false,
    open: i % 3 === 0 ? 1 : 0,
  }));
  p.refresh(many);
  // Quadrant 1 or 2 (i % 4 is 0 or 1) and no open action (i % 3 is not 0): counted by a second rule.
  let expected = 0;
  for (let i = 0; i < 10_000; i++) if (i % 4 < 2 && i % 3 !== 0) expected++;
  expect(tickedCount(p.getState())).toBe(expected);
  expect(many.filter(isDefaultTarget)).toHaveLength(expected);
  const shown = shownRows(p.getState());
  expect(shown.rows).toHaveLength(SHOWN_LIMIT);
  expect(shown.matching).toBe(10_000);
  p.setQuery("Account 999");
  // "Account 999" and "Account 9990" .. "Account 9999".
  expect(shownRows(p.getState()).matching).toBe(11);
});
