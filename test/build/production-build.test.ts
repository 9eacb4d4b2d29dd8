/**
 * A production build (the functions bundle, the metadata, the manifest and the static files;
 * the task pane bundle is left out to keep this fast) into a temp directory that already holds a
 * Google Sheets build: content-hashed bundle named by the manifest, production URLs, support page,
 * and dist/sheets left alone.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";

const makeConfig = require("../../webpack.config.js") as ((env: object, argv: object) => Promise<webpack.Configuration>) & {
  urlProd: string;
};

let out: string;
beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "kam-dist-"));
  fs.mkdirSync(path.join(out, "sheets"));
  fs.writeFileSync(path.join(out, "sheets", "Code.js"), "// an earlier npm run build:sheets");
  fs.writeFileSync(path.join(out, "functions.0123456789ab.js"), "// a stale bundle of an earlier build");
  const config = await makeConfig({}, { mode: "production" });
  const entry = config.entry as Record<string, string>;
  const build: webpack.Configuration = {
    ...config,
    mode: "production",
    entry: { functions: entry.functions },
    plugins: (config.plugins ?? []).filter((p) => !(p instanceof HtmlWebpackPlugin)),
    output: { ...config.output, path: out },
    optimization: { minimize: false },
    infrastructureLogging: { level: "error" },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(build, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}, 180_000);
afterAll(() => out && fs.rmSync(out, { recursive: true, force: true }));

test("the functions bundle has a content hash, and the manifest's <Script> names exactly that file", () => {
  const bundles = fs.readdirSync(out).filter((f) => /^functions\.[0-9a-f]{12}\.js$/.test(f));
  expect(bundles).toHaveLength(1); // the stale one was cleaned away
  expect(bundles[0]).not.toBe("functions.0123456789ab.js");
  const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(xml).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="${makeConfig.urlProd}${bundles[0]}"/>`);
  // functions.json keeps its name: the manifest points at it (see docs/deployment.md for caching).
  expect(xml).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${makeConfig.urlProd}functions.json"/>`);
  const metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
  expect(metadata.functions.length).toBeGreaterThan(10);
  // Error cells reach the functions only with this flag at the top level of the built file.
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  expect(xml).not.toMatch(/localhost/i);
});

test("the support page and the manifest's icons are in the build", () => {
  const page = fs.readFileSync(path.join(out, "support.html"), "utf8");
  expect(page).toMatch(/never leaves the workbook/);
  expect(page).not.toContain("%SUPPORT_EMAIL%");
  expect(page).toMatch(/mailto:[^"\s>]+@[^"\s>]+/);
  for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(out, "assets", `icon-${size}.png`))).toBe(true);
});

test("a later Excel build leaves the Google Sheets build in dist/sheets alone", () => {
  expect(fs.readFileSync(path.join(out, "sheets", "Code.js"), "utf8")).toBe("// an earlier npm run build:sheets");
});
