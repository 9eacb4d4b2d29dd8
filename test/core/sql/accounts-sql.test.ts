/**
 * The generated SQL run in DuckDB on generated order lines (returns, gaps, month ends, spelling
 * variants, numeric ids) must give KAM.ACCOUNTS cell for cell: the same accounts in the same
 * order, the same names, numbers to 1e-9, NULL exactly where the function has #N/A.
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { accountKey, accountsSql, accountsTable, isKamError, isoDate } from "../../../core";
import { thrown } from "../helpers";
import { columns, OrderLine, orderLines } from "./order-lines";

let connection: DuckDBConnection;
let instance: DuckDBInstance;

const literal = (v: string | number | null) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`);

async function load(lines: OrderLine[]): Promise<void> {
  await connection.run("DROP TABLE IF EXISTS orders");
  await connection.run(
    "CREATE TABLE orders(account VARCHAR, order_date DATE, amount DOUBLE, profit DOUBLE, category VARCHAR, order_id VARCHAR)",
  );
  const values = lines.map(
    (l) =>
      `(${literal(String(l.account))}, DATE '${isoDate(Math.floor(l.date))}', ${l.amount}, ${l.profit}, ${literal(l.category)}, ${literal(l.order === null ? null : String(l.order))})`,
  );
  for (let i = 0; i < values.length; i += 1000) await connection.run(`INSERT INTO orders VALUES ${values.slice(i, i + 1000).join(",")}`);
}

async function query(sql: string): Promise<unknown[][]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows().map((row) => row.map((v) => (typeof v === "bigint" ? Number(v) : v)));
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});
afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

function expectSameTable(sqlRows: unknown[][], table: unknown[][]) {
  const rows = table.slice(1);
  expect(sqlRows.map((r) => accountKey(r[0]))).toEqual(rows.map((r) => accountKey(r[0])));
  let checked = 0;
  rows.forEach((row, i) => {
    const s = sqlRows[i];
    expect(s).toHaveLength(row.length);
    expect(String(s[0])).toBe(String(row[0]));
    for (let j = 1; j < row.length; j++) {
      const f = row[j];
      if (isKamError(f)) expect([i, j, s[j]]).toEqual([i, j, null]);
      else {
        expect(typeof s[j]).toBe("number");
        const tol = 1e-9 * Math.max(1, Math.abs(f as number));
        if (Math.abs((s[j] as number) - (f as number)) > tol)
          throw new Error(`row ${i} (${row[0]}), column ${table[0][j]}: SQL ${s[j]}, KAM.ACCOUNTS ${f}`);
        checked++;
      }
    }
  });
  return checked;
}

describe.each([
  { seed: 1, asOf: "2026-09-30", months: 12 },
  { seed: 2, asOf: "2026-02-28", months: 1 },
  { seed: 3, asOf: "2024-03-31", months: 1 },
  { seed: 4, asOf: "2025-05-31", months: 3 },
  { seed: 5, asOf: "2024-02-29", months: 12 },
  { seed: 6, asOf: "2026-12-31", months: 24 },
])("DuckDB: seed $seed, review date $asOf, $months months", ({ seed, asOf, months }) => {
  const lines = orderLines(seed, 3000);
  beforeAll(() => load(lines));

  test.each([
    { withProfit: true, withCategories: true, withOrders: true },
    { withProfit: false, withCategories: false, withOrders: false },
    { withProfit: true, withCategories: false, withOrders: true },
  ])("every cell equals KAM.ACCOUNTS (%j)", async (flags) => {
    const c = columns(lines);
    const table = accountsTable({
      accounts: c.accounts,
      dates: c.dates,
      amounts: c.amounts,
      profits: flags.withProfit ? c.profits : null,
      categories: flags.withCategories ? c.categories : null,
      orders: flags.withOrders ? c.orders : null,
      asOf,
      months,
    });
    const rows = await query(accountsSql({ asOf, months, ...flags }));
    expect(rows.length).toBeGreaterThan(3);
    expect(expectSameTable(rows, table)).toBeGreaterThan(rows.length * 3);
  });
});

test("the query's column names are KAM.ACCOUNTS's header", async () => {
  await load(orderLines(9, 50));
  const reader = await connection.runAndReadAll(accountsSql({ asOf: "2026-09-30" }));
  const c = columns(orderLines(9, 50));
  expect(reader.columnNames()).toEqual(accountsTable({ ...c, asOf: "2026-09-30" })[0]);
});

test("a line-number column instead of rowid: the rows come back in the lines' order, not the table's", async () => {
  const lines = orderLines(21, 400);
  // Stored in reverse, numbered in the export's order.
  await connection.run("DROP TABLE IF EXISTS export");
  await connection.run(
    "CREATE TABLE export(line INTEGER, account VARCHAR, order_date DATE, amount DOUBLE, profit DOUBLE, category VARCHAR, order_id VARCHAR)",
  );
  const values = lines.map(
    (l, i) =>
      `(${i + 1}, ${literal(String(l.account))}, DATE '${isoDate(Math.floor(l.date))}', ${l.amount}, ${l.profit}, ${literal(l.category)}, ${literal(l.order === null ? null : String(l.order))})`,
  );
  await connection.run(`INSERT INTO export VALUES ${values.reverse().join(",")}`);
  const rows = await query(accountsSql({ asOf: "2026-06-30", months: 6, table: "export", lineNumber: "line" }));
  expect(expectSameTable(rows, accountsTable({ ...columns(lines), asOf: "2026-06-30", months: 6 }))).toBeGreaterThan(10);
});

test("a bad review date or window is refused before any SQL is written", () => {
  expect(thrown(() => accountsSql({ asOf: "2026-02-30" })).message).toMatch(/^asOf "2026-02-30" is not a date/);
  expect(thrown(() => accountsSql({ asOf: "2026-01-31", months: 0 })).message).toMatch(/^months 0 is not valid/);
  expect(accountsSql({ asOf: "30.9.2026", table: 'my "orders"' })).toContain(`FROM "my ""orders"""`);
});
