/**
 * The contract between the task pane and a workbook host: what the pane reads (SourceTable),
 * what it writes (ReportSheet, the host-neutral description of the "KAM Matrix" sheet) and what
 * a host can report back (WriteResult, WorkbookError). The Excel, playground and Google Sheets
 * adapters implement it; nothing here depends on the report builder or the pane.
 */
export type CellValue = string | number | boolean | null;
import { AppError } from "../errors";

/**
 * A formula the add-in writes on a sheet it has just created (0-based row and column). The text is
 * built by the add-in from fixed templates and cell addresses, never from a user's text; it uses
 * Excel's names (KAM.WEIGHTS), which the Google Sheets adapter writes as KAM_WEIGHTS.
 */
export interface FormulaCell {
  row: number;
  col: number;
  formula: string;
}

/** What Workbook.addDataSheet may add to the values (the playground's page adds more). */
export interface NewSheetOptions {
  /** The add-in's own formulas, in cells that the values leave empty. */
  formulas?: readonly FormulaCell[];
  /** Drop-down lists on columns of the rows below the header row, where the host supports data validation. */
  validation?: ListRule[];
}

/** Zero-based cell position on the report sheet. */
export interface Anchor {
  row: number;
  col: number;
}

/** One table of the report (results, quadrant summary, playbook). */
export interface ReportTable {
  /**
   * "movers", "transition", "kpis", "reviewNote", "predicted": the comparison with a saved review;
   * "history": KAM History; "review", "accounts", "excluded": the tables of "KAM Accounts".
   */
  id:
    | "results"
    | "summary"
    | "playbook"
    | "movers"
    | "transition"
    | "kpis"
    | "reviewNote"
    | "predicted"
    | "history"
    | "review"
    | "accounts"
    | "excluded"
    | "planLeft"
    | "planActions"
    | "planGroups";
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
  /** Drop-down lists on data columns, where the host supports data validation. */
  validation?: ListRule[];
}

/** A drop-down list of allowed entries on a table's data column (zero-based within the table). */
export interface ListRule {
  column: number;
  list: string[];
}

export interface ChartPoint {
  x: number;
  y: number;
  /** Account name shown beside the marker when `labelled`. */
  label: string;
  labelled: boolean;
  // ---- what-if: optional, so every other producer of points stays valid
  /** A borderline account (stability under 80%): drawn as a hollow marker in the quadrant's colour. */
  hollow?: boolean;
  /** Index of the account in the pane's account list (the preview's click opens its card). */
  account?: number;
  /** Zero-based row of the account on the report sheet (a click on the marker selects it there). */
  row?: number;
}

/** An account's move since the compared review: a line from its earlier position (hollow marker) to its current one. */
export interface ChartTrail {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Account name. */
  label: string;
  /** #RRGGBB: the colour of the account's quadrant now. */
  color: string;
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
  // ---- review
  /** Moves since the compared review (at most 25). */
  trails?: ChartTrail[];
  /** Hysteresis band in score points: shaded from t - band to t + band around each threshold. */
  band?: number;
  /** Legend texts of the trails and the band. */
  reviewLabels?: { trail: string; band: string };
  /** what-if: legend suffix of the hollow (borderline) markers' series, e.g. "borderline". */
  borderlineLabel?: string;
}

/**
 * The sheets the add-in writes, each proved its own separately (a mark and a stored id per kind):
 * the matrix report, the prepared account table ("KAM Accounts"), the review history ("KAM
 * History"), and the account plan ("KAM Plan") with its actions ("KAM Actions").
 */
export type OwnSheetKind = "matrix" | "accounts" | "history" | "plan" | "actions";
export const OWN_SHEET_KINDS: readonly OwnSheetKind[] = ["matrix", "accounts", "history", "plan", "actions"];

/** Own sheets holding one table that later writes only edit in place (HistoryChange): never rebuilt. */
export type LogKind = "history" | "plan" | "actions";

/**
 * The plan and its actions hold the user's typed work: the add-in creates them once and then only
 * appends rows. It never replaces them, never removes a row and never adds a column.
 */
export const isAppendOnly = (kind: OwnSheetKind): kind is "plan" | "actions" => kind === "plan" || kind === "actions";

/**
 * Own sheets that are results of the add-in, never its source: a table on them is refused as the
 * account table. "KAM Accounts" is written to be the source of the matrix, so it is not one of them.
 */
export const isResultSheet = (kind: OwnSheetKind): boolean => kind !== "accounts";

export interface ReportSheet {
  /** Which own sheet this is (default "matrix"); each kind has its own proof of ownership. */
  kind?: OwnSheetKind;
  /** Preferred sheet name ("KAM Matrix"); an adapter picks another if a user's sheet has it. */
  sheetName: string;
  tables: ReportTable[];
  /** The matrix chart; other own sheets have none. */
  chart?: ChartSpec;
  /**
   * Appended to the old report sheet's name when the user typed on it and it is kept (see
   * WriteResult.keptEdits), in the pane's language; "(your edits)" when left out.
   */
  keptSuffix?: string;
  /**
   * Only create (the first save of the history, the plan, the actions; see checkCreateOnly): when
   * an own sheet of this kind exists by now (another pane wrote it a moment ago), write nothing and
   * fail with WorkbookError "historyChanged", so nothing is replaced. The plan and actions also
   * refuse ("nameTaken") when a sheet of the user's has the name asked for.
   */
  createOnly?: boolean;
}

/** The "KAM Matrix" sheet: a report with its chart. */
export type MatrixReport = ReportSheet & { chart: ChartSpec };

export const DEFAULT_KEPT_SUFFIX = "(your edits)";

export interface SourceTable {
  sheetName: string;
  /** Address of the table including its header row, e.g. "Accounts!A1:H41". */
  address: string;
  /** Name of the native table when the data is one, else undefined. */
  tableName?: string;
  headers: string[];
  /** Data rows below the header, as values (numbers stay numbers). */
  rows: CellValue[][];
  /** Set when the table lies on a result sheet the add-in wrote (matrix, history): never the source. */
  onReportSheet?: true;
  /** Set when the table lies on one of the add-in's own sheets: which one. */
  ownKind?: OwnSheetKind;
}

/** Where to read the account table from: a named table, or the region around the selection. */
export type SourceRef = { tableName: string } | { selection: true };

/** Raw exports a host's own page just inserted (the playground's sample): the order lines and an activity log. */
export interface SourceOffer {
  orders: SourceRef;
  activity?: SourceRef;
}

export interface WriteProgress {
  /** 0..1 */
  done: number;
  phase: "prepare" | "values" | "formats" | "chart";
}

/** Features a host could not provide; the pane words them (taskpane/i18n/errors.ts). */
export type MissingFeature = "pointLabelsExcel" | "pointLabelsSheets";

/** what-if: the cell the user selected, as sheet name and zero-based row. */
export interface SelectedRow {
  sheetName: string;
  row: number;
  /** Zero-based column, when the host says it. */
  col?: number;
}

export interface WriteResult {
  /** The sheet written: "KAM Matrix", or another name if a user's own sheet is called that. */
  sheetName: string;
  missingFeatures: MissingFeature[];
  /**
   * Set when the user had typed on the previous report sheet: a copy of it as it was is kept
   * under this name (the user's, not marked), and the report sheet was rewritten in place.
   */
  keptEdits?: string;
}

/** What an adapter can fail with, as a code and its parameters; the pane words it. */
export type WorkbookErrorCode =
  /** readTable({ tableName }) for a table or named range that does not exist. */
  | "noSuchTable"
  /** A write failed and the unfinished sheet `name` could not be removed; the own sheet `sheet` is as it was. */
  | "reportIncomplete"
  /** Rewriting the own sheet `sheet` in place failed part-way: it is incomplete; the whole new content is on the sheet `name`. */
  | "ownSheetIncomplete"
  /**
   * The history table changed (rows added or removed by hand) since it was read: read it again.
   * `name` is set only for the plan and actions (their sheet's name).
   */
  | "historyChanged"
  /** The own history sheet no longer holds a table (converted to a range, or the table deleted). */
  | "historyNoTable"
  /** No proved own history, but a sheet of that name holds a history table: not read, not written, not started again. */
  | "historyUnproved"
  /** Settings too large for the host's store (Google Sheets document properties); `name` holds their size in KB. */
  | "settingsTooLarge"
  /** Another writer (a collaborator, or this pane's live rebuild) held the document for too long: nothing was written. */
  | "busy"
  /** A sheet of the user's has the name the add-in wanted for a sheet it creates once (the plan): ask for another name. */
  | "nameTaken"
  /** The row to update no longer holds what the pane read (someone edited, sorted or deleted it): nothing was written. */
  | "rowChanged";

export class WorkbookError extends AppError<WorkbookErrorCode> {
  constructor(
    code: WorkbookErrorCode,
    readonly params: { name?: string; choices?: string[]; sheet?: string } = {},
  ) {
    super(code, `${WIRE_PREFIX}${JSON.stringify({ code, params })}`);
    this.name = "WorkbookError";
  }

  /** google.script.run passes only an error's message: this finds the code in it again. */
  static fromMessage(message: string): WorkbookError | null {
    const at = message.indexOf(WIRE_PREFIX);
    if (at < 0) return null;
    try {
      const { code, params } = JSON.parse(message.slice(at + WIRE_PREFIX.length)) as {
        code: WorkbookErrorCode;
        params: WorkbookError["params"];
      };
      return new WorkbookError(code, params);
    } catch {
      return null;
    }
  }
}

const WIRE_PREFIX = "KAM-WORKBOOK-ERROR ";

export const isWorkbookError = (e: unknown): e is WorkbookError => e instanceof WorkbookError;

// ---- review ------------------------------------------------------------------------

/** The "KAM History" table as the adapters read it: header row and data rows (blank cells null). */
export interface HistoryData {
  header: CellValue[];
  rows: CellValue[][];
}

/** A table's header as text (a blank header cell is ""), as a HistoryChange carries it. */
export const headerText = (header: readonly CellValue[]): string[] => header.map((h) => (h === null ? "" : String(h)));

/** The rows of one saved review, found by content: its id, or for rows saved before ids its date and a blank id. */
export interface HistoryRemoval {
  date: string;
  reviewId: string | null;
  /** Rows it had when the pane read it: any other number means the table changed since (WorkbookError "historyChanged"). */
  rows: number;
}

/**
 * One edit of the history, as an adapter applies it, in this order: header cells appended at the
 * right, rows appended at the bottom, then the rows of the removed reviews deleted. So a failure
 * part-way leaves every earlier review whole (a review with fewer rows than its first row states
 * reads as unfinished and is left out). Rows are found by content in a fresh read made in the
 * same request or server call, never by the positions the pane read: a user may have sorted the
 * table. Earlier rows are never rewritten. The first save creates the add-in's own sheet "KAM
 * History" (marked like the matrix); a user's sheet of that name is left alone.
 */
export interface HistoryChange {
  /** Which own table (default "history"); the plan and actions accept appended rows only. */
  kind?: LogKind;
  /** Preferred sheet name and the title above the table (in the sheet's language). */
  sheetName: string;
  title: string;
  /** The header as the pane read it, then the cells it adds from `newColumnsFrom` on. */
  header: string[];
  newColumnsFrom: number;
  /** Data rows to append. */
  append: CellValue[][];
  /** Reviews whose rows go once the new rows are written (their rows are checked in every part); always empty for the plan and actions. */
  remove: HistoryRemoval[];
  /** False in all but the last part of an edit split into several calls: check the reviews to remove, remove nothing yet. */
  removeNow: boolean;
  /** The appended review's date: other rows of that date in the fresh read refuse the edit (another pane saved one). */
  date: string | null;
  /** Columns of the review date and of the review id in `header` (the plan and actions: 0 and header.length, none). */
  dateColumn: number;
  reviewColumn: number;
  /**
   * The plan and actions only: data rows the append was computed against; any other count in the
   * fresh read means another pane appended meanwhile (WorkbookError "historyChanged" naming the sheet).
   */
  expectRows?: number;
  /** Drop-down lists for the appended rows (and the first sheet's rows), where the host supports data validation. */
  validation?: ListRule[];
}

export const HISTORY_TABLE_NAME = "KAMHistory";

/** The native table (Excel) or named range (Sheets) of each own table. */
export const LOG_TABLE_NAMES: Record<LogKind, string> = { history: HISTORY_TABLE_NAME, plan: "KAMPlan", actions: "KAMActions" };

/**
 * "Mark done": writes single cells of one data row of an own append-only table, only when that row
 * still holds `expect` (as read; blank cells compare as null); else WorkbookError "rowChanged".
 */
export interface RowUpdate {
  kind: "actions";
  /** Zero-based data row, as read. */
  row: number;
  expect: CellValue[];
  /** Zero-based columns within the table and their new values. */
  cells: { col: number; value: CellValue }[];
}

/** The row still holds what was read: same cells, blank and null alike, trailing blanks ignored. */
export function sameRow(now: readonly CellValue[] | undefined, expect: readonly CellValue[]): boolean {
  if (!now) return false;
  const norm = (v: CellValue | undefined) => (v === undefined || v === "" ? null : v);
  const n = Math.max(now.length, expect.length);
  for (let j = 0; j < n; j++) if (norm(now[j]) !== norm(expect[j])) return false;
  return true;
}
