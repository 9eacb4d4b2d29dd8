#!/usr/bin/env node
// Runs every benchmark case in bench/cases (TypeScript, through tsx), one process each so cases
// do not share warmed-up state. Each case prints JSON lines {"case", "n", "ms", ...}.
// Usage: npm run bench [-- name-filter]
const { readdirSync } = require("fs");
const { join } = require("path");
const { spawnSync } = require("child_process");

const filter = process.argv[2] || "";
const dir = join(__dirname, "cases");
const cases = readdirSync(dir).filter((f) => f.endsWith(".bench.ts") && f.includes(filter)).sort();
let failed = 0;
for (const file of cases) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(dir, file)], { stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${file} failed with exit code ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
