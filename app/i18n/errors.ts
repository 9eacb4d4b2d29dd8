import { isKamError, KamError, Language } from "../../core";
import { MissingFeature, WorkbookError, WorkbookErrorCode } from "../workbook/contract";
import { coreMessageText } from "./core-messages";
import { AppError, HistoryError, PaneError, PaneErrorCode, PlanError, PlanErrorCode, PrepareError, ReviewExists } from "../errors";
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
    historyChanged: (p) =>
      `The ${p.name ?? "KAM History"} table changed since the pane read it (rows were added or removed there). Nothing was saved; try once more.`,
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
      `Die Tabelle ${p.name ?? "KAM History"} hat sich geändert, seit der Aufgabenbereich sie gelesen hat (dort wurden Zeilen hinzugefügt oder entfernt). Es wurde nichts gespeichert; versuchen Sie es noch einmal.`,
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
  },
  de: {
    planHeader: (p) =>
      `Das Blatt „${p.sheet}“ hat in der Kopfzeile keine Spalte „${p.column}“, daher lassen sich seine Zeilen keinem Kunden zuordnen. Es wurde nichts geschrieben; geben Sie der Kundenspalte ihren Namen zurück.`,
    noAccounts: () => "Es gibt noch keine Matrix, für die geplant werden kann. Erstellen Sie zuerst die Matrix, dann den Plan.",
  },
};

/** One sentence for the pane, whatever was thrown: every AppError by its code, anything else in general words. */
export function friendlyError(e: unknown, lang: Language): string {
  const t = TEXT[lang];
  if (e instanceof AppError) {
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
