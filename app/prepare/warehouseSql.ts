/**
 * "Copy as SQL": the KAM Accounts query for the chosen inputs, review date, window and dialect,
 * with the sheet's column names in the pane's language, so that a warehouse computes what
 * "Prepare accounts" writes (core/accounts-sql.ts); copied to the clipboard or shown to copy by hand.
 */
import { accountsSql, Language } from "../../core";
import { PrepareError } from "../errors";
import { HEADERS } from "./headers";
import type { PrepareState } from "./prepareState";
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

/** Where "Copy as SQL" puts the query (the browser's clipboard where the pane may write to it). */
export interface TextClipboard {
  writeText(text: string): Promise<void>;
}

/** The query for the chosen review date (else the latest order date) and window, to the clipboard when there is one. */
export async function copyAsSql(
  state: PrepareState,
  lang: Language,
  clipboard: TextClipboard | null,
): Promise<{ text: string; copied: boolean }> {
  const asOf = state.reviewDate ?? state.latestDate;
  if (!asOf) throw new PrepareError("noReviewDate");
  const text = warehouseSql(state, asOf, lang);
  let copied = false;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false; // e.g. no permission in an iframe: the text is shown to copy by hand
    }
  }
  return { text, copied };
}
