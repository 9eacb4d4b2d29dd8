import * as React from "react";
import { FluentProvider, makeStyles, Spinner, webLightTheme } from "@fluentui/react-components";
import { Controller } from "./controller";
import { friendlyError } from "./i18n/errors";
import { STRINGS, uiLanguage } from "./i18n/strings";
import { applyPreset } from "./settings/presets";
import { updateCriterion } from "./settings/settings";
import type { Workbook } from "./workbook/workbook";
import { BuildSection } from "./components/BuildSection";
import { DataSection } from "./components/DataSection";
import { PrepareSection } from "./components/PrepareSection";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ThresholdsSection } from "./components/ThresholdsSection";
import { WeightsSection } from "./components/WeightsSection";
import { ReviewSection } from "./components/ReviewSection";

const useStyles = makeStyles({
  root: { minWidth: "300px", maxWidth: "100%", overflowX: "hidden" },
});

/** The task pane. All logic lives in the Controller; this only shows its state and forwards input. */
export function App(props: { workbook: Workbook; displayLanguage?: string }): React.JSX.Element {
  const styles = useStyles();
  const lang = uiLanguage(props.displayLanguage);
  const t = STRINGS[lang];
  const [controller] = React.useState(() => new Controller(props.workbook, lang));
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  React.useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang} className={styles.root}>
      <ErrorBoundary message={friendlyError(null, lang)}>
      {state.phase === "loading" ? (
        <Spinner label={t.loading} />
      ) : (
        <main>
          <BuildSection state={state} t={t} lang={lang} onSample={() => void controller.insertSample()} onBuild={() => void controller.build()} />
          <PrepareSection workbook={props.workbook} pane={controller} tables={state.tables} lang={lang} />
          <DataSection
            state={state}
            t={t}
            onSource={(source) => void controller.useSource(source)}
            onSettings={(change) => controller.update(change)}
            onCriterion={(column, patch) => controller.update((s) => updateCriterion(s, column, patch))}
          />
          <WeightsSection
            settings={state.settings}
            t={t}
            onPreset={(p) => controller.update((s) => applyPreset(s, p))}
            onWeight={(column, weight) => controller.update((s) => updateCriterion(s, column, { weight }))}
            onSettings={(change) => controller.update(change)}
          />
          <ThresholdsSection settings={state.settings} t={t} onSettings={(change) => controller.update(change)} />
          <ReviewSection review={controller.review} lang={lang} table={state.table} settings={state.settings} busy={state.phase !== "ready"} onSettings={(change) => controller.update(change)} onSampleNext={() => void controller.insertSample("next")} />
        </main>
      )}
      </ErrorBoundary>
    </FluentProvider>
  );
}
