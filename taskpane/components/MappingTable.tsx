import * as React from "react";
import { makeStyles, Select, Switch, Text, tokens } from "@fluentui/react-components";
import type { Axis } from "../../app/settings/mapping";
import type { CriterionSetting } from "../../app/settings/settings";
import type { UiStrings } from "../../app/i18n/strings";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 8.5rem",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  switch: { gridColumn: "1 / span 2" },
});

const AXES: Axis[] = ["value", "engagement", "ignore"];

/** One line per column: which axis it feeds and whether lower is better. */
export function MappingTable(props: {
  criteria: CriterionSetting[];
  t: UiStrings;
  onChange: (column: string, patch: Partial<CriterionSetting>) => void;
}) {
  const styles = useStyles();
  const { t } = props;
  return (
    <div role="list" aria-label={t.data}>
      {props.criteria.map((c) => (
        <div role="listitem" key={c.column} className={styles.item}>
          <Text className={styles.name}>{c.column}</Text>
          <Select aria-label={t.axisOf(c.column)} value={c.axis} onChange={(_, d) => props.onChange(c.column, { axis: d.value as Axis })}>
            {AXES.map((a) => (
              <option key={a} value={a}>
                {t.axes[a]}
              </option>
            ))}
          </Select>
          {c.axis !== "ignore" && (
            <Switch
              className={styles.switch}
              label={t.lowerIsBetter}
              aria-label={t.lowerIsBetterOf(c.column)}
              checked={c.lowerIsBetter}
              onChange={(_, d) => props.onChange(c.column, { lowerIsBetter: d.checked })}
            />
          )}
        </div>
      ))}
    </div>
  );
}
