/**
 * The few places where warehouse SQL dialects differ, for the KAM Accounts query (accounts-sql.ts):
 * quoting, type names, months back (EDATE), days between dates, the global regular-expression
 * replace and how JavaScript's white-space class is written. Everything else the query uses
 * (CTEs, CASE, window functions, COUNT(DISTINCT ...)) is the same in all five.
 */
export const SQL_DIALECTS = ["duckdb", "postgres", "bigquery", "snowflake", "spark"] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

export interface Dialect {
  readonly name: SqlDialect;
  /** A quoted identifier (table, column or output name). */
  ident(name: string): string;
  readonly text: string;
  readonly double: string;
  /** EDATE(date, -months): the same day `months` earlier, clamped to that month's last day. */
  monthsBack(date: string, months: number): string;
  /** Whole days from `earlier` to `later`. */
  daysBetween(later: string, earlier: string): string;
  /** Every match of a pattern (written with `ws` below) replaced. */
  replaceAll(expr: string, pattern: string, replacement: string): string;
  /** The characters of JavaScript's \s, as a bracket expression for this dialect's regular expressions. */
  readonly ws: string;
  /** The column that numbers the lines when none is named (DuckDB's insertion order). */
  readonly lineNumber: string;
}

// JavaScript's \s beyond ASCII: no-break space, Ogham space, the en/em spaces, separators, BOM.
const WIDE = ["00A0", "1680", "2000-200A", "2028", "2029", "202F", "205F", "3000", "FEFF"];
const quoteDouble = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteBack = (name: string) => `\`${name.replace(/`/g, "``")}\``;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

const duckdb: Dialect = {
  name: "duckdb",
  ident: quoteDouble,
  text: "VARCHAR",
  double: "DOUBLE",
  monthsBack: (d, m) => `CAST(${d} - to_months(${m}) AS DATE)`,
  daysBetween: (a, b) => `(${a} - ${b})`,
  replaceAll: (e, p, r) => `regexp_replace(${e}, ${literal(p)}, ${literal(r)}, 'g')`,
  // RE2: \s is only [\t\n\f\r ], so the vertical tab and the wide spaces are listed.
  ws: `[\\s\\x{0B}${WIDE.map((c) => c.replace(/([0-9A-F]{4})/g, "\\x{$1}")).join("")}]`,
  lineNumber: "rowid",
};

const postgres: Dialect = {
  name: "postgres",
  ident: quoteDouble,
  text: "TEXT",
  double: "DOUBLE PRECISION",
  monthsBack: (d, m) => `CAST(${d} - INTERVAL '${m} months' AS DATE)`,
  daysBetween: (a, b) => `(${a} - ${b})`,
  replaceAll: (e, p, r) => `regexp_replace(${e}, ${literal(p)}, ${literal(r)}, 'g')`,
  // ARE escapes \uXXXX (standard_conforming_strings on, the default since 9.1).
  ws: `[\\s\\u000B${WIDE.map((c) => c.replace(/([0-9A-F]{4})/g, "\\u$1")).join("")}]`,
  lineNumber: "line_no",
};

const bigquery: Dialect = {
  name: "bigquery",
  ident: quoteBack,
  text: "STRING",
  double: "FLOAT64",
  monthsBack: (d, m) => `DATE_SUB(${d}, INTERVAL ${m} MONTH)`,
  daysBetween: (a, b) => `DATE_DIFF(${a}, ${b}, DAY)`,
  // A raw string keeps the backslashes for RE2; REGEXP_REPLACE replaces every match.
  replaceAll: (e, p, r) => `REGEXP_REPLACE(${e}, r${literal(p)}, ${literal(r)})`,
  ws: duckdb.ws,
  lineNumber: "line_no",
};

const snowflake: Dialect = {
  name: "snowflake",
  ident: quoteDouble,
  text: "VARCHAR",
  double: "DOUBLE",
  monthsBack: (d, m) => `DATEADD(month, -${m}, ${d})`,
  daysBetween: (a, b) => `DATEDIFF(day, ${b}, ${a})`,
  // Single-quoted literals take backslash escapes: \\s reaches the regex as \s. The wide spaces
  // are put in with CHR so that the query text stays plain ASCII.
  replaceAll: (e, p, r) => `REGEXP_REPLACE(${e}, ${snowflakePattern(p)}, ${literal(r)})`,
  ws: "\u0000WS\u0000",
  lineNumber: "line_no",
};

/** The pattern as a Snowflake expression: the white-space class spelled with CHR. */
function snowflakePattern(p: string): string {
  const chars = ["000B", ...WIDE].map((c) =>
    c.includes("-")
      ? c
          .split("-")
          .map((h) => `CHR(${parseInt(h, 16)})`)
          .join(" || '-' || ")
      : `CHR(${parseInt(c, 16)})`,
  );
  const cls = `'[\\\\s' || ${chars.join(" || ")} || ']'`;
  return p
    .split("\u0000WS\u0000")
    .map((part) => (part === "" ? "" : literal(part.replace(/\\/g, "\\\\"))))
    .reduce((acc, part, i) => (i === 0 ? part : [acc, cls, part].filter((x) => x !== "").join(" || ")), "");
}

const spark: Dialect = {
  name: "spark",
  ident: quoteBack,
  text: "STRING",
  double: "DOUBLE",
  monthsBack: (d, m) => `add_months(${d}, -${m})`,
  daysBetween: (a, b) => `datediff(${a}, ${b})`,
  // Spark string literals take backslash escapes (spark.sql.parser.escapedStringLiterals off, the default).
  replaceAll: (e, p, r) => `regexp_replace(${e}, ${literal(p.replace(/\\/g, "\\\\"))}, ${literal(r)})`,
  ws: `[\\s\\u000B${WIDE.map((c) => c.replace(/([0-9A-F]{4})/g, "\\u$1")).join("")}]`,
  lineNumber: "line_no",
};

export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = { duckdb, postgres, bigquery, snowflake, spark };
