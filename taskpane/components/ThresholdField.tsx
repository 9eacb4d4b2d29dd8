import * as React from "react";
import { Field, Input, Select } from "@fluentui/react-components";
import type { Threshold } from "../../core";
import type { UiStrings } from "../../app/i18n/strings";

type Mode = "fifty" | "median" | "mean" | "number";
const modeOf = (t: Threshold): Mode => (t === "median" || t === "mean" ? t : t === 50 ? "fifty" : "number");

/** One axis's threshold: 50, the median or mean of the accounts, or a number of the user's. */
export function ThresholdField(props: { axis: string; value: Threshold; t: UiStrings; onChange: (t: Threshold) => void }) {
  const { t } = props;
  const [mode, setMode] = React.useState<Mode>(modeOf(props.value));
  const [text, setText] = React.useState(typeof props.value === "number" ? String(props.value) : "50");
  const number = Number(text.replace(",", "."));
  const valid = text.trim() !== "" && Number.isFinite(number) && number >= 0 && number <= 100;
  const choose = (m: Mode) => {
    setMode(m);
    if (m === "fifty") props.onChange(50);
    else if (m === "median" || m === "mean") props.onChange(m);
    else if (valid) props.onChange(number);
  };
  return (
    <>
      <Field label={t.thresholdOf(props.axis)}>
        <Select value={mode} onChange={(_, d) => choose(d.value as Mode)}>
          {(["fifty", "median", "mean", "number"] as Mode[]).map((m) => (
            <option key={m} value={m}>
              {t.thresholdModes[m]}
            </option>
          ))}
        </Select>
      </Field>
      {mode === "number" && (
        <Field label={t.thresholdNumberOf(props.axis)} validationMessage={valid ? undefined : t.thresholdInvalid}>
          <Input
            type="number"
            min={0}
            max={100}
            value={text}
            onChange={(_, d) => {
              setText(d.value);
              const x = Number(d.value.replace(",", "."));
              if (d.value.trim() !== "" && Number.isFinite(x) && x >= 0 && x <= 100) props.onChange(x);
            }}
          />
        </Field>
      )}
    </>
  );
}
