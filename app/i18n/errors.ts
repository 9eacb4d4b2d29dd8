import { isKamError, KamError, Language } from "../../core";
import { MissingFeature, WorkbookError, WorkbookErrorCode } from "../workbook/contract";
import { coreMessageText } from "./core-messages";
import {
  AppError,
  HistoryError,
  PaneError,
  PaneErrorCode,
  PaneMessage,
  PlanError,
  PlanErrorCode,
  PrepareError,
  ReviewExists,
} from "../errors";
import { PREPARE_STRINGS } from "./prepareStrings";

/**
 * Errors the pane shows, in words a manager understands: what is wrong and what to do. Whatever
 * is thrown (a core KamError, an Office error, a bug), the pane shows one of these sentences and
 * never a stack trace.
 */
type Texts = Record<PaneErrorCode, (subject: string) => string> & { axis: Record<string, string>; data: string };

const TEXT: Record<Language, Texts> = {
  en: {
    noTable: () =>
      "No account table found at the selection. Click a cell inside your account table (one header row, one row per account) and try again, or insert the sample data.",
    reportSelected: () =>
      "This table is on the KAM Matrix sheet the add-in wrote, and the add-in never reads its own report as data (the next build would overwrite it). Click a cell inside your own account table and choose Use selection again.",
    noAccounts: () => "The table has a header row but no accounts below it. Add at least one account row.",
    noCriteria: (axis) => `No column is mapped to the ${axis} axis. Under Data, set the axis of at least one column to ${axis}.`,
    weightsZero: (axis) => `All weights on the ${axis} axis are 0. Give at least one criterion a weight above 0.`,
    noNumbers: (column) => `Column "${column}" has no numbers. Enter numbers in it, or set its axis to Ignore.`,
    writeFailed: () =>
      "The KAM Matrix sheet could not be updated. Check that the workbook is not protected or in cell-edit mode, then try again. The previous matrix and your data were not changed.",
    tooLarge: () => "The matrix is too large for Excel to write in one go. Try a smaller table or fewer columns.",
    settingsNewer: () =>
      "The settings in this workbook were saved by a newer version of KAM Matrix. This version uses them but does not save your changes to them, so that nothing the newer version stored is lost. Update the add-in to keep your changes.",
    unexpected: () => "Something went wrong. Your data was not changed. Please try again.",
    axis: { value: "Value", engagement: "Engagement" },
    data: "The data could not be scored",
  },
  de: {
    noTable: () =>
      "An der Auswahl wurde keine Kundentabelle gefunden. Klicken Sie in Ihre Kundentabelle (eine Kopfzeile, eine Zeile je Kunde) und versuchen Sie es erneut, oder fügen Sie die Beispieldaten ein.",
    reportSelected: () =>
      "Diese Tabelle liegt auf dem vom Add-in geschriebenen Blatt KAM Matrix, und das Add-in liest seinen eigenen Bericht nie als Daten (der nächste Aufbau würde ihn überschreiben). Klicken Sie in Ihre eigene Kundentabelle und wählen Sie erneut Auswahl verwenden.",
    noAccounts: () => "Die Tabelle hat eine Kopfzeile, aber keine Kunden darunter. Fügen Sie mindestens eine Kundenzeile hinzu.",
    noCriteria: (axis) =>
      `Keine Spalte ist der Achse ${axis} zugeordnet. Ordnen Sie unter Daten mindestens eine Spalte der Achse ${axis} zu.`,
    weightsZero: (axis) => `Alle Gewichte der Achse ${axis} sind 0. Geben Sie mindestens einem Kriterium ein Gewicht über 0.`,
    noNumbers: (column) => `Die Spalte „${column}“ enthält keine Zahlen. Tragen Sie Zahlen ein oder setzen Sie die Achse auf Ignorieren.`,
    writeFailed: () =>
      "Das Blatt KAM Matrix konnte nicht aktualisiert werden. Prüfen Sie, ob die Mappe geschützt ist oder eine Zelle bearbeitet wird, und versuchen Sie es erneut. Die bisherige Matrix und Ihre Daten wurden nicht verändert.",
    tooLarge: () =>
      "Die Matrix ist zu groß, um sie in einem Schritt zu schreiben. Verwenden Sie eine kleinere Tabelle oder weniger Spalten.",
    settingsNewer: () =>
      "Die Einstellungen in dieser Mappe wurden von einer neueren Version von KAM Matrix gespeichert. Diese Version verwendet sie, speichert Ihre Änderungen daran aber nicht, damit nichts verloren geht, was die neuere Version gespeichert hat. Aktualisieren Sie das Add-in, um Ihre Änderungen zu behalten.",
    unexpected: () => "Etwas ist schiefgelaufen. Ihre Daten wurden nicht verändert. Bitte versuchen Sie es erneut.",
    axis: { value: "Kundenwert", engagement: "Engagement" },
    data: "Die Daten konnten nicht bewertet werden",
  },
};

type WorkbookTexts = Record<WorkbookErrorCode, (p: WorkbookError["params"]) => string>;

const quoted = (names: readonly string[] | undefined, quote: (n: string) => string) => (names ?? []).map(quote).join(", ");

/** What an adapter failed with (taskpane/workbook/contract.ts), in both languages. */
const WORKBOOK_TEXT: Record<Language, WorkbookTexts> = {
  en: {
    noSuchTable: (p) =>
      `There is no table named "${p.name}" in this workbook; ${p.choices?.length ? `choose one of ${quoted(p.choices, (n) => `"${n}"`)}` : "it has no tables: click a cell inside your account table and choose Use selection"}.`,
    reportIncomplete: (p) =>
      `Writing "${p.sheet ?? "KAM Matrix"}" failed part-way, and an unfinished sheet "${p.name}" may be left. If it is there, delete it; "${p.sheet ?? "KAM Matrix"}" and your data were not changed. Try again to write it.`,
    ownSheetIncomplete: (p) =>
      `Writing "${p.sheet}" failed part-way, so that sheet is incomplete now. The complete new content is on the sheet "${p.name}". Try again to write "${p.sheet}" whole, then delete "${p.name}". Your data was not changed.`,
    // ---- review
    // With a name: the plan or its actions (an append computed against an older read); without: the history.
    historyChanged: (p) =>
      p.name
        ? `The ${p.name} table changed since the pane read it (rows were added or removed there). Nothing was saved; try once more.`
        : "The KAM History table changed while the pane was writing to it (rows or columns were added, removed or renamed there, or another pane saved a review). Nothing was changed by this step; the pane has read the table again, so try once more.",
    historyNoTable: () =>
      'The sheet "KAM History" no longer holds a table (it was converted to a range, or the table was deleted), so the saved reviews cannot be read. Undo that (Ctrl+Z), or select the header row (row 2) and the rows below it and insert a table with headers again; the add-in does not start a second history.',
    settingsTooLarge: (p) =>
      `The settings are ${p.name} KB, more than the 400 KB a spreadsheet can keep for the add-on, so they were not saved (the matrix is built all the same). Set fewer columns to an axis, or use a table with fewer columns.`,
    historyUnproved: (p) =>
      `The sheet "${p.name}" holds saved reviews, but the add-in's record that it wrote this sheet is missing or damaged, so it neither reads nor changes the sheet, and it does not start a second history beside it. Restore an earlier version of the file to get the record back, or rename that sheet (for example to "${p.name} (old)") to start a new history; its rows stay as they are.`,
    busy: () =>
      "Someone else (or another KAM Matrix pane) is writing to this spreadsheet right now, and it did not finish in time. Nothing was written; wait a moment and try again.",
    // ---- plan
    nameTaken: (p) =>
      `This workbook already has a sheet of yours named "${p.name}"; the add-in leaves it alone. Enter another name for the add-in's sheet and try again.`,
    rowChanged: (p) =>
      `That action in ${p.name ?? "KAM Actions"} changed since the pane read it (someone edited, sorted or deleted it). Nothing was written; the pane has read the actions again: check it and try once more.`,
  },
  de: {
    noSuchTable: (p) =>
      `In dieser Mappe gibt es keine Tabelle „${p.name}“; ${p.choices?.length ? `wählen Sie eine von ${quoted(p.choices, (n) => `„${n}“`)}` : "sie hat keine Tabellen: Klicken Sie in Ihre Kundentabelle und wählen Sie Auswahl verwenden"}.`,
    reportIncomplete: (p) =>
      `Das Schreiben von „${p.sheet ?? "KAM Matrix"}“ brach mittendrin ab, und ein unfertiges Blatt „${p.name}“ ist vielleicht übrig. Wenn es da ist, löschen Sie es; „${p.sheet ?? "KAM Matrix"}“ und Ihre Daten wurden nicht verändert. Versuchen Sie es erneut.`,
    ownSheetIncomplete: (p) =>
      `Das Schreiben von „${p.sheet}“ brach mittendrin ab; dieses Blatt ist jetzt unvollständig. Der vollständige neue Inhalt steht auf dem Blatt „${p.name}“. Versuchen Sie es erneut, damit „${p.sheet}“ wieder vollständig ist, und löschen Sie dann „${p.name}“. Ihre Daten wurden nicht verändert.`,
    // ---- review
    historyChanged: (p) =>
      p.name
        ? `Die Tabelle ${p.name} hat sich geändert, seit der Aufgabenbereich sie gelesen hat (dort wurden Zeilen hinzugefügt oder entfernt). Es wurde nichts gespeichert; versuchen Sie es noch einmal.`
        : "Die Tabelle KAM History hat sich geändert, während der Aufgabenbereich in sie schrieb (dort wurden Zeilen oder Spalten hinzugefügt, entfernt oder umbenannt, oder ein anderer Aufgabenbereich hat eine Überprüfung gespeichert). Dieser Schritt hat nichts verändert; der Verlauf ist neu gelesen, versuchen Sie es noch einmal.",
    historyNoTable: () =>
      "Das Blatt „KAM History“ enthält keine Tabelle mehr (sie wurde in einen Bereich umgewandelt oder gelöscht), daher sind die gespeicherten Überprüfungen nicht lesbar. Machen Sie das rückgängig (Strg+Z), oder markieren Sie die Kopfzeile (Zeile 2) mit den Zeilen darunter und fügen Sie wieder eine Tabelle mit Überschriften ein; das Add-in beginnt keinen zweiten Verlauf.",
    settingsTooLarge: (p) =>
      `Die Einstellungen sind ${p.name} KB groß, mehr als die 400 KB, die eine Tabelle für das Add-on aufbewahren kann; sie wurden daher nicht gespeichert (die Matrix wird trotzdem erstellt). Ordnen Sie weniger Spalten einer Achse zu, oder verwenden Sie eine Tabelle mit weniger Spalten.`,
    historyUnproved: (p) =>
      `Das Blatt „${p.name}“ enthält gespeicherte Überprüfungen, aber der Vermerk des Add-ins, dass es dieses Blatt geschrieben hat, fehlt oder ist beschädigt. Daher liest und ändert es das Blatt nicht und beginnt auch keinen zweiten Verlauf daneben. Stellen Sie eine frühere Version der Datei wieder her, um den Vermerk zurückzuholen, oder benennen Sie das Blatt um (etwa in „${p.name} (alt)“), um einen neuen Verlauf zu beginnen; seine Zeilen bleiben, wie sie sind.`,
    busy: () =>
      "Gerade schreibt jemand anderes (oder ein anderer KAM-Matrix-Bereich) in diese Tabelle, und das wurde nicht rechtzeitig fertig. Es wurde nichts geschrieben; warten Sie kurz und versuchen Sie es erneut.",
    // ---- plan
    nameTaken: (p) =>
      `Diese Mappe hat schon ein eigenes Blatt „${p.name}“; das Add-in lässt es unverändert. Geben Sie einen anderen Namen für das Blatt des Add-ins ein und versuchen Sie es erneut.`,
    rowChanged: (p) =>
      `Diese Maßnahme in ${p.name ?? "KAM Actions"} hat sich geändert, seit der Aufgabenbereich sie gelesen hat (jemand hat sie bearbeitet, sortiert oder gelöscht). Es wurde nichts geschrieben; die Maßnahmen sind neu gelesen: prüfen Sie sie und versuchen Sie es noch einmal.`,
  },
};

/** Features a host could not provide (WriteResult.missingFeatures), in both languages. */
export const MISSING_FEATURE_TEXT: Record<Language, Record<MissingFeature, string>> = {
  en: {
    pointLabelsExcel: "Point labels need Excel API 1.8; the chart is shown without account names.",
    pointLabelsSheets:
      "The chart does not name the accounts at their points: Google Sheets labels single points only through its Sheets API, which needs access to all your spreadsheets, and this add-on asks for this one only. The results table on the sheet lists every account with its scores.",
  },
  de: {
    pointLabelsExcel: "Punktbeschriftungen brauchen Excel API 1.8; das Diagramm wird ohne Kundennamen gezeigt.",
    pointLabelsSheets:
      "Das Diagramm nennt die Kunden nicht an ihren Punkten: Google Tabellen beschriftet einzelne Punkte nur über seine Sheets-API, die Zugriff auf alle Ihre Tabellen braucht, und dieses Add-on fragt nur nach dieser einen. Die Ergebnistabelle auf dem Blatt nennt jeden Kunden mit seinen Werten.",
  },
};

export const missingFeatureText = (feature: MissingFeature, lang: Language): string => MISSING_FEATURE_TEXT[lang][feature];

/** A WorkbookError, also one that crossed google.script.run as a bare message. */
function asWorkbookError(e: unknown): WorkbookError | null {
  if (e instanceof WorkbookError) return e;
  return e instanceof Error ? WorkbookError.fromMessage(e.message) : null;
}

/** The text shown in place of a score for an account that could not be scored. */
export function accountErrorText(e: KamError, lang: Language): string {
  return coreMessageText(e, lang);
}

const errorCode = (e: unknown): string => (typeof e === "object" && e !== null ? String((e as { code?: unknown }).code ?? "") : "");

/** Office's "request or response over 5 MB" errors. */
export const isTooLarge = (e: unknown): boolean => /PayloadSizeLimit|ResponsePayload/i.test(errorCode(e));

/** A save that would overwrite a review of the same date (the pane asks first; this is the fallback). */
const REVIEW_EXISTS: Record<Language, (date: string) => string> = {
  en: (date) => `A review dated ${date} is already saved. Nothing was saved; choose Replace to overwrite it, or pick another date.`,
  de: (date) =>
    `Eine Überprüfung zum Stichtag ${date} ist schon gespeichert. Es wurde nichts gespeichert; wählen Sie Ersetzen, um sie zu überschreiben, oder ein anderes Datum.`,
};

const PLAN_ERRORS: Record<Language, Record<PlanErrorCode, (p: PlanError["params"]) => string>> = {
  en: {
    planHeader: (p) =>
      `The sheet "${p.sheet}" has no column "${p.column}" in its header row, so its rows cannot be matched to accounts. Nothing was written; give the account column its name back.`,
    noAccounts: () => "There is no matrix to plan for yet. Build the matrix first, then create the plan.",
    samplePlanNotAdded: () =>
      'The sample plan was not added: the workbook has a plan, or a sheet of yours is named "KAM Plan" or "KAM Actions". Nothing of yours was changed.',
  },
  de: {
    planHeader: (p) =>
      `Das Blatt „${p.sheet}“ hat in der Kopfzeile keine Spalte „${p.column}“, daher lassen sich seine Zeilen keinem Kunden zuordnen. Es wurde nichts geschrieben; geben Sie der Kundenspalte ihren Namen zurück.`,
    noAccounts: () => "Es gibt noch keine Matrix, für die geplant werden kann. Erstellen Sie zuerst die Matrix, dann den Plan.",
    samplePlanNotAdded: () =>
      "Der Beispielplan wurde nicht hinzugefügt: Die Arbeitsmappe hat schon einen Plan, oder ein Blatt von Ihnen heißt „KAM Plan“ oder „KAM Actions“. Von Ihren Daten wurde nichts geändert.",
  },
};

/** One sentence for the pane, whatever was thrown: every AppError by its code, anything else in general words. */
export function friendlyError(e: unknown, lang: Language): string {
  const t = TEXT[lang];
  if (e instanceof AppError) {
    if (e instanceof PaneMessage) return e.text;
    if (e instanceof PaneError) return t[e.code](t.axis[e.subject] ?? e.subject);
    if (e instanceof PrepareError) return PREPARE_STRINGS[lang].errors[e.code](...e.params);
    if (e instanceof HistoryError) return e.message; // worded by the history reader, in its language
    if (e instanceof ReviewExists) return REVIEW_EXISTS[lang](e.date);
    if (e instanceof PlanError) return PLAN_ERRORS[lang][e.code](e.params);
  }
  const workbookError = asWorkbookError(e);
  if (workbookError) return WORKBOOK_TEXT[lang][workbookError.code](workbookError.params);
  // The core's messages already say what is wrong and what would be right; they are one line.
  if (isKamError(e)) return `${t.data}: ${coreMessageText(e, lang).split("\n")[0]}`;
  if (isTooLarge(e)) return t.tooLarge("");
  return t.unexpected("");
}
