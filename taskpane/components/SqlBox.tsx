import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import type { PrepareState } from "../../app/prepare/prepareState";

/** The query of "Copy as SQL", shown to copy by hand when it could not go to the clipboard. */
export function SqlBox(props: { sql: NonNullable<PrepareState["sql"]>; t: PrepareStrings; onHide: () => void }) {
  const { sql, t } = props;
  return (
    <div>
      {sql.copied && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.sqlCopied}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.sqlToCopy}>
        <Textarea readOnly value={sql.text} rows={8} textarea={{ style: { fontFamily: "monospace", fontSize: "11px" } }} />
      </Field>
      <Button size="small" onClick={props.onHide}>
        {t.hideSql}
      </Button>
    </div>
  );
}
