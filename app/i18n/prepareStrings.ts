/**
 * The texts of the "Prepare data" section (taskpane/components/PrepareSection.tsx) and of its
 * errors (taskpane/prepare/prepareController.ts), in English and German.
 */
import type { Language } from "../../core";
import type { PrepareErrorCode } from "../errors";

/** "1 line", "2 lines": the word that goes with a count. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type PrepareRole = "account" | "date" | "amount" | "profit" | "category" | "order" | "type" | "rater";
type PrepareErrors = Record<PrepareErrorCode, (...params: string[]) => string>;

export interface PrepareStrings {
  title: string;
  intro: string;
  ordersTable: string;
  activityTable: string;
  selectionOption: string;
  nativeTable: string;
  noActivity: string;
  useSelection: string;
  /** What to do when the page inserted the sample exports and the pane took them as the sources. */
  offered: string;
  /** Beside the disabled Prepare accounts button, until an order-line table is chosen. */
  pickFirst: string;
  pickedAt: (address: string, lines: number) => string;
  columns: string;
  roles: Record<PrepareRole, string>;
  required: string;
  noColumn: string;
  columnOf: (role: string) => string;
  reviewDate: string;
  reviewDateHint: (latest: string | null) => string;
  window: string;
  months: (n: number) => string;
  quality: string;
  lines: (valid: number, total: number, blank: number) => string;
  invalid: (n: number) => string;
  notDates: (n: number, cells: string) => string;
  textNumbers: (n: number, cells: string) => string;
  blanks: (n: number, cells: string) => string;
  returns: (n: number, total: string) => string;
  variants: (n: number, list: string) => string;
  activityOnly: (n: number, names: string) => string;
  duplicates: (n: number, cells: string) => string;
  noIssues: string;
  more: (n: number) => string;
  excludeInvalid: string;
  prepare: string;
  refresh: string;
  refreshHint: string;
  copySql: string;
  sqlCopied: string;
  sqlToCopy: string;
  hideSql: string;
  prepared: (sheet: string, accounts: number, asOf: string | null, excluded: number) => string;
  refreshed: (sheet: string, accounts: number, asOf: string | null) => string;
  /** The user had typed on KAM Accounts: the sheet of their edits, kept before the rewrite. */
  keptEdits: (sheet: string, kept: string) => string;
  strategicTitle: string;
  strategic: string;
  ratingsTable: string;
  noRatings: string;
  criteria: string;
  criteriaHint: string;
  methodOf: (criterion: string) => string;
  methods: Record<"median" | "mean" | "nps", string>;
  ratingsOutside: (n: number) => string;
  singleRater: (n: number, list: string) => string;
  disagreements: (n: number, list: string) => string;
  sqlDialect: string;
  workshopRaters: string;
  workshopRatersHint: string;
  insertWorkshop: string;
  workshopInserted: (sheet: string, accounts: number) => string;
  steps: Record<"read" | "check" | "compute" | "write" | "matrix", string>;
  working: string;
  errorTitle: string;
  errors: PrepareErrors;
}

const prepareEn: PrepareStrings = {
  title: "Prepare data",
  intro:
    "Start from raw exports: an order-line table (customer, date, amount, …) and, if you have one, an activity log. The add-in computes one row per account on the sheet KAM Accounts; your tables are only read.",
  ordersTable: "Order lines",
  activityTable: "Activity log (optional)",
  selectionOption: "Table at the selection",
  nativeTable: "Table",
  noActivity: "No activity log",
  useSelection: "Use selection",
  offered: "The sample order lines and activity log are chosen as the raw tables. Check the columns below, then click Prepare accounts.",
  pickFirst: "Choose the order-line table first: pick it in the list above, or click a cell inside it and press Use selection.",
  pickedAt: (address, lines) => `${address}: ${count(lines, "line", "lines")}`,
  columns: "Columns",
  roles: {
    account: "Customer",
    date: "Date",
    amount: "Amount",
    profit: "Profit",
    category: "Category",
    order: "Order ID",
    type: "Type",
    rater: "Rater",
  },
  required: "(required)",
  noColumn: "(none)",
  columnOf: (role) => `Column for ${role}`,
  reviewDate: "Data as of (review date)",
  reviewDateHint: (latest) => (latest ? `Leave empty for the latest order date (${latest}).` : "Leave empty for the latest order date."),
  window: "Window",
  months: (n) => count(n, "month", "months"),
  quality: "Data quality",
  lines: (valid, total, blank) =>
    `${valid} of ${count(total, "line is", "lines are")} valid${blank ? `; ${count(blank, "blank line is", "blank lines are")} ignored` : ""}.`,
  invalid: (n) => `${count(n, "line is", "lines are")} not valid:`,
  notDates: (n, cells) => `${count(n, "date is not a date", "dates are not dates")}: ${cells}`,
  textNumbers: (n, cells) => `${count(n, "number is", "numbers are")} stored as text: ${cells}`,
  blanks: (n, cells) => `${count(n, "required cell is", "required cells are")} blank: ${cells}`,
  returns: (n, total) =>
    `${count(n, "negative line (return, credit note)", "negative lines (returns, credit notes)")} totalling ${total}: counted and kept.`,
  variants: (n, list) =>
    `${count(n, "account id written in different ways is", "account ids written in different ways are")} merged: ${list}`,
  activityOnly: (n, names) => `${count(n, "account appears", "accounts appear")} only in the activity log (no orders): ${names}`,
  duplicates: (n, cells) => `${count(n, "group", "groups")} of exactly equal lines (kept; check for a double export): ${cells}`,
  noIssues: "No problems found.",
  more: (n) => `and ${n} more`,
  excludeInvalid: "Leave the invalid lines out (they are listed on KAM Accounts, never lost)",
  prepare: "Prepare accounts",
  refresh: "Refresh",
  refreshHint: "Refresh reads the raw tables again with these settings, rewrites KAM Accounts and rebuilds the matrix.",
  copySql: "Copy as SQL",
  sqlCopied: "The SQL query is on the clipboard.",
  sqlToCopy: "SQL for your warehouse: select it and copy",
  hideSql: "Hide SQL",
  prepared: (sheet, n, asOf, excluded) =>
    `Sheet "${sheet}" written with ${count(n, "account", "accounts")}${asOf ? `, review date ${asOf}` : ""}${excluded ? `; ${count(excluded, "line left out is", "lines left out are")} listed below the table` : ""}. It is now the matrix's source: check the mapping under Data.`,
  refreshed: (sheet, n, asOf) =>
    `Refreshed: "${sheet}" has ${count(n, "account", "accounts")}${asOf ? ` (review date ${asOf})` : ""}, and the matrix was rebuilt.`,
  keptEdits: (sheet, kept) => `You had changed "${sheet}": your version is kept on the sheet "${kept}".`,
  strategicTitle: "Strategic importance",
  strategic:
    'Strategic importance, willingness to collaborate and satisfaction are judgements that no export holds. Collect them as one row per response (several raters per account in a review workshop, or a customer survey) and choose that table under "Ratings or survey responses": KAM Accounts gets one column per criterion, and Refresh reads it again with the other two inputs.',
  ratingsTable: "Ratings or survey responses (optional)",
  noRatings: "No ratings or survey",
  criteria: "Criteria (numeric columns)",
  criteriaHint: "Each ticked column becomes a column of KAM Accounts, with its raters, lowest and highest answer.",
  methodOf: (c) => `How ${c} is combined`,
  methods: { median: "Median (ratings)", mean: "Mean", nps: "NPS (0-10 recommendation)" },
  ratingsOutside: (n) => `${n} responses lie outside the review window and do not count.`,
  singleRater: (n, list) => `${n} accounts are rated by one rater only: ${list}`,
  disagreements: (n, list) => `${n} ratings where the raters disagree (worth a discussion): ${list}`,
  sqlDialect: "SQL dialect",
  workshopRaters: "Raters of a review workshop",
  workshopRatersHint: "Names separated by commas; leave empty for three blank rater rows per account.",
  insertWorkshop: "Insert workshop sheet",
  workshopInserted: (sheet, n) =>
    `Sheet "${sheet}" inserted with ${n} accounts. Fill in the ratings from 1 to 5 on the scales above, then choose it under "Ratings or survey responses".`,
  steps: {
    read: "Reading the raw tables…",
    check: "Checking the lines…",
    compute: "Computing the accounts…",
    write: "Writing KAM Accounts…",
    matrix: "Opening the mapping…",
  },
  working: "Preparing…",
  errorTitle: "The accounts cannot be prepared",
  errors: {
    noTable: () =>
      "No table found at the selection. Click a cell inside the order-line export (one header row, one row per line) and choose Use selection.",
    ownSheet: (sheet) => `The table is on "${sheet}", a sheet the add-in writes. Choose your own export of order lines or activities.`,
    noLines: (address) => `The table at ${address} has a header row but no lines below it.`,
    gone: (address) => `The raw table at ${address} is no longer there. Choose the order-line table again and click Prepare accounts.`,
    cannotReread: (address) => `This host cannot read ${address} again by itself. Choose the table again and click Prepare accounts.`,
    nothingStored: () => "Nothing to refresh yet: choose the order-line table and click Prepare accounts first.",
    mapping: (roles) => `Map a column to: ${roles}. Customer, date and amount are needed for every line.`,
    invalid: (n, cell, reason) =>
      Number(n) === 1
        ? `1 line is not valid, at ${cell}: ${reason}. Correct it in your table, or tick "Leave the invalid lines out".`
        : `${n} lines are not valid; the first, at ${cell}: ${reason}. Correct them in your table, or tick "Leave the invalid lines out".`,
    noAccounts: () => "No account has a valid line on or before the review date. Check the review date and the date column.",
    noReviewDate: () => "There is no review date yet: choose the order-line table (its latest date is the default) or type a date.",
    notFoundAfterWrite: (sheet) =>
      `"${sheet}" was written, but its table could not be read back. Click inside it and choose Use selection under Data.`,
    tableGone: (name) =>
      `The raw table "${name}" is no longer in this workbook. Choose the order-line table again and click Prepare accounts. Nothing was changed.`,
    columnMoved: (column, address) =>
      `The column "${column}" of ${address} has no header, and the export's header row changed since the last preparation, so the add-in cannot tell which column it is now. Check the mapping and click Prepare accounts. Nothing was changed.`,
    blockSplit: (address, read) =>
      `The export at ${address} now has an empty row: only ${read} could be read as one table. Remove the empty row (or select the whole export) and click Prepare accounts. Nothing was changed.`,
    matrixFailed: (sheet, reason) => `"${sheet}" was refreshed, but the matrix could not be rebuilt: ${reason}`,
  },
};

const prepareDe: PrepareStrings = {
  title: "Daten vorbereiten",
  intro:
    "Beginnen Sie mit Rohexporten: einer Tabelle der Auftragspositionen (Kunde, Datum, Betrag, …) und, falls vorhanden, einem Aktivitätenprotokoll. Das Add-in berechnet je Kunde eine Zeile auf dem Blatt KAM Accounts; Ihre Tabellen werden nur gelesen.",
  ordersTable: "Auftragspositionen",
  activityTable: "Aktivitätenprotokoll (optional)",
  selectionOption: "Tabelle an der Auswahl",
  nativeTable: "Tabelle",
  noActivity: "Kein Aktivitätenprotokoll",
  useSelection: "Auswahl verwenden",
  offered:
    "Die Beispiel-Auftragspositionen und das Aktivitätenprotokoll sind als Rohtabellen gewählt. Prüfen Sie unten die Spalten und klicken Sie dann auf Kunden vorbereiten.",
  pickFirst:
    "Wählen Sie zuerst die Tabelle der Auftragspositionen: in der Liste oben, oder klicken Sie in eine Zelle der Tabelle und dann auf Auswahl verwenden.",
  pickedAt: (address, lines) => `${address}: ${count(lines, "Zeile", "Zeilen")}`,
  columns: "Spalten",
  roles: {
    account: "Kunde",
    date: "Datum",
    amount: "Betrag",
    profit: "Gewinn",
    category: "Warengruppe",
    order: "Auftragsnummer",
    type: "Typ",
    rater: "Bewerter",
  },
  required: "(erforderlich)",
  noColumn: "(keine)",
  columnOf: (role) => `Spalte für ${role}`,
  reviewDate: "Datenstand (Stichtag)",
  reviewDateHint: (latest) =>
    latest ? `Leer lassen für das letzte Auftragsdatum (${latest}).` : "Leer lassen für das letzte Auftragsdatum.",
  window: "Zeitraum",
  months: (n) => count(n, "Monat", "Monate"),
  quality: "Datenqualität",
  lines: (valid, total, blank) =>
    `${valid} von ${count(total, "Zeile ist", "Zeilen sind")} gültig${blank ? `; ${count(blank, "leere Zeile wird", "leere Zeilen werden")} ignoriert` : ""}.`,
  invalid: (n) => `${count(n, "Zeile ist", "Zeilen sind")} ungültig:`,
  notDates: (n, cells) => `${count(n, "Datumsangabe ist", "Datumsangaben sind")} kein Datum: ${cells}`,
  textNumbers: (n, cells) => `${count(n, "Zahl ist", "Zahlen sind")} als Text gespeichert: ${cells}`,
  blanks: (n, cells) => `${count(n, "erforderliche Zelle ist", "erforderliche Zellen sind")} leer: ${cells}`,
  returns: (n, total) =>
    `${count(n, "negative Zeile (Retoure, Gutschrift)", "negative Zeilen (Retouren, Gutschriften)")} mit zusammen ${total}: gezählt und behalten.`,
  variants: (n, list) =>
    `${count(n, "unterschiedlich geschriebene Kundennummer wird", "unterschiedlich geschriebene Kundennummern werden")} zusammengeführt: ${list}`,
  activityOnly: (n, names) => `${count(n, "Kunde steht", "Kunden stehen")} nur im Aktivitätenprotokoll (keine Aufträge): ${names}`,
  duplicates: (n, cells) =>
    `${count(n, "Gruppe", "Gruppen")} völlig gleicher Zeilen (behalten; prüfen Sie auf einen doppelten Export): ${cells}`,
  noIssues: "Keine Probleme gefunden.",
  more: (n) => `und ${n} weitere`,
  excludeInvalid: "Ungültige Zeilen auslassen (sie werden auf KAM Accounts aufgeführt, nie verloren)",
  prepare: "Kunden vorbereiten",
  refresh: "Aktualisieren",
  refreshHint: "Aktualisieren liest die Rohtabellen mit diesen Einstellungen neu, schreibt KAM Accounts neu und baut die Matrix neu auf.",
  copySql: "Als SQL kopieren",
  sqlCopied: "Die SQL-Abfrage ist in der Zwischenablage.",
  sqlToCopy: "SQL für Ihr Data Warehouse: markieren und kopieren",
  hideSql: "SQL ausblenden",
  prepared: (sheet, n, asOf, excluded) =>
    `Blatt „${sheet}“ mit ${count(n, "Kunde", "Kunden")} geschrieben${asOf ? `, Stichtag ${asOf}` : ""}${excluded ? `; ${count(excluded, "ausgelassene Zeile steht", "ausgelassene Zeilen stehen")} unter der Tabelle` : ""}. Es ist jetzt die Quelle der Matrix: prüfen Sie die Zuordnung unter Daten.`,
  refreshed: (sheet, n, asOf) =>
    `Aktualisiert: „${sheet}“ hat ${count(n, "Kunde", "Kunden")}${asOf ? ` (Stichtag ${asOf})` : ""}, und die Matrix wurde neu aufgebaut.`,
  keptEdits: (sheet, kept) => `Sie hatten „${sheet}“ geändert: Ihre Fassung bleibt auf dem Blatt „${kept}“ erhalten.`,
  strategicTitle: "Strategische Bedeutung",
  strategic:
    "Strategische Bedeutung, Kooperationsbereitschaft und Zufriedenheit sind Einschätzungen, die in keinem Export stehen. Erfassen Sie sie als eine Zeile je Antwort (mehrere Bewerter je Kunde in einem Review-Workshop oder eine Kundenbefragung) und wählen Sie diese Tabelle unter „Bewertungen oder Umfrageantworten“: KAM Accounts erhält je Kriterium eine Spalte, und Aktualisieren liest sie mit den beiden anderen Eingaben neu.",
  ratingsTable: "Bewertungen oder Umfrageantworten (optional)",
  noRatings: "Keine Bewertungen oder Umfrage",
  criteria: "Kriterien (Zahlenspalten)",
  criteriaHint: "Jede markierte Spalte wird eine Spalte von KAM Accounts, mit ihren Bewertern, der niedrigsten und der höchsten Antwort.",
  methodOf: (c) => `Wie ${c} zusammengefasst wird`,
  methods: { median: "Median (Bewertungen)", mean: "Mittelwert", nps: "NPS (Weiterempfehlung 0-10)" },
  ratingsOutside: (n) => `${n} Antworten liegen außerhalb des Zeitraums und zählen nicht.`,
  singleRater: (n, list) => `${n} Kunden sind nur von einem Bewerter bewertet: ${list}`,
  disagreements: (n, list) => `${n} Bewertungen, bei denen die Bewerter uneinig sind (Gesprächsbedarf): ${list}`,
  sqlDialect: "SQL-Dialekt",
  workshopRaters: "Bewerter eines Review-Workshops",
  workshopRatersHint: "Namen durch Kommas getrennt; leer lassen für drei leere Bewerterzeilen je Kunde.",
  insertWorkshop: "Workshop-Blatt einfügen",
  workshopInserted: (sheet, n) =>
    `Blatt „${sheet}“ mit ${n} Kunden eingefügt. Tragen Sie die Bewertungen von 1 bis 5 auf den Skalen oben ein und wählen Sie es dann unter „Bewertungen oder Umfrageantworten“.`,
  steps: {
    read: "Die Rohtabellen werden gelesen…",
    check: "Die Zeilen werden geprüft…",
    compute: "Die Kunden werden berechnet…",
    write: "KAM Accounts wird geschrieben…",
    matrix: "Die Zuordnung wird geöffnet…",
  },
  working: "Wird vorbereitet…",
  errorTitle: "Die Kunden können nicht vorbereitet werden",
  errors: {
    noTable: () =>
      "An der Auswahl wurde keine Tabelle gefunden. Klicken Sie in den Export der Auftragspositionen (eine Kopfzeile, eine Zeile je Position) und wählen Sie Auswahl verwenden.",
    ownSheet: (sheet) =>
      `Die Tabelle liegt auf „${sheet}“, einem Blatt, das das Add-in schreibt. Wählen Sie Ihren eigenen Export der Auftragspositionen oder Aktivitäten.`,
    noLines: (address) => `Die Tabelle bei ${address} hat eine Kopfzeile, aber keine Zeilen darunter.`,
    gone: (address) =>
      `Die Rohtabelle bei ${address} ist nicht mehr da. Wählen Sie die Tabelle der Auftragspositionen erneut und klicken Sie auf Kunden vorbereiten.`,
    cannotReread: (address) =>
      `Diese Anwendung kann ${address} nicht selbst neu lesen. Wählen Sie die Tabelle erneut und klicken Sie auf Kunden vorbereiten.`,
    nothingStored: () =>
      "Noch nichts zu aktualisieren: Wählen Sie zuerst die Tabelle der Auftragspositionen und klicken Sie auf Kunden vorbereiten.",
    mapping: (roles) => `Ordnen Sie eine Spalte zu für: ${roles}. Kunde, Datum und Betrag braucht jede Zeile.`,
    invalid: (n, cell, reason) =>
      Number(n) === 1
        ? `1 Zeile ist ungültig, bei ${cell}: ${reason}. Korrigieren Sie sie in Ihrer Tabelle oder wählen Sie „Ungültige Zeilen auslassen“.`
        : `${n} Zeilen sind ungültig; die erste, bei ${cell}: ${reason}. Korrigieren Sie sie in Ihrer Tabelle oder wählen Sie „Ungültige Zeilen auslassen“.`,
    noAccounts: () => "Kein Kunde hat eine gültige Zeile am oder vor dem Stichtag. Prüfen Sie den Stichtag und die Datumsspalte.",
    noReviewDate: () =>
      "Es gibt noch keinen Stichtag: Wählen Sie die Tabelle der Auftragspositionen (ihr letztes Datum ist die Vorgabe) oder geben Sie ein Datum ein.",
    notFoundAfterWrite: (sheet) =>
      `„${sheet}“ wurde geschrieben, aber seine Tabelle konnte nicht gelesen werden. Klicken Sie hinein und wählen Sie unter Daten Auswahl verwenden.`,
    tableGone: (name) =>
      `Die Rohtabelle „${name}“ ist nicht mehr in dieser Mappe. Wählen Sie die Tabelle der Auftragspositionen erneut und klicken Sie auf Kunden vorbereiten. Es wurde nichts geändert.`,
    columnMoved: (column, address) =>
      `Die Spalte „${column}“ von ${address} hat keine Überschrift, und die Kopfzeile des Exports hat sich seit der letzten Vorbereitung geändert; das Add-in kann nicht erkennen, welche Spalte es jetzt ist. Prüfen Sie die Zuordnung und klicken Sie auf Kunden vorbereiten. Es wurde nichts geändert.`,
    blockSplit: (address, read) =>
      `Der Export bei ${address} hat jetzt eine leere Zeile: Nur ${read} ließ sich als eine Tabelle lesen. Entfernen Sie die leere Zeile (oder wählen Sie den ganzen Export) und klicken Sie auf Kunden vorbereiten. Es wurde nichts geändert.`,
    matrixFailed: (sheet, reason) => `„${sheet}“ wurde aktualisiert, aber die Matrix konnte nicht neu aufgebaut werden: ${reason}`,
  },
};

export const PREPARE_STRINGS: Record<Language, PrepareStrings> = { en: prepareEn, de: prepareDe };
