/**
 * "Copy as SQL": the KAM Accounts query for the chosen inputs, review date, window and dialect,
 * with the sheet's column names in the pane's language, so that a warehouse computes what
 * "Prepare accounts" writes (core/accounts-sql.ts).
 */
import { accountsSql, Language } from "../../core";
import { HEADERS } from "./headers";
import type { PrepareState } from "./prepareController";
import { RATING_WORDS } from "./ratingsInput";

export function warehouseSql(state: PrepareState, asOf: string, lang: Language): string {
  const m = state.orders?.mapping ?? {};
  const { activity, ratings } = state;
  const h = HEADERS[lang];
  return accountsSql({
    asOf,
    months: state.months,
    dialect: state.sqlDialect,
    withProfit: m.profit !== undefined,
    withCategories: m.category !== undefined,
    withOrders: m.order !== undefined,
    ...(activity ? { activity: {} } : {}),
    ...(ratings && ratings.criteria.length
      ? {
          ratings: {
            withRaters: ratings.mapping.rater !== undefined,
            withDates: ratings.mapping.date !== undefined,
            criteria: ratings.criteria.map((c) => ({ column: c.header, header: c.header, method: c.method })),
          },
        }
      : {}),
    headers: {
      accounts: [h.account, h.revenue, h.margin, h.growth, h.orders, h.daysSinceOrder, h.customerYears, h.categories],
      activity: [h.account, h.interactions, h.daysSinceContact],
    },
    ratingWords: RATING_WORDS[lang],
  });
}
