/**
 * Shared by the browser tests and the latency benchmark: build the playground once with the
 * project's webpack config, serve it from a small static http server on a free localhost port, and
 * drive Debian's Chromium through playwright-core with every request outside localhost blocked.
 */
import { spawn } from "child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, resolve } from "path";
import { chromium, Browser, BrowserContext, Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../../..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const INSTALL_HINT = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH.`;

/** Whether the browser tests can run; under CI=true a missing browser is an error, not a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") throw new Error(`${INSTALL_HINT} CI=true: the end-to-end tests must run.`);
  return false;
}

/** Builds the playground page (see build-playground.js) into a fresh temporary folder. */
export async function buildPlayground(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "kam-playground-"));
  const log: string[] = [];
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [join(__dirname, "build-playground.js"), out], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => log.push(String(d)));
    child.stderr.on("data", (d) => log.push(String(d)));
    child.on("close", (c) => done(c ?? 1));
  });
  if (code !== 0 || !existsSync(join(out, "playground.html"))) {
    throw new Error(`webpack could not build the playground (exit ${code}):\n${log.join("").slice(-4000)}`);
  }
  return out;
}

export function removeBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves `dir` on 127.0.0.1 (a free port); "/" is playground.html, as with npm start. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(dir, path === "/" ? "playground.html" : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const LOCAL = /^(https?|wss?):\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//;

/** A browser context that refuses every request outside localhost and lists what it refused. */
export async function isolatedContext(browser: Browser, locale = "en-US"): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (LOCAL.test(url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, blocked };
}

/** A fresh page of the playground in an isolated context, ready: what it refused, its page errors and its dialogs (dismissed) are recorded. */
export async function openPlayground(
  session: PlaygroundSession,
  locale?: string,
): Promise<{ page: Page; blocked: string[]; errors: string[]; dialogs: string[] }> {
  const { context, blocked } = await isolatedContext(session.browser, locale);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(session.url);
  await page.getByRole("button", { name: "Build matrix" }).waitFor();
  return { page, blocked, errors, dialogs };
}

/** `describe` when Chromium is there; outside CI a skip with the install hint (under CI=true a missing browser throws). */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) describe(name, body);
  else {
    console.warn(`${INSTALL_HINT}\nSkipping "${name}".`);
    describe.skip(name, body);
  }
}

/** What a browser suite runs against: the built playground on a localhost URL, and Chromium. */
export interface PlaygroundSession {
  url: string;
  browser: Browser;
}

/**
 * Builds and serves the playground and starts Chromium once for the enclosing suite (its
 * beforeAll), and closes all of it afterwards. The fields are filled when the suite starts.
 */
export function usePlayground(): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let dir = "";
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    dir = await buildPlayground();
    server = await serveStatic(dir);
    session.url = server.url;
    session.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
    if (dir) removeBuild(dir);
  });
  return session;
}
