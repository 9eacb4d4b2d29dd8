// Webpack config for the KAM Matrix add-in, modelled on Microsoft's Office-Addin-TaskPane-React
// template, in its shared-runtime form: the task pane and the custom functions run in ONE page
// (taskpane.html), which loads office.js from Microsoft's CDN and both bundles.
//
//   npm run build        production build into dist/ (manifest URLs rewritten, no playground)
//   npm run build:dev    development build into dist/
//   npm run dev-server   http://localhost:3000/ (plain http; see devServer below for https)
//   npm start            dev server with the in-browser playground at http://localhost:3000/
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
const { ErrorInputsPlugin } = require("./scripts/metadata-options");

const urlDev = "https://localhost:3000/";
// Where dist/ is deployed. Override without editing this file: ADDIN_PUBLIC_URL=https://... npm run build
const urlProd = withTrailingSlash(process.env.ADDIN_PUBLIC_URL || "https://kam-matrix.example.com/");
if (!urlProd.startsWith("https://")) {
  throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL (Office loads add-ins over https only), not ${urlProd}`);
}

const functionsEntry = "./functions/functions.ts";
const taskpaneEntry = "./hosts/excel/index.tsx";
// Playground hook: `webpack serve --env playground` (npm start) adds this entry and playground.html,
// served at "/", but only once the file exists, and never in a production build.
const playgroundEntry = "./hosts/playground/index.tsx";
// Optional page template for the playground; without it a bare page with <div id="container"> is used.
const playgroundTemplate = "./hosts/playground/playground.html";

function exists(file) {
  return fs.existsSync(path.resolve(__dirname, file));
}

// "auto" makes webpack-dev-server try this port first, then the next ones.
function freePortFrom(port) {
  process.env.WEBPACK_DEV_SERVER_BASE_PORT = String(port);
  return "auto";
}

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

// Contact address on the support page (dist/support.html).
const supportEmail = process.env.ADDIN_SUPPORT_EMAIL || "support@kam-matrix.example.com";
if (!/^[^\s@<>"'&]+@[^\s@<>"'&]+\.[^\s@<>"'&]+$/.test(supportEmail)) {
  throw new Error(`ADDIN_SUPPORT_EMAIL must be a plain e-mail address, not ${supportEmail}`);
}

// Origins of Office on the web, the only ones that fetch functions.json across origins (Office
// on Windows and Mac read it natively). The dev server sends CORS headers to these alone.
const OFFICE_ORIGIN =
  /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft|sharepoint\.com)$/i;

/** Dev-server headers for one request: CORS for the functions metadata, for Office origins only. */
function devHeaders(req) {
  const origin = req.headers && req.headers.origin;
  const metadata = /^\/functions\.json(\?|$)/.test(req.url || "");
  if (!metadata || typeof origin !== "string" || !OFFICE_ORIGIN.test(origin)) return {};
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Every occurrence of the development URL becomes the production URL (a global replace, not just
// the first match). Anything still pointing at localhost afterwards fails the build.
function manifestForProduction(content) {
  const xml = content.toString().replace(new RegExp(escapeRegExp(urlDev), "g"), () => urlProd);
  if (/localhost/i.test(xml)) {
    throw new Error(`manifest.xml still mentions localhost after replacing ${urlDev} with ${urlProd}`);
  }
  return xml;
}

// https is only needed to sideload the add-in into Excel (the manifest points at
// https://localhost:3000/). It needs office-addin-dev-certs, which is NOT a dependency of this
// project: `npm install --no-save office-addin-dev-certs`, then `npm run dev-server -- --env https`.
// Plain http (the default) is enough for the playground and for tests in a browser.
/**
 * Emits manifest.xml once the bundles have their final names: the <Script> URL names the
 * content-hashed functions bundle of a production build, and production URLs replace localhost.
 */
class ManifestPlugin {
  constructor({ production }) {
    this.production = production;
  }
  apply(compiler) {
    const source = path.resolve(__dirname, "manifest.xml");
    compiler.hooks.thisCompilation.tap("KamManifest", (compilation) => {
      compilation.fileDependencies.add(source);
      compilation.hooks.processAssets.tap({ name: "KamManifest", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const entry = compilation.entrypoints.get("functions");
        const script = entry && entry.getFiles().find((f) => f.endsWith(".js"));
        if (!script) throw new Error("no functions bundle to point the manifest's <Script> at");
        let xml = fs.readFileSync(source, "utf8").replace(`${urlDev}functions.js"`, () => `${urlDev}${script}"`);
        if (this.production) xml = manifestForProduction(xml);
        compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
      });
    });
  }
}

async function httpsServer() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    throw new Error("--env https needs office-addin-dev-certs: npm install --no-save office-addin-dev-certs");
  }
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

const makeConfig = async (env = {}, options = {}) => {
  // Like webpack itself, anything but an explicit --mode development counts as production.
  const dev = options.mode === "development";
  const playground = Boolean(env.playground) && dev && exists(playgroundEntry);
  if (env.playground && !playground) {
    console.warn(
      dev
        ? `[webpack] --env playground ignored: ${playgroundEntry} does not exist yet`
        : "[webpack] --env playground ignored: production builds never include the playground",
    );
  }
  const serving = Boolean(env.WEBPACK_SERVE);

  const entry = {
    taskpane: taskpaneEntry,
    functions: functionsEntry,
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./hosts/excel/taskpane.html",
      chunks: ["taskpane", "functions"],
    }),
  ];
  if (playground) {
    entry.playground = playgroundEntry;
    pages.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        title: "KAM Matrix playground",
        chunks: ["playground"],
        ...(exists(playgroundTemplate)
          ? { template: playgroundTemplate }
          : {
              templateContent:
                '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>KAM Matrix playground</title></head><body><div id="container"></div></body></html>',
            }),
      }),
    );
  }

  return {
    context: __dirname,
    devtool: "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      // Production bundles carry a content hash: Office and browsers may cache them (Office up to
      // 24 h), and a new name is the only reliable way past a cache. The pages and the manifest
      // name them; taskpane.html, support.html, functions.json and manifest.xml keep stable names
      // (the manifest points at them), see docs/deployment.md for their cache headers.
      filename: dev ? "[name].js" : "[name].[contenthash:12].js",
      // Remove stale files, but never the Google Sheets build (npm run build:sheets writes
      // dist/sheets/), so the two builds can run in either order.
      clean: { keep: /^sheets(\/|\\|$)/ },
    },
    // Each bundle carries its own webpack runtime, so functions.js also works on its own (the
    // manifest's <Script> points at it). The price: a module imported by both bundles is
    // instantiated twice; state that both must see goes through the page (a window global),
    // not through a module variable.
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run lint`; the build only transpiles.
              transpileOnly: true,
              configFile: "tsconfig.json",
              // tsconfig.json is set up for tsc --noEmit and Jest (CommonJS); webpack wants ES modules.
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      // Generates dist/functions.json from the @customfunction JSDoc; a metadata error fails the build.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: path.resolve(__dirname, functionsEntry),
      }),
      // ... and marks every function as taking error cells (the generator cannot say so).
      new ErrorInputsPlugin({ asset: "functions.json" }),
      ...pages,
      new ManifestPlugin({ production: !dev }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "hosts/excel/support.html",
            to: "support.html",
            transform: (content) => content.toString().replace(/%SUPPORT_EMAIL%/g, supportEmail),
          },
        ],
      }),
    ],
    // React + Fluent UI make the task pane bundle larger than webpack's 244 KiB default hint.
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: {
      // The add-in needs exactly 3000 (the manifest says so); the playground takes the next free
      // port when 3000 is busy, and webpack-dev-server prints the URL it chose.
      port: playground ? freePortFrom(3000) : 3000,
      // Loopback only: the dev server serves the developer's code and must not be reachable from
      // the network. No wildcard CORS either: only Office on the web may fetch functions.json.
      host: "localhost",
      headers: devHeaders,
      server: serving && env.https ? await httpsServer() : "http",
      // "/" opens the playground when it is built, the task pane page otherwise.
      devMiddleware: { index: playground ? "playground.html" : "taskpane.html" },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports = makeConfig;
// For the tests (test/build/*.test.ts): the same rules the build applies.
module.exports.manifestForProduction = manifestForProduction;
module.exports.devHeaders = devHeaders;
module.exports.urlProd = urlProd;
