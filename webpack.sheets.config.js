// Google Sheets edition, separate from the Excel build (webpack.config.js):
//   npm run build:sheets   ->  dist/sheets/{Code.js, Sidebar.html, appsscript.json}, ready for `clasp push`
// Code.js = the scoring core + KAM_* functions + server side as the global KAMLib, followed by
// generated top-level functions. Sidebar.html = the React task pane with the bundle inlined.
// Options: --env outDir=<dir> (default dist/sheets), --env only=code (skip the sidebar bundle).
const path = require("path");
const { AppsScriptCodePlugin, InlineSidebarPlugin } = require("./hosts/sheets/build/plugins");

const LIBRARY = "KAMLib";

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      transpileOnly: true, // type checking is `npm run lint`
      configFile: path.resolve(__dirname, "tsconfig.json"),
      // Apps Script's V8 runtime: stay at ES2019 syntax.
      compilerOptions: { module: "esnext", target: "es2019", noEmit: false, sourceMap: false },
    },
  },
};

const common = (outDir, mode) => ({
  mode,
  devtool: false,
  target: ["web", "es2019"],
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [tsRule] },
  performance: { hints: false },
  output: { path: outDir },
});

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const outDir = path.resolve(__dirname, env.outDir || "dist/sheets");
  const code = {
    ...common(outDir, mode),
    name: "code",
    entry: { Code: "./hosts/sheets/index.ts" },
    output: {
      path: outDir,
      filename: "Code.js",
      library: { type: "var", name: LIBRARY },
      // Remove stale files, but not the sidebar, which the other compiler writes.
      clean: { keep: /^Sidebar\.html$/ },
    },
    plugins: [
      new AppsScriptCodePlugin({
        asset: "Code.js",
        library: LIBRARY,
        functionsPath: path.resolve(__dirname, "functions/functions.ts"),
        rpcPath: path.resolve(__dirname, "hosts/sheets/sidebar/rpc.json"),
        manifestPath: path.resolve(__dirname, "hosts/sheets/appsscript.json"),
      }),
    ],
  };
  const sidebar = {
    ...common(outDir, mode),
    name: "sidebar",
    entry: { sidebar: "./hosts/sheets/sidebar/index.tsx" },
    output: { path: outDir, filename: "sidebar.js" },
    plugins: [
      new InlineSidebarPlugin({
        asset: "sidebar.js",
        templatePath: path.resolve(__dirname, "hosts/sheets/sidebar/Sidebar.html"),
        output: "Sidebar.html",
      }),
    ],
  };
  return env.only === "code" ? [code] : [code, sidebar];
};
