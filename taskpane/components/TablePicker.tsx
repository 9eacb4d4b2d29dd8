import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import type { Picked } from "../../app/prepare/prepareState";
import type { LineRole } from "../../app/settings/prepare";
import type { SourceRef } from "../../app/workbook/workbook";
import { useSectionStyles } from "./styles";

const SELECTION = "\u0000selection"; // cannot clash with a table name
const NONE = "\u0000none";

export interface TablePickerProps {
  label: string;
  t: PrepareStrings;
  tables: string[];
  picked: Picked<LineRole> | null;
  /** An optional input: the choice that means none. */
  noneLabel?: string;
  disabled: boolean;
  /** null: none. */
  onPick: (ref: SourceRef | null) => void;
}

/** One raw input of "Prepare data": a native table, the selection, or (when optional) none. */
export function TablePicker(props: TablePickerProps) {
  const styles = useSectionStyles();
  const { t, picked } = props;
  const value = picked ? ("tableName" in picked.source ? picked.source.tableName : SELECTION) : props.noneLabel ? NONE : SELECTION;
  // A table picked before the pane's list was read again (just inserted) is still shown as chosen.
  const tables = value === SELECTION || value === NONE || props.tables.includes(value) ? props.tables : [...props.tables, value];
  const refOf = (v: string): SourceRef | null => (v === NONE ? null : v === SELECTION ? { selection: true } : { tableName: v });
  return (
    <>
      <Field label={props.label}>
        <Select value={value} disabled={props.disabled} onChange={(_, d) => props.onPick(refOf(d.value))}>
          {props.noneLabel && <option value={NONE}>{props.noneLabel}</option>}
          <option value={SELECTION}>{t.selectionOption}</option>
          {tables.map((name) => (
            <option key={name} value={name}>
              {`${t.nativeTable} ${name}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        {picked && <Text className={styles.hint}>{t.pickedAt(picked.table.address, picked.table.rows.length)}</Text>}
        <Button
          size="small"
          disabled={props.disabled}
          onClick={() => props.onPick({ selection: true })}
          aria-label={`${t.useSelection}: ${props.label}`}
        >
          {t.useSelection}
        </Button>
      </div>
    </>
  );
}
