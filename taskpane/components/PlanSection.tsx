import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { ScoredAccounts } from "../../app/plan/suggest";
import { PLAN_STRINGS } from "../../app/plan/strings";
import type { PlanController } from "../../app/plan/planController";
import type { ReviewController } from "../../app/review/reviewController";
import { useSectionStyles } from "./styles";
import { useStore } from "../useStore";
import { SuggestPickerList } from "./SuggestPickerList";
import { tickedCount } from "../../app/plan/selection";
import type { SourceTable } from "../../app/workbook/workbook";

/** The pause before the account list follows a change of the table or the scores (slider steps come in bursts). */
const PICKER_PAUSE_MS = 200;

/** The account plan: create it, add new accounts, see what left the matrix and which overrides cannot apply. */
export function PlanSection(props: {
  plan: PlanController;
  review: ReviewController;
  lang: Language;
  table: SourceTable | null;
  /** The scores and scored quadrant per account for the weights on screen (the preview's); undefined: none yet. */
  scored: ScoredAccounts | undefined;
  busy: boolean;
  /** Set when the source is the sample: with no plan yet, the section offers the sample's plan. */
  onSamplePlan?: () => void;
}) {
  const styles = useSectionStyles();
  const t = PLAN_STRINGS[props.lang];
  const state = useStore(props.plan);
  const then = useStore(props.review).comparison?.then;
  const [name, setName] = React.useState("");
  const busy = props.busy || state.busy;
  const hasTable = !!props.table;
  const picker = useStore(props.plan.picker);
  // The account list follows the table, the scores and the plan as read (overrides, open actions).
  const { plan, table, scored } = props;
  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) {
      first.current = false;
      plan.refreshPicker(scored);
      return;
    }
    const timer = setTimeout(() => plan.refreshPicker(scored), PICKER_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [plan, table, scored, state.rows, state.actions]);
  return (
    <section className={styles.section} aria-label={t.heading}>
      <Text>{t.intro}</Text>
      {state.nameTaken !== null && (
        <Field label={t.otherName(state.nameTakenFor ?? "plan")} hint={t.nameTaken(state.nameTaken, state.nameTakenFor ?? "plan")}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !hasTable || (state.nameTakenFor !== null && name.trim() === "")}
          onClick={() => void props.plan.create(state.nameTakenFor !== null ? name : undefined)}
        >
          {state.sheet ? t.update : t.create}
        </Button>
        <Button
          disabled={
            busy || !hasTable || !state.sheet || tickedCount(picker) === 0 || (state.nameTakenFor === "actions" && name.trim() === "")
          }
          title={t.suggestHint}
          onClick={() => void props.plan.suggest(props.plan.picker.targets(), state.nameTakenFor === "actions" ? name : undefined)}
        >
          {t.suggest}
        </Button>
      </div>
      {props.onSamplePlan && !state.sheet && !state.actionsSheet && (
        <div className={styles.row}>
          <Text className={styles.hint}>{t.samplePlanHint}</Text>
          <Button size="small" disabled={busy} onClick={props.onSamplePlan}>
            {t.samplePlan}
          </Button>
        </div>
      )}
      {state.sheet && hasTable && <SuggestPickerList picker={props.plan.picker} lang={props.lang} disabled={busy} />}
      {state.done && (
        <MessageBar intent="success">
          <MessageBarBody>{t.created(state.done.added, state.done.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {state.suggested && (
        <MessageBar intent="success">
          <MessageBarBody>{t.suggested(state.suggested.added, state.suggested.accounts, state.suggested.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {then && state.actions.length > 0 && <Text>{t.blockNote(then.label || then.date)}</Text>}
      {state.left.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t.left(state.left)}</MessageBarBody>
        </MessageBar>
      )}
      {state.problems.length > 0 && (
        <ul aria-label={t.heading}>
          {state.problems.map((p) => (
            <li key={p.row}>{t.problem(p)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
