/**
 * From raw export to matrix in the playground, in Chromium: insert the sample order lines and
 * activity log (the pane takes them as its tables), prepare the accounts, build the matrix, and compare the KAM Accounts values of
 * two accounts with the core's KAM.ACCOUNTS (accountsTable) run here on the same lines.
 */
import type { Page } from "playwright-core";
import { accountsTable, isKamError } from "../../core";
import { ORDER_SHEET_NAME, sampleOrderLines } from "../../app/sample/orderLines";
import { describeInBrowser, openPlayground, usePlayground } from "./support/playground";

jest.setTimeout(180_000);

/** KAM.ACCOUNTS of the sample lines without the invalid ones (what "Leave the invalid lines out" does). */
function expectedAccounts(): Map<string, unknown[]> {
  const lines = sampleOrderLines().filter((l) => l[0] !== null && typeof l[1] === "number" && typeof l[4] === "number");
  const col = (j: number) => lines.map((r) => [r[j]]);
  const table = accountsTable({ accounts: col(0), dates: col(1), amounts: col(4), profits: col(5), categories: col(3), orders: col(2) });
  return new Map(table.slice(1).map((r) => [String(r[0]), r.map((v) => (isKamError(v) ? null : v))]));
}

describeInBrowser("Prepare data in the playground", () => {
  const session = usePlayground();
  let page: Page;
  let blocked: string[] = [];

  test("sample order lines, prepare accounts, build the matrix: KAM Accounts as the core computes it", async () => {
    ({ page, blocked } = await openPlayground(session));

    await page.getByRole("button", { name: "Insert sample order lines" }).click();
    await page.getByRole("tab", { name: ORDER_SHEET_NAME, selected: true }).waitFor();
    // The order dates show as dates, as Excel shows the export, not as serial numbers.
    expect(await page.locator('[data-cell="B2"]').textContent()).toMatch(/^20\d\d-\d\d-\d\d$/);
    // Prepare data opens by itself with both sample tables chosen, and says what comes next.
    await page.getByText(/sample order lines and activity log are chosen as the raw tables/).waitFor();
    await page.getByText(/Sample order lines'!A1:F\d+: \d+ lines/).waitFor();
    await page.getByText(/Sample activities'!A1:C\d+: \d+ lines/).waitFor();
    // The quality report before anything is written: the sample's invalid lines, with their cells.
    // The counts read right: "1 date is not a date", not "1 dates are not dates".
    await page.getByText(/^1 date is not a date: 'Sample order lines'!B\d+/).waitFor();
    await page.getByText(/^1 number is stored as text: 'Sample order lines'!E\d+ "1\.234,56"/).waitFor();
    await page.getByText(/^1 account appears only in the activity log \(no orders\): Horizon Prospects GmbH/).waitFor();

    await page.getByRole("checkbox", { name: /Leave the invalid lines out/ }).check();
    await page.getByRole("button", { name: "Prepare accounts" }).click();
    await page
      .getByText(/Sheet "KAM Accounts" written with 40 accounts, review date \d{4}-\d{2}-\d{2}; 3 lines left out are listed/)
      .waitFor();

    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    await page.getByText(/Sheet "KAM Matrix" written with 40 accounts\./).waitFor();

    // The values on KAM Accounts, read from the playground's workbook.
    const sheet = await page.evaluate(() => {
      const wb = (window as unknown as { kamPlayground: { workbook: { sheet(n: string): { cells: unknown[][] } | undefined } } })
        .kamPlayground.workbook;
      return wb.sheet("KAM Accounts")!.cells;
    });
    const header = sheet[5].slice(0, 8);
    expect(header).toEqual(["Account", "Revenue", "Margin", "Growth", "Orders", "Days since last order", "Customer years", "Categories"]);
    const expected = expectedAccounts();
    const rows = sheet.slice(6, 46);
    for (const name of ["Nordwind Logistik AG", [...expected.keys()][5]]) {
      const row = rows.find((r) => r[0] === name);
      expect(row).toBeDefined();
      const want = expected.get(name)!;
      row!
        .slice(0, 8)
        .forEach((v, j) =>
          typeof want[j] === "number" ? expect(v as number).toBeCloseTo(want[j] as number, 9) : expect(v).toEqual(want[j]),
        );
    }
    await page.context().close();
    expect(blocked).toEqual([]);
  });
});
