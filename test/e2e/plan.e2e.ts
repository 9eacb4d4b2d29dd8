/**
 * The whole plan loop in the playground, in Chromium: build the matrix on the sample, create the
 * plan, suggest actions, mark one done on the account card, type Done and Dropped into KAM Actions
 * and an override with its reason into KAM Plan (for the account whose action was dropped), rebuild (the matrix shows the override), save the
 * review, insert the next quarter, compare: the Plan block's counts on the matrix sheet equal the
 * counts worked out here from the sheets' contents (KAM History as saved, KAM Actions as typed).
 * The expected number of suggestions and the overridden account's scored quadrant come from the core
 * (reviewFromTable and the playbook) on the same table, never from the page.
 */
import type { Page } from "playwright-core";
import { QUADRANT_STRATEGIES, QUADRANT_TEXT } from "../../core";
import { reviewFromTable } from "../../app/review";
import { SAMPLE_SHEET_NAME, sampleTable } from "../../app/sample/sampleData";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import type { CellValue } from "../../app/report/types";
import type { SourceTable } from "../../app/workbook/workbook";
import { describeInBrowser, openPlayground, usePlayground } from "./support/playground";

jest.setTimeout(180_000);

const source = (values: CellValue[][], sheetName: string): SourceTable => ({
  sheetName,
  address: `'${sheetName}'!A1:I${values.length}`,
  headers: values[0] as string[],
  rows: values.slice(1),
});

function sampleReview() {
  const t = source(sampleTable(), SAMPLE_SHEET_NAME);
  const s = reconcile(defaultSettings("en"), t);
  return reviewFromTable(t, s, { date: "2026-12-06", label: "" }, { idColumn: s.idColumn ?? null });
}

/** Proposed actions for the sample: one per playbook strategy of quadrant 1 or 2, per account there. */
function expectedSuggestions(): { actions: number; accounts: number } {
  const targets = sampleReview().accounts.filter((a) => a.quadrant === 1 || a.quadrant === 2);
  return { actions: targets.reduce((n, a) => n + QUADRANT_STRATEGIES[a.quadrant!].length, 0), accounts: targets.length };
}

/** A sheet's cells as the playground's workbook holds them (the page's test handle). */
const sheetCells = (page: Page, name: string): Promise<CellValue[][] | null> =>
  page.evaluate((n) => {
    const wb = (window as unknown as { kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined } } })
      .kamPlayground.workbook;
    const sheet = wb.sheet(n);
    return sheet ? (sheet.cells.map((r) => [...(r ?? [])]) as CellValue[][]) : null;
  }, name);

/** The table whose header row holds all of `names`: its header row index, columns by name, and data rows up to the first blank row. */
function tableIn(cells: CellValue[][], names: string[]): { at: number; col: Record<string, number>; rows: CellValue[][]; rowAt: number[] } {
  const at = cells.findIndex((r) => names.every((n) => (r ?? []).includes(n)));
  if (at < 0) throw new Error(`no table with ${names.join(", ")}`);
  const col = Object.fromEntries(cells[at].map((h, j) => [String(h), j]).filter(([h]) => h !== "null"));
  const blank = (r: number) => !(cells[r] ?? []).some((v) => v !== null && v !== "");
  const rows: CellValue[][] = [];
  const rowAt: number[] = [];
  let r = at + 1;
  if (r < cells.length && blank(r)) r++; // KAM Actions is created with one blank row under its header
  for (; r < cells.length && !blank(r); r++) {
    rows.push(cells[r]);
    rowAt.push(r);
  }
  return { at, col, rows, rowAt };
}

const letter = (j: number) => String.fromCharCode(65 + j);
const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** Types into a cell of the active sheet as a user does: scroll it into view, double-click, type, Enter. */
async function typeInto(page: Page, sheet: string, row: number, col: number, value: string): Promise<void> {
  const address = `${letter(col)}${row + 1}`;
  await page.locator(`[aria-label="Sheet ${sheet}"]`).evaluate((el, top) => el.scrollTo(0, top), Math.max(0, (row - 5) * 20));
  await page.locator(`[data-cell="${address}"]`).dblclick();
  await page.getByRole("textbox", { name: `Cell ${address}` }).fill(value);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    ([n, r, c, v]) => {
      const wb = (window as unknown as { kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined } } })
        .kamPlayground.workbook;
      return String(wb.sheet(n as string)?.cells[r as number]?.[c as number] ?? "") === v;
    },
    [sheet, row, col, value] as const,
  );
}

/** Waits until a cell of the sheet holds exactly `value` (the report is written asynchronously). */
async function waitForCell(page: Page, sheet: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([n, p]) => {
      const wb = (window as unknown as { kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined } } })
        .kamPlayground.workbook;
      return (wb.sheet(n)?.cells ?? []).some((r) => (r ?? []).includes(p));
    },
    [sheet, value] as const,
  );
}

/**
 * The Plan block worked out from the sheets' contents: KAM History (the compared review's quadrant,
 * override and done count per account), KAM Actions (status, due date, done on) and the matrix
 * now (which accounts are scored). Done since: a done date on or after `since`; an undated Done
 * only beyond the review's stored done count (after the ones dated before). Dropped and overdue:
 * due on or after `since`, or blank.
 */
async function planBlockFromSheets(page: Page, since: string, today: string) {
  const history = tableIn((await sheetCells(page, "KAM History"))!, [
    "Review date",
    "Account",
    "Quadrant",
    "Override quadrant",
    "Done actions",
  ]);
  const then = new Map(
    history.rows
      .filter((r) => text(r[history.col["Review date"]]) === since)
      .map((r) => [
        text(r[history.col["Account"]]),
        {
          quadrant: (r[history.col["Override quadrant"]] ?? r[history.col["Quadrant"]]) as number | null,
          scored: r[history.col["Quadrant"]] as number | null,
          done: r[history.col["Done actions"]] as number | null,
        },
      ]),
  );
  const actions = tableIn((await sheetCells(page, "KAM Actions"))!, ["Account", "Status", "Done on"]);
  const now = tableIn((await sheetCells(page, "KAM Matrix"))!, ["Account", "Quadrant", "Label"]);
  const quadrantNow = new Map(now.rows.map((r) => [text(r[now.col["Account"]]), r[now.col["Quadrant"]] as number | null]));
  const rows = [1, 2, 3, 4].map((q) => [q, 0, 0, 0]);
  const doneSince = new Map<string, number>();
  const cell = (r: CellValue[], h: string) => text(r[actions.col[h]]);
  for (const name of new Set(actions.rows.map((r) => cell(r, "Account")))) {
    const mine = actions.rows.filter((r) => cell(r, "Account") === name);
    const done = mine.filter((r) => cell(r, "Status") === "Done");
    const dated = done.filter((r) => cell(r, "Done on") >= since).length;
    const before = done.filter((r) => cell(r, "Done on") !== "" && cell(r, "Done on") < since).length;
    const undated = done.length - dated - before;
    const stored = then.get(name)?.done ?? null;
    const n = dated + (stored === null ? 0 : Math.max(0, undated - Math.max(0, stored - before)));
    doneSince.set(name, n);
    const q = then.get(name)?.scored != null ? then.get(name)!.quadrant : (quadrantNow.get(name) ?? null);
    if (q === null) continue;
    const row = rows[q - 1];
    row[1] += n;
    for (const r of mine) {
      const due = cell(r, "Due date");
      const status = cell(r, "Status");
      if (due !== "" && due < since) continue;
      if (status === "Dropped") row[2]++;
      else if ((status === "Open" || status === "Proposed") && due !== "" && due < today) row[3]++;
    }
  }
  // Accounts in the matrix both times: with a completed action since the review, and without.
  const both = [...then.entries()].filter(([name, t]) => t.scored !== null && (quadrantNow.get(name) ?? null) !== null).map(([n]) => n);
  const withDone = both.filter((n) => (doneSince.get(n) ?? 0) > 0).length;
  return { then, rows, withDone, without: both.length - withDone };
}

/** The Plan block as the matrix sheet shows it, below its title. */
async function planBlockShown(page: Page, title: string) {
  const cells = (await sheetCells(page, "KAM Matrix"))!;
  const at = cells.findIndex((r) => (r ?? []).includes(title));
  expect(at).toBeGreaterThan(0);
  const head = ["Quadrant", "Actions done", "Dropped", "Overdue"];
  const block = tableIn(cells.slice(at), head);
  const groups = tableIn(cells.slice(at), ["Accounts", "Count", "Moved to a better quadrant"]);
  const countOf = (label: string) => groups.rows.find((r) => r[groups.col["Accounts"]] === label)![groups.col["Count"]];
  return {
    rows: block.rows.map((r) => head.map((h) => r[block.col[h]])),
    withDone: countOf("With at least one action done"),
    without: countOf("Without a completed action"),
  };
}

describeInBrowser("the account plan in the playground (Chromium)", () => {
  const session = usePlayground();
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ page, errors } = await openPlayground(session));
  }, 240_000);

  test("create plan, suggest, mark done, type Done, Dropped and an override, save, next quarter, compare: the Plan block counts what the sheets say", async () => {
    const expected = expectedSuggestions();
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByText(/Sheet "KAM Matrix" written with \d+ accounts\./).waitFor();

    await page.getByRole("button", { name: "Plan", exact: true }).click();
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.getByText(/\d+ accounts added to "KAM Plan"\./).waitFor();
    await page.getByRole("tab", { name: "KAM Plan" }).waitFor();

    await page.getByRole("button", { name: "Suggest actions" }).click();
    await page
      .getByText(
        `${expected.actions} proposed actions for ${expected.accounts} accounts added to "KAM Actions". Set each to Open, Done or Dropped there.`,
      )
      .waitFor();
    await page.getByRole("tab", { name: "KAM Actions" }).waitFor();

    // Open the card of an account with actions (the first one suggested) and mark its first action done.
    const markers = page.getByRole("group", { name: "Matrix preview" }).locator("circle[data-account]");
    const count = await markers.count();
    let opened = false;
    for (let i = 0; i < count && !opened; i++) {
      await markers.nth(i).click({ force: true });
      opened = await page
        .getByRole("button", { name: "Mark done" })
        .first()
        .waitFor({ timeout: 1_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(opened).toBe(true);
    await page.getByRole("button", { name: "Mark done" }).first().click();
    const today = new Date().toISOString().slice(0, 10);
    // Mark done writes Done and today's date into that action's row.
    await page.waitForFunction((d) => {
      const wb = (window as unknown as { kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined } } })
        .kamPlayground.workbook;
      return (wb.sheet("KAM Actions")?.cells ?? []).some((r) => (r ?? []).includes("Done") && (r ?? []).includes(d));
    }, today);

    // Type Done (without a date) and Dropped into the grid of KAM Actions, for actions of other accounts.
    await page.getByRole("tab", { name: "KAM Actions" }).click();
    await page.getByRole("tab", { name: "KAM Actions", selected: true }).waitFor();
    const actions = tableIn((await sheetCells(page, "KAM Actions"))!, ["Account", "Status", "Done on"]);
    const marked = text(actions.rows.find((r) => text(r[actions.col["Status"]]) === "Done")![actions.col["Account"]]);
    const others = actions.rows
      .map((r, i) => ({ account: text(r[actions.col["Account"]]), i }))
      .filter((x, k, all) => x.account !== marked && all.findIndex((y) => y.account === x.account) === k);
    expect(others.length).toBeGreaterThanOrEqual(2);
    await typeInto(page, "KAM Actions", actions.rowAt[others[0].i], actions.col["Status"], "Done");
    await typeInto(page, "KAM Actions", actions.rowAt[others[1].i], actions.col["Status"], "Dropped");

    // Overrule the matrix for the account whose action was dropped: quadrant 1 <-> 2, with a reason.
    const target = others[1].account;
    const scored = sampleReview().accounts.find((a) => a.name === target)!.quadrant!;
    const override = scored === 1 ? 2 : 1;
    const label = `${QUADRANT_TEXT.en[override].label} (override: strategic entry into rail)`;
    await page.getByRole("tab", { name: "KAM Plan" }).click();
    await page.getByRole("tab", { name: "KAM Plan", selected: true }).waitFor();
    const plan = tableIn((await sheetCells(page, "KAM Plan"))!, ["Account", "Override quadrant", "Override reason"]);
    const planRow = plan.rowAt[plan.rows.findIndex((r) => text(r[plan.col["Account"]]) === target)];
    await typeInto(page, "KAM Plan", planRow, plan.col["Override quadrant"], String(override));
    await typeInto(page, "KAM Plan", planRow, plan.col["Override reason"], "strategic entry into rail");

    // Build matrix reads the plan again: the account's label says it is overridden.
    await page.getByRole("button", { name: "Build matrix" }).click();
    await waitForCell(page, "KAM Matrix", label);
    const matrix = tableIn((await sheetCells(page, "KAM Matrix"))!, ["Account", "Quadrant", "Label"]);
    const targetRow = matrix.rows.find((r) => text(r[matrix.col["Account"]]) === target)!;
    expect(targetRow[matrix.col["Quadrant"]]).toBe(scored); // the scored quadrant stays what the data says
    expect(targetRow[matrix.col["Label"]]).toBe(label);
    // And as the grid shows it, scrolled to the account's row.
    await page.getByRole("tab", { name: "KAM Matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    const labelRow = matrix.rowAt[matrix.rows.indexOf(targetRow)];
    await page.locator('[aria-label="Sheet KAM Matrix"]').evaluate((el, top) => el.scrollTo(0, top), Math.max(0, (labelRow - 5) * 20));
    await expect(page.locator(`[data-cell="${letter(matrix.col["Label"])}${labelRow + 1}"]`).textContent()).resolves.toBe(label);

    // Save the review, load the next quarter, compare with it.
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.getByLabel("Review date", { exact: true }).fill("2026-09-30");
    await page.getByLabel("Label", { exact: true }).fill("Q3 2026");
    const saved = page.getByText('Review "Q3 2026" saved to "KAM History".');
    await page.getByRole("button", { name: "Save review" }).click();
    await saved.waitFor();
    await page.getByRole("button", { name: "Insert sample data: next quarter" }).click();
    await page.getByRole("tab", { name: "Sample accounts Q2" }).waitFor();
    await page.getByRole("combobox", { name: "Compare with" }).selectOption({ index: 1 });
    const title = "Plan since Q3 2026: actions per quadrant (quadrant as in Q3 2026)";
    await waitForCell(page, "KAM Matrix", title);
    await page.getByText(/association, not proof that the actions caused the change/).waitFor();

    // The counts, worked out from the sheets: KAM History as saved, KAM Actions as typed, the matrix now.
    const expectedBlock = await planBlockFromSheets(page, "2026-09-30", today);
    expect(expectedBlock.then.get(target)!.quadrant).toBe(override); // the override was stored with the review
    // Done since: the action marked on the card (dated today); the one typed Done without a date was
    // done when the review was saved (its stored count holds it), so it is not counted. One dropped,
    // counted in the quadrant the account was treated as then: its override.
    expect(expectedBlock.rows.reduce((n, r) => n + r[1], 0)).toBe(1);
    expect(expectedBlock.rows.map((r) => r[2])).toEqual([1, 2, 3, 4].map((q) => (q === override ? 1 : 0)));
    const shown = await planBlockShown(page, title);
    expect(shown.rows).toEqual(expectedBlock.rows);
    expect(shown.withDone).toBe(expectedBlock.withDone);
    expect(shown.without).toBe(expectedBlock.without);
    expect(expectedBlock.withDone).toBe(1);
    expect(errors).toEqual([]);
  });

  test("the sample's plan and actions: save a review, insert the next quarter, compare, and the Plan block shows what was done", async () => {
    const { page: fresh, errors: failures } = await openPlayground(session);
    await fresh.getByRole("button", { name: "Insert sample data", exact: true }).click();
    await fresh.getByRole("tab", { name: "KAM Plan" }).waitFor();
    await fresh.getByRole("tab", { name: "KAM Actions" }).waitFor();
    await fresh.getByRole("button", { name: "Build matrix" }).click();
    await fresh.getByText(/Sheet "KAM Matrix" written with \d+ accounts\./).waitFor();
    // The override without a reason is listed in the Plan section.
    await fresh.getByRole("button", { name: "Plan", exact: true }).click();
    await fresh.getByText(/: the override to quadrant 1 has no reason, so it is not applied\./).waitFor();

    const today = new Date().toISOString().slice(0, 10);
    await fresh.getByRole("button", { name: "Review", exact: true }).click();
    await fresh.getByLabel("Review date", { exact: true }).fill(today);
    await fresh.getByLabel("Label", { exact: true }).fill("Sample Q1");
    await fresh.getByRole("button", { name: "Save review" }).click();
    await fresh.getByText('Review "Sample Q1" saved to "KAM History".').waitFor();
    const before = tableIn((await sheetCells(fresh, "KAM Actions"))!, ["Account", "Status"]).rows.length;
    await fresh.getByRole("button", { name: "Insert sample data: next quarter" }).click();
    await fresh.getByRole("tab", { name: "Sample accounts Q2" }).waitFor();
    await fresh.waitForFunction((n) => {
      const wb = (window as unknown as { kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined } } })
        .kamPlayground.workbook;
      return (wb.sheet("KAM Actions")?.cells.length ?? 0) > n;
    }, before + 2);
    await fresh.getByRole("combobox", { name: "Compare with" }).selectOption({ index: 1 });
    const title = "Plan since Sample Q1: actions per quadrant (quadrant as in Sample Q1)";
    await waitForCell(fresh, "KAM Matrix", title);
    const expectedBlock = await planBlockFromSheets(fresh, today, today);
    const shown = await planBlockShown(fresh, title);
    expect(shown.rows).toEqual(expectedBlock.rows);
    expect(shown.withDone).toBe(expectedBlock.withDone);
    expect(shown.without).toBe(expectedBlock.without);
    // Not a trivial block: several accounts did something in the quarter, and some actions were dropped.
    expect(expectedBlock.withDone).toBeGreaterThanOrEqual(5);
    expect(expectedBlock.rows.reduce((n, r) => n + r[2], 0)).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await fresh.context().close();
  });

  test("the page opens with the sample and no plan: the Plan section offers the sample's plan, and one click adds it", async () => {
    const { page: fresh, errors: failures } = await openPlayground(session);
    await fresh.getByRole("button", { name: "Plan", exact: true }).click();
    await fresh.getByText(/^Try it on the sample: a plan as a team would have typed it/).waitFor();
    await fresh.getByRole("button", { name: "Add sample plan" }).click();
    await fresh.getByRole("tab", { name: "KAM Plan" }).waitFor();
    await fresh.getByRole("tab", { name: "KAM Actions" }).waitFor();
    // The plan loop is there: the next step, the override without a reason listed; the offer is gone.
    await fresh.getByRole("button", { name: "Add new accounts to the plan" }).waitFor();
    await fresh.getByText(/: the override to quadrant 1 has no reason, so it is not applied\./).waitFor();
    expect(await fresh.getByRole("button", { name: "Add sample plan" }).count()).toBe(0);
    // No second copy of the sample accounts: one source sheet, the plan's two sheets.
    expect(await fresh.getByRole("tab", { name: /^Sample accounts/ }).count()).toBe(1);
    const plan = tableIn((await sheetCells(fresh, "KAM Plan"))!, ["Account", "Owner"]);
    expect(plan.rows.map((r) => text(r[plan.col["Account"]]))).toEqual(
      sampleTable()
        .slice(1)
        .map((r) => text(r[0])),
    );
    expect(failures).toEqual([]);
    await fresh.context().close();
  });
});
