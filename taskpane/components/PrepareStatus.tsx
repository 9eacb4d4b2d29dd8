import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import { ACCOUNTS_SHEET_NAME } from "../../app/prepare/accountsSheet";
import type { PrepareState } from "../../app/prepare/prepareState";
import { ErrorMessage } from "./ErrorMessage";
import { useSectionStyles } from "./styles";

/** What "Prepare data" is doing or did: the next step, progress, the error, the result, kept edits. */
export function PrepareStatus(props: { t: PrepareStrings; s: PrepareState; stored: boolean }) {
  const styles = useSectionStyles();
  const { t, s, stored } = props;
  return (
    <>
      {!s.orders && !s.busy && <Text className={styles.hint}>{t.pickFirst}</Text>}
      {stored && <Text className={styles.hint}>{t.refreshHint}</Text>}
      {s.busy && (
        <div aria-live="polite">
          <Text className={styles.hint}>{s.progress ? t.steps[s.progress.step] : t.working}</Text>
          {s.progress && <ProgressBar value={s.progress.done} max={1} aria-label={t.working} />}
        </div>
      )}
      <ErrorMessage title={t.errorTitle} message={s.error} />
      {s.result && (
        <div role="status" aria-label={t.prepare}>
          <Text as="p">
            {s.result.refreshed
              ? t.refreshed(s.result.sheetName, s.result.accounts, s.result.asOf)
              : t.prepared(s.result.sheetName, s.result.accounts, s.result.asOf, s.result.excluded)}
          </Text>
        </div>
      )}
      {s.keptEdits && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t.keptEdits(s.result?.sheetName ?? ACCOUNTS_SHEET_NAME, s.keptEdits)}</MessageBarBody>
        </MessageBar>
      )}
      {(s.result || stored) && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t.strategicTitle}</MessageBarTitle>
            {t.strategic}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
