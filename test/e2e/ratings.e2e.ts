/**
 * From raw exports with judgement ratings to the matrix in the playground, in Chromium: insert the
 * sample exports (order lines, activity log, workshop ratings), choose the three tables, prepare
 * the accounts, build the matrix; KAM Accounts carries strategic importance with the values that
 * the core's KAM.RATINGS (ratingsTable, run here on the same lines) gives, and the matrix's value
 * axis includes it.
 */
import type { Page } from "playwright-core";
import { accountKey, ratingsTable } from "../../core";
import { ORDER_SHEET_NAME } from "../../app/sample/orderLines";
import { sampleWorkshopRatings, WORKSHOP_SHEET_NAME } from "../../app/sample/ratings";
import { describeInBrowser, openPlayground, usePlayground } from "./support/playground";

jest.setTimeout(180_000);

/** KAM.RATINGS medians of the sample workshop per account key (the review window holds the workshop). */
function expectedStrategic(): Map<string, unknown> {
  const lines = sampleWorkshopRatings();
  const table = ratingsTable({
    accounts: lines.map((r) => [r[0]]),
    raters: lines.map((r) => [r[1]]),
    dates: lines.map((r) => [r[2]]),
    scores: lines.map((r) => [r[3]]),
  });
  return new Map(table.slice(1).map((r) => [accountKey(r[0])!, r[2]]));
}

describeInBrowser("Ratings in Prepare data in the playground", () => {
  const session = usePlayground();
  let page: Page;
  let blocked: string[] = [];

  test("sample exports with workshop ratings: strategic importance on KAM Accounts and on the value axis", async () => {
    ({ page, blocked } = await openPlayground(session));

    await page.getByRole("button", { name: "Insert sample order lines" }).click();
    await page.getByRole("tab", { name: ORDER_SHEET_NAME, selected: true }).waitFor();
    // Prepare data opens by itself with the sample order lines and activity log chosen.
    await page.getByText(/Sample order lines'!A1:F\d+: \d+ lines/).waitFor();
    await page.getByText(/Sample activities'!A1:C\d+: \d+ lines/).waitFor();
    await page.getByRole("tab", { name: WORKSHOP_SHEET_NAME }).click();
    await page.getByRole("button", { name: "Use selection: Ratings or survey responses (optional)" }).click();
    // The criteria offered, the anchored scale of a rated one, and the disagreements in the quality report.
    await page.getByRole("checkbox", { name: "Strategic importance" }).waitFor();
    await page.getByRole("checkbox", { name: "Collaboration" }).waitFor();
    await page.getByText("5 = essential: losing it would change our strategy").waitFor();
    await page.getByText(/ratings where the raters disagree \(worth a discussion\): /).waitFor();

    await page.getByRole("checkbox", { name: /Leave the invalid lines out/ }).check();
    await page.getByRole("button", { name: "Prepare accounts" }).click();
    await page.getByText(/Sheet "KAM Accounts" written with 40 accounts/).waitFor();
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    await page.getByText(/Sheet "KAM Matrix" written with 40 accounts\./).waitFor();

    const { cells, settings } = await page.evaluate(async () => {
      const wb = (
        window as unknown as {
          kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined; loadSettings(): Promise<unknown> } };
        }
      ).kamPlayground.workbook;
      return { cells: wb.sheet("KAM Accounts")!.cells, settings: await wb.loadSettings() };
    });
    const header = cells[5] as string[];
    const column = header.indexOf("Strategic importance");
    expect(column).toBeGreaterThan(0);
    expect(header[column + 1]).toBe("Strategic importance: raters");
    const expected = expectedStrategic();
    const rows = cells.slice(6, 46);
    let compared = 0;
    for (const row of rows) {
      const want = expected.get(accountKey(row[0])!);
      if (want === undefined) expect(row[column] ?? null).toBeNull();
      else {
        expect(row[column]).toBe(want);
        compared++;
      }
    }
    expect(compared).toBe(39); // every account but the newcomer was rated
    const parsed = (typeof settings === "string" ? JSON.parse(settings) : settings) as { criteria: { column: string; axis: string }[] };
    expect(parsed.criteria.filter((c) => c.axis === "value").map((c) => c.column)).toContain("Strategic importance");
    await page.context().close();
    expect(blocked).toEqual([]);
  });
});
