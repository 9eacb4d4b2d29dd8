import * as React from "react";
import { Button, Checkbox, Field, makeStyles, SearchBox, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { Language, Quadrant, quadrantLabel } from "../../core";
import { PLAN_STRINGS } from "../../app/plan/strings";
import { perQuadrant, shownRows, SuggestPicker, tickedCount } from "../../app/plan/selection";
import { useSectionStyles } from "./styles";
import { useStore } from "../useStore";

const useStyles = makeStyles({
  // A short scrolling list: at most SHOWN_LIMIT rows are drawn, whatever the number of accounts.
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "220px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: { display: "flex", alignItems: "center", minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
});

/** The accounts "Suggest actions" is for: ticks (pre-ticked with the default), a search box, quadrant filters and the count. */
export function SuggestPickerList(props: { picker: SuggestPicker; lang: Language; disabled: boolean }) {
  const section = useSectionStyles();
  const styles = useStyles();
  const t = PLAN_STRINGS[props.lang];
  const { picker } = props;
  const state = useStore(picker);
  const { rows, matching } = shownRows(state);
  const counts = perQuadrant(state);
  return (
    <div role="group" aria-label={t.pickLabel} className={section.section} style={{ padding: 0, borderBottom: "none" }}>
      <Text weight="semibold" aria-live="polite">
        {t.selected(tickedCount(state))}
      </Text>
      <Field label={t.search}>
        <SearchBox size="small" value={state.query} onChange={(_, d) => picker.setQuery(d.value)} />
      </Field>
      <div className={section.row}>
        {([1, 2, 3, 4] as Quadrant[]).map((q) => (
          <ToggleButton key={q} size="small" checked={state.quadrants.has(q)} onClick={() => picker.toggleQuadrant(q)}>
            {t.quadrantFilter(q, quadrantLabel(q, props.lang), counts[q - 1])}
          </ToggleButton>
        ))}
      </div>
      <div className={section.row}>
        <Button size="small" disabled={props.disabled || matching === 0} onClick={() => picker.tickMatching(true)}>
          {t.tickShown}
        </Button>
        <Button size="small" disabled={props.disabled || matching === 0} onClick={() => picker.tickMatching(false)}>
          {t.clearShown}
        </Button>
        <Button size="small" disabled={props.disabled} onClick={() => picker.reset()}>
          {t.defaultTicks}
        </Button>
      </div>
      {rows.length === 0 ? (
        <Text className={section.hint}>{t.noMatch}</Text>
      ) : (
        <ul className={styles.list} aria-label={t.pickLabel}>
          {rows.map((c) => (
            <li key={c.key} className={styles.item}>
              <Checkbox
                checked={state.ticked.has(c.key)}
                disabled={props.disabled}
                onChange={() => picker.toggle(c.key)}
                label={
                  <>
                    <span className={styles.name}>{c.name}</span>{" "}
                    <span className={styles.meta}>
                      {[
                        `${c.quadrant} ${quadrantLabel(c.quadrant, props.lang)}`,
                        c.overridden ? t.overridden : "",
                        c.owner,
                        c.open ? t.openActions(c.open) : "",
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </>
                }
              />
            </li>
          ))}
        </ul>
      )}
      {matching > rows.length && <Text className={section.hint}>{t.moreRows(rows.length, matching)}</Text>}
    </div>
  );
}
