import * as React from "react";
import { Button, Field, makeStyles, Slider, Text, tokens } from "@fluentui/react-components";
import type { Language } from "../../core";
import { WEIGHTS_STRINGS } from "../../app/i18n/weightsStrings";
import { derive, Derived, pairsOf, ratioToSlider, SLIDER_MAX, SLIDER_MIN, sliderToRatio } from "../../app/weights/pairwise";
import type { PairJudgement, WeightAxis } from "../../app/settings/pairwise";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  slider: { minWidth: 0, width: "100%" },
  weights: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * "Derive weights" for one axis: a compact list of pairs with one slider each (Saaty's 1/9..9),
 * the weights and the consistency ratio live, the most inconsistent comparison named when CR > 0.1,
 * "Use these weights" and "Write to sheet". The judgements live in the settings (stored with them).
 */
export function DeriveWeights(props: {
  axis: WeightAxis;
  axisName: string;
  columns: string[];
  stored: PairJudgement[] | undefined;
  lang: Language;
  onJudgements: (pairs: PairJudgement[]) => void;
  onUse: (derived: Derived) => void;
  onWrite: (pairs: PairJudgement[], derived: Derived) => Promise<string>;
}) {
  const styles = useStyles();
  const section = useSectionStyles();
  const w = WEIGHTS_STRINGS[props.lang];
  const [open, setOpen] = React.useState(false);
  const [status, setStatus] = React.useState<string | null>(null);
  const pairs = React.useMemo(() => pairsOf(props.columns, props.stored), [props.columns, props.stored]);
  const derived = React.useMemo(() => (open ? derive(props.columns, pairs) : null), [open, props.columns, pairs]);
  const percent = React.useMemo(
    () => new Intl.NumberFormat(props.lang, { style: "percent", maximumFractionDigits: 1 }).format,
    [props.lang],
  );

  const setRatio = (index: number, step: number) => {
    setStatus(null);
    props.onJudgements(pairs.map((p, i) => (i === index ? { ...p, ratio: sliderToRatio(step) } : p)));
  };
  const write = async () => {
    if (!derived) return;
    try {
      setStatus(w.writtenTo(await props.onWrite(pairs, derived)));
    } catch {
      setStatus(w.writeFailed);
    }
  };

  return (
    <div>
      <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {w.deriveOf(props.axisName)}
      </Button>
      {open && (
        <div className={styles.panel} role="group" aria-label={w.deriveOf(props.axisName)}>
          {props.columns.length < 2 ? (
            <Text className={section.hint}>{w.needTwo}</Text>
          ) : (
            <>
              <Text className={section.hint}>{w.deriveHint}</Text>
              {pairs.map((p, i) => (
                <Field key={`${p.a}\u0000${p.b}`} label={w.pair(p.a, p.b, p.ratio)}>
                  <Slider
                    size="small"
                    className={styles.slider}
                    aria-label={w.pairOf(p.a, p.b)}
                    aria-valuetext={w.pair(p.a, p.b, p.ratio)}
                    min={SLIDER_MIN}
                    max={SLIDER_MAX}
                    step={1}
                    value={ratioToSlider(p.ratio)}
                    onChange={(_, d) => setRatio(i, d.value)}
                  />
                </Field>
              ))}
              {derived && (
                <>
                  <Text weight="semibold">{w.derivedWeights}</Text>
                  <ul className={styles.weights} aria-label={w.derivedWeights}>
                    {derived.columns.map((c, i) => (
                      <li key={c}>{`${c}: ${percent(derived.weights[i])}`}</li>
                    ))}
                  </ul>
                  <Text role="status" className={derived.cr > 0.1 ? styles.warning : undefined}>
                    {w.consistency(derived.cr)}
                  </Text>
                  {derived.inconsistent && (
                    <Text className={styles.warning}>
                      {w.contradicts(derived.inconsistent.a, derived.inconsistent.b, derived.inconsistent.via)}
                    </Text>
                  )}
                  <div className={section.row}>
                    <Button
                      size="small"
                      appearance="primary"
                      onClick={() => {
                        props.onUse(derived);
                        setStatus(w.used);
                      }}
                    >
                      {w.use}
                    </Button>
                    <Button size="small" onClick={() => void write()}>
                      {w.writeToSheet}
                    </Button>
                  </div>
                </>
              )}
              {status && <Text className={section.hint}>{status}</Text>}
            </>
          )}
        </div>
      )}
    </div>
  );
}
