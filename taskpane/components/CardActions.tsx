import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { PlanController } from "../../app/plan/planController";
import { isOpen } from "../../app/plan/actions";
import { PLAN_TEXT } from "../../app/plan/text";
import { PLAN_STRINGS } from "../../app/plan/strings";
import { useSectionStyles } from "./styles";
import { useStore } from "../useStore";

/** The account's actions from "KAM Actions" on its card; an open one can be marked done (Status and Done on, nothing else). */
export function CardActions(props: { plan: PlanController; name: string; lang: Language }) {
  const styles = useSectionStyles();
  const state = useStore(props.plan);
  const t = PLAN_STRINGS[props.lang];
  const status = PLAN_TEXT[props.lang].status;
  // The state's actions change with every read: the account's are filtered from them.
  const all = state.actions;
  const actions = React.useMemo(() => (all.length >= 0 ? props.plan.actionsOf(props.name) : []), [props.plan, props.name, all]);
  if (!state.actionsSheet) return null;
  return (
    <section className={styles.section} aria-label={t.cardActions}>
      <Text weight="semibold">{t.cardActions}</Text>
      {actions.length === 0 ? (
        <Text>{t.noActions}</Text>
      ) : (
        <ul>
          {actions.map((a) => (
            <li key={a.row}>
              {`${a.action || a.strategy} (${a.status ? status[a.status] : "?"}${a.due ? `, ${t.due} ${a.due}` : ""}${a.owner ? `, ${a.owner}` : ""})`}
              {isOpen(a) && (
                <Button size="small" disabled={state.busy} onClick={() => void props.plan.markDone(a)}>
                  {t.markDone}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
