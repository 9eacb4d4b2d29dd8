import * as React from "react";
import { Field, Input, makeStyles, ProgressBar, Slider, Text, tokens } from "@fluentui/react-components";
import type { PaneState } from "../../app/paneState";
import type { UiStrings } from "../../app/i18n/strings";
import { MAX_ROBUSTNESS, Settings } from "../../app/settings/settings";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 4.5rem", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Weight uncertainty for the Stability column, and how far its computation is. */
export function RobustnessSection(props: { state: PaneState; t: UiStrings; onSettings: (change: (s: Settings) => Settings) => void }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const { t, state } = props;
  const value = state.settings.robustness;
  const [text, setText] = React.useState(String(value));
  const [shown, setShown] = React.useState(value);
  if (shown !== value) {
    // The setting changed elsewhere (stored settings, another pane): show it.
    setShown(value);
    setText(String(value));
  }
  const set = (x: number) => props.onSettings((s) => ({ ...s, robustness: x }));
  const number = Number(text.replace(",", "."));
  const valid = text.trim() !== "" && Number.isFinite(number) && number >= 0 && number <= MAX_ROBUSTNESS;
  const { stability } = state.whatIf;
  return (
    <div className={styles.section}>
      <Field label={t.robustnessOf} validationMessage={valid ? undefined : t.robustnessInvalid}>
        <div className={own.row}>
          <Slider aria-label={t.robustnessOf} min={0} max={MAX_ROBUSTNESS} step={5} value={value} onChange={(_, d) => set(d.value)} />
          <Input
            type="number"
            aria-label={t.robustnessOf}
            min={0}
            max={MAX_ROBUSTNESS}
            value={text}
            onChange={(_, d) => {
              setText(d.value);
              const x = Number(d.value.replace(",", "."));
              if (d.value.trim() !== "" && Number.isFinite(x) && x >= 0 && x <= MAX_ROBUSTNESS) set(x);
            }}
          />
        </div>
      </Field>
      <Text className={styles.hint}>{t.robustnessHint(value)}</Text>
      {stability.status === "running" && (
        <div aria-live="polite">
          <Text className={styles.hint}>{t.stabilityRunning}</Text>
          {stability.progress !== null && <ProgressBar value={stability.progress} max={1} aria-label={t.stabilityRunning} />}
        </div>
      )}
      {stability.status === "done" && stability.borderline !== null && (
        <Text aria-live="polite">{t.borderline(stability.borderline, value)}</Text>
      )}
    </div>
  );
}
