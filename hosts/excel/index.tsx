// The Excel entry of the task pane: the same App as the playground, with Office's workbook.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import { ExcelWorkbook } from "./excel-workbook";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App workbook={new ExcelWorkbook()} displayLanguage={Office.context.displayLanguage} />);
});
