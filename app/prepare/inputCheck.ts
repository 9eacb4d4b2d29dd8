/** The quality report and the latest order date for the current choice of inputs; nothing is written. */
import { isoDate, toSerial } from "../../core";
import type { ActivityRole, OrderRole } from "../settings/prepare";
import type { Picked, PrepareState } from "./prepareState";
import { CheckedLines, checkLines } from "./quality";
import { linesOf, ratingsOf } from "./rawInputs";
import { ratingQuality } from "./ratingsInput";

/** The lines of a check, with the order lines and activity log they were read from. */
export interface CheckedInputs {
  orders: Picked<OrderRole>;
  activity: Picked<ActivityRole> | null;
  lines: CheckedLines;
}

/** The check of the current choice: what the pane shows, and the lines kept for the write right after. */
export function checkInputs(state: PrepareState): {
  checked: CheckedInputs | null;
  shown: Pick<PrepareState, "quality" | "latestDate" | "sql">;
} {
  const { orders, activity } = state;
  if (!orders || orders.mapping.account === undefined || orders.mapping.date === undefined || orders.mapping.amount === undefined) {
    return { checked: null, shown: { quality: null, latestDate: null, sql: null } };
  }
  const a = activity && activity.mapping.account !== undefined && activity.mapping.date !== undefined ? linesOf(activity) : undefined;
  const checked = checkLines(linesOf(orders), a);
  const { latest } = checked;
  // Kept for "Prepare accounts" and Refresh right after: the same lines are not read twice.
  const kept = { orders, activity: a ? activity : null, lines: { ...checked, quality: { ...checked.quality } } };
  const quality = checked.quality;
  const { ratings } = state;
  if (ratings && ratings.mapping.account !== undefined) {
    const asOf = state.reviewDate ? toSerial(state.reviewDate) : latest;
    quality.ratings = ratingQuality(ratingsOf(ratings), { asOf: Number.isNaN(asOf) ? undefined : asOf, months: state.months });
  }
  return { checked: kept, shown: { quality, latestDate: Number.isNaN(latest) ? null : isoDate(latest), sql: null } };
}

/** The lines of the last check when it was of these inputs (undefined: they are read again). */
export function linesChecked(
  checked: CheckedInputs | null,
  orders: Picked<OrderRole>,
  activity: Picked<ActivityRole> | null,
): CheckedLines | undefined {
  return checked && checked.orders === orders && checked.activity === activity ? checked.lines : undefined;
}
