/**
 * "Prepare accounts" and the end of Refresh: KAM Accounts computed from the chosen inputs,
 * written, made the matrix's source (with the default mapping the first time), and for Refresh
 * the matrix rebuilt. Large exports show their progress step by step.
 */
import { isoDate, Language } from "../../core";
import { PrepareError } from "../errors";
import { STRINGS } from "../i18n/strings";
import type { Settings } from "../settings/settings";
import type { Store } from "../store";
import type { SourceRef, SourceTable, Workbook } from "../workbook/workbook";
import { AccountsSheet, prepareAccounts } from "./accountsSheet";
import { ACCOUNTS_TABLE_PATTERN, accountsReport } from "./accountsReport";
import { CheckedInputs, linesChecked } from "./inputCheck";
import { lineMessageText } from "./messageText";
import { PrepareState, PrepareStep, PROGRESS_ACCOUNTS, PROGRESS_LINES } from "./prepareState";
import type { QualityReport } from "./quality";
import { linesOf, ratingsOf } from "./rawInputs";
import { preparationToStore } from "./storedPreparation";
import { withDefaults } from "./storedMapping";

/** What "Prepare data" needs of the main pane controller (taskpane/controller.ts). */
export interface MatrixPane {
  getState(): { settings: Settings; phase: string; error: string | null };
  /** `read`: the table just read at `source` and the workbook's tables, so that they are not read again. */
  useSource(source: SourceRef, fresh?: boolean, read?: { table: SourceTable; tables: string[] }): Promise<void>;
  update(change: (s: Settings) => Settings): void;
  build(): Promise<void>;
}

/** Where the write reads the current choice and shows its progress and result. */
export interface AccountsWrite {
  workbook: Workbook;
  pane: MatrixPane;
  language: Language;
  store: Store<PrepareState>;
  /** The last check (asked when the write starts: the choice may have changed meanwhile). */
  checked(): CheckedInputs | null;
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

async function step(w: AccountsWrite, step: PrepareStep, done: number, large: boolean): Promise<void> {
  if (!large) return;
  w.store.set({ progress: { done, step } });
  await tick(); // let the pane paint the progress before the next long step
}

/** Writes KAM Accounts from the current choice; `refreshed`: Refresh keeps the mapping and rebuilds the matrix. */
export async function writeAccounts(w: AccountsWrite, refreshed: boolean): Promise<void> {
  const { orders, activity, ratings } = w.store.getState();
  if (!orders) throw new PrepareError("noTable");
  const lines = orders.table.rows.length + (activity?.table.rows.length ?? 0) + (ratings?.table.rows.length ?? 0);
  let large = lines > PROGRESS_LINES;
  await step(w, "compute", 0.2, large);
  const state = w.store.getState();
  const result = prepareAccounts({
    checked: linesChecked(w.checked(), orders, activity),
    orders: linesOf(orders),
    activity: activity ? linesOf(activity) : undefined,
    ratings: ratings ? ratingsOf(ratings) : undefined,
    asOf: state.reviewDate ?? undefined,
    months: state.months,
    excludeInvalid: state.excludeInvalid,
    language: w.language,
  });
  if (!result.ok) {
    if (result.reason === "mapping")
      throw new PrepareError("mapping", [[...result.missing.orders, ...result.missing.activity, ...result.missing.ratings].join(", ")]);
    w.store.set({ quality: result.quality });
    throw new PrepareError("invalid", [String(result.count), result.first.cell, lineMessageText(result.first.message, w.language)]);
  }
  const sheet = reasonsInLanguage(result.sheet, result.quality, w.language);
  if (sheet.rows.length === 0) throw new PrepareError("noAccounts");
  large ||= sheet.rows.length > PROGRESS_ACCOUNTS;
  await step(w, "write", 0.5, large);
  const written = await w.workbook.writeReport({
    ...accountsReport(sheet, w.language, orders.table.headers),
    keptSuffix: STRINGS[w.language].keptSuffix,
  });
  await step(w, "matrix", 0.8, large);
  // Read back once: the table that proves the sheet is the one just written is the matrix's
  // source, taken at once (nothing awaited in between), so that a later edit is heard as usual.
  const { tableName, table, tables } = await findAccountsTable(w.workbook, written.sheetName);
  await w.pane.useSource({ tableName }, !refreshed, { table, tables });
  const prepare = preparationToStore(w.store.getState());
  w.pane.update((s) => (refreshed ? { ...s, prepare } : { ...withDefaults(s, sheet), prepare }));
  if (refreshed && w.pane.getState().settings.criteria.some((c) => c.axis !== "ignore")) {
    await w.pane.build();
    // The pane words its own failure (the column, the sheet); Refresh must not say "rebuilt".
    const failed = w.pane.getState().error;
    if (failed) {
      w.store.set({ quality: result.quality, keptEdits: written.keptEdits ?? null });
      throw new PrepareError("matrixFailed", [written.sheetName, failed]);
    }
  }
  w.store.set({
    keptEdits: written.keptEdits ?? null,
    quality: result.quality,
    offered: false,
    result: {
      sheetName: written.sheetName,
      accounts: sheet.rows.length,
      excluded: sheet.excluded.length,
      asOf: sheet.asOf === null ? null : isoDate(sheet.asOf),
      refreshed,
    },
  });
}

/** The excluded lines' reasons in the pane's language (the core's text is English). */
function reasonsInLanguage(sheet: AccountsSheet, quality: QualityReport, language: Language): AccountsSheet {
  if (language === "en") return sheet;
  const byLine = new Map<string, string>();
  for (const l of quality.orders.invalid) byLine.set(`orders ${l.line}`, lineMessageText(l.message, language));
  for (const l of quality.activity?.invalid ?? []) byLine.set(`activity ${l.line}`, lineMessageText(l.message, language));
  for (const l of quality.ratings?.invalid ?? []) byLine.set(`ratings ${l.line}`, lineMessageText(l.message, language));
  return { ...sheet, excluded: sheet.excluded.map((l) => ({ ...l, reason: byLine.get(`${l.table} ${l.line}`) ?? l.reason })) };
}

/**
 * The native table (named range) of the sheet just written, as read from the workbook: a host may
 * have called it "KamAccounts_2". What is read is what the sheet holds now, a user's edit included.
 */
async function findAccountsTable(
  workbook: Workbook,
  sheetName: string,
): Promise<{ tableName: string; table: SourceTable; tables: string[] }> {
  const tables = await workbook.listTables();
  for (const name of tables.filter((n) => ACCOUNTS_TABLE_PATTERN.test(n))) {
    const table = await workbook.readTable({ tableName: name });
    if (table?.ownKind === "accounts" && table.sheetName === sheetName) return { tableName: name, table, tables };
  }
  throw new PrepareError("notFoundAfterWrite", [sheetName]);
}
