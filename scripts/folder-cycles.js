#!/usr/bin/env node
// Import cycles between folders, which import-x/no-cycle (file level) cannot see: report/ using
// settings/ while settings/ uses report/ is a cycle even when no file imports itself back.
//   node scripts/folder-cycles.js     lists every cycle with the imports that make it; exit 1 if any
// A folder and its own subfolder (hosts/ and hosts/excel/) are one unit and not counted.
const fs = require("fs");
const path = require("path");

const ROOTS = ["core", "functions", "app", "taskpane", "hosts"];
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) files.push(p);
  }
};
ROOTS.filter((r) => fs.existsSync(r)).forEach(walk);

const resolve = (from, spec) =>
  [spec + ".ts", spec + ".tsx", spec + "/index.ts", spec]
    .map((s) => path.normalize(path.join(path.dirname(from), s)))
    .find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
const nested = (a, b) => a.startsWith(b + path.sep) || b.startsWith(a + path.sep);

/** folder -> folder -> ["file -> file", ...] */
const edges = new Map();
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+["'](\.[^"']+)["']/g)) {
    const target = resolve(file, m[1]);
    if (!target) continue;
    const [a, b] = [path.dirname(file), path.dirname(target)];
    if (a === b || nested(a, b)) continue;
    if (!edges.has(a)) edges.set(a, new Map());
    if (!edges.get(a).has(b)) edges.get(a).set(b, []);
    edges.get(a).get(b).push(`${file} -> ${target}`);
  }
}

// Strongly connected components (Tarjan): each one with more than one folder is a cycle.
let index = 0;
const stack = [];
const info = new Map();
const cycles = [];
const visit = (v) => {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of (edges.get(v) || new Map()).keys()) {
    if (!info.has(w)) {
      visit(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
};
[...edges.keys()].forEach((v) => info.has(v) || visit(v));

for (const component of cycles) {
  console.log(`cycle: ${component.join(", ")}`);
  for (const a of component)
    for (const [b, imports] of edges.get(a) || [])
      if (component.includes(b)) console.log(`  ${a} -> ${b}: ${imports.length} import(s), e.g. ${imports[0]}`);
}
console.log(cycles.length === 0 ? "no folder cycles" : `${cycles.length} folder cycle(s)`);
process.exitCode = cycles.length === 0 ? 0 : 1;
