import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import { PLAN_STRINGS } from "../../app/plan/strings";
import type { PlanController } from "../../app/plan/planController";
import type { ReviewController } from "../../app/review/reviewController";
import { useSectionStyles } from "./styles";
import { useStore } from "../useStore";

/** The account plan: create it, add new accounts, see what left the matrix and which overrides cannot apply. */
export function PlanSection(props: { plan: PlanController; review: ReviewController; lang: Language; hasTable: boolean; busy: boolean }) {
  const styles = useSectionStyles();
  const t = PLAN_STRINGS[props.lang];
  const state = useStore(props.plan);
  const then = useStore(props.review).comparison?.then;
  const [name, setName] = React.useState("");
  const busy = props.busy || state.busy;
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
          disabled={busy || !props.hasTable || (state.nameTakenFor !== null && name.trim() === "")}
          onClick={() => void props.plan.create(state.nameTakenFor !== null ? name : undefined)}
        >
          {state.sheet ? t.update : t.create}
        </Button>
        <Button
          disabled={busy || !props.hasTable || !state.sheet || (state.nameTakenFor === "actions" && name.trim() === "")}
          title={t.suggestHint}
          onClick={() => void props.plan.suggest(undefined, state.nameTakenFor === "actions" ? name : undefined)}
        >
          {t.suggest}
        </Button>
      </div>
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
