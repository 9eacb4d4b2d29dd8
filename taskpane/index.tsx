// Placeholder entry for the task pane bundle, so that webpack has something to build.
// The real task pane (App.tsx, components/, report.ts, ...) replaces this file.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Title1, webLightTheme } from "@fluentui/react-components";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title1>KAM Matrix</Title1>
    </FluentProvider>,
  );
});
