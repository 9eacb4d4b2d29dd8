#!/usr/bin/env node
// Builds only the playground page for the browser tests and the latency benchmark:
//   node test/e2e/support/build-playground.js <out-dir>
// Same webpack config, entry and loaders as `npm start`, minus the add-in's own bundles (task pane
// page, custom functions, manifest), with React's production build and no source maps, so the
// page loads in about a second even on a busy machine and timings reflect what users run.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "../../..");
const out = path.resolve(process.argv[2] || path.join(root, "dist-playground"));

async function main() {
  process.chdir(root);
  const config = await require(path.join(root, "webpack.config.js"))({ playground: true }, { mode: "development" });
  if (!config.entry.playground) throw new Error("webpack.config.js did not add the playground entry (hosts/playground/index.tsx)");
  config.entry = { playground: config.entry.playground };
  config.plugins = config.plugins.filter((p) => p instanceof HtmlWebpackPlugin && p.userOptions.filename === "playground.html");
  config.output = { ...config.output, path: out };
  config.devtool = false;
  config.optimization = { ...config.optimization, nodeEnv: "production", minimize: false };
  config.infrastructureLogging = { level: "error" };
  const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  console.log(`playground built into ${out} in ${stats.endTime - stats.startTime} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
