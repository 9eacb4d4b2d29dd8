import * as React from "react";
import { Select, Text } from "@fluentui/react-components";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import type { ColumnMapping } from "../../app/prepare/columns";
import type { Picked } from "../../app/prepare/prepareState";
import { columnLabels } from "../../app/settings/mapping";
import type { LineRole } from "../../app/settings/prepare";

const NO_COLUMN = "\u0000none"; // cannot clash with a column index

/** Which column of a picked raw input holds each role; the required roles are marked. */
export function RoleMapping<R extends LineRole>(props: {
  t: PrepareStrings;
  picked: Picked<R>;
  roles: readonly R[];
  required: readonly R[];
  onMap: (role: R, column: number | undefined) => void;
}) {
  const { t, picked } = props;
  const labels = columnLabels(picked.table.headers);
  const mapping = picked.mapping as ColumnMapping<R>;
  return (
    <fieldset
      aria-label={t.columns}
      style={{
        border: "none",
        margin: 0,
        padding: 0,
        display: "grid",
        gridTemplateColumns: "auto 1fr",
        gap: "4px 8px",
        alignItems: "center",
      }}
    >
      {props.roles.map((role) => {
        const name = t.roles[role];
        return (
          <React.Fragment key={role}>
            <Text>{props.required.includes(role) ? `${name} ${t.required}` : name}</Text>
            <Select
              aria-label={t.columnOf(name)}
              value={mapping[role] === undefined ? NO_COLUMN : String(mapping[role])}
              onChange={(_, d) => props.onMap(role, d.value === NO_COLUMN ? undefined : Number(d.value))}
            >
              <option value={NO_COLUMN}>{t.noColumn}</option>
              {labels.map((l, j) => (
                <option key={j} value={String(j)}>
                  {l}
                </option>
              ))}
            </Select>
          </React.Fragment>
        );
      })}
    </fieldset>
  );
}
