// Sidebar entry: the same React task pane as in Excel, on the Google Sheets workbook.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../../taskpane/App";
import { SheetsClientWorkbook } from "./sheets-workbook";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<App workbook={new SheetsClientWorkbook()} displayLanguage={navigator.language} />);
}
