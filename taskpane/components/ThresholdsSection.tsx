import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { Language, LANGUAGES } from "../../core";
import type { UiStrings } from "../../app/i18n/strings";
import type { Settings } from "../../app/settings/settings";
import { useSectionStyles } from "./styles";
import { ThresholdField } from "./ThresholdField";

/** Where the quadrants split, and the language the sheet is written in. */
export function ThresholdsSection(props: { settings: Settings; t: UiStrings; onSettings: (change: (s: Settings) => Settings) => void }) {
  const styles = useSectionStyles();
  const { settings, t } = props;
  return (
    <section className={styles.section} aria-label={t.thresholds}>
      <ThresholdField
        axis={t.axes.value}
        value={settings.valueThreshold}
        t={t}
        onChange={(v) => props.onSettings((s) => ({ ...s, valueThreshold: v }))}
      />
      <ThresholdField
        axis={t.axes.engagement}
        value={settings.engagementThreshold}
        t={t}
        onChange={(v) => props.onSettings((s) => ({ ...s, engagementThreshold: v }))}
      />
      <Field label={t.labelLanguage}>
        <Select value={settings.language} onChange={(_, d) => props.onSettings((s) => ({ ...s, language: d.value as Language }))}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t.languages[l]}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
