/**
 * Entry of Code.js, bundled as the global KAMLib. Code.js then declares plain top-level functions
 * (KAM_VALUE, onOpen, kamReadTable, ...) that call into it, because Apps Script only sees those.
 * Nothing here touches an Apps Script service at load time.
 */
import { appsScriptServices } from "./apps-script";
import { createServer } from "./server";
import { sheetsFunctions } from "./functions";
import { createUi } from "./ui";

export const sheets = sheetsFunctions;
export const server = createServer(appsScriptServices);
export const ui = createUi(appsScriptServices);
