import * as React from "react";
import { Field, Input, makeStyles, Slider, tokens } from "@fluentui/react-components";
import { MAX_WEIGHT } from "../../app/settings/settings";
import type { UiStrings } from "../../app/i18n/strings";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 4.5rem", gap: tokens.spacingHorizontalS, alignItems: "center" },
  slider: { minWidth: 0 },
});

/** A criterion's weight as a slider and a number; both edit the same value. */
export function WeightRow(props: { column: string; weight: number; t: UiStrings; onChange: (weight: number) => void }) {
  const styles = useStyles();
  const { t } = props;
  const [text, setText] = React.useState(String(props.weight));
  // A weight changed elsewhere (slider, preset) replaces the typed text: adjusted while rendering,
  // as React advises for state that follows a prop, not in an effect.
  const [shown, setShown] = React.useState(props.weight);
  if (shown !== props.weight) {
    setShown(props.weight);
    setText(String(props.weight));
  }
  const number = Number(text.replace(",", "."));
  const valid = text.trim() !== "" && Number.isFinite(number) && number >= 0 && number <= MAX_WEIGHT;
  return (
    <Field label={props.column} validationMessage={valid ? undefined : t.weightInvalid}>
      <div className={styles.row}>
        <Slider
          size="small"
          className={styles.slider}
          aria-label={t.weightOf(props.column)}
          min={0}
          max={MAX_WEIGHT}
          step={0.5}
          value={Math.min(MAX_WEIGHT, Math.max(0, props.weight))}
          onChange={(_, d) => props.onChange(d.value)}
        />
        <Input
          size="small"
          type="number"
          aria-label={t.weightOf(props.column)}
          min={0}
          max={MAX_WEIGHT}
          step={0.5}
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            const w = Number(d.value.replace(",", "."));
            if (d.value.trim() !== "" && Number.isFinite(w) && w >= 0 && w <= MAX_WEIGHT) props.onChange(w);
          }}
        />
      </div>
    </Field>
  );
}
