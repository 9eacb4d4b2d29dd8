/**
 * The preparation the settings keep for Refresh: the inputs' sources, mappings and criteria by
 * header, the review date, the window; and those inputs read again from the workbook.
 */
import { columnLabels } from "../settings/mapping";
import type { PrepareSettings } from "../settings/prepare";
import type { Workbook } from "../workbook/workbook";
import { mapActivityColumns, mapOrderColumns } from "./columns";
import type { PrepareState } from "./prepareState";
import { readStored } from "./rawInputs";
import { storedRatings } from "./ratingsChoice";
import { checkPositions, resolveMapping, storeMapping } from "./storedMapping";

/** The stored inputs read again, mapped by header; refused when a column moved or a table is gone. */
export async function readStoredInputs(
  workbook: Workbook,
  stored: PrepareSettings,
): Promise<Pick<PrepareState, "orders" | "activity" | "ratings" | "reviewDate" | "months" | "excludeInvalid">> {
  const orders = await readStored(workbook, stored.orders.source);
  const activity = stored.activity ? await readStored(workbook, stored.activity.source) : null;
  checkPositions(orders.headers, stored.orders, orders.address);
  if (activity && stored.activity) checkPositions(activity.headers, stored.activity, activity.address);
  const ratings = stored.ratings ? await readStored(workbook, stored.ratings.source) : null;
  return {
    orders: {
      table: orders,
      source: stored.orders.source,
      mapping: resolveMapping(orders.headers, stored.orders.mapping, mapOrderColumns(orders.headers)),
    },
    activity:
      activity && stored.activity
        ? {
            table: activity,
            source: stored.activity.source,
            mapping: resolveMapping(activity.headers, stored.activity.mapping, mapActivityColumns(activity.headers)),
          }
        : null,
    ratings: ratings && stored.ratings ? storedRatings(ratings, stored.ratings) : null,
    reviewDate: stored.reviewDate,
    months: stored.months,
    excludeInvalid: stored.excludeInvalid,
  };
}

/** What the settings keep of the current preparation (the order lines are chosen). */
export function preparationToStore(state: PrepareState): PrepareSettings {
  const { orders, activity, ratings } = state;
  return {
    orders: {
      source: orders!.source,
      mapping: storeMapping(orders!.table.headers, orders!.mapping),
      headers: columnLabels(orders!.table.headers),
    },
    ...(activity
      ? {
          activity: {
            source: activity.source,
            mapping: storeMapping(activity.table.headers, activity.mapping),
            headers: columnLabels(activity.table.headers),
          },
        }
      : {}),
    ...(ratings
      ? {
          ratings: {
            source: ratings.source,
            mapping: storeMapping(ratings.table.headers, ratings.mapping),
            criteria: ratings.criteria.map((c) => ({ header: c.header, method: c.method })),
          },
        }
      : {}),
    reviewDate: state.reviewDate,
    months: state.months,
    excludeInvalid: state.excludeInvalid,
  };
}
