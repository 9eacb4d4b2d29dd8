/** The "KAM Matrix" menu and the sidebar that hosts the task pane. */
import type { Services } from "./apps-script";

/** Name of the sidebar file in the Apps Script project (Sidebar.html, built by build:sheets). */
export const SIDEBAR_FILE = "Sidebar";

export function createUi(services: () => Services) {
  return {
    /**
     * Simple trigger: add the menu (also runs for an installed add-on, in limited auth mode).
     * An add-on's menu goes under Extensions (createAddonMenu, captioned with the add-on's name, as
     * the Workspace Marketplace requires); a script bound with clasp shows it there too.
     */
    onOpen(): void {
      services().SpreadsheetApp.getUi().createAddonMenu().addItem("Open", "kamOpenSidebar").addToUi();
    },
    openSidebar(): void {
      const { SpreadsheetApp, HtmlService } = services();
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle("KAM Matrix"));
    },
  };
}
