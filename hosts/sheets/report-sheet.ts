/**
 * Which sheet is the add-on's own, proved, not guessed (as in the Excel adapter): the add-on
 * marks its report sheet with developer metadata REPORT_KEY holding a random token, and stores
 * that sheet's id, the token and the block of cells it wrote in a document property. A sheet is
 * the add-on's only when both agree; a duplicated sheet (new id) or a copied property proves
 * nothing, and the add-on then writes a new sheet and clears nothing.
 */
import type { Services, Sheet, Spreadsheet } from "./apps-script";
import { boxWithin, parseA1, type Box } from "../../app/workbook/naming";
import { OWN_SHEET_KINDS, type OwnSheetKind } from "../../app/workbook/contract";
import { fingerprint, fingerprinted } from "../../app/workbook/fingerprint";

/**
 * Per own sheet kind: the developer metadata key that marks the sheet this add-on created (and
 * may replace), and the document property with the proof (sheet id, token) and the block written.
 */
export const OWN_SHEET_KEYS: Record<OwnSheetKind, string> = {
  matrix: "kam-matrix-report",
  accounts: "kam-accounts-sheet",
  history: "kam-history-sheet",
  plan: "kam-plan-sheet",
  actions: "kam-actions-sheet",
};
export const REPORT_KEY = OWN_SHEET_KEYS.matrix;
export const REPORT_PROPERTY = OWN_SHEET_KEYS.matrix;

export interface StoredReport {
  sheetId: number;
  token: string;
  extent: string;
  /** Top-left cell of the "Chart data" block the add-on's chart reads ("H1"). */
  chart?: string;
  /** Fingerprint of the values in `extent` as written (app/workbook/fingerprint.ts). */
  fingerprint?: string;
}

export function storedReport(services: Services, kind: OwnSheetKind = "matrix"): StoredReport | null {
  const raw = services.PropertiesService.getDocumentProperties().getProperty(OWN_SHEET_KEYS[kind]);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<StoredReport>;
    return typeof s.sheetId === "number" && typeof s.token === "string" && typeof s.extent === "string" ? (s as StoredReport) : null;
  } catch {
    return null;
  }
}

export function storeReport(services: Services, stored: StoredReport, kind: OwnSheetKind = "matrix"): void {
  services.PropertiesService.getDocumentProperties().setProperty(OWN_SHEET_KEYS[kind], JSON.stringify(stored));
}

/** The add-on's own report sheet, or undefined: the stored id and the sheet's token must agree. */
export function findOwnSheet(services: Services, ss: Spreadsheet, kind: OwnSheetKind = "matrix"): Sheet | undefined {
  const stored = storedReport(services, kind);
  if (!stored) return undefined;
  const sheet = ss.getSheets().find((s) => s.getSheetId() === stored.sheetId);
  const marked = sheet?.getDeveloperMetadata().some((m) => m.getKey() === OWN_SHEET_KEYS[kind] && m.getValue() === stored.token);
  return marked ? sheet : undefined;
}

/** Which own sheet this is, if any. */
export const ownKindOf = (services: Services, ss: Spreadsheet, sheet: Sheet): OwnSheetKind | undefined =>
  OWN_SHEET_KINDS.find((k) => findOwnSheet(services, ss, k)?.getSheetId() === sheet.getSheetId());

/**
 * Cells beyond the block the add-on wrote: the user typed there. (Apps Script tells a sidebar of
 * no edits, so a value typed over one of the report's own cells cannot be seen; it is replaced.)
 */
export function typedOutside(sheet: Sheet, extent: Box | null): boolean {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return false;
  return (
    !extent ||
    !boxWithin({ row: 0, col: 0, rows, cols }, { row: 0, col: 0, rows: extent.row + extent.rows, cols: extent.col + extent.cols })
  );
}

export const extentOf = (stored: StoredReport | null): Box | null => (stored ? parseA1(stored.extent) : null);

/** The fingerprint of a block of `sheet` (none for a block too large to fingerprint). */
export const fingerprintOf = (sheet: Sheet, box: Box | null): string | undefined =>
  box && fingerprinted(box) ? fingerprint(sheet.getRange(box.row + 1, box.col + 1, box.rows, box.cols).getValues()) : undefined;

/** Values in the written block that differ from those the add-on left: typed there, heard or not. */
export function typedInside(sheet: Sheet, stored: StoredReport | null): boolean {
  if (!stored?.fingerprint) return false;
  const now = fingerprintOf(sheet, extentOf(stored));
  return now !== undefined && now !== stored.fingerprint;
}

/** A token no one could type by chance. */
export const newToken = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
