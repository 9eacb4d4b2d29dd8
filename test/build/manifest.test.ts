/**
 * manifest.xml and what the production build makes of it: icon sizes read from the PNG headers,
 * requirement sets, a support page that is not the task pane, and production URLs only.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

const config = require("../../webpack.config.js") as { manifestForProduction(xml: string): string; urlProd: string };
const DEV = "https://localhost:3000/";
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Width and height from the IHDR chunk, which every PNG starts with after its 8-byte signature. */
function pngSize(file: string): [number, number] {
  const head = fs.readFileSync(file).subarray(0, 24);
  expect(head.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(head.toString("ascii", 12, 16)).toBe("IHDR");
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

const attr = (xml: string, element: string) => {
  const m = new RegExp(`<${element}\\s+DefaultValue="([^"]+)"`).exec(xml);
  if (!m) throw new Error(`manifest has no <${element} DefaultValue=...>`);
  return m[1];
};
const localFile = (url: string) => {
  expect(url.startsWith(DEV)).toBe(true);
  return url.slice(DEV.length);
};

describe("manifest.xml", () => {
  test("IconUrl is 32x32 and HighResolutionIconUrl 64x64, as PNG files in assets/", () => {
    expect(pngSize(path.join(ROOT, localFile(attr(manifest, "IconUrl"))))).toEqual([32, 32]);
    expect(pngSize(path.join(ROOT, localFile(attr(manifest, "HighResolutionIconUrl"))))).toEqual([64, 64]);
  });

  test("every ribbon image has the size its id and its size attribute say", () => {
    const images = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="([^"]+)"\/>/g)];
    expect(images.map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual([16, 32, 80]);
    for (const [, w, h, url] of images) expect(pngSize(path.join(ROOT, localFile(url)))).toEqual([Number(w), Number(h)]);
  });

  test("asks for CustomFunctionsRuntime 1.2 (CustomFunctions.Error) and SharedRuntime 1.1", () => {
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
  });

  // Microsoft's shared-runtime guide: "In the ancestor <Host> element that has a descendant <Runtime>
  // element that is set to a long lifetime, none of the descendant <Action> elements should have a
  // <TaskpaneID> child element."
  test("a Host with a long-lived shared runtime has no Action with a TaskpaneId", () => {
    const hosts = [...manifest.matchAll(/<Host\b[^>]*xsi:type="[^"]*"[^>]*>([\s\S]*?)<\/Host>/g)].map((m) => m[1]);
    const shared = hosts.filter((body) => /<Runtime\b[^>]*lifetime="long"/.test(body));
    expect(shared).toHaveLength(1);
    for (const body of shared) {
      const actions = [...body.matchAll(/<Action\b[\s\S]*?<\/Action>/g)].map((m) => m[0]);
      expect(actions.length).toBeGreaterThan(0);
      for (const action of actions) expect(action).not.toMatch(/<TaskpaneId\b/i);
    }
  });

  test("SupportUrl and Learn more point at the support page, not the task pane", () => {
    expect(attr(manifest, "SupportUrl")).toBe(`${DEV}support.html`);
    expect(manifest).toMatch(/<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/support.html"\/>/);
    const page = fs.readFileSync(path.join(ROOT, "hosts/excel/support.html"), "utf8");
    expect(page).toMatch(/How to use it/);
    expect(page).toMatch(/Report a problem/);
    expect(page).toMatch(/never leaves the workbook/);
    expect(page).not.toMatch(/<script/i); // a static page: nothing runs, nothing is loaded
  });

  test("every URL points at a file the build serves", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    const built = new Set(["taskpane.html", "support.html", "functions.js", "functions.json"]);
    for (const url of urls) {
      const file = localFile(url);
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
      else expect(built).toContain(file);
    }
  });

  test("the production manifest has only production URLs, the support page among them", () => {
    const prod = config.manifestForProduction(manifest);
    expect(prod).not.toMatch(/localhost/i);
    expect(attr(prod, "SupportUrl")).toBe(`${config.urlProd}support.html`);
    expect(attr(prod, "IconUrl")).toBe(`${config.urlProd}assets/icon-32.png`);
    const urls = [...prod.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    for (const url of urls) expect(url.startsWith(config.urlProd)).toBe(true);
  });
});
