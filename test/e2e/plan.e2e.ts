/**
 * The account plan in the playground, in Chromium: build the matrix on the sample, create the plan,
 * suggest actions, mark one done on the account card, save the review, insert the next quarter,
 * compare: the Plan block is on the matrix sheet (its counts are checked in test/app/plan). The expected number of
 * suggestions comes from the core (reviewFromTable and the playbook) on the same table, never from
 * the page. (Typing an override into the playground's grid is not driven here.)
 */
import type { Page } from "playwright-core";
import { QUADRANT_STRATEGIES } from "../../core";
import { reviewFromTable } from "../../app/review";
import { SAMPLE_SHEET_NAME, sampleTable } from "../../app/sample/sampleData";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import type { CellValue } from "../../app/report/types";
import type { SourceTable } from "../../app/workbook/workbook";
import { describeInBrowser, isolatedContext, usePlayground } from "./support/playground";

jest.setTimeout(180_000);

const source = (values: CellValue[][], sheetName: string): SourceTable => ({
  sheetName,
  address: `'${sheetName}'!A1:I${values.length}`,
  headers: values[0] as string[],
  rows: values.slice(1),
});

/** Proposed actions for the sample: one per playbook strategy of quadrant 1 or 2, per account there. */
function expectedSuggestions(): { actions: number; accounts: number } {
  const t = source(sampleTable(), SAMPLE_SHEET_NAME);
  const s = reconcile(defaultSettings("en"), t);
  const review = reviewFromTable(t, s, { date: "2026-12-06", label: "" }, { idColumn: s.idColumn ?? null });
  const targets = review.accounts.filter((a) => a.quadrant === 1 || a.quadrant === 2);
  return { actions: targets.reduce((n, a) => n + QUADRANT_STRATEGIES[a.quadrant!].length, 0), accounts: targets.length };
}

describeInBrowser("the account plan in the playground (Chromium)", () => {
  const session = usePlayground();
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const isolated = await isolatedContext(session.browser);
    page = await isolated.context.newPage();
    page.on("dialog", (d) => void d.dismiss());
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(session.url);
    await page.getByRole("button", { name: "Build matrix" }).waitFor();
  }, 240_000);

  test("create plan, suggest actions, mark one done, save, next quarter, compare: the Plan block is on the matrix sheet", async () => {
    const expected = expectedSuggestions();
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByText(/Sheet "KAM Matrix" written with \d+ accounts\./).waitFor();

    await page.getByRole("button", { name: "Plan", exact: true }).click();
    await page.waitForTimeout(500);
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
    const before = await page.getByRole("button", { name: "Mark done" }).count();
    await page.getByRole("button", { name: "Mark done" }).first().click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("button").length > 0 &&
        [...document.querySelectorAll("button")].filter((b) => b.textContent === "Mark done").length === n - 1,
      before,
    );

    // Save the review, load the next quarter, compare with it.
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.getByLabel("Review date", { exact: true }).fill("2026-09-30");
    await page.getByLabel("Label", { exact: true }).fill("Q3 2026");
    await page.waitForTimeout(500);
    const saved = page.getByText('Review "Q3 2026" saved to "KAM History".');
    for (let attempt = 0; attempt < 3 && !(await saved.isVisible()); attempt++) {
      await page.getByRole("button", { name: "Save review" }).click();
      await saved.waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    await saved.waitFor({ timeout: 1_000 });
    await page.getByRole("button", { name: "Insert sample data: next quarter" }).click();
    await page.getByRole("combobox", { name: "Compare with" }).selectOption({ index: 1 });
    await page.getByRole("tab", { name: "KAM Matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    await page.waitForTimeout(1_000);
    // The grid renders only the cells in view: scroll through the sheet as a user would.
    const scroller = page.locator('[aria-label="Sheet KAM Matrix"]');
    const texts: string[] = [];
    const { height, width } = await scroller.evaluate((el) => ({ height: el.scrollHeight, width: el.scrollWidth }));
    for (let top = 0; top <= height; top += 300)
      for (let left = 0; left <= width; left += 400) {
        await scroller.evaluate((el, [t, l]) => el.scrollTo(l, t), [top, left]);
        await page.waitForTimeout(20);
        texts.push(
          ...(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("[data-cell]")].map((el) => el.textContent ?? ""))),
        );
      }
    expect(texts).toContain("Plan since Q3 2026: actions per quadrant (quadrant as in Q3 2026)");
    expect(texts).toContain("With at least one action done");
    await page.getByText(/association, not proof that the actions caused the change/).waitFor();
    expect(errors).toEqual([]);
  });
});
