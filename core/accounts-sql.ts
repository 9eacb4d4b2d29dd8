/**
 * The SQL twin of KAM.ACCOUNTS (SPEC 9), for order histories that live in a warehouse: one
 * DuckDB query over `orders(account, order_date, amount, profit, category, order_id)` with the
 * same keys, windows and columns, so its result pasted into a sheet scores like the function.
 * Pure string building; docs/accounts-sql.md says what differs in other dialects.
 */
import { isOmitted } from "./cells";
import { isoDate, toSerial } from "./dates";
import { fail } from "./errors";
import { Messages } from "./messages";
import { MAX_MONTHS } from "./review";

export interface AccountsSqlOptions {
  /** Review date: an ISO date text (any SPEC 9 date form, or a serial). */
  asOf: unknown;
  /** Window in months, 1..120 (default 12). */
  months?: number;
  withProfit?: boolean;
  withCategories?: boolean;
  withOrders?: boolean;
  /** Table name (default "orders"); quoted as an identifier. */
  table?: string;
  /**
   * Column that gives the lines' order, for the name shown and the row order ("first line
   * met"). Default: DuckDB's rowid, the insertion order. Warehouses without one need a line number.
   */
  lineNumber?: string;
}

// White space as JavaScript's \s sees it: RE2's \s is only [\t\n\f\r ].
const WS = "[\\s\\x{0B}\\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]";

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** The SPEC 9 key: white space runs as one space, trimmed, lower case; NULL when blank. */
const key = (expr: string) => `nullif(lower(trim(regexp_replace(CAST(${expr} AS VARCHAR), '${WS}+', ' ', 'g'))), '')`;

/** One DuckDB query that computes the KAM.ACCOUNTS table; NULL where the function has #N/A. */
export function accountsSql(options: AccountsSqlOptions): string {
  const serial = toSerial(options.asOf);
  if (Number.isNaN(serial)) fail("VALUE", Messages.asOfNotDate(options.asOf));
  const months = isOmitted(options.months) ? 12 : options.months!;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) fail("VALUE", Messages.monthsInvalid(months));
  const review = `DATE '${isoDate(serial)}'`;
  const table = ident(options.table ?? "orders");
  const lineNo = options.lineNumber ? ident(options.lineNumber) : "rowid";
  const { withProfit = true, withCategories = true, withOrders = true } = options;
  const sql = [
    `-- KAM.ACCOUNTS (KAM Matrix, SPEC 9): review date ${isoDate(serial)}, window ${months} months.`,
    `-- W = (review date - ${months} months, review date], P = (review date - ${2 * months} months, start of W];`,
    `-- months back keep the day and clamp to the month end, like EDATE. NULL stands for #N/A.`,
    `WITH p AS (`,
    `  SELECT ${review} AS review_date,`,
    `    CAST(${review} - to_months(${months}) AS DATE) AS window_start,`,
    `    CAST(${review} - to_months(${2 * months}) AS DATE) AS previous_start`,
    `),`,
    `l AS (`,
    `  SELECT ${lineNo} AS line_no,`,
    `    regexp_replace(CAST(account AS VARCHAR), '^${WS}+|${WS}+$', '', 'g') AS account_name,`,
    `    ${key("account")} AS account_key,`,
    `    CAST(order_date AS DATE) AS d,`,
    `    CAST(amount AS DOUBLE) AS amount,`,
    `    ${withProfit ? "CAST(profit AS DOUBLE)" : "CAST(NULL AS DOUBLE)"} AS profit,`,
    `    ${withCategories ? key("category") : "CAST(NULL AS VARCHAR)"} AS category_key,`,
    `    ${withOrders ? key("order_id") : "CAST(NULL AS VARCHAR)"} AS order_key`,
    `  FROM ${table}`,
    `),`,
    `-- lines dated after the review date are ignored`,
    `w AS (`,
    `  SELECT l.*, l.d > p.window_start AS in_w, l.d > p.previous_start AND l.d <= p.window_start AS in_p`,
    `  FROM l CROSS JOIN p`,
    `  WHERE l.account_key IS NOT NULL AND l.d IS NOT NULL AND l.amount IS NOT NULL AND l.d <= p.review_date`,
    `),`,
    `a AS (`,
    `  SELECT arg_min(account_name, line_no) AS account_name,`,
    `    min(line_no) AS first_line,`,
    `    coalesce(sum(amount) FILTER (WHERE in_w), 0) AS revenue,`,
    `    sum(profit) FILTER (WHERE in_w) AS profit,`,
    `    sum(amount) FILTER (WHERE in_p) AS previous,`,
    `    count(DISTINCT ${withOrders ? "order_key" : "d"}) FILTER (WHERE in_w AND amount > 0) AS orders,`,
    `    max(d) FILTER (WHERE amount > 0) AS last_order,`,
    `    min(d) FILTER (WHERE amount > 0) AS first_order,`,
    `    count(DISTINCT category_key) FILTER (WHERE in_w AND amount > 0) AS categories`,
    `  FROM w`,
    `  GROUP BY account_key`,
    `)`,
    `SELECT account_name AS "Account",`,
    `  revenue AS "Revenue",`,
    `  ${withProfit ? "CASE WHEN revenue > 0 THEN profit / revenue END" : "CAST(NULL AS DOUBLE)"} AS "Margin",`,
    `  CASE WHEN previous > 0 THEN revenue / previous - 1 END AS "Growth",`,
    `  orders AS "Orders",`,
    `  p.review_date - last_order AS "Days since last order",`,
    `  (p.review_date - first_order) / 365.25 AS "Customer years"${withCategories ? "," : ""}`,
  ];
  if (withCategories) sql.push(`  categories AS "Categories"`);
  sql.push(`FROM a CROSS JOIN p`, `ORDER BY first_line;`);
  return sql.join("\n");
}
