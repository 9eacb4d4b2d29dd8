/** The "KAM Matrix" menu and the sidebar that hosts the task pane. */
import type { Services } from "./apps-script";

/** Name of the sidebar file in the Apps Script project (Sidebar.html, built by build:sheets). */
export const SIDEBAR_FILE = "Sidebar";

export function createUi(services: () => Services) {
  return {
    /** Simple trigger: add the menu (also runs for an installed add-on, in limited auth mode). */
    onOpen(): void {
      services().SpreadsheetApp.getUi().createMenu("KAM Matrix").addItem("Open", "kamOpenSidebar").addToUi();
    },
    openSidebar(): void {
      const { SpreadsheetApp, HtmlService } = services();
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle("KAM Matrix"));
    },
  };
}
