import * as React from "react";
import { WEIGHTS_STRINGS } from "../../app/i18n/weightsStrings";
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select, Switch, Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import { REVIEW_STRINGS } from "../../app/i18n/reviewStrings";
import { today, type ReviewController } from "../../app/review";
import { columnLabels } from "../../app/settings/mapping";
import type { Settings } from "../../app/settings/settings";
import type { SourceTable } from "../../app/workbook/workbook";
import { useSectionStyles } from "./styles";
import { useStore } from "../useStore";

/** Review over time: save the current results, compare with a saved review, delete one. */
export function ReviewSection(props: {
  review: ReviewController;
  lang: Language;
  table: SourceTable | null;
  settings: Settings;
  busy: boolean;
  onSettings: (change: (s: Settings) => Settings) => void;
  onSampleNext: () => void;
}) {
  const styles = useSectionStyles();
  const t = REVIEW_STRINGS[props.lang];
  const state = useStore(props.review);
  const [date, setDate] = React.useState(today);
  const [label, setLabel] = React.useState("");
  const [selected, setSelected] = React.useState<string>("");
  const busy = props.busy || state.busy;
  const labels = props.table ? columnLabels(props.table.headers).filter((l) => l !== props.settings.nameColumn) : [];
  const c = state.comparison;
  const deleteDate = selected || state.reviews[state.reviews.length - 1]?.date || "";
  const option = (r: { date: string; label: string; accounts: number }) =>
    t.reviewOption(r.date, r.label, r.accounts) + (r.date === state.suggested ? ` (${t.latest})` : "");
  return (
    <section className={styles.section} aria-label={t.heading}>
      <div className={styles.row}>
        <Field label={t.date}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label={t.label}>
          <Input value={label} placeholder={t.labelPlaceholder} onChange={(_, d) => setLabel(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !props.table || !/^\d{4}-\d{2}-\d{2}$/.test(date)}
          onClick={() => void props.review.save(date, label)}
        >
          {t.save}
        </Button>
        <Button disabled={busy} onClick={props.onSampleNext}>
          {t.sampleNext}
        </Button>
      </div>
      {state.confirm?.kind === "replace" && (
        <MessageBar intent="warning" role="alertdialog" aria-label={t.replace}>
          <MessageBarBody>{t.replaceAsk(state.confirm.date, state.confirm.label)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void props.review.save(date, label, true)}>
              {t.replace}
            </Button>
            <Button onClick={() => props.review.cancel()}>{t.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.done && (
        <Text role="status" className={styles.hint}>
          {state.done.kind === "saved"
            ? t.saved(state.done.label, state.done.sheet)
            : state.done.kind === "replaced"
              ? t.replaced(state.done.label, state.done.sheet)
              : t.deleted(state.done.label)}
        </Text>
      )}
      {state.reviews.length === 0 ? (
        <Text className={styles.hint}>{t.noReviews}</Text>
      ) : (
        <>
          <Field label={t.compareWith}>
            <Select value={state.compareDate ?? ""} disabled={busy} onChange={(_, d) => props.review.compareWith(d.value || null)}>
              <option value="">{t.noComparison}</option>
              {state.reviews.map((r) => (
                <option key={r.date} value={r.date}>
                  {option(r)}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Field label={t.savedReviews}>
              <Select value={deleteDate} onChange={(_, d) => setSelected(d.value)}>
                {state.reviews.map((r) => (
                  <option key={r.date} value={r.date}>
                    {option(r)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button disabled={busy || !deleteDate} onClick={() => props.review.askDelete(deleteDate)}>
              {t.deleteReview}
            </Button>
          </div>
        </>
      )}
      {state.confirm?.kind === "delete" && (
        <MessageBar intent="warning" role="alertdialog" aria-label={t.deleteReview}>
          <MessageBarBody>{t.deleteAsk(state.confirm.date, state.confirm.label, state.confirm.accounts)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void props.review.confirmDelete()}>
              {t.deleteConfirm}
            </Button>
            <Button onClick={() => props.review.cancel()}>{t.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {c && (
        <Text role="status" aria-label="comparison">
          {t.summary(c.movers.length, c.trails.length, c.newAccounts.length, c.droppedAccounts.length)}
        </Text>
      )}
      {c && <Text className={styles.hint}>{WEIGHTS_STRINGS[props.lang].predictedNote}</Text>}
      {c?.settingsNote && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {c.settingsNote}
            <Switch
              label={t.rescore(c.then.label || c.then.date)}
              checked={state.rescore}
              onChange={(_, d) => props.review.setRescore(d.checked)}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.rescore && state.leftOut.length > 0 && <Text className={styles.hint}>{t.leftOut(state.leftOut)}</Text>}
      <Field label={t.band} hint={t.bandHint}>
        <Input
          type="number"
          min={0}
          max={50}
          value={String(props.settings.band ?? 0)}
          onChange={(_, d) => {
            const n = Number(d.value);
            if (Number.isFinite(n) && n >= 0 && n <= 50) props.onSettings((s) => ({ ...s, band: n }));
          }}
        />
      </Field>
      {props.table && (
        <Field label={t.idColumn}>
          <Select value={props.settings.idColumn ?? ""} onChange={(_, d) => props.onSettings((s) => ({ ...s, idColumn: d.value || null }))}>
            <option value="">{t.noIdColumn}</option>
            {labels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.historyProblems}: {state.problems.slice(0, 5).join("; ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
