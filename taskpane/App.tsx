import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AccordionToggleEventHandler,
  Button,
  FluentProvider,
  makeStyles,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Controller } from "../app/controller";
import { createPane, Pane } from "../app/pane";
import { useStore } from "./useStore";
import { friendlyError } from "../app/i18n/errors";
import { STRINGS, uiLanguage } from "../app/i18n/strings";
import { PREPARE_STRINGS } from "../app/i18n/prepareStrings";
import { REVIEW_STRINGS } from "../app/i18n/reviewStrings";
import { applyPreset } from "../app/settings/presets";
import { updateCriterion } from "../app/settings/settings";
import type { Workbook } from "../app/workbook/workbook";
import { AccountCard } from "./components/AccountCard";
import { BuildSection } from "./components/BuildSection";
import { DataSection } from "./components/DataSection";
import { PrepareSection } from "./components/PrepareSection";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { MatrixPreview } from "./components/MatrixPreview";
import { RobustnessSection } from "./components/RobustnessSection";
import { ThresholdsSection } from "./components/ThresholdsSection";
import { WeightsSection } from "./components/WeightsSection";
import { useCoherence, type Coherence } from "./components/useCoherence";
import { applyDerived, withJudgements } from "../app/weights/pairwise";
import { ReviewSection } from "./components/ReviewSection";
import { PlanSection } from "./components/PlanSection";
import { CardActions } from "./components/CardActions";
import { PLAN_STRINGS } from "../app/plan/strings";
import { isSampleTable } from "../app/sample/sampleData";
import type { PaneState } from "../app/paneState";
import type { UiStrings } from "../app/i18n/strings";
import type { Language } from "../core";

const useStyles = makeStyles({
  root: { minWidth: "300px", maxWidth: "100%", overflowX: "hidden" },
  header: { fontWeight: tokens.fontWeightSemibold },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  panel: { margin: 0 },
});

/** What a section gets: the pane's state and the controller it forwards input to. */
interface SectionContext {
  state: PaneState;
  controller: Controller;
  pane: Pane;
  t: UiStrings;
  lang: Language;
  /** The rank correlations of each axis's criteria (coherence check, account card). */
  coherence: Coherence | null;
}

interface PaneSection {
  id: string;
  title: (t: UiStrings, lang: Language) => string;
  body: (c: SectionContext) => React.ReactNode;
}

/**
 * The collapsible sections, in order. Adding a section is one line here (its id, title and body).
 * Before the first build Data, Weights and Thresholds are open; once a build confirms the mapping,
 * Data folds so the weights sit right under the preview in a 320 x 800 pane.
 */
const SECTIONS: PaneSection[] = [
  {
    id: "prepare",
    title: (_, lang) => PREPARE_STRINGS[lang].title,
    body: ({ state, pane, lang }) => <PrepareSection prepare={pane.prepare} tables={state.tables} lang={lang} />,
  },
  {
    id: "data",
    title: (t) => t.data,
    body: ({ state, t, controller: c }) => (
      <DataSection
        state={state}
        t={t}
        onSource={(source) => void c.useSource(source)}
        onSettings={(change) => c.update(change)}
        onCriterion={(column, patch) => c.update((s) => updateCriterion(s, column, patch))}
      />
    ),
  },
  {
    id: "weights",
    title: (t) => t.weights,
    body: ({ state, t, controller: c, lang, coherence }) => (
      <WeightsSection
        settings={state.settings}
        t={t}
        onPreset={(p) => c.update((s) => applyPreset(s, p))}
        onWeight={(column, weight) => c.update((s) => updateCriterion(s, column, { weight }))}
        onSettings={(change) => c.update(change)}
        lang={lang}
        coherence={coherence}
        onJudgements={(axis, pairs) => c.update((s) => withJudgements(s, axis, pairs))}
        onUseDerived={(derived) => c.update((s) => applyDerived(s, derived))}
        onWritePairwise={(axis, pairs, derived) => c.writePairwise(axis, pairs, derived)}
      />
    ),
  },
  {
    id: "thresholds",
    title: (t) => t.thresholds,
    body: ({ state, t, controller: c }) => <ThresholdsSection settings={state.settings} t={t} onSettings={(change) => c.update(change)} />,
  },
  {
    id: "robustness",
    title: (t) => t.robustness,
    body: ({ state, t, controller: c }) => <RobustnessSection state={state} t={t} onSettings={(change) => c.update(change)} />,
  },
  {
    id: "review",
    title: (_, lang) => REVIEW_STRINGS[lang].heading,
    body: ({ state, controller: c, pane, lang }) => (
      <ReviewSection
        review={pane.review}
        lang={lang}
        table={state.table}
        settings={state.settings}
        // A live rewrite of the matrix does not block saving or comparing: a click then would be lost.
        busy={state.phase === "loading"}
        onSettings={(change) => c.update(change)}
        onSampleNext={() => void c.insertSample("next")}
      />
    ),
  },
  {
    id: "plan",
    title: (_, lang) => PLAN_STRINGS[lang].heading,
    body: ({ state, controller, pane, lang }) => (
      <PlanSection
        plan={pane.plan}
        review={pane.review}
        lang={lang}
        table={state.table}
        scored={state.whatIf.preview ?? undefined}
        busy={state.phase === "loading"}
        onSamplePlan={isSampleTable(state.table) ? () => void controller.insertSamplePlan() : undefined}
      />
    ),
  },
];

const OPEN_AT_START = ["data", "weights", "thresholds"];

/** The task pane. All logic lives in the Controller; this only shows its state and forwards input. */
export function App(props: { workbook: Workbook; displayLanguage?: string }): React.JSX.Element {
  const styles = useStyles();
  const lang = uiLanguage(props.displayLanguage);
  const t = STRINGS[lang];
  const [pane] = React.useState(() => createPane(props.workbook, lang));
  const controller = pane.matrix;
  const state = useStore(controller);
  const [open, setOpen] = React.useState<string[]>(OPEN_AT_START);
  React.useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  // The first successful build confirms the mapping: fold it away (the user can open it again).
  // (Adjusted while rendering, as React advises for state that follows other state.)
  const [folded, setFolded] = React.useState(false);
  if (state.lastBuild !== null && !folded) {
    setFolded(true);
    setOpen((o) => o.filter((id) => id !== "data"));
  }
  // Raw exports the host's page inserted: Prepare data takes them as its tables and opens.
  React.useEffect(
    () => pane.prepare.listenForOffers(() => setOpen((ids) => (ids.includes("prepare") ? ids : [...ids, "prepare"]))),
    [pane],
  );
  const onToggle: AccordionToggleEventHandler<string> = (_, data) => setOpen(data.openItems);
  const onAccount = React.useCallback((account: number) => controller.selectAccount(account), [controller]);
  const coherence = useCoherence(state.table, state.settings);
  const context: SectionContext = { state, controller, pane, t, lang, coherence };
  const card = state.whatIf.card;

  return (
    <FluentProvider theme={webLightTheme} lang={lang} className={styles.root}>
      <ErrorBoundary message={friendlyError(null, lang)}>
        {state.phase === "loading" ? (
          <Spinner label={t.loading} />
        ) : (
          <main>
            <BuildSection
              state={state}
              t={t}
              lang={lang}
              onSample={() => void controller.insertSample()}
              onBuild={() => void controller.build()}
            />
            <MatrixPreview state={state} t={t} onAccount={onAccount} />
            {card ? (
              <>
                <AccountCard card={card} t={t} lang={lang} coherence={coherence} onClose={() => controller.selectAccount(null)} />
                <CardActions plan={pane.plan} name={String(card.name ?? "")} lang={lang} />
              </>
            ) : (
              state.table && (
                <Text as="p" className={styles.hint}>
                  {controller.pushesSelection ? t.cardHint : t.cardHintSheets}
                </Text>
              )
            )}
            {!controller.pushesSelection && state.table && (
              <div className={styles.hint}>
                <Button size="small" onClick={() => void controller.showSelectedAccount()}>
                  {t.showSelected}
                </Button>
              </div>
            )}
            <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
              {SECTIONS.map((s) => (
                <AccordionItem key={s.id} value={s.id}>
                  <AccordionHeader as="h2" size="small" className={styles.header}>
                    {s.title(t, lang)}
                  </AccordionHeader>
                  {/* No open/close animation: while it ran, the controls of a section just opened (and of
                      every section below one that folds) moved by tens of pixels, so a press right
                      after opening could land on the button and its release beside it: a lost click. */}
                  <AccordionPanel className={styles.panel} collapseMotion={null}>
                    {s.body(context)}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </main>
        )}
      </ErrorBoundary>
    </FluentProvider>
  );
}
