#!/usr/bin/env node
// Runs every benchmark case in bench/cases, one process each so cases do not share warmed-up
// state. Each case prints JSON lines {"case", "n", "ms", ...}.
// Usage: npm run bench [-- name-filter]
//
// Each case is first bundled with esbuild into one file, like the webpack bundle that ships:
// run through tsx instead, every module is a separate CommonJS file whose exports are getters,
// which made the scoring core ~1.5x slower than in the add-in. npm packages stay external and
// are loaded from node_modules, so the bundles live in node_modules/.cache (resolvable, ignored).
const { readdirSync, readFileSync, mkdirSync } = require("fs");
const { dirname, join } = require("path");
const { spawnSync } = require("child_process");
const esbuild = require("esbuild");

const filter = process.argv[2] || "";
const dir = join(__dirname, "cases");
const outDir = join(__dirname, "..", "node_modules", ".cache", "kam-bench");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
  .sort();

// Some helpers locate files relative to their own source (__dirname); in a bundle that would be
// the bundle's folder, so each source file gets its own folder written in.
const keepDirname = {
  name: "keep-dirname",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      if (args.path.includes("node_modules")) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("__dirname")) return undefined;
      const ext = args.path.match(/\.([cm]?[jt]sx?)$/)[1].replace(/^[cm]/, "");
      return { contents: source.replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))), loader: ext };
    });
  },
};

async function main() {
  mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const file of cases) {
    const bundle = join(outDir, file.replace(/\.ts$/, ".js"));
    await esbuild.build({
      entryPoints: [join(dir, file)],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      sourcemap: "inline",
      logLevel: "warning",
      plugins: [keepDirname], // esbuild runs plugins only in the async build()
    });
    const r = spawnSync(process.execPath, ["--enable-source-maps", "--expose-gc", bundle], { stdio: "inherit" });
    if (r.status !== 0) {
      failed++;
      console.error(`bench ${file} failed with exit code ${r.status}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
