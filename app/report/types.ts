/**
 * The report's description of the "KAM Matrix" sheet is part of the workbook contract; it lives
 * in taskpane/workbook/contract.ts (so the adapters never import from report/). Re-exported here
 * for the report builder.
 */
export type {
  Anchor,
  CellValue,
  ChartAxis,
  ChartPoint,
  ChartSeries,
  ChartSpec,
  ChartTrail,
  MatrixReport,
  ReportSheet,
  ReportTable,
} from "../workbook/contract";
