// Runs SQL in PGlite (PostgreSQL compiled to WebAssembly) in a process of its own: PGlite loads
// its parts with dynamic import(), which Jest's CommonJS sandbox refuses. Reads
// {"statements": [...], "queries": [...]} on stdin and writes {"results": [[row, ...], ...]}
// (rows as arrays, bigint as number) or {"error": "..."} on stdout.
import { PGlite } from "@electric-sql/pglite";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { statements = [], queries = [] } = JSON.parse(input);
const db = new PGlite();
try {
  for (const sql of statements) await db.exec(sql);
  const results = [];
  for (const sql of queries) {
    const { rows } = await db.query(sql, [], { rowMode: "array" });
    results.push(rows.map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v))));
  }
  process.stdout.write(JSON.stringify({ results }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e) }));
} finally {
  await db.close();
}
