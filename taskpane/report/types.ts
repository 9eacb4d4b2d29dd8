/**
 * The host-neutral description of the "KAM Matrix" sheet: what to write, not how. The Excel,
 * playground and Google Sheets adapters each turn it into their own calls; tests compare it.
 */
export type CellValue = string | number | boolean | null;

/** Zero-based cell position on the report sheet. */
export interface Anchor {
  row: number;
  col: number;
}

/** One table of the report (results, quadrant summary, playbook). */
export interface ReportTable {
  id: "results" | "summary" | "playbook";
  /** Title written in the cell above the header row (bold). */
  title: string;
  /** Position of the title cell; the header row is the row below it. */
  anchor: Anchor;
  header: string[];
  rows: CellValue[][];
  /** Number format per column, e.g. "0.0", "0%", "#,##0"; null leaves the column as it is. */
  numberFormats: (string | null)[];
  /** Background colour (#RRGGBB) per data row, e.g. the quadrant colour; null for none. */
  rowFills?: (string | null)[];
  /** Which column the row fill colours (the whole row when omitted). */
  fillColumn?: number;
  /** Column widths in points, per column (optional). */
  columnWidths?: number[];
  /** Format the range as a native table (Excel table / banded range) with this name. */
  tableName?: string;
}

export interface ChartPoint {
  x: number;
  y: number;
  /** Account name shown beside the marker when `labelled`. */
  label: string;
  labelled: boolean;
}

export interface ChartSeries {
  name: string;
  /** Marker colour #RRGGBB. */
  color: string;
  points: ChartPoint[];
}

export interface ChartAxis {
  title: string;
  min: number;
  max: number;
}

/** A native XY scatter chart: one series per quadrant plus two threshold lines. */
export interface ChartSpec {
  title: string;
  xAxis: ChartAxis;
  yAxis: ChartAxis;
  series: ChartSeries[];
  /** Vertical line at x = value threshold, horizontal line at y = engagement threshold. */
  thresholds: { value: number; engagement: number; label: string };
  /** Where the chart sits: top-left cell and size in points. */
  anchor: Anchor;
  width: number;
  height: number;
}

export interface ReportSheet {
  /** Preferred sheet name ("KAM Matrix"); an adapter picks another if a user's sheet has it. */
  sheetName: string;
  tables: ReportTable[];
  chart: ChartSpec;
}
