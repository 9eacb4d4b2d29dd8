/**
 * KAM.ACCOUNTS, KAM.ACTIVITY and KAM.RATINGS: order lines, activity lines and responses handed to the cores (src/accounts.ts,
 * src/activity.ts) with the host's time zone for date objects. An error cell in a line arrives as
 * `{ code: "#N/A" }` (role "line", arguments.ts), which is no account, date or amount: the line is
 * invalid and the #VALUE! names the line, the field and the error literal.
 */
import { accountsTable, activityTable, isOmitted, KamError, Messages, RatingMethod, ratingsTable } from "../core";
import { toHostMatrix } from "./host-errors";
import { hostTimeZone } from "./time-zone";

/** A required line column left out (`=KAM.ACCOUNTS(A2:A9, , C2:C9)`) is an empty range, not one blank line. */
function required(v: unknown, name: string): unknown {
  if (v === null || v === undefined) throw new KamError("VALUE", Messages.emptyRange(name));
  return v;
}

const omitted = (v: unknown) => (isOmitted(v) ? undefined : v);

export function accountsBody(
  accounts: unknown,
  dates: unknown,
  amounts: unknown,
  profits: unknown,
  asOf: unknown,
  months: unknown,
  categories: unknown,
  orders: unknown,
): unknown[][] {
  const table = accountsTable(
    {
      accounts: required(accounts, "accounts"),
      dates: required(dates, "dates"),
      amounts: required(amounts, "amounts"),
      profits: omitted(profits),
      asOf,
      months,
      categories: omitted(categories),
      orders: omitted(orders),
    },
    { timeZone: hostTimeZone() },
  );
  return toHostMatrix(table);
}

export function activityBody(
  accounts: unknown,
  dates: unknown,
  asOf: unknown,
  months: unknown,
  types: unknown,
  typeWeights: unknown,
): unknown[][] {
  const table = activityTable(
    { accounts: required(accounts, "accounts"), dates: required(dates, "dates"), asOf, months, types: omitted(types), typeWeights },
    { timeZone: hostTimeZone() },
  );
  return toHostMatrix(table);
}

export function ratingsBody(
  accounts: unknown,
  scores: unknown,
  raters: unknown,
  dates: unknown,
  asOf: unknown,
  months: unknown,
  method: RatingMethod,
  headers: unknown,
): unknown[][] {
  const table = ratingsTable(
    {
      accounts: required(accounts, "accounts"),
      scores: required(scores, "scores"),
      raters: omitted(raters),
      dates: omitted(dates),
      asOf,
      months,
      method,
      headers: omitted(headers),
    },
    { timeZone: hostTimeZone() },
  );
  return toHostMatrix(table);
}
