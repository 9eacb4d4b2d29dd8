import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { Language, METHODS, Method, MISSING_POLICIES, MissingPolicy } from "../../core";
import { rhoText, WEIGHTS_STRINGS } from "../../app/i18n/weightsStrings";
import type { Derived } from "../../app/weights/pairwise";
import type { PairJudgement, WeightAxis } from "../../app/settings/pairwise";
import { DeriveWeights } from "./DeriveWeights";
import type { Coherence } from "./useCoherence";
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
  // ---- derive weights and the coherence check
  lang: Language;
  coherence: Coherence | null;
  onJudgements: (axis: WeightAxis, pairs: PairJudgement[]) => void;
  onUseDerived: (derived: Derived) => void;
  onWritePairwise: (axis: WeightAxis, pairs: PairJudgement[], derived: Derived) => Promise<string>;
}) {
  const styles = useSectionStyles();
  const { settings, t } = props;
  const w = WEIGHTS_STRINGS[props.lang];
  const axis = (key: "value" | "engagement") => {
    const criteria = criteriaOn(settings, key);
    const strong = props.coherence?.[key].strong ?? [];
    return (
      <div key={key}>
        <Text weight="semibold">{t.axes[key]}</Text>
        {criteria.length === 0 ? (
          <Text as="p" className={styles.hint}>
            {t.noCriteriaOn(t.axes[key])}
          </Text>
        ) : (
          criteria.map((c) => (
            <WeightRow key={c.column} column={c.column} weight={c.weight} t={t} onChange={(x) => props.onWeight(c.column, x)} />
          ))
        )}
        {strong.length > 0 && (
          <ul className={styles.list} aria-label={`${w.coherence}: ${t.axes[key]}`}>
            {strong.map((p) => (
              <li key={`${p.a}\u0000${p.b}`}>
                <Text size={200}>{w.together(p.a, p.b, rhoText(p.rho, props.lang))}</Text>
              </li>
            ))}
          </ul>
        )}
        <DeriveWeights
          axis={key}
          axisName={t.axes[key]}
          columns={criteria.map((c) => c.column)}
          stored={settings.pairwise?.[key]}
          lang={props.lang}
          onJudgements={(pairs) => props.onJudgements(key, pairs)}
          onUse={props.onUseDerived}
          onWrite={(pairs, derived) => props.onWritePairwise(key, pairs, derived)}
        />
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
