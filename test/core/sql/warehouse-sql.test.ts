/**
 * The KAM Accounts query joining order lines, an activity log and ratings, run in DuckDB
 * (@duckdb/node-api) and in PostgreSQL (@electric-sql/pglite, a real Postgres build run in a child
 * process: test/support/pglite-run.mjs) on generated
 * exports: every cell must equal what KAM.ACCOUNTS, KAM.ACTIVITY and KAM.RATINGS compute on the
 * same lines, joined by account key, to 1e-9. The BigQuery, Snowflake and Spark SQL renderings of
 * the same description are parsed by node-sql-parser (dialects "BigQuery", "Snowflake", "Hive").
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { spawn } from "child_process";
import * as path from "path";
import {
  accountKey,
  accountsSql,
  AccountsSqlOptions,
  accountsTable,
  activityTable,
  isKamError,
  isoDate,
  RatingMethod,
  ratingsFigures,
  ratingsTable,
  SqlDialect,
} from "../../../core";
import { columns, OrderLine, orderLines } from "./order-lines";
import { activityLines, ActivityLine, ratingLines, RatingLine } from "./responses";
import { sampleActivities, sampleOrderLines } from "../../../app/sample/orderLines";
import { sampleSurveyResponses, sampleWorkshopRatings } from "../../../app/sample/ratings";

const { Parser } = require("node-sql-parser") as { Parser: new () => { astify(sql: string, opt: { database: string }): unknown } };

interface Engine {
  dialect: SqlDialect;
  types: { text: string; double: string };
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<unknown[][]>;
}

// PGlite starts a Postgres for each query; the parsers are large.
jest.setTimeout(120_000);

let duck: { instance: DuckDBInstance; connection: DuckDBConnection };

/** Runs the statements, then the queries, in a fresh PGlite database. */
function postgres(statements: string[], queries: string[]): Promise<unknown[][][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "../../support/pglite-run.mjs")], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => {
      try {
        const parsed = JSON.parse(out) as { results?: unknown[][][]; error?: string };
        if (parsed.error !== undefined) reject(new Error(parsed.error));
        else resolve(parsed.results!);
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.end(JSON.stringify({ statements, queries }));
  });
}
const engines: Record<"duckdb" | "postgres", () => Engine> = {
  duckdb: () => ({
    dialect: "duckdb",
    types: { text: "VARCHAR", double: "DOUBLE" },
    exec: async (sql) => void (await duck.connection.run(sql)),
    rows: async (sql) =>
      (await duck.connection.runAndReadAll(sql)).getRows().map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v))),
  }),
  postgres: () => {
    const statements: string[] = [];
    return {
      dialect: "postgres",
      types: { text: "TEXT", double: "DOUBLE PRECISION" },
      exec: async (sql) => void statements.push(sql),
      rows: async (sql) => (await postgres(statements, [sql]))[0],
    };
  },
};

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  duck = { instance, connection: await instance.connect() };
});
afterAll(async () => {
  duck?.connection.closeSync();
  duck?.instance.closeSync();
});

const literal = (v: string | number | null) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`);
const date = (serial: number) => `DATE '${isoDate(Math.floor(serial))}'`;
const CRITERIA = ["Strategic importance", "Collaboration", "Recommend (0-10)"];

async function load(e: Engine, orders: OrderLine[], activities: ActivityLine[], ratings: RatingLine[], criteria = CRITERIA): Promise<void> {
  const { text, double } = e.types;
  const insert = async (table: string, values: string[]) => {
    for (let i = 0; i < values.length; i += 500) await e.exec(`INSERT INTO ${table} VALUES ${values.slice(i, i + 500).join(",")}`);
  };
  await e.exec("DROP TABLE IF EXISTS orders; DROP TABLE IF EXISTS activities; DROP TABLE IF EXISTS ratings");
  await e.exec(
    `CREATE TABLE orders(line_no INTEGER, account ${text}, order_date DATE, amount ${double}, profit ${double}, category ${text}, order_id ${text})`,
  );
  await e.exec(`CREATE TABLE activities(account ${text}, activity_date DATE)`);
  await e.exec(
    `CREATE TABLE ratings(line_no INTEGER, account ${text}, rater ${text}, response_date DATE, ${criteria.map((c) => `"${c}" ${double}`).join(", ")})`,
  );
  await insert(
    "orders",
    orders.map(
      (l, i) =>
        `(${i + 1}, ${literal(String(l.account))}, ${date(l.date)}, ${l.amount}, ${l.profit}, ${literal(l.category)}, ${literal(l.order === null ? null : String(l.order))})`,
    ),
  );
  await insert(
    "activities",
    activities.map((l) => `(${literal(String(l.account))}, ${date(l.date)})`),
  );
  await insert(
    "ratings",
    ratings.map(
      (l, i) =>
        `(${i + 1}, ${literal(String(l.account))}, ${literal(l.rater)}, ${date(l.date)}, ${l.scores.map((s) => (typeof s === "number" ? s : "NULL")).join(", ")})`,
    ),
  );
}

/** The KAM Accounts table as the functions compute it: KAM.ACCOUNTS rows, joined by key to KAM.ACTIVITY and KAM.RATINGS. */
function expected(
  orders: OrderLine[],
  activities: ActivityLine[],
  ratings: RatingLine[],
  asOf: string,
  months: number,
  methods: RatingMethod[],
  withDates: boolean,
): unknown[][] {
  const accounts = accountsTable({ ...columns(orders), asOf, months });
  const activity =
    activities.length > 0
      ? activityTable({ accounts: activities.map((l) => [l.account]), dates: activities.map((l) => [l.date]), asOf, months })
      : [];
  const byKey = (t: unknown[][]) => new Map(t.slice(1).map((r) => [accountKey(r[0]), r]));
  const act = byKey(activity);
  const base = {
    accounts: ratings.map((l) => [l.account]),
    raters: ratings.map((l) => [l.rater]),
    ...(withDates ? { dates: ratings.map((l) => [l.date]), asOf, months } : {}),
  };
  const perCriterion = methods.map((method, j) => {
    const args = { ...base, scores: ratings.map((l) => [l.scores[j]]), method };
    const f = ratingsFigures(args);
    const extremes = new Map(f.order.map((a) => [f.keys[a], [f.criteria[0].min[a], f.criteria[0].max[a]]]));
    return { values: byKey(ratingsTable(args)), counts: byKey(ratingsTable({ ...args, method: "count" })), extremes };
  });
  return accounts.slice(1).map((row) => {
    const key = accountKey(row[0])!;
    const a = act.get(key);
    const out = [...row, a ? a[1] : 0, a ? a[2] : null];
    for (const c of perCriterion) {
      const v = c.values.get(key);
      const [lo, hi] = c.extremes.get(key) ?? [null, null];
      out.push(v ? v[2] : "", c.counts.get(key)?.[2] ?? "", lo, hi);
    }
    return out;
  });
}

function expectSameTable(sqlRows: unknown[][], rows: unknown[][]): number {
  expect(sqlRows.map((r) => accountKey(r[0]))).toEqual(rows.map((r) => accountKey(r[0])));
  let checked = 0;
  rows.forEach((row, i) => {
    const s = sqlRows[i];
    expect(s).toHaveLength(row.length);
    expect(String(s[0])).toBe(String(row[0]));
    for (let j = 1; j < row.length; j++) {
      const f = row[j];
      const missing = f === null || f === "" || isKamError(f) || (typeof f === "number" && Number.isNaN(f));
      if (missing) {
        if (s[j] !== null) throw new Error(`row ${i} (${row[0]}), column ${j}: SQL ${s[j]}, functions: no value`);
        continue;
      }
      const x = Number(s[j]);
      if (s[j] === null || Math.abs(x - (f as number)) > 1e-9 * Math.max(1, Math.abs(f as number)))
        throw new Error(`row ${i} (${row[0]}), column ${j}: SQL ${s[j]}, functions ${f}`);
      checked++;
    }
  });
  return checked;
}

const options = (
  dialect: SqlDialect,
  asOf: string,
  months: number,
  methods: RatingMethod[],
  withDates: boolean,
  criteria = CRITERIA,
): AccountsSqlOptions => ({
  asOf,
  months,
  dialect,
  activity: {},
  ratings: { withDates, criteria: criteria.map((column, j) => ({ column, method: methods[j] })) },
});

/** The playground's sample exports as typed warehouse tables: the valid order lines, the activities, the workshop or the survey. */
function sample(kind: "workshop" | "survey") {
  const orders: OrderLine[] = sampleOrderLines()
    .filter((l) => l[0] !== null && typeof l[1] === "number" && typeof l[4] === "number")
    .map((l) => ({
      account: l[0] as string,
      date: l[1] as number,
      order: l[2] as string,
      category: l[3] as string,
      amount: l[4] as number,
      profit: l[5] as number,
    }));
  const activities = sampleActivities().map((l) => ({ account: l[0] as string, date: l[1] as number }));
  const ratings: RatingLine[] =
    kind === "workshop"
      ? sampleWorkshopRatings().map((l) => ({
          account: l[0] as string,
          rater: l[1] as string,
          date: l[2] as number,
          scores: [l[3], l[4]] as (number | null)[],
        }))
      : sampleSurveyResponses().map((l) => ({
          account: l[2] as string,
          rater: l[1] as string | null,
          date: l[0] as number,
          scores: [l[3], l[4]] as (number | null)[],
        }));
  return {
    orders,
    activities,
    ratings,
    criteria: kind === "workshop" ? ["Strategic importance", "Collaboration"] : ["Recommend", "Satisfaction"],
  };
}

describe.each(["duckdb", "postgres"] as const)("%s: orders, activities and ratings joined", (name) => {
  describe.each([
    { seed: 1, asOf: "2026-09-30", months: 12, methods: ["median", "median", "nps"], withDates: true },
    { seed: 2, asOf: "2026-02-28", months: 24, methods: ["mean", "spread", "nps"], withDates: true },
    { seed: 3, asOf: "2025-05-31", months: 6, methods: ["median", "count", "median"], withDates: false },
    { seed: 4, asOf: "2024-02-29", months: 36, methods: ["median", "mean", "nps"], withDates: true },
  ] as const)("seed $seed, review date $asOf, $months months, $methods", ({ seed, asOf, months, methods, withDates }) => {
    const orders = orderLines(seed, 1500);
    const activities = activityLines(seed + 10, 800);
    const ratings = ratingLines(seed + 20, 600, 3, methods[2] === "nps");
    const e = engines[name]();
    beforeAll(() => load(e, orders, activities, ratings));

    test("every cell equals KAM.ACCOUNTS, KAM.ACTIVITY and KAM.RATINGS", async () => {
      const sql = accountsSql(options(e.dialect, asOf, months, [...methods], withDates));
      const rows = await e.rows(sql);
      const want = expected(orders, activities, ratings, asOf, months, [...methods], withDates);
      expect(rows.length).toBeGreaterThan(5);
      expect(expectSameTable(rows, want)).toBeGreaterThan(rows.length * 10);
    });
  });

  test.each([
    ["workshop", ["median", "median"]],
    ["survey", ["nps", "mean"]],
  ] as const)("the playground's sample exports with the %s: every cell equals the functions", async (kind, methods) => {
    const e = engines[name]();
    const { orders, activities, ratings, criteria } = sample(kind);
    await load(e, orders, activities, ratings, criteria);
    const asOf = isoDate(Math.max(...orders.map((l) => Math.floor(l.date))));
    const rows = await e.rows(accountsSql(options(e.dialect, asOf, 12, [...methods], true, criteria)));
    expect(rows).toHaveLength(40);
    expect(expectSameTable(rows, expected(orders, activities, ratings, asOf, 12, [...methods], true))).toBeGreaterThan(400);
  });

  test("the sample's shape: a workshop with one rater per line and an account rated by nobody", async () => {
    const e = engines[name]();
    const orders = orderLines(30, 200);
    const ratings: RatingLine[] = [
      { account: "Acme GmbH", rater: "Anna", date: 46200, scores: [4, 3, 9] },
      { account: "acme gmbh", rater: "Ben", date: 46200, scores: [2, null, 10] },
      { account: "ACME GMBH", rater: "anna", date: 46201, scores: [5, "n/a", 6] },
      { account: "Beta AG", rater: null, date: 46200, scores: [3, 3, 3] },
    ];
    await load(e, orders, [], ratings);
    const rows = await e.rows(accountsSql(options(e.dialect, "2026-06-30", 12, ["median", "median", "nps"], true)));
    expect(expectSameTable(rows, expected(orders, [], ratings, "2026-06-30", 12, ["median", "median", "nps"], true))).toBeGreaterThan(20);
    // Acme by hand: strategic importance Anna 5 (her later answer), Ben 2 -> 3.5; NPS Anna 6, Ben 10 -> 0.
    const acme = rows.find((r) => accountKey(r[0]) === "acme gmbh")!;
    expect(acme.slice(10, 14).map(Number)).toEqual([3.5, 2, 2, 5]);
    expect(Number(acme[18])).toBe(0);
  });
});

describe("BigQuery, Snowflake and Spark SQL: the same description, parsed by node-sql-parser", () => {
  const parser = new Parser();
  test.each([
    ["bigquery", "BigQuery"],
    ["snowflake", "Snowflake"],
    ["spark", "Hive"],
  ] as const)("%s parses as %s", (dialect, database) => {
    for (const withDates of [true, false]) {
      const sql = accountsSql(options(dialect, "2026-09-30", 12, ["median", "mean", "nps"], withDates));
      expect(() => parser.astify(sql, { database })).not.toThrow();
    }
    // The parser does refuse broken SQL in that dialect.
    expect(() => parser.astify("SELECT (a FROM t", { database })).toThrow();
  });

  test("each dialect writes EDATE, days between and quoting its own way", () => {
    const sql = (dialect: SqlDialect) => accountsSql({ asOf: "2026-09-30", months: 3, dialect, activity: {} });
    expect(sql("bigquery")).toContain("DATE_SUB(DATE '2026-09-30', INTERVAL 3 MONTH)");
    expect(sql("bigquery")).toContain("`Days since last order`");
    expect(sql("snowflake")).toContain("DATEADD(month, -3, DATE '2026-09-30')");
    expect(sql("spark")).toContain("add_months(DATE '2026-09-30', -3)");
    expect(sql("spark")).toContain("datediff(p.review_date, a.last_order)");
    expect(sql("postgres")).toContain("INTERVAL '3 months'");
  });
});
