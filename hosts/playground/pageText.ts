/** The playground page's own words (the task pane has its own texts). */
export interface PageText {
  title: string;
  subtitle: string;
  language: string;
  importCsv: string;
  importTitle: string;
  chooseFile: string;
  pasteCsv: string;
  csvHint: string;
  importAction: string;
  cancel: string;
  importedSheet: string;
  sheets: string;
  workbook: string;
  taskPane: string;
  /** writes the sample order-line export and activity log. */
  insertOrderLines: string;
}

export const PAGE_TEXT: Record<"en" | "de", PageText> = {
  en: {
    title: "KAM Matrix",
    subtitle: "Playground: an in-memory workbook with the real task pane",
    language: "Language",
    importCsv: "Import CSV",
    importTitle: "Import accounts from CSV",
    chooseFile: "Choose a CSV file",
    pasteCsv: "…or paste CSV text",
    csvHint: 'One account per row with a header row. Delimiter "," or ";" (with decimal comma, as German Excel saves).',
    importAction: "Import to new sheet",
    cancel: "Cancel",
    importedSheet: "Imported accounts",
    sheets: "Sheets",
    workbook: "Workbook",
    taskPane: "Task pane",
    insertOrderLines: "Insert sample order lines",
  },
  de: {
    title: "KAM Matrix",
    subtitle: "Spielwiese: eine Arbeitsmappe im Speicher mit dem echten Aufgabenbereich",
    language: "Sprache",
    importCsv: "CSV importieren",
    importTitle: "Kunden aus CSV importieren",
    chooseFile: "CSV-Datei wählen",
    pasteCsv: "…oder CSV-Text einfügen",
    csvHint: 'Ein Kunde pro Zeile, mit Kopfzeile. Trennzeichen "," oder ";" (mit Dezimalkomma, wie das deutsche Excel speichert).',
    importAction: "In neues Blatt importieren",
    cancel: "Abbrechen",
    importedSheet: "Importierte Kunden",
    sheets: "Blätter",
    workbook: "Arbeitsmappe",
    taskPane: "Aufgabenbereich",
    insertOrderLines: "Beispiel-Auftragspositionen einfügen",
  },
};
