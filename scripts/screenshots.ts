/**
 * Refreshes the pictures of the documentation in docs/images/:
 *   npm run screenshots
 * Builds the playground (as `npm start` serves it), serves it on localhost and drives Debian's
 * Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through the helpers of the browser tests:
 * - playground.png: the matrix sheet beside the task pane, after "Build matrix" on the sample;
 * - pane.png: the pane alone at Excel's default pane size (320 x 800) after a build;
 * - review.png: a saved review compared with the next quarter: movers and trails on the chart.
 */
import { existsSync, mkdirSync, statSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import {
  buildPlayground,
  CHROMIUM,
  INSTALL_HINT,
  isolatedContext,
  launchChromium,
  removeBuild,
  ROOT,
  serveStatic,
} from "../test/e2e/support/playground";

const OUT = join(ROOT, "docs", "images");

async function newPage(browser: Browser, width: number, height: number): Promise<Page> {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  return page;
}

/** Build matrix on the sample, and wait until the sheet and its stability pass are written. */
async function build(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Build matrix" }).click();
  await page.getByText(/written with \d+ accounts/).waitFor();
  await page.getByText("Writing the KAM Matrix sheet…").waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Use selection" }).waitFor({ state: "detached" });
}

async function shoot(page: Page, file: string): Promise<void> {
  const path = join(OUT, file);
  await page.screenshot({ path });
  console.log(`${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

async function playground(browser: Browser, url: string): Promise<void> {
  const page = await newPage(browser, 1280, 800);
  await page.goto(url);
  await build(page);
  await page.getByRole("tab", { name: "KAM Matrix", selected: true }).waitFor();
  await page.getByRole("figure").scrollIntoViewIfNeeded();
  await shoot(page, "playground.png");
  await page.context().close();
}

async function pane(browser: Browser, url: string): Promise<void> {
  const page = await newPage(browser, 320, 800);
  await page.goto(`${url}?pane`);
  await build(page);
  await shoot(page, "pane.png");
  await page.context().close();
}

async function review(browser: Browser, url: string): Promise<void> {
  const page = await newPage(browser, 1280, 800);
  await page.goto(url);
  await build(page);
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page.getByLabel("Review date", { exact: true }).fill("2026-09-30");
  await page.getByLabel("Label", { exact: true }).fill("Q3 2026");
  // Let the section finish opening; press again if a click during its animation was lost.
  const saved = page.getByText('Review "Q3 2026" saved to "KAM History".');
  await page.waitForTimeout(500);
  for (let attempt = 0; attempt < 3 && !(await saved.isVisible()); attempt++) {
    await page.getByRole("button", { name: "Save review" }).click();
    await saved.waitFor({ timeout: 10_000 }).catch(() => undefined);
  }
  await saved.waitFor({ timeout: 1_000 });
  await page.getByRole("button", { name: "Insert sample data: next quarter" }).click();
  await page.getByRole("columnheader", { name: "Growth potential (1-10)" }).first().waitFor();
  await page.getByRole("combobox", { name: "Compare with" }).selectOption("2026-09-30");
  await page.getByRole("status", { name: "comparison" }).waitFor();
  await page.getByRole("tab", { name: "KAM Matrix" }).click();
  await page.locator("g[data-trails]").waitFor();
  await page.getByRole("figure").scrollIntoViewIfNeeded();
  await shoot(page, "review.png");
  await page.context().close();
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
  mkdirSync(OUT, { recursive: true });
  console.log("building the playground ...");
  const dir = await buildPlayground();
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    await playground(browser, server.url);
    await pane(browser, server.url);
    await review(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
    removeBuild(dir);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
