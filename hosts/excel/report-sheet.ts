/**
 * Which sheet is the add-in's own, proved, not guessed. The add-in writes two things when it
 * creates its report sheet: a workbook name (REPORT_MARK) whose reference is exactly the whole
 * sheet, and a workbook setting (REPORT_SETTING) with the sheet's id, the name it used and the
 * block of cells it wrote. A sheet is replaced only when both agree: the setting's sheet id is a
 * sheet of the workbook, and the setting's name refers to exactly that whole sheet. A name typed
 * by a user or left by another workbook ("=Finance!$A$1", or even "=Finance!$1:$1048576") has no
 * matching setting and proves nothing: the add-in then creates a new sheet and clears nothing.
 *
 * The name follows the sheet when it is renamed or moved; the id stays the same in one workbook
 * (Excel does not promise it across platforms: should it ever change, the proof fails and a new
 * report sheet is made, leaving the old one to the user, which is the safe side).
 */
import { boxWithin, parseA1, quoteSheet, type Box } from "../../app/workbook/naming";
import { wholeSheetReference } from "./address";
import { OWN_SHEET_KINDS, type OwnSheetKind } from "../../app/workbook/contract";
import type { ReportSheet } from "../../app/workbook/contract";
import { a1, tableBox, unionBox } from "../../app/workbook/naming";
import { chartDataBox } from "./chart-ops";

/** Per own sheet kind: the workbook name that marks it, the setting that stores its proof. */
export const OWN_SHEET_MARKS: Record<OwnSheetKind, { mark: string; setting: string; comment: string }> = {
  matrix: {
    mark: "KAM_Matrix_Report",
    setting: "kamMatrixReport",
    comment: "The sheet the KAM Matrix add-in rebuilds. Delete this name to keep the sheet as your own.",
  },
  accounts: {
    mark: "KAM_Accounts_Sheet",
    setting: "kamAccountsSheet",
    comment: "The account table the KAM Matrix add-in prepares from order lines. Delete this name to keep the sheet as your own.",
  },
  history: {
    mark: "KAM_History_Sheet",
    setting: "kamHistorySheet",
    comment: "The review history the KAM Matrix add-in keeps. Delete this name to keep the sheet as your own.",
  },
  plan: {
    mark: "KAM_Plan_Sheet",
    setting: "kamPlanSheet",
    comment: "The account plan the KAM Matrix add-in appends new accounts to. Delete this name to keep the sheet as your own.",
  },
  actions: {
    mark: "KAM_Actions_Sheet",
    setting: "kamActionsSheet",
    comment: "The account actions the KAM Matrix add-in appends suggestions to. Delete this name to keep the sheet as your own.",
  },
};
export const REPORT_MARK = OWN_SHEET_MARKS.matrix.mark;
export const REPORT_SETTING = OWN_SHEET_MARKS.matrix.setting;
export const MARK_COMMENT = OWN_SHEET_MARKS.matrix.comment;

const DANGLING_MARK = "=#REF!$1:$1048576";

export interface StoredReport {
  sheetId: string;
  mark: string;
  /** A1 block of every cell the add-in wrote, e.g. "A1:Z120". */
  extent: string;
  /** Fingerprint of the values in `extent` as written (app/workbook/fingerprint.ts). */
  fingerprint?: string;
}

export interface OwnSheet {
  id: string;
  name: string;
  position: number;
  extent: Box | null;
}

function parseStored(value: unknown): StoredReport | null {
  if (typeof value !== "string") return null;
  try {
    const s = JSON.parse(value) as Partial<StoredReport>;
    return typeof s.sheetId === "string" && typeof s.mark === "string" && typeof s.extent === "string" ? (s as StoredReport) : null;
  } catch {
    return null;
  }
}

/** What one sync of loads tells about the workbook; `queueInspection` queues them. */
export interface Inspection {
  sheets: { id: string; name: string; position: number }[];
  /** The proved own sheet of the kind asked for. */
  own: OwnSheet | null;
  /** Every proved own sheet, by kind. */
  owned: Partial<Record<OwnSheetKind, OwnSheet>>;
  activeId: string | null;
  /** The workbook name to write the mark into, and whether an old item of ours must go first. */
  markName: string;
  replaceMark: boolean;
  tableNames: string[];
}

/** Queues the loads (no sync); the returned function reads them after the sync. */
export function queueInspection(context: Excel.RequestContext, kind: OwnSheetKind = "matrix"): () => Inspection {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name,items/id,items/position");
  const names = workbook.names.load("items/name,items/formula");
  const settings = OWN_SHEET_KINDS.map((k) => {
    const setting = workbook.settings.getItemOrNullObject(OWN_SHEET_MARKS[k].setting);
    setting.load("value");
    return setting;
  });
  const active = workbook.worksheets.getActiveWorksheet();
  active.load("id");
  const tables = workbook.tables.load("items/name");
  return () => {
    const list = sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
    const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
    const proofs = OWN_SHEET_KINDS.map((k, i) => {
      const setting = settings[i];
      const stored = setting.isNullObject ? null : parseStored(setting.value);
      const item = stored ? names.items.find((n) => n.name.toLowerCase() === stored.mark.toLowerCase()) : undefined;
      const sheet = stored ? list.find((s) => s.id === stored.sheetId) : undefined;
      const proved = !!(stored && item && sheet && item.formula === wholeSheetReference(quoteSheet(sheet.name)));
      // Our own mark of a deleted sheet reads "=#REF!$1:$1048576": ours to replace too.
      const ourDanglingMark = !!(stored && item && item.formula === DANGLING_MARK);
      return {
        kind: k,
        stored,
        item,
        own: proved && sheet ? { ...sheet, extent: parseA1(stored!.extent) } : null,
        reuse: proved || ourDanglingMark,
      };
    });
    const owned: Partial<Record<OwnSheetKind, OwnSheet>> = {};
    for (const p of proofs) if (p.own) owned[p.kind] = p.own;
    const mine = proofs[OWN_SHEET_KINDS.indexOf(kind)];
    const base = OWN_SHEET_MARKS[kind].mark;
    let markName = base;
    for (let i = 2; taken.has(markName.toLowerCase()); i++) markName = `${base}_${i}`;
    return {
      sheets: list,
      own: mine.own,
      owned,
      // Read after the caller's sync (this function runs then); the rule cannot see across the closure.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      activeId: active.id,
      markName: mine.reuse ? mine.item!.name : markName,
      replaceMark: mine.reuse,
      tableNames: tables.items.map((t) => t.name),
    };
  };
}

/** True when the used cells of the old report reach outside the block the add-in wrote. */
export const typedOutside = (usedAddress: string | null, extent: Box | null): boolean => {
  if (usedAddress === null) return false;
  const used = parseA1(usedAddress);
  return !used || !extent || !boxWithin(used, extent);
};

/** Every cell the report writes: its tables and the chart's data block, as "A1:Z120". */
export function reportExtent(report: ReportSheet): string {
  const chart = chartDataBox(report);
  const box = unionBox([...report.tables.map(tableBox), ...(chart ? [chart] : [])])!;
  return a1(box.row, box.col, box.rows, box.cols);
}
