import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PaneState } from "../../app/paneState";
import type { UiStrings } from "../../app/i18n/strings";
import type { ChartPoint } from "../../app/report/types";
import { MatrixChart } from "./MatrixChart";

const useStyles = makeStyles({
  // Pinned to the top of the pane while the sections scroll under it: weights and matrix together.
  preview: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: "block" },
});

/** The compact matrix that follows every slider step; a click on a marker opens its card. */
export function MatrixPreview(props: { state: PaneState; t: UiStrings; onAccount: (account: number) => void }) {
  const styles = useStyles();
  const { t } = props;
  const { preview, stability } = props.state.whatIf;
  const { onAccount } = props;
  const onPoint = React.useCallback((p: ChartPoint) => p.account !== undefined && onAccount(p.account), [onAccount]);
  if (!props.state.table) return null;
  return (
    <section className={styles.preview} aria-label={t.previewLabel}>
      {preview ? (
        <MatrixChart spec={preview.spec} compact={t.previewLabel} onPoint={onPoint} />
      ) : (
        <Text className={styles.hint}>{t.previewNone}</Text>
      )}
      <Text className={styles.hint} aria-live="polite">
        {stability.status === "running"
          ? t.stabilityRunning
          : stability.borderline !== null
            ? t.borderline(stability.borderline, props.state.settings.robustness)
            : t.previewHint}
      </Text>
    </section>
  );
}
