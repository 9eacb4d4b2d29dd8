/**
 * The SQL twin of the KAM Accounts table, for exports that live in a warehouse: one query that
 * joins order lines (KAM.ACCOUNTS, SPEC 9), an activity log (KAM.ACTIVITY, SPEC 10) and ratings or
 * survey responses (KAM.RATINGS, SPEC 15) by account key, with the same keys, windows and
 * definitions. One description of each input's columns and aggregates, rendered for DuckDB,
 * PostgreSQL, BigQuery, Snowflake and Spark SQL (sql-dialects.ts). Pure string building.
 */
import { isOmitted } from "./cells";
import { isoDate, toSerial } from "./dates";
import { fail } from "./errors";
import { Messages } from "./messages";
import { MAX_MONTHS } from "./review";
import { ACCOUNTS_HEADER, CATEGORIES_HEADER } from "./accounts";
import { ACTIVITY_HEADER } from "./activity";
import { RatingMethod } from "./ratings";
import { Dialect, DIALECTS, SqlDialect } from "./sql-dialects";

/** One rated criterion: a numeric column of the ratings table, aggregated by its method. */
export interface RatedCriterion {
  /** The column of the ratings table. */
  column: string;
  /** The output column's name (default: the column). */
  header?: string;
  method?: RatingMethod;
}

export interface AccountsSqlOptions {
  /** Review date: any SPEC 9 date form, or a serial. */
  asOf: unknown;
  /** Window in months, 1..120 (default 12). */
  months?: number;
  dialect?: SqlDialect;
  withProfit?: boolean;
  withCategories?: boolean;
  withOrders?: boolean;
  /** Order-line table (default "orders"): account, order_date, amount, profit, category, order_id. */
  table?: string;
  /**
   * Column that gives the lines' order, for the name shown and the row order ("first line met").
   * Default: DuckDB's rowid (insertion order); in the other dialects a column "line_no".
   */
  lineNumber?: string;
  /** An activity log: account, activity_date. */
  activity?: { table?: string };
  /** Ratings or survey responses: account, rater (when withRaters), response_date (when withDates), one column per criterion. */
  ratings?: { table?: string; lineNumber?: string; withRaters?: boolean; withDates?: boolean; criteria: RatedCriterion[] };
  /** Output names of the order and activity columns, in KAM.ACCOUNTS / KAM.ACTIVITY order (default: their English headers). */
  headers?: { accounts?: readonly string[]; activity?: readonly string[] };
  /** The words after a rated criterion's name in its three extra columns (default "raters", "lowest", "highest"). */
  ratingWords?: { raters: string; lowest: string; highest: string };
}

export const RATING_WORDS = { raters: "raters", lowest: "lowest", highest: "highest" };

/** The output columns of a rated criterion: its aggregate, the number of responses, the lowest and the highest. */
export const ratedColumns = (header: string, words = RATING_WORDS): string[] => [
  header,
  `${header}: ${words.raters}`,
  `${header}: ${words.lowest}`,
  `${header}: ${words.highest}`,
];

interface Context {
  d: Dialect;
  q: (name: string) => string;
  date: (expr: string) => string;
  dbl: (expr: string) => string;
  /** The SPEC 9 key: white-space runs as one space, trimmed, lower case; NULL when blank. */
  key: (expr: string) => string;
  /** The name shown: trimmed of white space. */
  name: (expr: string) => string;
}

function context(d: Dialect): Context {
  const text = (e: string) => `CAST(${e} AS ${d.text})`;
  return {
    d,
    q: d.ident,
    date: (e) => `CAST(${e} AS DATE)`,
    dbl: (e) => `CAST(${e} AS ${d.double})`,
    key: (e) => `nullif(lower(trim(${d.replaceAll(text(e), `${d.ws}+`, " ")})), '')`,
    name: (e) => d.replaceAll(text(e), `^${d.ws}+|${d.ws}+$`, ""),
  };
}

/** The review date and window start for the literal date. */
function parseWindow(options: AccountsSqlOptions): { serial: number; months: number } {
  const serial = toSerial(options.asOf);
  if (Number.isNaN(serial)) fail("VALUE", Messages.asOfNotDate(options.asOf));
  const months = isOmitted(options.months) ? 12 : options.months!;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) fail("VALUE", Messages.monthsInvalid(months));
  return { serial, months };
}

/** The order lines per account (SPEC 9). */
function ordersPart(c: Context, o: AccountsSqlOptions): string[] {
  const { q } = c;
  const { withProfit = true, withCategories = true, withOrders = true } = o;
  const lineNo = o.lineNumber ? q(o.lineNumber) : c.d.lineNumber;
  return [
    `l AS (`,
    `  SELECT ${lineNo} AS line_no,`,
    `    ${c.name("account")} AS account_name,`,
    `    ${c.key("account")} AS account_key,`,
    `    ${c.date("order_date")} AS d,`,
    `    ${c.dbl("amount")} AS amount,`,
    `    ${withProfit ? c.dbl("profit") : c.dbl("NULL")} AS profit,`,
    `    ${withCategories ? c.key("category") : `CAST(NULL AS ${c.d.text})`} AS category_key,`,
    `    ${withOrders ? c.key("order_id") : `CAST(NULL AS ${c.d.text})`} AS order_key`,
    `  FROM ${q(o.table ?? "orders")}`,
    `),`,
    `-- lines dated after the review date are ignored`,
    `w AS (`,
    `  SELECT l.*,`,
    `    CASE WHEN l.d > p.window_start THEN 1 ELSE 0 END AS in_w,`,
    `    CASE WHEN l.d > p.previous_start AND l.d <= p.window_start THEN 1 ELSE 0 END AS in_p,`,
    `    ROW_NUMBER() OVER (PARTITION BY l.account_key ORDER BY l.line_no) AS nth`,
    `  FROM l CROSS JOIN p`,
    `  WHERE l.account_key IS NOT NULL AND l.d IS NOT NULL AND l.amount IS NOT NULL AND l.d <= p.review_date`,
    `),`,
    `a AS (`,
    `  SELECT account_key,`,
    `    max(CASE WHEN nth = 1 THEN account_name END) AS account_name,`,
    `    min(line_no) AS first_line,`,
    `    coalesce(sum(CASE WHEN in_w = 1 THEN amount END), 0) AS revenue,`,
    `    sum(CASE WHEN in_w = 1 THEN profit END) AS profit,`,
    `    sum(CASE WHEN in_p = 1 THEN amount END) AS previous,`,
    `    count(DISTINCT CASE WHEN in_w = 1 AND amount > 0 THEN ${withOrders ? "order_key" : "d"} END) AS orders,`,
    `    max(CASE WHEN amount > 0 THEN d END) AS last_order,`,
    `    min(CASE WHEN amount > 0 THEN d END) AS first_order,`,
    `    count(DISTINCT CASE WHEN in_w = 1 AND amount > 0 THEN category_key END) AS categories`,
    `  FROM w`,
    `  GROUP BY account_key`,
    `)`,
  ];
}

/** The activity log per account (SPEC 10, every activity weighing 1). */
function activityPart(c: Context, table: string): string[] {
  return [
    `act AS (`,
    `  SELECT x.account_key,`,
    `    count(CASE WHEN x.d > p.window_start THEN 1 END) AS interactions,`,
    `    max(x.d) AS last_contact`,
    `  FROM (SELECT ${c.key("account")} AS account_key, ${c.date("activity_date")} AS d FROM ${c.q(table)}) x CROSS JOIN p`,
    `  WHERE x.account_key IS NOT NULL AND x.d IS NOT NULL AND x.d <= p.review_date`,
    `  GROUP BY x.account_key`,
    `)`,
  ];
}

/**
 * Ratings per account and criterion (SPEC 15): the answers in long form, a named rater's latest
 * per criterion (a line without a rater is its own responder), then each criterion's aggregate;
 * the median as the mean of the middle one or two answers by rank, the same in every dialect.
 */
function ratingsPart(c: Context, r: NonNullable<AccountsSqlOptions["ratings"]>): string[] {
  const { q, d } = c;
  const withDates = r.withDates !== false;
  const withRaters = r.withRaters !== false;
  const lineNo = r.lineNumber ? q(r.lineNumber) : d.lineNumber;
  const criteria = r.criteria.map((x, j) => ({ ...x, j: j + 1 }));
  const long = criteria
    .map((x) => `  SELECT account_key, rater_key, line_no, d, ${x.j} AS criterion, x${x.j} AS x FROM rw WHERE x${x.j} IS NOT NULL`)
    .join("\n  UNION ALL\n");
  const agg = (method: RatingMethod | undefined): string => {
    switch (method ?? "median") {
      case "median":
        return `avg(CASE WHEN 2 * rk BETWEEN n AND n + 2 THEN x END)`;
      case "mean":
        return `avg(x)`;
      case "spread":
        return `max(x) - min(x)`;
      case "count":
        return c.dbl("count(*)");
      case "nps":
        return `${c.dbl("100 * sum(CASE WHEN x >= 9 THEN 1 WHEN x <= 6 THEN -1 ELSE 0 END)")} / count(*)`;
    }
  };
  return [
    `rl AS (`,
    `  SELECT ${lineNo} AS line_no,`,
    `    ${c.key("account")} AS account_key,`,
    `    ${withRaters ? c.key("rater") : `CAST(NULL AS ${d.text})`} AS rater_key,`,
    `    ${withDates ? c.date("response_date") : "CAST(NULL AS DATE)"} AS d,`,
    ...criteria.map((x) => `    ${c.dbl(q(x.column))} AS x${x.j}${x.j < criteria.length ? "," : ""}`),
    `  FROM ${q(r.table ?? "ratings")}`,
    `),`,
    withDates ? `-- responses in the review window count` : `-- without dates every response counts`,
    `rw AS (`,
    `  SELECT rl.* FROM rl CROSS JOIN p`,
    `  WHERE rl.account_key IS NOT NULL${withDates ? " AND rl.d > p.window_start AND rl.d <= p.review_date" : ""}`,
    `),`,
    `rlong AS (`,
    long,
    `),`,
    `-- a named rater counts once per criterion, with the latest answer (latest date, then the later line)`,
    `rlatest AS (`,
    `  SELECT account_key, criterion, x,`,
    `    ROW_NUMBER() OVER (PARTITION BY account_key, criterion, rater_key, CASE WHEN rater_key IS NULL THEN line_no END`,
    `      ORDER BY ${withDates ? "d DESC, " : ""}line_no DESC) AS latest`,
    `  FROM rlong`,
    `),`,
    `rranked AS (`,
    `  SELECT account_key, criterion, x,`,
    `    ROW_NUMBER() OVER (PARTITION BY account_key, criterion ORDER BY x) AS rk,`,
    `    COUNT(*) OVER (PARTITION BY account_key, criterion) AS n`,
    `  FROM rlatest WHERE latest = 1`,
    `),`,
    `ragg AS (`,
    `  SELECT account_key, criterion,`,
    `    CASE criterion`,
    ...criteria.map((x) => `      WHEN ${x.j} THEN ${agg(x.method)}`),
    `    END AS v,`,
    `    count(*) AS raters, min(x) AS lowest, max(x) AS highest`,
    `  FROM rranked`,
    `  GROUP BY account_key, criterion`,
    `),`,
    `rt AS (`,
    `  SELECT account_key,`,
    criteria
      .map((x) =>
        [
          `    max(CASE WHEN criterion = ${x.j} THEN v END) AS v${x.j}`,
          `    max(CASE WHEN criterion = ${x.j} THEN raters END) AS n${x.j}`,
          `    max(CASE WHEN criterion = ${x.j} THEN lowest END) AS lo${x.j}`,
          `    max(CASE WHEN criterion = ${x.j} THEN highest END) AS hi${x.j}`,
        ].join(",\n"),
      )
      .join(",\n"),
    `  FROM ragg`,
    `  GROUP BY account_key`,
    `)`,
  ];
}

/**
 * One query that computes the KAM Accounts table: the KAM.ACCOUNTS columns (NULL where the
 * function has #N/A), then with an activity log Interactions and Days since last contact, then
 * per rated criterion its aggregate, raters, lowest and highest answer (NULL without an answer).
 */
export function accountsSql(options: AccountsSqlOptions): string {
  const { serial, months } = parseWindow(options);
  const d = DIALECTS[options.dialect ?? "duckdb"];
  const c = context(d);
  const { q } = c;
  const review = `DATE '${isoDate(serial)}'`;
  const withCategories = options.withCategories !== false;
  const withProfit = options.withProfit !== false;
  const accountsHeader = [...(options.headers?.accounts ?? ACCOUNTS_HEADER)];
  const activityHeader = [...(options.headers?.activity ?? ACTIVITY_HEADER)];
  const ratings = options.ratings && options.ratings.criteria.length > 0 ? options.ratings : undefined;

  const ctes = [`p AS (`, `  SELECT ${review} AS review_date,`];
  ctes.push(`    ${d.monthsBack(review, months)} AS window_start,`, `    ${d.monthsBack(review, 2 * months)} AS previous_start`, `),`);
  ctes.push(...ordersPart(c, options));
  if (options.activity) ctes.push(",", ...activityPart(c, options.activity.table ?? "activities"));
  if (ratings) ctes.push(",", ...ratingsPart(c, ratings));

  const select = [
    `a.account_name AS ${q(accountsHeader[0])}`,
    `a.revenue AS ${q(accountsHeader[1])}`,
    `${withProfit ? "CASE WHEN a.revenue > 0 THEN a.profit / a.revenue END" : c.dbl("NULL")} AS ${q(accountsHeader[2])}`,
    `CASE WHEN a.previous > 0 THEN a.revenue / a.previous - 1 END AS ${q(accountsHeader[3])}`,
    `a.orders AS ${q(accountsHeader[4])}`,
    `${d.daysBetween("p.review_date", "a.last_order")} AS ${q(accountsHeader[5])}`,
    `${c.dbl(d.daysBetween("p.review_date", "a.first_order"))} / 365.25 AS ${q(accountsHeader[6])}`,
  ];
  if (withCategories) select.push(`a.categories AS ${q(accountsHeader[7] ?? CATEGORIES_HEADER)}`);
  const joins = [`FROM a CROSS JOIN p`];
  if (options.activity) {
    select.push(`coalesce(act.interactions, 0) AS ${q(activityHeader[1])}`);
    select.push(`${d.daysBetween("p.review_date", "act.last_contact")} AS ${q(activityHeader[2])}`);
    joins.push(`LEFT JOIN act ON act.account_key = a.account_key`);
  }
  if (ratings) {
    ratings.criteria.forEach((x, i) => {
      const names = ratedColumns(x.header ?? x.column, options.ratingWords);
      const j = i + 1;
      select.push(`rt.v${j} AS ${q(names[0])}`, `rt.n${j} AS ${q(names[1])}`, `rt.lo${j} AS ${q(names[2])}`, `rt.hi${j} AS ${q(names[3])}`);
    });
    joins.push(`LEFT JOIN rt ON rt.account_key = a.account_key`);
  }

  const inputs = ["order lines", options.activity && "an activity log", ratings && "ratings"].filter(Boolean).join(", ");
  return [
    `-- KAM Accounts (KAM Matrix) from ${inputs}; ${d.name} SQL.`,
    `-- Review date ${isoDate(serial)}, window ${months} months: W = (review date - ${months} months, review date],`,
    `-- P = (review date - ${2 * months} months, start of W]; months back keep the day and clamp to the month end,`,
    `-- like EDATE. NULL stands for #N/A (or for no answer).`,
    `WITH ${ctes.join("\n").replace(/\n,\n/g, ",\n")}`,
    `SELECT ${select.join(",\n  ")}`,
    ...joins,
    `ORDER BY a.first_line;`,
  ].join("\n");
}
