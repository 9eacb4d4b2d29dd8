import * as React from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { isKamError, Language, Scored } from "../../core";
import type { AccountCard as Card, AxisCard } from "../../app/card";
import { accountErrorText } from "../../app/i18n/errors";
import type { UiStrings } from "../../app/i18n/strings";
import { QUADRANT_COLORS } from "../../app/report/colors";
import { isBorderline } from "../../app/report/borderline";
import { useSectionStyles } from "./styles";
import { WEIGHTS_STRINGS } from "../../app/i18n/weightsStrings";
import type { AxisCoherence } from "../../app/weights/coherence";
import { CorrelationTable } from "./CorrelationTable";
import type { Coherence } from "./useCoherence";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  facts: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", gap: `0 ${tokens.spacingHorizontalS}`, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, overflowWrap: "anywhere" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", borderRadius: "2px" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3, padding: "2px 2px" },
  td: { padding: "2px 2px", verticalAlign: "top", overflowWrap: "anywhere" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  bar: { height: "8px", backgroundColor: tokens.colorBrandBackground, borderRadius: "2px", minWidth: "1px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

type Format = (x: number) => string;

/** Why the selected account sits where it sits, and what would move it. Text only, never markup. */
export function AccountCard(props: { card: Card; t: UiStrings; lang: Language; coherence?: Coherence | null; onClose: () => void }) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { card, t, lang } = props;
  const pts = React.useMemo(() => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format, [lang]);
  const raw = React.useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format, [lang]);
  const name = String(card.name ?? "");
  return (
    <section className={`${section.section} ${styles.card}`} aria-label={t.cardTitle(name)}>
      <div className={styles.head}>
        <h3 className={styles.name}>{t.cardTitle(name)}</h3>
        <Button size="small" appearance="subtle" aria-label={t.closeCard} onClick={props.onClose}>
          ✕
        </Button>
      </div>
      {!card.scored ? (
        <Text>{t.notScoredCard(accountErrorText(card.error, lang))}</Text>
      ) : (
        <>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t.quadrant}</dt>
            <dd className={styles.detail}>
              <span className={styles.swatch} style={{ backgroundColor: QUADRANT_COLORS[card.quadrant] }} aria-hidden="true" />
              {`${card.quadrant}: ${card.label}`}
            </dd>
            <dt className={styles.term}>{t.priority}</dt>
            <dd className={styles.detail}>{String(card.priority)}</dd>
            <dt className={styles.term}>{t.stability}</dt>
            <dd className={styles.detail}>{stabilityText(card.stability, t, lang)}</dd>
          </dl>
          <AxisBlock title={t.axes.value} axis={card.value} t={t} pts={pts} raw={raw} />
          {props.coherence && <CorrelationToggle coherence={props.coherence.value} axisName={t.axes.value} lang={lang} />}
          <AxisBlock title={t.axes.engagement} axis={card.engagement} t={t} pts={pts} raw={raw} />
          {props.coherence && <CorrelationToggle coherence={props.coherence.engagement} axisName={t.axes.engagement} lang={lang} />}
          <div>
            <Text weight="semibold">{t.actions}</Text>
            <ul className={styles.list}>
              {card.actions.map((a) => (
                <li key={a.strategy}>
                  <Text size={200}>{`${a.strategy}: ${a.action}`}</Text>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}

/** The axis's correlation table, on request. */
function CorrelationToggle(props: { coherence: AxisCoherence; axisName: string; lang: Language }) {
  const [open, setOpen] = React.useState(false);
  const w = WEIGHTS_STRINGS[props.lang];
  if (props.coherence.columns.length < 2) return null;
  return (
    <div>
      <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? w.hideCorrelations(props.axisName) : w.showCorrelations(props.axisName)}
      </Button>
      {open && <CorrelationTable coherence={props.coherence} label={w.correlationsOf(props.axisName)} lang={props.lang} />}
    </div>
  );
}

function stabilityText(s: Scored | undefined, t: UiStrings, lang: Language): string {
  if (s === undefined) return t.stabilityPending;
  if (isKamError(s)) return accountErrorText(s, lang);
  const pct = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(s);
  return isBorderline(s) ? `${pct} (${t.stabilityBorderline})` : pct;
}

function AxisBlock(props: { title: string; axis: AxisCard; t: UiStrings; pts: Format; raw: Format }) {
  const styles = useStyles();
  const { axis, t, pts, raw } = props;
  const most = Math.max(1e-9, ...axis.criteria.map((c) => c.contribution));
  return (
    <div role="group" aria-label={props.title}>
      <Text as="p" weight="semibold" style={{ margin: 0 }}>{`${props.title}: ${pts(axis.score)}`}</Text>
      <Text as="p" size={200} style={{ margin: 0 }}>
        {axis.high ? t.aboveBy(pts(axis.gap), pts(axis.threshold)) : t.belowBy(pts(axis.gap), pts(axis.threshold))}
      </Text>
      <table className={styles.table}>
        <colgroup>
          <col style={{ width: "34%" }} />
          <col style={{ width: "20%" }} />
          <col style={{ width: "20%" }} />
          <col style={{ width: "26%" }} />
        </colgroup>
        <thead>
          <tr>
            <th className={styles.th} scope="col">
              {t.criterion}
            </th>
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {t.accountValue}
            </th>
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {t.median}
            </th>
            <th className={styles.th} scope="col">
              {t.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {axis.criteria.map((c) => (
            <tr key={c.name}>
              <td className={styles.td}>{c.lowerIsBetter ? `${c.name} (${t.lowerIsBetterShort})` : c.name}</td>
              <td className={`${styles.td} ${styles.num}`}>{c.raw === null ? t.noValue : raw(c.raw)}</td>
              <td className={`${styles.td} ${styles.num}`}>{raw(c.median)}</td>
              <td className={styles.td} aria-label={`${c.name}: ${pts(c.contribution)} ${t.points}`}>
                <div className={styles.bar} style={{ width: `${Math.max(0, (c.contribution / most) * 100)}%` }} aria-hidden="true" />
                <span>{pts(c.contribution)}</span>
                {c.rating && (
                  <Text as="p" size={100} style={{ margin: 0 }} weight={c.rating.discuss ? "semibold" : "regular"}>
                    {t.ratersSpread(c.rating.raters, raw(c.rating.lowest), raw(c.rating.highest), c.rating.discuss)}
                  </Text>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {axis.whatItTakes.length > 0 && (
        <div>
          <Text size={200} weight="semibold">
            {t.whatItTakes(props.title)}
          </Text>
          <ul className={styles.list} aria-label={t.whatItTakes(props.title)}>
            {axis.whatItTakes.map((w) => (
              <li key={w.criterion}>
                <Text
                  size={200}
                >{`${axis.criteria[w.criterion].name}: ${w.kind === "value" ? t.valueNeeded(raw(roundToward(w.value, w.direction)), w.direction, w.beyond) : t.unreachable}`}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The shown value (2 decimals) must still be enough: rounded up when more is better, down when less is. */
const roundToward = (v: number, direction: "up" | "down"): number =>
  direction === "up" ? Math.ceil(v * 100 - 1e-9) / 100 : Math.floor(v * 100 + 1e-9) / 100;
