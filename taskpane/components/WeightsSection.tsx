import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { METHODS, Method, MISSING_POLICIES, MissingPolicy } from "../../core";
import type { UiStrings } from "../../app/i18n/strings";
import { PRESETS, Preset } from "../../app/settings/presets";
import { criteriaOn, Settings } from "../../app/settings/settings";
import { useSectionStyles } from "./styles";
import { WeightRow } from "./WeightRow";

export function WeightsSection(props: {
  settings: Settings;
  t: UiStrings;
  onPreset: (preset: Preset) => void;
  onWeight: (column: string, weight: number) => void;
  onSettings: (change: (s: Settings) => Settings) => void;
}) {
  const styles = useSectionStyles();
  const { settings, t } = props;
  const axis = (key: "value" | "engagement") => {
    const criteria = criteriaOn(settings, key);
    return (
      <div key={key}>
        <Text weight="semibold">{t.axes[key]}</Text>
        {criteria.length === 0 ? (
          <Text as="p" className={styles.hint}>
            {t.noCriteriaOn(t.axes[key])}
          </Text>
        ) : (
          criteria.map((c) => (
            <WeightRow key={c.column} column={c.column} weight={c.weight} t={t} onChange={(w) => props.onWeight(c.column, w)} />
          ))
        )}
      </div>
    );
  };
  return (
    <section className={styles.section} aria-label={t.weights}>
      {/* The value weights first, right under the preview; presets below them. */}
      {axis("value")}
      {axis("engagement")}
      <Text className={styles.hint}>{t.weightHint}</Text>
      <div className={styles.row} role="group" aria-label={t.presetGroup}>
        {PRESETS.map((p) => (
          <Button key={p} size="small" onClick={() => props.onPreset(p)}>
            {t.presets[p]}
          </Button>
        ))}
      </div>
      <Field label={t.method}>
        <Select value={settings.method} onChange={(_, d) => props.onSettings((s) => ({ ...s, method: d.value as Method }))}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t.methods[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.missing}>
        <Select value={settings.missing} onChange={(_, d) => props.onSettings((s) => ({ ...s, missing: d.value as MissingPolicy }))}>
          {MISSING_POLICIES.map((m) => (
            <option key={m} value={m}>
              {t.missingPolicies[m]}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
