import * as React from "react";
import { Field, Input, Select } from "@fluentui/react-components";
import type { PrepareStrings } from "../../app/i18n/prepareStrings";
import type { PrepareController } from "../../app/prepare/prepareController";
import type { PrepareState } from "../../app/prepare/prepareState";
import { WINDOW_CHOICES } from "../../app/settings/prepare";
import { useSectionStyles } from "./styles";

/** The review date (empty: the latest order date) and the window of months before it. */
export function ReviewWindow(props: { t: PrepareStrings; s: PrepareState; prep: PrepareController }) {
  const styles = useSectionStyles();
  const { t, s, prep } = props;
  return (
    <div className={styles.row}>
      <Field label={t.reviewDate} hint={t.reviewDateHint(s.latestDate)}>
        <Input type="date" value={s.reviewDate ?? ""} onChange={(_, d) => prep.setReviewDate(d.value || null)} />
      </Field>
      <Field label={t.window}>
        <Select value={String(s.months)} onChange={(_, d) => prep.setMonths(Number(d.value))}>
          {[...new Set([...WINDOW_CHOICES, s.months])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={String(n)}>
                {t.months(n)}
              </option>
            ))}
        </Select>
      </Field>
    </div>
  );
}
