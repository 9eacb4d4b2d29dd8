import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { PaneState } from "../../app/paneState";
import type { UiStrings } from "../../app/i18n/strings";
import { CriterionSetting, Settings, withNameColumn } from "../../app/settings/settings";
import type { SourceRef } from "../../app/workbook/workbook";
import { columnLabels } from "../../app/settings/mapping";
import { MappingTable } from "./MappingTable";
import { ProblemsList } from "./ProblemsList";
import { useSectionStyles } from "./styles";

const SELECTION = "\u0000selection"; // cannot clash with a table name

export function DataSection(props: {
  state: PaneState;
  t: UiStrings;
  onSource: (source: SourceRef) => void;
  onSettings: (change: (s: Settings) => Settings) => void;
  onCriterion: (column: string, patch: Partial<CriterionSetting>) => void;
}) {
  const styles = useSectionStyles();
  const { state, t } = props;
  const { table, settings } = state;
  const source = "tableName" in settings.source ? settings.source.tableName : SELECTION;
  const labels = table ? columnLabels(table.headers) : [];
  return (
    <section className={styles.section} aria-label={t.data}>
      <Field label={t.source}>
        <Select value={source} onChange={(_, d) => props.onSource(d.value === SELECTION ? { selection: true } : { tableName: d.value })}>
          <option value={SELECTION}>{t.selectionOption}</option>
          {state.tables.map((name) => (
            <option key={name} value={name}>
              {`${t.nativeTable} ${name}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Text className={styles.hint}>{table ? t.sourceAt(table.address, table.rows.length) : t.sourceNone}</Text>
        <Button size="small" onClick={() => props.onSource({ selection: true })}>
          {t.useSelection}
        </Button>
      </div>
      {table && (
        <>
          <Field label={t.nameColumn}>
            <Select
              value={settings.nameColumn ?? ""}
              onChange={(_, d) => props.onSettings((s) => withNameColumn(s, labels, d.value || null))}
            >
              <option value="">{t.noNameColumn}</option>
              {labels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          <MappingTable criteria={settings.criteria} t={t} onChange={props.onCriterion} />
          <ProblemsList problems={state.problems} t={t} />
        </>
      )}
    </section>
  );
}
