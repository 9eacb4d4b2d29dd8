import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import { Language, Quadrant, quadrantLabel } from "../../core";
import type { PaneState } from "../../app/paneState";
import { missingFeatureText } from "../../app/i18n/errors";
import type { UiStrings } from "../../app/i18n/strings";
import { QUADRANT_COLORS } from "../../app/report/colors";
import { ErrorMessage } from "./ErrorMessage";
import { useSectionStyles } from "./styles";

/** The two actions, progress, the last build's result and any error, in words. */
export function BuildSection(props: { state: PaneState; t: UiStrings; lang: Language; onSample: () => void; onBuild: () => void }) {
  const styles = useSectionStyles();
  const { state, t } = props;
  const busy = state.phase !== "ready";
  const last = state.lastBuild;
  return (
    <section className={styles.section} aria-label={t.build}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !state.table} onClick={props.onBuild}>
          {t.build}
        </Button>
        <Button disabled={busy} onClick={props.onSample}>
          {t.insertSample}
        </Button>
      </div>
      {/* A live rewrite after a slider pause is quick: no line that comes and goes and moves the
          preview and the sliders under the user's pointer; the first build and large
          ones (with progress) say it. */}
      {state.phase === "building" && (!last || state.progress !== null) && (
        <div aria-live="polite">
          <Text className={styles.hint}>{t.building}</Text>
          {state.progress !== null && <ProgressBar value={state.progress} max={1} aria-label={t.building} />}
        </div>
      )}
      <ErrorMessage title={t.errorTitle} message={state.error} />
      {last && last.missingFeatures.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.missingFeatures}</MessageBarTitle>
            {last.missingFeatures.map((f) => missingFeatureText(f, props.lang)).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.keptEdits && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t.keptEditsTitle}</MessageBarTitle>
            {t.keptEdits(state.keptEdits.kept, state.keptEdits.report)}
          </MessageBarBody>
        </MessageBar>
      )}
      {last && (
        <div aria-label="result" role="status">
          <Text as="p">{t.written(last.sheetName, last.accounts)}</Text>
          <ul className={styles.list} style={{ flexDirection: "row", flexWrap: "wrap", columnGap: "1.4em" }}>
            {([1, 2, 3, 4] as Quadrant[]).map((q) => (
              <li key={q} style={{ listStyleType: "square", color: QUADRANT_COLORS[q] }}>
                <Text size={200}>{`${quadrantLabel(q, props.lang)}: ${last.counts[q - 1]}`}</Text>
              </li>
            ))}
            {last.notScored > 0 && (
              <li>
                <Text size={200}>{t.notScored(last.notScored)}</Text>
              </li>
            )}
          </ul>
          {/* Once the preview shows, its own hint says that the sheet follows (room for the weights). */}
          {state.live && !state.whatIf.preview && <Text className={styles.hint}>{t.liveHint}</Text>}
        </div>
      )}
    </section>
  );
}
