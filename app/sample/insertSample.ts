import type { SourceTable, Workbook } from "../workbook/workbook";
import { SAMPLE_HEADERS, SAMPLE_SHEET_NAME, sampleTable } from "./sampleData";
import { NEXT_QUARTER_SHEET_NAME, sampleNextQuarterTable } from "./sampleNextQuarter";

/** Writes the sample portfolio (first or next quarter) into a new sheet; returns it as the table to use. */
export async function addSampleSheet(workbook: Workbook, quarter: "first" | "next"): Promise<SourceTable> {
  const values = quarter === "next" ? sampleNextQuarterTable() : sampleTable();
  const sheetName = await workbook.addDataSheet(quarter === "next" ? NEXT_QUARTER_SHEET_NAME : SAMPLE_SHEET_NAME, values);
  const read = await workbook.readTable({ selection: true });
  // The adapters select the new sheet; should one not, the values just written are the table.
  return read && read.sheetName === sheetName
    ? read
    : {
        sheetName,
        address: `'${sheetName}'!A1:${String.fromCharCode(64 + SAMPLE_HEADERS.length)}${values.length}`,
        headers: [...SAMPLE_HEADERS],
        rows: values.slice(1),
      };
}
