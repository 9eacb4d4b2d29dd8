/**
 * The playground (npm start) in a real browser: Debian's Chromium driven by playwright-core. The
 * page is built once with the project's webpack config and served from localhost; every request
 * elsewhere is refused and must not even be attempted. Expected numbers come from the scoring core
 * run here on the same data, never from the page itself.
 */
import { mkdirSync, statSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { isKamError, scorePortfolio } from "../../core";
import { SAMPLE_HEADERS, SAMPLE_SHEET_NAME, sampleTable } from "../../app/sample/sampleData";
import { describeInBrowser, openPlayground, ROOT, usePlayground } from "./support/playground";

jest.setTimeout(120_000);

// SPEC 4 labels, and the sample's criteria as SPEC 3 defines the axes (cost to serve: lower is better).
const LABELS_EN = ["Key partner", "Develop", "Monetise", "Re-evaluate"];
const LABELS_DE = ["Schlüsselpartner", "Ausbauen", "Monetarisieren", "Neu bewerten"];
const col = (header: (typeof SAMPLE_HEADERS)[number]) => SAMPLE_HEADERS.indexOf(header);
const VALUE_COLUMNS = [
  col("Revenue (EUR)"),
  col("Profit margin (%)"),
  col("Growth potential (1-10)"),
  col("Strategic importance (1-5)"),
  col("Cost to serve (EUR)"),
];
const ENGAGEMENT_COLUMNS = [col("Interactions per year"), col("Loyalty (years)"), col("Collaboration (1-5)")];

/** The sample scored by the core directly, with the pane's starting weights (all equal). */
function expectedSample(valueWeights = [5, 5, 5, 5, -5], rows = sampleTable().slice(1)) {
  const result = scorePortfolio({
    names: rows.map((r) => r[0]),
    value: { data: rows.map((r) => VALUE_COLUMNS.map((c) => r[c])), weights: valueWeights },
    engagement: { data: rows.map((r) => ENGAGEMENT_COLUMNS.map((c) => r[c])), weights: [5, 5, 5] },
  });
  const counts = [0, 0, 0, 0];
  for (const a of result.accounts) if (!isKamError(a.quadrant)) counts[a.quadrant - 1]++;
  const byName = new Map(result.accounts.map((a) => [String(a.name), a]));
  return { counts, byName, scored: counts.reduce((x, y) => x + y, 0), thresholds: result.thresholds };
}

/** The rendered cells of the active sheet, by address ("A1" -> text). */
async function gridCells(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>("[data-cell]").forEach((el) => (out[el.dataset.cell!] = el.textContent ?? ""));
    return out;
  });
}

/** The row of the results table that holds this account: {Value, Engagement, Label...} as shown. */
async function resultRow(page: Page, name: string): Promise<string[]> {
  const cells = await gridCells(page);
  const row = Object.keys(cells).find((a) => /^A\d+$/.test(a) && cells[a] === name);
  if (!row) throw new Error(`account ${name} is not in the results table`);
  const r = row.slice(1);
  return ["A", "B", "C", "D", "E", "F"].map((c) => cells[`${c}${r}`]);
}

/** Each marker's name and the (value, engagement) its position stands for, read from the plot area (axes 0..100). */
const markerScores = (page: Page) =>
  page.evaluate(() => {
    const plot = document.querySelector("rect[data-plot]")!;
    const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(plot.getAttribute(a)));
    return [...document.querySelectorAll("circle[role=img]")].map((c) => ({
      name: c.getAttribute("aria-label")!,
      value: ((Number(c.getAttribute("cx")) - x) / w) * 100,
      engagement: (1 - (Number(c.getAttribute("cy")) - y) / h) * 100,
    }));
  });

/** Waits until the named marker stands at this value score. */
const waitForMarker = (page: Page, name: string, value: number) =>
  page.waitForFunction(
    ([n, v]) => {
      const plot = document.querySelector("rect[data-plot]");
      const c = [...document.querySelectorAll("circle[role=img]")].find((e) => e.getAttribute("aria-label") === n);
      if (!plot || !c) return false;
      const x = ((Number(c.getAttribute("cx")) - Number(plot.getAttribute("x"))) / Number(plot.getAttribute("width"))) * 100;
      return Math.abs(x - v) < 1e-8;
    },
    [name, value] as const,
  );

const sheetTabs = (page: Page) => page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).dataset.sheet));

const markerCount = (page: Page, series: string) => page.locator(`circle[data-series="${series}"]`).count();

describeInBrowser("the playground in Chromium", () => {
  const session = usePlayground();
  let blocked: string[] = [];
  let dialogs: string[] = [];
  let page: Page;

  beforeEach(async () => {
    ({ page, blocked, dialogs } = await openPlayground(session));
  });

  afterEach(async () => {
    await page.context().close();
    // Nothing outside localhost was requested, and no script the data smuggled in ever ran.
    expect(blocked).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test("opens on the sample; Build matrix writes the KAM Matrix sheet with the quadrants the core computes", async () => {
    await expect(page.getByRole("tab", { name: SAMPLE_SHEET_NAME }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.getByRole("columnheader", { name: "Growth potential (1-10)" }).waitFor();
    await expect(page.getByRole("tab", { name: "KAM Matrix" }).count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    const expected = expectedSample();
    expect(expected.scored).toBeGreaterThan(30); // the sample really spreads over the quadrants
    for (let q = 0; q < 4; q++) await expect(markerCount(page, LABELS_EN[q])).resolves.toBe(expected.counts[q]);

    // The results table, the summary and the playbook are there as cells; the chart has one named
    // marker per scored account, placed at the core's scores.
    const cells = await gridCells(page);
    const labels = Object.entries(cells)
      .filter(([a]) => /^E\d+$/.test(a))
      .map(([, t]) => t);
    for (let q = 0; q < 4; q++) expect(labels.filter((t) => t === LABELS_EN[q])).toHaveLength(expected.counts[q]);
    await page.getByRole("cell", { name: "Strategy playbook" }).waitFor();
    await page.getByRole("cell", { name: "Quadrant summary" }).waitFor();
    const markers = await markerScores(page);
    expect(markers).toHaveLength(expected.scored);
    for (const m of markers) {
      const a = expected.byName.get(m.name)!;
      expect(m.value).toBeCloseTo(a.value as number, 8);
      expect(m.engagement).toBeCloseTo(a.engagement as number, 8);
    }
    // Threshold lines at the core's thresholds, on the same scale as the markers.
    const plot = await page.locator("rect[data-plot]").evaluate((r) => ["x", "y", "width", "height"].map((a) => Number(r.getAttribute(a))));
    const line = (which: string, attr: string) => page.locator(`line[data-threshold="${which}"]`).getAttribute(attr).then(Number);
    expect(await line("value", "x1")).toBeCloseTo(plot[0] + (expected.thresholds.value / 100) * plot[2], 8);
    expect(await line("engagement", "y1")).toBeCloseTo(plot[1] + (1 - expected.thresholds.engagement / 100) * plot[3], 8);
    await page.getByRole("figure").getByText("Customer value (0-100)", { exact: true }).waitFor();
    // The user's data sheet is unchanged and still first.
    await expect(sheetTabs(page)).resolves.toEqual([SAMPLE_SHEET_NAME, "KAM Matrix"]);

    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    const shot = join(ROOT, "test-results", "playground-matrix.png");
    await page.getByRole("figure").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
  });

  test("moving a weight updates the results table and the chart to the core's new scores", async () => {
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    const before = expectedSample();
    const after = expectedSample([10, 5, 5, 5, -5]);
    // The account whose value score moves most when revenue counts double.
    const [name] = [...after.byName.keys()]
      .filter((n) => typeof after.byName.get(n)!.value === "number")
      .map((n) => [n, Math.abs((after.byName.get(n)!.value as number) - (before.byName.get(n)!.value as number))] as const)
      .sort((a, b) => b[1] - a[1])[0];
    const marker = page.getByRole("img", { name, exact: true });
    const cxBefore = Number(await marker.getAttribute("cx"));

    await page.getByRole("spinbutton", { name: "Weight Revenue (EUR)" }).fill("10");
    const target = after.byName.get(name)!;
    await waitForMarker(page, name, target.value as number);
    expect(Number(await marker.getAttribute("cx")) > cxBefore).toBe((target.value as number) > (before.byName.get(name)!.value as number));
    const row = await resultRow(page, name);
    expect(row[1]).toBe((target.value as number).toFixed(1));
    expect(row[2]).toBe((target.engagement as number).toFixed(1));
    expect(row[4]).toBe(LABELS_EN[(target.quadrant as number) - 1]);
    for (let q = 0; q < 4; q++) await expect(markerCount(page, LABELS_EN[q])).resolves.toBe(after.counts[q]);
  });

  test("an edit in the data sheet reaches the add-in and the matrix follows, as in Excel", async () => {
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    await page.getByRole("tab", { name: SAMPLE_SHEET_NAME }).click();
    // Make the last account but one the biggest customer by far.
    const rows = sampleTable().slice(1);
    const r = rows.length - 1; // data row index 38 -> sheet row 40
    const name = String(rows[r - 1][0]);
    const address = `B${r + 1}`;
    await page.locator(`[data-cell="${address}"]`).dblclick();
    await page.getByRole("textbox", { name: `Cell ${address}` }).fill("99000000");
    await page.keyboard.press("Enter");
    rows[r - 1][col("Revenue (EUR)")] = 99_000_000;
    const target = expectedSample(undefined, rows).byName.get(name)!;
    // Straight to the matrix, as a user would: the edit must reach it even when the sheet is
    // switched before the pane's debounce has run.
    await page.getByRole("tab", { name: "KAM Matrix" }).click();
    await waitForMarker(page, name, target.value as number);
    const row = await resultRow(page, name);
    expect(row[1]).toBe((target.value as number).toFixed(1));
    // The edit itself is kept in the data sheet.
    await page.getByRole("tab", { name: SAMPLE_SHEET_NAME }).click();
    await expect(page.locator(`[data-cell="${address}"]`).textContent()).resolves.toBe("99000000");
  });

  test("in German the pane, the sheet and the chart speak German", async () => {
    await page.getByLabel("Language", { exact: true }).selectOption("de");
    await page.getByRole("button", { name: "Matrix erstellen" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    const expected = expectedSample();
    for (let q = 0; q < 4; q++) await expect(markerCount(page, LABELS_DE[q])).resolves.toBe(expected.counts[q]);
    await page.getByRole("columnheader", { name: "Kunde" }).first().waitFor();
    await page.getByRole("columnheader", { name: "Bezeichnung" }).first().waitFor();
    await page.getByRole("button", { name: "CSV importieren" }).waitFor();
    await expect(page.getByRole("tab", { name: "Stichprobe" }).count()).resolves.toBe(0);
    // Numbers show with a decimal comma, as German Excel shows them.
    const [key] = [...expected.byName.entries()].filter(([, a]) => a.quadrant === 1);
    const row = await resultRow(page, key[0]);
    expect(row[1]).toBe((key[1].value as number).toFixed(1).replace(".", ","));
    expect(row[4]).toBe("Schlüsselpartner");
  });

  test("account names with HTML or a leading = appear literally, in the grid, the table and the chart", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const formula = '=HYPERLINK("http://evil.example","click")';
    const csv = [
      "Account;Revenue;Profit margin;Interactions per year;Loyalty (years)",
      `${evil};1.200,5;12,5;10;3`,
      `"${formula.replace(/"/g, '""')}";800;7;14;6`,
      "Plain GmbH;450;22;4;1",
      "+Plus AG;2.000;9;20;8",
    ].join("\n");
    await page.getByRole("button", { name: "Import CSV" }).click();
    await page.getByRole("textbox", { name: /paste CSV/ }).fill(csv);
    await page.getByRole("button", { name: "Import to new sheet" }).click();
    await page.getByRole("tab", { name: "Imported accounts", selected: true }).waitFor();
    await page.getByRole("cell", { name: evil, exact: true }).waitFor();
    await page.getByRole("cell", { name: formula, exact: true }).waitFor();
    await expect(page.locator('[data-cell="B2"]').textContent()).resolves.toBe("1200.5"); // decimal comma read

    await page.getByRole("button", { name: "Use selection", exact: true }).click();
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    for (const name of [evil, formula, "+Plus AG"]) {
      await page.getByRole("img", { name, exact: true }).waitFor();
      await page.getByRole("cell", { name, exact: true }).waitFor();
    }
    await expect(page.getByRole("img").count()).resolves.toBe(4);
    await expect(page.locator("main img, section img, aside img").count()).resolves.toBe(0);
  });

  test("a CSV file can be imported into a new sheet; bad CSV gets a clear error and adds nothing", async () => {
    await page.getByRole("button", { name: "Import CSV" }).click();
    await page.getByRole("textbox", { name: /paste CSV/ }).fill('Account,Revenue\n"Open quote,5');
    await page.getByRole("button", { name: "Import to new sheet" }).click();
    await page.getByText(/Line 2 opens a quote/).waitFor();

    const file = "Kunde;Umsatz\nMüller & Söhne;1.234,5\nBäckerei;99\n";
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "kunden-2024.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
    await page.getByRole("button", { name: "Import to new sheet" }).click();
    await page.getByRole("tab", { name: "kunden-2024", selected: true }).waitFor();
    // The failed attempt added no sheet.
    await expect(sheetTabs(page)).resolves.toEqual([SAMPLE_SHEET_NAME, "kunden-2024"]);
    const cells = await gridCells(page);
    expect([cells.A1, cells.B1, cells.A2, cells.B2, cells.B3]).toEqual(["Kunde", "Umsatz", "Müller & Söhne", "1234.5", "99"]);
  });

  // ---- what-if (issue 11) ----------------------------------------------------------------------

  test("dragging a weight slider moves the preview first; the sheet's chart follows after the pause", async () => {
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    const after = expectedSample([10, 5, 5, 5, -5]);
    const before = expectedSample();
    const [name] = [...after.byName.keys()]
      .filter((n) => typeof after.byName.get(n)!.value === "number")
      .map((n) => [n, Math.abs((after.byName.get(n)!.value as number) - (before.byName.get(n)!.value as number))] as const)
      .sort((a, b) => b[1] - a[1])[0];
    // When each chart first moves, as the page sees it.
    await page.evaluate(() => {
      const w = window as unknown as { moved: { preview: number; sheet: number } };
      w.moved = { preview: 0, sheet: 0 };
      const watch = (el: Element, key: "preview" | "sheet") =>
        new MutationObserver(() => (w.moved[key] ||= performance.now())).observe(el, {
          subtree: true,
          attributes: true,
          attributeFilter: ["cx", "cy"],
        });
      watch(document.querySelector('svg[data-chart="preview"]')!, "preview");
      watch(document.querySelector('svg[data-chart="sheet"]')!, "sheet");
    });
    const slider = page.getByRole("slider", { name: "Weight Revenue (EUR)" });
    await slider.hover(); // scrolled into view and not covered
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(box.x + box.width / 2 + (k * box.width) / 12, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2);
    await page.mouse.up();
    await expect(slider.inputValue()).resolves.toBe("10");
    await waitForMarker(page, name, after.byName.get(name)!.value as number);
    const moved = await page.evaluate(() => (window as unknown as { moved: { preview: number; sheet: number } }).moved);
    expect(moved.preview).toBeGreaterThan(0);
    expect(moved.sheet).toBeGreaterThan(moved.preview);
    for (let q = 0; q < 4; q++) await expect(markerCount(page, LABELS_EN[q])).resolves.toBe(after.counts[q]);
  });

  test("a click on an account's marker opens its card in the pane", async () => {
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
    const expected = expectedSample();
    const name = "Nordwind Logistik AG";
    await page.getByRole("img", { name, exact: true }).click();
    const card = page.getByRole("region", { name, exact: true });
    await card.waitFor();
    const a = expected.byName.get(name)!;
    await card.getByText(`${a.quadrant}: ${LABELS_EN[(a.quadrant as number) - 1]}`).waitFor();
    await card.getByText(`Value: ${(a.value as number).toFixed(1)}`).waitFor();
    // The marker click selected the account's row of the results table, as a click on the row would.
    const cells = await gridCells(page);
    const selected = await page.locator('[aria-selected="true"][data-cell]').getAttribute("data-cell");
    expect(cells[`A${selected!.slice(1)}`]).toBe(name);
    // A marker of the preview opens a card too.
    await page.getByRole("button", { name: "Close account card" }).click();
    await page.locator('svg[data-chart="preview"] circle[data-account="0"]').click();
    await page.getByRole("region", { name: String(sampleTable()[1][0]), exact: true }).waitFor();
  });

  test("in Excel's default pane size (320 x 800) the value weights and the preview are on screen together", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${session.url}?pane`);
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByText(/written with 40 accounts/).waitFor();
    await page
      .getByText(/borderline accounts?: /)
      .first()
      .waitFor();
    await page.getByText("Writing the KAM Matrix sheet…").waitFor({ state: "detached" });
    // The first build folded the mapping (Data) away: wait for its closing animation to end.
    await page.getByRole("button", { name: "Use selection" }).waitFor({ state: "detached" });
    const inView = async (box: { y: number; height: number } | null) => expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);

    await inView(await page.locator('svg[data-chart="preview"]').boundingBox());
    for (const c of ["Revenue (EUR)", "Profit margin (%)", "Growth potential (1-10)", "Strategic importance (1-5)", "Cost to serve (EUR)"])
      await inView(await page.getByRole("slider", { name: `Weight ${c}` }).boundingBox());
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    const shot = join(ROOT, "test-results", "pane-320x800.png");
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
