/**
 * Reading the raw exports "Prepare data" works from: a table or block chosen now, or the one a
 * stored preparation names. Source tables are only read; the add-in's own sheets are refused.
 */
import type { ActivityRole, LineRole, OrderRole, RawSource } from "../settings/prepare";
import { isWorkbookError } from "../workbook/contract";
import { a1, parseA1, quoteSheet } from "../workbook/naming";
import { splitAddress } from "../workbook/region";
import type { SourceRef, SourceTable, Workbook } from "../workbook/workbook";
import { ColumnMapping, mapActivityColumns, mapOrderColumns } from "./columns";
import { PrepareError } from "../errors";
import type { Picked, PickedRatings } from "./prepareState";
import type { RatingsInput } from "./ratingsInput";
import type { RawTable } from "./table";

export const rawOf = (table: SourceTable): RawTable => ({ headers: table.headers, rows: table.rows, topLeft: table.address.split(":")[0] });

/** A picked input as the checks and "Prepare accounts" read it. */
export const linesOf = <R extends LineRole>(picked: Picked<R>): { table: RawTable; mapping: ColumnMapping<R> } => ({
  table: rawOf(picked.table),
  mapping: picked.mapping,
});

export const ratingsOf = (ratings: PickedRatings): RatingsInput => ({ ...linesOf(ratings), criteria: ratings.criteria });

export function sourceOf(table: SourceTable): RawSource {
  return table.tableName ? { tableName: table.tableName } : { address: table.address };
}

/** Order lines just read, with their columns guessed from the headers. */
export const pickedOrders = (table: SourceTable): Picked<OrderRole> => ({
  table,
  source: sourceOf(table),
  mapping: mapOrderColumns(table.headers),
});

/** An activity log just read, with its columns guessed from the headers. */
export const pickedActivity = (table: SourceTable): Picked<ActivityRole> => ({
  table,
  source: sourceOf(table),
  mapping: mapActivityColumns(table.headers),
});

/** The table at the selection or by name; refused when empty or one of the add-in's own. */
export async function readRaw(workbook: Workbook, ref: SourceRef): Promise<SourceTable> {
  const table = await workbook.readTable(ref);
  if (!table || table.headers.length === 0) throw new PrepareError("noTable");
  // The add-in's own sheets are results, not exports: KAM Accounts is written from these tables.
  if (table.ownKind || table.onReportSheet) throw new PrepareError("ownSheet", [table.sheetName]);
  if (table.rows.length === 0) throw new PrepareError("noLines", [table.address]);
  return table;
}

/** The table a stored preparation names, read again: by table name, or the block around its top-left cell. */
export async function readStored(workbook: Workbook, source: RawSource): Promise<SourceTable> {
  if ("tableName" in source) {
    try {
      return await readRaw(workbook, source);
    } catch (e) {
      // The workbook's other tables include the add-in's own, which are no raw export: say it is gone.
      if (isWorkbookError(e) && e.code === "noSuchTable") throw new PrepareError("tableGone", [source.tableName]);
      throw e;
    }
  }
  const readRegion = workbook.readRegion?.bind(workbook);
  if (!readRegion) throw new PrepareError("cannotReread", [source.address]);
  const table = await readRegion(source.address);
  if (!table) throw new PrepareError("gone", [source.address]);
  if (table.ownKind || table.onReportSheet) throw new PrepareError("ownSheet", [table.sheetName]);
  await checkWhole(source.address, table, readRegion);
  return table;
}

/**
 * A block read again around its top-left cell ends at the first empty row. When it now ends
 * above where the stored block ended and there is more data below that row (within the stored
 * block), an empty row split the export: stop rather than read part of it.
 */
async function checkWhole(stored: string, table: SourceTable, readRegion: (a: string) => Promise<SourceTable | null>): Promise<void> {
  const before = parseA1(stored);
  const now = parseA1(table.address);
  const at = splitAddress(stored);
  if (!before || !now || !at) return;
  const end = now.row + now.rows;
  const probes = [end + 1, before.row + before.rows - 1].filter((r) => r > end && r < before.row + before.rows);
  for (const row of new Set(probes)) {
    const below = await readRegion(`${quoteSheet(at.sheet)}!${a1(row, before.col)}`);
    if (below && below.address !== table.address) throw new PrepareError("blockSplit", [stored, table.address]);
  }
}
