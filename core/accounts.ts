/**
 * KAM.ACCOUNTS (SPEC 9): one row of criteria per account from order lines. The lines are read
 * and keyed once (lines.ts); sums run in one pass over the lines, and the distinct counts
 * (orders, categories) in a second pass over the lines of W with amount > 0 grouped by account
 * with a counting sort, so no account ever scans all lines.
 */
import { fail, KamError } from "./errors";
import { accountKey, shownName } from "./keys";
import { LINE_VALID, LineColumn, Lines, readLines, requireValid } from "./lines";
import { Message, Messages } from "./messages";
import { parseAsOf, parseMonths, review, ReviewWindow } from "./review";

export const ACCOUNTS_HEADER = ["Account", "Revenue", "Margin", "Growth", "Orders", "Days since last order", "Customer years"] as const;
export const CATEGORIES_HEADER = "Categories";

/** Raw arguments of KAM.ACCOUNTS, in the function's order. */
export interface AccountsArgs {
  accounts: unknown;
  dates: unknown;
  amounts: unknown;
  profits?: unknown;
  asOf?: unknown;
  months?: unknown;
  categories?: unknown;
  orders?: unknown;
}

export interface AccountsOptions {
  /** IANA zone for Date objects (Google Sheets passes the spreadsheet's zone). */
  timeZone?: string;
}

/** The figures of every account, before they become table rows. */
export interface AccountFigures {
  review: ReviewWindow;
  /** Account ids (Keyer ids of lines.accounts) in the order of their first line on or before asOf. */
  order: number[];
  names: (string | number)[];
  /** Per account id. */
  revenue: Float64Array;
  profit: Float64Array;
  previous: Float64Array;
  orders: Float64Array;
  categories: Float64Array | undefined;
  lastOrder: Float64Array;
  firstOrder: Float64Array;
  /** Account keys per id, to join with other tables. */
  keys: string[];
  withProfit: boolean;
}

export const YEAR_DAYS = 365.25;

/** Reads, checks and aggregates the lines; throws a VALUE KamError for any invalid line. */
export function accountFigures(args: AccountsArgs, options: AccountsOptions = {}): AccountFigures {
  if (args.amounts === undefined) fail("VALUE", Messages.emptyRange("amounts"));
  const lines = readLines(
    {
      accounts: args.accounts,
      dates: args.dates,
      amounts: args.amounts,
      profits: args.profits,
      categories: args.categories,
      orders: args.orders,
    },
    options,
  );
  requireValid(lines);
  return accountFiguresOf(lines, args, options);
}

/**
 * The figures of order lines already read (readLines with amounts), for a caller that has read
 * them to check them: only the valid lines count, blank and invalid ones are left out as if they
 * were not there. `window` takes asOf and months as KAM.ACCOUNTS does.
 */
export function accountFiguresOf(
  lines: Lines,
  window: { asOf?: unknown; months?: unknown },
  options: AccountsOptions = {},
): AccountFigures {
  const months = parseMonths(window.months);
  const r = review(parseAsOf(window.asOf, lines.latest, options.timeZone), months);
  const { asOf, windowStart: w, previousStart: p } = r;
  const k = lines.accounts.size;
  const revenue = new Float64Array(k);
  const profit = new Float64Array(k);
  const previous = new Float64Array(k);
  const lastOrder = new Float64Array(k).fill(NaN);
  const firstOrder = new Float64Array(k).fill(NaN);
  const firstLine = new Int32Array(k).fill(-1);
  const positive = new Int32Array(k + 1); // lines of W with amount > 0, per account (then offsets)
  const order: number[] = [];
  const { account, date, amount, status } = lines;
  const profits = lines.profit;
  const n = lines.count;

  for (let i = 0; i < n; i++) {
    if (status[i] !== LINE_VALID) continue;
    const d = date[i];
    if (d > asOf) continue; // lines after the review date are ignored
    const a = account[i];
    if (firstLine[a] < 0) {
      firstLine[a] = i;
      order.push(a);
    }
    const x = amount![i];
    if (d > w) {
      revenue[a] += x;
      if (profits) profit[a] += profits[i];
      if (x > 0) positive[a + 1]++;
    } else if (d > p) previous[a] += x;
    if (x > 0) {
      if (!(lastOrder[a] >= d)) lastOrder[a] = d;
      if (!(firstOrder[a] <= d)) firstOrder[a] = d;
    }
  }

  // Group the lines of W with amount > 0 by account, then count distinct keys with a stamp.
  for (let a = 0; a < k; a++) positive[a + 1] += positive[a];
  const grouped = new Int32Array(positive[k]);
  const fill = positive.slice(0, k);
  for (let i = 0; i < n; i++) {
    if (status[i] !== LINE_VALID) continue;
    const d = date[i];
    if (d > asOf || d <= w || !(amount![i] > 0)) continue;
    grouped[fill[account[i]]++] = i;
  }
  // Order ids: keyed per account (a small Set that stays in cache), only for the lines of W with amount > 0.
  const distinctOrders = (cells: LineColumn): Float64Array => {
    const counts = new Float64Array(k);
    const keys = new Set<string>();
    for (let a = 0; a < k; a++) {
      keys.clear();
      let last: unknown = undefined;
      for (let j = positive[a]; j < positive[a + 1]; j++) {
        const v = cells.at(grouped[j]);
        if (v === last) continue;
        last = v;
        const key = accountKey(v);
        if (key !== undefined) keys.add(key);
      }
      counts[a] = keys.size;
    }
    return counts;
  };
  const distinct = (ids: ArrayLike<number>, size: number, offset: number): Float64Array => {
    const counts = new Float64Array(k);
    const seen = new Int32Array(size).fill(-1);
    for (let a = 0; a < k; a++) {
      let c = 0;
      for (let j = positive[a]; j < positive[a + 1]; j++) {
        const id = ids[grouped[j]] - offset;
        if (id >= 0 && seen[id] !== a) {
          seen[id] = a;
          c++;
        }
      }
      counts[a] = c;
    }
    return counts;
  };
  // Without order ids an order is a distinct date; dates of W lie in (w, asOf].
  const orders = lines.orderCells ? distinctOrders(lines.orderCells) : distinct(date, Math.max(0, asOf - w), w + 1);
  const categories = lines.category ? distinct(lines.category, lines.categories.size, 0) : undefined;

  const names = new Array<string | number>(k);
  for (const a of order) names[a] = shownName(lines.accountCells.at(firstLine[a]));
  return {
    review: r,
    order,
    names,
    revenue,
    profit,
    previous,
    orders,
    categories,
    lastOrder,
    firstOrder,
    keys: lines.accounts.keys,
    withProfit: lines.profit !== undefined,
  };
}

/** Lazily made, shared #N/A values: one KamError per message, not one per cell. */
function naCache() {
  const cache = new Map<() => Message, KamError>();
  return (message: () => Message) => {
    let e = cache.get(message);
    if (!e) cache.set(message, (e = new KamError("NA", message())));
    return e;
  };
}

/** The SPEC 9 row of one account (without the name). */
export function accountRow(f: AccountFigures, a: number, na = naCache()): unknown[] {
  const asOf = f.review.asOf;
  const rev = f.revenue[a];
  const margin = !f.withProfit ? na(Messages.marginNoProfits) : rev > 0 ? f.profit[a] / rev : na(Messages.marginNoRevenue);
  const prev = f.previous[a];
  const growth = prev > 0 ? rev / prev - 1 : na(Messages.growthNoPrevious);
  const last = f.lastOrder[a];
  const days = Number.isNaN(last) ? na(Messages.noPositiveOrder) : asOf - last;
  const first = f.firstOrder[a];
  const years = Number.isNaN(first) ? na(Messages.noPositiveOrder) : (asOf - first) / YEAR_DAYS;
  const row: unknown[] = [rev, margin, growth, f.orders[a], days, years];
  if (f.categories) row.push(f.categories[a]);
  return row;
}

export function accountsHeader(withCategories: boolean): string[] {
  return withCategories ? [...ACCOUNTS_HEADER, CATEGORIES_HEADER] : [...ACCOUNTS_HEADER];
}

/**
 * KAM.ACCOUNTS: the header row, then one row per account with a line on or before asOf, in the
 * order of each account's first such line. Per-cell #N/A values are KamError("NA") inside the
 * table; whole-argument problems and invalid lines throw a VALUE KamError.
 */
export function accountsTable(args: AccountsArgs, options: AccountsOptions = {}): unknown[][] {
  const f = accountFigures(args, options);
  const na = naCache();
  const out: unknown[][] = [accountsHeader(f.categories !== undefined)];
  for (const a of f.order) out.push([f.names[a], ...accountRow(f, a, na)]);
  return out;
}
