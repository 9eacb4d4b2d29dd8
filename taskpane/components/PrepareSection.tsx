import * as React from "react";
import { Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import { PREPARE_STRINGS } from "../../app/i18n/prepareStrings";
import type { PrepareController } from "../../app/prepare/prepareController";
import { useStore } from "../useStore";
import { PrepareActions } from "./PrepareActions";
import { PrepareInputs } from "./PrepareInputs";
import { PrepareStatus } from "./PrepareStatus";
import { QualityList } from "./QualityList";
import { ReviewWindow } from "./ReviewWindow";
import { SqlBox } from "./SqlBox";
import { WorkshopSheet } from "./WorkshopSheet";
import { useSectionStyles } from "./styles";

/** "Prepare data": from raw exports to the sheet KAM Accounts and the matrix's mapping. */
export function PrepareSection(props: { prepare: PrepareController; tables: string[]; lang: Language }) {
  const styles = useSectionStyles();
  const t = PREPARE_STRINGS[props.lang];
  const prep = props.prepare;
  React.useEffect(() => prep.init(), [prep]);
  const s = useStore(prep);
  const stored = prep.stored !== undefined;
  const q = s.quality;
  const anyInvalid = q && (q.orders.invalid.length > 0 || (q.activity?.invalid.length ?? 0) > 0 || (q.ratings?.invalid.length ?? 0) > 0);
  return (
    <section className={styles.section} aria-label={t.title}>
      <Text className={styles.hint}>{t.intro}</Text>
      {s.offered && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t.offered}</MessageBarBody>
        </MessageBar>
      )}
      <PrepareInputs t={t} s={s} prep={prep} tables={props.tables} lang={props.lang} />
      {s.orders && <WorkshopSheet t={t} busy={s.busy} onInsert={(raters) => void prep.insertWorkshopSheet(raters)} />}
      {s.workshop && (
        <Text role="status" className={styles.hint}>
          {t.workshopInserted(s.workshop.sheetName, s.workshop.accounts)}
        </Text>
      )}
      <ReviewWindow t={t} s={s} prep={prep} />
      {q && <QualityList quality={q} t={t} lang={props.lang} />}
      {anyInvalid && (
        <Checkbox checked={s.excludeInvalid} label={t.excludeInvalid} onChange={(_, d) => prep.setExcludeInvalid(d.checked === true)} />
      )}
      <PrepareActions t={t} s={s} prep={prep} stored={stored} />
      <PrepareStatus t={t} s={s} stored={stored} />
      {s.sql && <SqlBox sql={s.sql} t={t} onHide={() => prep.hideSql()} />}
    </section>
  );
}
