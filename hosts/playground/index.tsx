// The playground page (npm start): no office.js, no request outside localhost. It opens with the
// sample portfolio in an in-memory workbook and the real task pane beside it.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SAMPLE_SHEET_NAME, sampleTable } from "../../app/sample/sampleData";
import { MemoryWorkbook } from "./memory-workbook";
import { PageLanguage, Playground } from "./Playground";

const workbook = MemoryWorkbook.withSheet(SAMPLE_SHEET_NAME, sampleTable());
// A handle for the browser tests and the latency benchmark (this page never ships).
(window as unknown as { kamPlayground: unknown }).kamPlayground = { workbook };

function initialLanguage(): PageLanguage {
  const asked = new URLSearchParams(window.location.search).get("lang") ?? navigator.language;
  return asked.toLowerCase().startsWith("de") ? "de" : "en";
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Playground
        workbook={workbook}
        initialLanguage={initialLanguage()}
        paneOnly={new URLSearchParams(window.location.search).has("pane")}
      />
    </FluentProvider>,
  );
}
