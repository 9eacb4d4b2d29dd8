/**
 * Review over time in the playground (issue 10), in Chromium: build the matrix on the sample, save
 * it as "Q3 2026", insert the next quarter's sample, compare it with Q3, and read what a user sees:
 * the movers table on the KAM Matrix sheet and the trails in the chart. The expected movers and
 * trails come from the review core (compareReviews) run here on the same two tables with the
 * settings the pane starts with, never from the page itself.
 */
import { mkdirSync, statSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { Quadrant, quadrantLabel } from "../../core";
import { compareReviews, reviewFromTable } from "../../app/review";
import { SAMPLE_SHEET_NAME, sampleTable } from "../../app/sample/sampleData";
import { NEXT_QUARTER_SHEET_NAME, sampleNextQuarterTable } from "../../app/sample/sampleNextQuarter";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import type { CellValue } from "../../app/report/types";
import type { SourceTable } from "../../app/workbook/workbook";
import { describeInBrowser, openPlayground, ROOT, usePlayground } from "./support/playground";

jest.setTimeout(180_000);

const source = (values: CellValue[][], sheetName: string): SourceTable => ({
  sheetName,
  address: `'${sheetName}'!A1:I${values.length}`,
  headers: values[0] as string[],
  rows: values.slice(1),
});

/** The comparison the core makes of the two sample quarters with the pane's starting settings. */
function expectedComparison() {
  const q3 = source(sampleTable(), SAMPLE_SHEET_NAME);
  const q4 = source(sampleNextQuarterTable(), NEXT_QUARTER_SHEET_NAME);
  const s3 = reconcile(defaultSettings("en"), q3);
  // Inserting a sample makes it the source afresh: its columns are guessed again.
  const s4 = reconcile({ ...s3, nameColumn: null, criteria: [] }, q4);
  const then = reviewFromTable(q3, s3, { date: "2026-09-30", label: "Q3 2026" }, { idColumn: s3.idColumn ?? null });
  const now = reviewFromTable(q4, s4, { date: "2026-12-31", label: "" }, { idColumn: s4.idColumn ?? null, band: 0, previous: then });
  return compareReviews(then, now, "en");
}

const SCROLLER = (sheet: string) => `[aria-label="Sheet ${sheet}"]`;

/**
 * Every rendered cell of the active sheet, by address: the grid renders only the rows in view,
 * so scroll through it as a user would and collect what is shown.
 */
async function sheetCells(page: Page, sheet: string): Promise<Record<string, string>> {
  const scroller = page.locator(SCROLLER(sheet));
  const height = await scroller.evaluate((el) => el.scrollHeight);
  const out: Record<string, string> = {};
  for (let top = 0; ; top += 400) {
    await scroller.evaluate((el, t) => el.scrollTo(0, t), top);
    await page.waitForTimeout(50);
    const seen = await page.evaluate(() => {
      const cells: Record<string, string> = {};
      document.querySelectorAll<HTMLElement>("[data-cell]").forEach((el) => (cells[el.dataset.cell!] = el.textContent ?? ""));
      return cells;
    });
    Object.assign(out, seen);
    if (top >= height) break;
  }
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  return out;
}

const columnOf = (address: string) => /^[A-Z]+/.exec(address)![0];
const rowOf = (address: string) => Number(/\d+$/.exec(address)![0]);
const letters = (from: string, n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));

/** The rows of the table titled `title`: from two rows below the title to the first blank first cell. */
function tableBelow(cells: Record<string, string>, title: string, columns: number): string[][] {
  const at = Object.keys(cells).find((a) => cells[a] === title);
  if (!at) throw new Error(`no cell "${title}" on the sheet`);
  const cols = letters(columnOf(at), columns);
  const rows: string[][] = [];
  for (let r = rowOf(at) + 2; cells[`${cols[0]}${r}`]; r++) rows.push(cols.map((c) => cells[`${c}${r}`] ?? ""));
  return rows;
}

describeInBrowser("review over time in the playground (Chromium)", () => {
  const session = usePlayground();
  let page: Page;
  let blocked: string[] = [];
  let dialogs: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    ({ page, blocked, dialogs, errors } = await openPlayground(session));
  }, 240_000);

  test("save Q3, load the next quarter, compare: the movers and trails the core computes", async () => {
    const expected = expectedComparison();
    // The sample's second quarter really tells a story: some moved, and the trails are capped.
    expect(expected.movers.length).toBeGreaterThanOrEqual(4);
    expect(expected.trails.length).toBeGreaterThanOrEqual(expected.movers.length);
    expect(expected.trails.length).toBeLessThanOrEqual(25);

    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    // Save only once the first build (and its stability pass) has finished, as a user would see it.
    await page.getByText(/Sheet "KAM Matrix" written with \d+ accounts\./).waitFor();

    // Save the review of Q3.
    // Review is a folded section of the pane at start.
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.getByLabel("Review date", { exact: true }).fill("2026-09-30");
    await page.getByLabel("Label", { exact: true }).fill("Q3 2026");
    // Pressed right after the section opened, as a user would: one press saves (the pane's
    // sections open without an animation that moved the button under the pointer).
    await page.getByRole("button", { name: "Save review" }).click();
    await page
      .getByText('Review "Q3 2026" saved to "KAM History".')
      .waitFor()
      .catch(async (e) => {
        // What the pane showed instead, for whoever reads the failure.
        await page.screenshot({ path: join(ROOT, "test-results", "playground-review-save-failed.png") });
        throw new Error(
          `${e}\nerrors: ${errors.join(" | ")}\npane: ${(await page.getByRole("complementary", { name: "Task pane" }).innerText()).slice(0, 2000)}`,
        );
      });
    await page.getByRole("tab", { name: "KAM History" }).waitFor();

    // The next quarter becomes the source; the live matrix follows it, still without a comparison.
    await page.getByRole("button", { name: "Insert sample data: next quarter" }).click();
    await page.getByRole("tab", { name: NEXT_QUARTER_SHEET_NAME, selected: true }).waitFor();
    await page.getByRole("columnheader", { name: "Growth potential (1-10)" }).first().waitFor();

    // Compare with Q3 (offered as the latest review before today).
    const compare = page.getByRole("combobox", { name: "Compare with" });
    await expect(compare.locator("option").allTextContents()).resolves.toEqual([
      "(no comparison)",
      "Q3 2026 (2026-09-30, 40 accounts) (latest)",
    ]);
    await compare.selectOption("2026-09-30");
    const summary = page.getByRole("status", { name: "comparison" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      `${expected.movers.length} accounts changed quadrant; ${expected.trails.length} trails on the chart; ${expected.newAccounts.length} new, ${expected.droppedAccounts.length} dropped.`,
    );

    // The KAM Matrix sheet: the movers table, as the user reads it.
    await page.getByRole("tab", { name: "KAM Matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    await page.locator("g[data-trails]").waitFor();
    const cells = await sheetCells(page, "KAM Matrix");
    const movers = tableBelow(cells, "Movers since Q3 2026", 3);
    const cell = (q: Quadrant) => `${q} ${quadrantLabel(q, "en")}`;
    expect(movers).toEqual(expected.movers.map((m) => [m.name, cell(m.quadrantThen), cell(m.quadrantNow)]));
    // The header the rows are read under.
    const title = Object.keys(cells).find((a) => cells[a] === "Movers since Q3 2026")!;
    const header = letters(columnOf(title), 10).map((c) => cells[`${c}${rowOf(title) + 1}`]);
    expect(header.slice(0, 3)).toEqual(["Account", "Quadrant then", "Quadrant now"]);
    expect(header[9]).toBe("Main driver");
    // The transition table and the KPIs are there too.
    expect(Object.values(cells)).toEqual(
      expect.arrayContaining(["Moves since Q3 2026 (rows: then, columns: now)", "Review KPIs: now vs. Q3 2026"]),
    );

    // The chart: one trail per selected account, each a line from a hollow marker.
    const trails = await page.locator("g[data-trail]").evaluateAll((gs) =>
      gs.map((g) => ({
        name: g.getAttribute("data-trail"),
        lines: g.querySelectorAll("line").length,
        hollow: g.querySelector("circle")?.getAttribute("fill"),
      })),
    );
    expect(trails).toHaveLength(expected.trails.length);
    expect(trails.map((t) => t.name).sort()).toEqual(expected.trails.map((t) => t.name).sort());
    for (const t of trails) expect([t.lines, t.hollow]).toEqual([1, "#fff"]);

    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    const shot = join(ROOT, "test-results", "playground-review.png");
    await page.getByRole("figure").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);

    // The movers table itself, for a look at the sheet below the chart.
    await page.locator(SCROLLER("KAM Matrix")).evaluate((el, t) => el.scrollTo(0, t), (rowOf(title) - 3) * 20);
    await page.locator(`[data-cell="${title}"]`).evaluate((el) => el.scrollIntoView({ block: "start", inline: "start" }));
    // Past the sticky row numbers and column letters, so the title and first column show whole.
    await page.locator(SCROLLER("KAM Matrix")).evaluate((el) => el.scrollBy(-60, -44));
    await page.screenshot({ path: join(ROOT, "test-results", "playground-review-movers.png") });

    expect(blocked).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a section that opens puts Save review in its place at once: nothing moves it under the pointer", async () => {
    const header = page.getByRole("button", { name: "Review", exact: true });
    if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
    await page.getByRole("button", { name: "Save review" }).waitFor({ state: "detached" });
    // Where the button is, frame by frame, for half a second after the section opens.
    const sampling = page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const tops: number[] = [];
          const t0 = performance.now();
          const tick = () => {
            const save = [...document.querySelectorAll("button")].find((b) => b.textContent === "Save review");
            if (save) tops.push(Math.round(save.getBoundingClientRect().top));
            if (performance.now() - t0 < 500) requestAnimationFrame(tick);
            else done(tops);
          };
          requestAnimationFrame(tick);
        }),
    );
    await header.click();
    const tops = await sampling;
    expect(tops.length).toBeGreaterThan(3);
    expect([...new Set(tops)]).toEqual([tops[0]]);
    expect(errors).toEqual([]);
  });
});
