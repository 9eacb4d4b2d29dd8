/**
 * "Derive weights" in a real browser (the playground in Chromium): a user compares two criteria
 * with a pair slider, reads the derived weights, clicks "Use these weights", and the weight sliders
 * and the matrix follow. Expected numbers come from the scoring core run here on the same data
 * (KAM.WEIGHTS' eigenvector, then KAM.VALUE), never from the page.
 */
import type { Page } from "playwright-core";
import { completePairwise, isKamError, pairwiseWeights, scorePortfolio } from "../../core";
import { SAMPLE_HEADERS, sampleTable } from "../../app/sample/sampleData";
import { describeInBrowser, openPlayground, usePlayground } from "./support/playground";

jest.setTimeout(120_000);

const LABELS_EN = ["Key partner", "Develop", "Monetise", "Re-evaluate"];
const col = (header: (typeof SAMPLE_HEADERS)[number]) => SAMPLE_HEADERS.indexOf(header);
const VALUE_COLUMNS = [
  col("Revenue (EUR)"),
  col("Profit margin (%)"),
  col("Growth potential (1-10)"),
  col("Strategic importance (1-5)"),
  col("Cost to serve (EUR)"),
];
const ENGAGEMENT_COLUMNS = [col("Interactions per year"), col("Loyalty (years)"), col("Collaboration (1-5)")];

/** The sample scored by the core with these value weights (cost to serve: lower is better). */
function expectedSample(valueWeights: number[]) {
  const rows = sampleTable().slice(1);
  const result = scorePortfolio({
    names: rows.map((r) => r[0]),
    value: { data: rows.map((r) => VALUE_COLUMNS.map((c) => r[c])), weights: valueWeights },
    engagement: { data: rows.map((r) => ENGAGEMENT_COLUMNS.map((c) => r[c])), weights: [5, 5, 5] },
  });
  const counts = [0, 0, 0, 0];
  for (const a of result.accounts) if (!isKamError(a.quadrant)) counts[a.quadrant - 1]++;
  return { counts, byName: new Map(result.accounts.map((a) => [String(a.name), a])) };
}

/** Revenue 3x as important as profit margin, every other pair equal: the eigenvector weights. */
function derivedSliderWeights(): number[] {
  const upper = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j): number | null => (j > i ? 1 : null)));
  upper[0][1] = 3;
  const w = pairwiseWeights(completePairwise(upper)).weights;
  // "Use these weights": the largest becomes 10 on the slider scale, two decimals.
  const max = Math.max(...w);
  return w.map((x) => Math.round((1000 * x) / max) / 100);
}

const markerValue = (page: Page, name: string) =>
  page.evaluate((n) => {
    const plot = document.querySelector("rect[data-plot]")!;
    const c = [...document.querySelectorAll("circle[role=img]")].find((e) => e.getAttribute("aria-label") === n)!;
    return ((Number(c.getAttribute("cx")) - Number(plot.getAttribute("x"))) / Number(plot.getAttribute("width"))) * 100;
  }, name);

const markerCount = (page: Page, series: string) => page.locator(`circle[data-series="${series}"]`).count();

describeInBrowser("Derive weights in Chromium", () => {
  const session = usePlayground();
  let page: Page;
  let blocked: string[] = [];

  beforeEach(async () => {
    ({ page, blocked } = await openPlayground(session));
  });

  afterEach(async () => {
    await page.context().close();
    expect(blocked).toEqual([]);
  });

  test("a pair slider derives weights; Use these weights moves the weight sliders and the matrix as the core predicts", async () => {
    await page.getByRole("button", { name: "Build matrix" }).click();
    await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();

    await page.getByRole("button", { name: "Derive value weights from pairwise comparisons" }).click();
    const panel = page.getByRole("group", { name: "Derive value weights from pairwise comparisons" });
    await expect(panel.getByRole("slider").count()).resolves.toBe(10); // 5 criteria: 10 pairs
    const pair = panel.getByRole("slider", { name: "Revenue (EUR) compared with Profit margin (%)" });
    await pair.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await panel.getByText("Revenue (EUR) 3x more important than Profit margin (%)").waitFor();
    await panel.getByText(/^Consistency ratio 0\.\d\d: the comparisons agree/).waitFor();

    const sliders = derivedSliderWeights();
    const after = expectedSample(sliders.map((w, j) => (j === 4 ? -w : w)));
    const before = expectedSample([5, 5, 5, 5, -5]);
    // The account whose value score moves most.
    const [name] = [...after.byName.keys()]
      .filter((n) => typeof after.byName.get(n)!.value === "number")
      .map((n) => [n, Math.abs((after.byName.get(n)!.value as number) - (before.byName.get(n)!.value as number))] as const)
      .sort((a, b) => b[1] - a[1])[0];
    expect(await markerValue(page, name)).toBeCloseTo(before.byName.get(name)!.value as number, 8);

    await panel.getByRole("button", { name: "Use these weights" }).click();
    await expect(page.getByRole("spinbutton", { name: "Weight Revenue (EUR)" }).inputValue()).resolves.toBe(String(sliders[0]));
    await expect(page.getByRole("spinbutton", { name: "Weight Profit margin (%)" }).inputValue()).resolves.toBe(String(sliders[1]));
    const target = after.byName.get(name)!.value as number;
    expect(Math.abs(target - (before.byName.get(name)!.value as number))).toBeGreaterThan(1); // a visible move
    await page.waitForFunction(
      ([n, v]) => {
        const plot = document.querySelector("rect[data-plot]");
        const c = [...document.querySelectorAll("circle[role=img]")].find((e) => e.getAttribute("aria-label") === n);
        if (!plot || !c) return false;
        const x = ((Number(c.getAttribute("cx")) - Number(plot.getAttribute("x"))) / Number(plot.getAttribute("width"))) * 100;
        return Math.abs(x - v) < 1e-8;
      },
      [name, target] as const,
    );
    for (let q = 0; q < 4; q++) await expect(markerCount(page, LABELS_EN[q])).resolves.toBe(after.counts[q]);

    // The derivation goes to a new sheet, with the formula's text and the computed weights beside it.
    await panel.getByRole("button", { name: "Write to sheet" }).click();
    await page.getByRole("tab", { name: "KAM Weights (Value)" }).waitFor();
    await page.getByText("=KAM.WEIGHTS(B3:F7)", { exact: true }).waitFor();
  });
});
