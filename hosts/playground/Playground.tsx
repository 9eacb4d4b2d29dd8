import * as React from "react";
import { Button, Caption1, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import {
  ACTIVITY_NUMBER_FORMATS,
  ACTIVITY_SHEET_NAME,
  ACTIVITY_TABLE_NAME,
  ORDER_NUMBER_FORMATS,
  ORDER_SHEET_NAME,
  ORDER_TABLE_NAME,
  sampleActivityTable,
  sampleOrderTable,
} from "../../app/sample/orderLines";
import { sampleSurveyTable, sampleWorkshopTable, SURVEY_SHEET_NAME, WORKSHOP_SHEET_NAME } from "../../app/sample/ratings";
import { App } from "../../taskpane/App";
import type { CellValue } from "../../app/report/types";
import type { MemoryWorkbook } from "./memory-workbook";
import { ImportCsv } from "./ImportCsv";
import { PAGE_TEXT } from "./pageText";
import { WorkbookView } from "./WorkbookView";

/**
 * The playground page: the in-memory workbook on the left, the real task pane on the right. The
 * pane gets the workbook through the same Workbook interface as in Excel; switching the language
 * re-mounts it with another display language, as reopening Office in German would.
 */
export type PageLanguage = "en" | "de";
const DISPLAY_LANGUAGE: Record<PageLanguage, string> = { en: "en-US", de: "de-DE" };

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346", // Excel green, so the page reads as "a workbook"
    color: "#fff",
  },
  brand: { display: "flex", flexDirection: "column", flexGrow: 1 },
  subtitle: { color: "#e6f2ea" },
  controls: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  languageField: { display: "flex", flexDirection: "row", alignItems: "center", gap: tokens.spacingHorizontalS, color: "#fff" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  pane: { width: "380px", flexShrink: 0, display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  paneTitle: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  paneBody: { flexGrow: 1, overflowY: "auto", minHeight: 0 },
});

export function Playground({
  workbook,
  initialLanguage,
  paneOnly = false,
}: {
  workbook: MemoryWorkbook;
  initialLanguage: PageLanguage;
  paneOnly?: boolean;
}) {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<PageLanguage>(initialLanguage);
  const text = PAGE_TEXT[language];
  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // a raw export and an activity log, to try the route from order lines to the matrix; the pane
  // takes them as Prepare data's tables and says what comes next.
  const onOrderLines = async () => {
    // Judgement data beside them: a review workshop's ratings and a customer survey export.
    await workbook.addDataSheet(SURVEY_SHEET_NAME, sampleSurveyTable());
    await workbook.addDataSheet(WORKSHOP_SHEET_NAME, sampleWorkshopTable());
    const activity = await workbook.addDataSheet(ACTIVITY_SHEET_NAME, sampleActivityTable(), {
      tableName: ACTIVITY_TABLE_NAME,
      numberFormats: ACTIVITY_NUMBER_FORMATS,
    });
    const orders = await workbook.addDataSheet(ORDER_SHEET_NAME, sampleOrderTable(), {
      tableName: ORDER_TABLE_NAME,
      numberFormats: ORDER_NUMBER_FORMATS,
    });
    const tableOf = (sheetName: string) => ({ tableName: workbook.sheet(sheetName)!.tables[0].name });
    workbook.offerSources({ orders: tableOf(orders), activity: tableOf(activity) });
  };
  // ?pane: only the task pane, filling the window, as Excel shows it (the 320 x 800 check).
  if (paneOnly)
    return (
      <div
        className={styles.paneBody}
        style={{ height: "100vh", backgroundColor: tokens.colorNeutralBackground1 }}
        aria-label={text.taskPane}
      >
        <App key={language} workbook={workbook} displayLanguage={DISPLAY_LANGUAGE[language]} />
      </div>
    );

  const onImport = async (name: string, values: CellValue[][]) => {
    await workbook.addDataSheet(name, values);
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
            {text.title}
          </Text>
          <Caption1 className={styles.subtitle}>{text.subtitle}</Caption1>
        </div>
        <div className={styles.controls}>
          <Button onClick={() => void onOrderLines()}>{text.insertOrderLines}</Button>
          <ImportCsv key={language} text={text} onImport={onImport} />
          <Field label={{ children: text.language, style: { color: "#fff" } }} className={styles.languageField}>
            <Select value={language} onChange={(_, d) => setLanguage(d.value as PageLanguage)}>
              <option value="en">English</option>
              <option value="de">Deutsch</option>
            </Select>
          </Field>
        </div>
      </header>
      <main className={styles.main}>
        <section className={styles.workbook} aria-label={text.workbook}>
          <WorkbookView workbook={workbook} locale={DISPLAY_LANGUAGE[language]} sheetsLabel={text.sheets} />
        </section>
        <aside className={styles.pane} aria-label={text.taskPane}>
          <div className={styles.paneTitle}>KAM Matrix</div>
          <div className={styles.paneBody}>
            <App key={language} workbook={workbook} displayLanguage={DISPLAY_LANGUAGE[language]} />
          </div>
        </aside>
      </main>
    </div>
  );
}
