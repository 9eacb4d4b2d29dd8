import * as React from "react";
import type { Language } from "../../core";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import { ACCOUNTS_TABLE_PATTERN } from "../../app/prepare/accountsReport";
import { REQUIRED_ACTIVITY_ROLES, REQUIRED_ORDER_ROLES, REQUIRED_RATING_ROLES } from "../../app/prepare/columns";
import type { PrepareController } from "../../app/prepare/prepareController";
import type { Picked, PrepareState } from "../../app/prepare/prepareState";
import { ACTIVITY_ROLES, LineRole, ORDER_ROLES, RATING_ROLES } from "../../app/settings/prepare";
import { RatingCriteria } from "./RatingCriteria";
import { RoleMapping } from "./RoleMapping";
import { TablePicker, TablePickerProps } from "./TablePicker";

/** The three raw inputs (order lines, activity log, ratings), each with its column mapping; the ratings with their criteria. */
export function PrepareInputs(props: { t: PrepareStrings; s: PrepareState; prep: PrepareController; tables: string[]; lang: Language }) {
  const { t, s, prep } = props;
  // KAM Accounts is written from the raw tables, never one of them: not offered (Prepare refuses it).
  const rawTables = props.tables.filter((name) => !ACCOUNTS_TABLE_PATTERN.test(name));
  return (
    <>
      <RawInput
        label={t.ordersTable}
        t={t}
        tables={rawTables}
        picked={s.orders}
        disabled={s.busy}
        onPick={(ref) => {
          if (ref) void prep.pickOrders(ref); // the order lines are never none
        }}
        roles={ORDER_ROLES}
        required={REQUIRED_ORDER_ROLES}
        onMap={(r, c) => prep.mapOrders(r, c)}
      />
      <RawInput
        label={t.activityTable}
        t={t}
        tables={rawTables}
        picked={s.activity}
        noneLabel={t.noActivity}
        disabled={s.busy || !s.orders}
        onPick={(ref) => void prep.pickActivity(ref)}
        roles={ACTIVITY_ROLES}
        required={REQUIRED_ACTIVITY_ROLES}
        onMap={(r, c) => prep.mapActivity(r, c)}
      />
      <RawInput
        label={t.ratingsTable}
        t={t}
        tables={props.tables}
        picked={s.ratings}
        noneLabel={t.noRatings}
        disabled={s.busy || !s.orders}
        onPick={(ref) => void prep.pickRatings(ref)}
        roles={RATING_ROLES}
        required={REQUIRED_RATING_ROLES}
        onMap={(r, c) => prep.mapRatings(r, c)}
      />
      {s.ratings && (
        <RatingCriteria
          t={t}
          lang={props.lang}
          ratings={s.ratings}
          onChange={(column, choice) => prep.setRatingCriterion(column, choice)}
        />
      )}
    </>
  );
}

/** One raw input: where it is read from, then (once picked) which column holds each role. */
function RawInput<R extends LineRole>(
  props: Omit<TablePickerProps, "picked"> & {
    picked: Picked<R> | null;
    roles: readonly R[];
    required: readonly R[];
    onMap: (role: R, column: number | undefined) => void;
  },
) {
  const { picked, roles, required, onMap, ...table } = props;
  return (
    <>
      <TablePicker {...table} picked={picked} />
      {picked && <RoleMapping t={props.t} picked={picked} roles={roles} required={required} onMap={onMap} />}
    </>
  );
}
