import { isKamError, KamError, Language } from "../../src";
import { coreMessageText } from "./core-messages";

/**
 * Errors the pane shows, in words a manager understands: what is wrong and what to do. Whatever
 * is thrown (a core KamError, an Office error, a bug), the pane shows one of these sentences and
 * never a stack trace.
 */
export type PaneErrorCode =
  | "noTable"
  | "reportSelected"
  | "noAccounts"
  | "noCriteria"
  | "weightsZero"
  | "noNumbers"
  | "writeFailed"
  | "tooLarge"
  | "unexpected";

export class PaneError extends Error {
  constructor(
    readonly code: PaneErrorCode,
    /** Axis or column name the message is about. */
    readonly subject = "",
  ) {
    super(code);
    this.name = "PaneError";
  }
}

type Texts = Record<PaneErrorCode, (subject: string) => string> & { axis: Record<string, string>; data: string };

const TEXT: Record<Language, Texts> = {
  en: {
    noTable: () =>
      "No account table found at the selection. Click a cell inside your account table (one header row, one row per account) and try again, or insert the sample data.",
    reportSelected: () =>
      "The selection is on the KAM Matrix sheet the add-in wrote. Click a cell inside your own account table and choose Use selection again.",
    noAccounts: () => "The table has a header row but no accounts below it. Add at least one account row.",
    noCriteria: (axis) => `No column is mapped to the ${axis} axis. Under Data, set the axis of at least one column to ${axis}.`,
    weightsZero: (axis) => `All weights on the ${axis} axis are 0. Give at least one criterion a weight above 0.`,
    noNumbers: (column) => `Column "${column}" has no numbers. Enter numbers in it, or set its axis to Ignore.`,
    writeFailed: () =>
      "The KAM Matrix sheet could not be written. Check that the workbook is not protected or in cell-edit mode, then try again. Your data was not changed.",
    tooLarge: () => "The matrix is too large for Excel to write in one go. Try a smaller table or fewer columns.",
    unexpected: () => "Something went wrong. Your data was not changed. Please try again.",
    axis: { value: "Value", engagement: "Engagement" },
    data: "The data could not be scored",
  },
  de: {
    noTable: () =>
      "An der Auswahl wurde keine Kundentabelle gefunden. Klicken Sie in Ihre Kundentabelle (eine Kopfzeile, eine Zeile je Kunde) und versuchen Sie es erneut, oder fügen Sie die Beispieldaten ein.",
    reportSelected: () =>
      "Die Auswahl liegt auf dem vom Add-in geschriebenen Blatt KAM Matrix. Klicken Sie in Ihre eigene Kundentabelle und wählen Sie erneut Auswahl verwenden.",
    noAccounts: () => "Die Tabelle hat eine Kopfzeile, aber keine Kunden darunter. Fügen Sie mindestens eine Kundenzeile hinzu.",
    noCriteria: (axis) =>
      `Keine Spalte ist der Achse ${axis} zugeordnet. Ordnen Sie unter Daten mindestens eine Spalte der Achse ${axis} zu.`,
    weightsZero: (axis) => `Alle Gewichte der Achse ${axis} sind 0. Geben Sie mindestens einem Kriterium ein Gewicht über 0.`,
    noNumbers: (column) => `Die Spalte „${column}“ enthält keine Zahlen. Tragen Sie Zahlen ein oder setzen Sie die Achse auf Ignorieren.`,
    writeFailed: () =>
      "Das Blatt KAM Matrix konnte nicht geschrieben werden. Prüfen Sie, ob die Mappe geschützt ist oder eine Zelle bearbeitet wird, und versuchen Sie es erneut. Ihre Daten wurden nicht verändert.",
    tooLarge: () => "Die Matrix ist zu groß, um sie in einem Schritt zu schreiben. Verwenden Sie eine kleinere Tabelle oder weniger Spalten.",
    unexpected: () => "Etwas ist schiefgelaufen. Ihre Daten wurden nicht verändert. Bitte versuchen Sie es erneut.",
    axis: { value: "Kundenwert", engagement: "Engagement" },
    data: "Die Daten konnten nicht bewertet werden",
  },
};

/** The text shown in place of a score for an account that could not be scored. */
export function accountErrorText(e: KamError, lang: Language): string {
  return coreMessageText(e, lang);
}

const errorCode = (e: unknown): string =>
  typeof e === "object" && e !== null ? String((e as { code?: unknown }).code ?? "") : "";

/** Office's "request or response over 5 MB" errors. */
export const isTooLarge = (e: unknown): boolean => /PayloadSizeLimit|ResponsePayload/i.test(errorCode(e));

/** One sentence for the pane, whatever was thrown. */
export function friendlyError(e: unknown, lang: Language): string {
  const t = TEXT[lang];
  if (e instanceof PaneError) {
    const subject = t.axis[e.subject] ?? e.subject;
    return t[e.code](subject);
  }
  // The core's messages already say what is wrong and what would be right; they are one line.
  if (isKamError(e)) return `${t.data}: ${coreMessageText(e, lang).split("\n")[0]}`;
  if (isTooLarge(e)) return t.tooLarge("");
  return t.unexpected("");
}
