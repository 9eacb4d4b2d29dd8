import type { Language } from "../../core";
import type { HistoryChange } from "../workbook/contract";
import type { HistoryEdit } from "./history";

export const HISTORY_SHEET_NAME = "KAM History";

const TITLE: Record<Language, string> = {
  en: "KAM History: one row per account and saved review (written by the KAM Matrix add-in; earlier rows are never changed)",
  de: "KAM History: eine Zeile je Kunde und gespeicherter Überprüfung (vom Add-in KAM Matrix geschrieben; frühere Zeilen werden nie geändert)",
};

/** What an adapter must do for an edit of the history model (taskpane/review/history.ts). */
export function historyChange(edit: HistoryEdit, lang: Language): HistoryChange {
  const removed = edit.removed.reduce((n, r) => n + r.count, 0);
  const append = edit.table.rows.slice(edit.appendedFrom);
  return {
    sheetName: HISTORY_SHEET_NAME,
    title: TITLE[lang],
    header: edit.table.header.map((h) => (h === null ? "" : String(h))),
    newColumnsFrom: edit.newColumnsFrom,
    removed: edit.removed,
    append,
    expectRows: edit.appendedFrom + removed,
  };
}
