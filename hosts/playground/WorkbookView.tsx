import * as React from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { MemoryWorkbook } from "./memory-workbook";
import { SheetGrid } from "./SheetGrid";

/** The workbook like a spreadsheet window: the active sheet's grid and the sheet tabs below it. */
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0, backgroundColor: "#fff" },
  tabs: {
    flexShrink: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingLeft: tokens.spacingHorizontalM,
    overflowX: "auto",
  },
  empty: { padding: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3 },
});

export function useWorkbookVersion(workbook: MemoryWorkbook): number {
  return React.useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
}

export function WorkbookView({ workbook, locale, sheetsLabel }: { workbook: MemoryWorkbook; locale: string; sheetsLabel: string }) {
  const styles = useStyles();
  useWorkbookVersion(workbook);
  const active = workbook.activeSheet;
  return (
    <div className={styles.root}>
      {active ? (
        <SheetGrid key={active.name} workbook={workbook} sheet={active} locale={locale} />
      ) : (
        <div className={styles.empty}>No sheets</div>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={sheetsLabel}
        selectedValue={active?.name}
        onTabSelect={(_, data) => workbook.activate(String(data.value))}
      >
        {workbook.sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
