/**
 * A few named columns of the own append-only tables (KAM Plan, KAM Actions), read together for
 * Build matrix: 1 sync when the tables are as the add-in last read them, 2 when only their sheets
 * are known.
 *
 * 1. The workbook's proofs (queueInspection) and, speculatively, for each sheet id seen before: its
 *    tables, the row where the add-in writes the header, and its used range (values only); for a
 *    table read before also its address and the wanted columns where they were, down to the rows
 *    then plus a slack for rows added since.
 * 2. Otherwise: the table's address and only the wanted columns, every row down to the used range's end.
 *
 * Nothing is taken on trust: a sheet read only when the proof of this sync names it, and the rows
 * kept only when the table's address (loaded with them) shows the header where it was assumed and
 * no row beyond those read. Otherwise, or when a response would pass 5 MB, the reader falls back
 * to the chunked reader of excel/history-ops.ts (more syncs, same result). A read writes nothing,
 * so a failed speculative request costs time only.
 */
import type { CellValue, HistoryData, LogKind } from "../../app/workbook/contract";
import { HISTORY_HEADER_ROW, trimHeader } from "../../app/workbook/history-sheet";
import { parseA1, type Box } from "../../app/workbook/naming";
import { queueInspection } from "./report-sheet";
import { readHistoryTable } from "./history-ops";

/** One own table and the header names (either language) of the columns wanted from it. */
export interface LogColumns {
  kind: LogKind;
  columns: readonly string[];
}

/** Header cells loaded at the assumed header row: wider tables take the chunked reader. */
const HEADER_WIDTH = 64;

const cell = (v: unknown): CellValue => (v === "" || v === undefined ? null : (v as CellValue));

/** Keeps only the wanted columns of a table read whole. */
export function narrow(data: HistoryData, columns: readonly string[]): HistoryData {
  const wanted = new Set(columns.map((c) => c.trim().toLowerCase()));
  const at = data.header.flatMap((h, j) => (typeof h === "string" && wanted.has(h.trim().toLowerCase()) ? [j] : []));
  return { header: at.map((j) => data.header[j]), rows: data.rows.map((r) => at.map((j) => r[j] ?? null)) };
}

interface Probe {
  sheet: Excel.Worksheet;
  tables: Excel.TableCollection;
  header: Excel.Range;
  used: Excel.Range;
}

const probe = (context: Excel.RequestContext, id: string): Probe => {
  const sheet = context.workbook.worksheets.getItem(id);
  return {
    sheet,
    tables: sheet.tables.load("items/name"),
    header: sheet.getRangeByIndexes(HISTORY_HEADER_ROW, 0, 1, HEADER_WIDTH).load("values"),
    used: sheet.getUsedRangeOrNullObject(true).load("address"),
  };
};

/** Where an own table was last read: its sheet and, once read, its table, header and rows. */
export interface LogSheet {
  id: string;
  table?: string;
  header?: CellValue[];
  rows?: number;
}

/** Rows read beyond those last seen, so that rows added since are read in the same request. */
const slack = (rows: number): number => Math.max(100, Math.ceil(rows / 10));

/** The wanted columns (by their header names) in a header row read at the assumed header row. */
const wantedAt = (header: CellValue[], columns: readonly string[]): number[] => {
  const wanted = new Set(columns.map((c) => c.trim().toLowerCase()));
  return header.flatMap((h, j) => (typeof h === "string" && wanted.has(h.trim().toLowerCase()) ? [j] : []));
};

/** The table's block when its header is where it was assumed and no column is beyond those seen. */
const fitting = (address: string): Box | null => {
  const box = parseA1(address);
  return box && box.row === HISTORY_HEADER_ROW && box.col === 0 && box.cols <= HEADER_WIDTH && box.rows >= 1 ? box : null;
};

/** The narrowed table from the header row and the wanted columns read from the first data row down. */
function assemble(headerRow: CellValue[], at: number[], box: Box, columns: (Excel.Range | null)[]): HistoryData {
  const header = trimHeader(headerRow.slice(0, box.cols));
  const keep = at.flatMap((j, k) => (j < header.length ? [k] : []));
  // Cells below those read are blank (below the used range, values only): trailing blank rows read as blank.
  const values = keep.map((k) => columns[k]?.values ?? []);
  return {
    header: keep.map((k) => header[at[k]]),
    rows: Array.from({ length: box.rows - 1 }, (_, row) => values.map((v) => (row < v.length ? cell(v[row][0]) : null))),
  };
}

/**
 * Reads `want` in one request context. `known`: where each kind was last read (updated here).
 * Syncs: 1 when the tables are as last read (the same sheets, table, columns, and rows added
 * since within the slack), 2 when only the sheets are known, 3 without; more only on the fallback.
 */
export async function readLogColumns(
  context: Excel.RequestContext,
  want: readonly LogColumns[],
  known: Map<LogKind, LogSheet>,
): Promise<(HistoryData | null)[]> {
  const inspected = queueInspection(context);
  const guessed = want.map((w) => {
    const last = known.get(w.kind);
    if (!last) return null;
    const p = probe(context, last.id);
    if (last.table === undefined || !last.header || last.rows === undefined) return { p, spec: null };
    const count = last.rows + slack(last.rows);
    const at = wantedAt(last.header, w.columns);
    return {
      p,
      spec: {
        at,
        address: context.workbook.tables.getItem(last.table).getRange().load("address"),
        columns: at.map((j) => p.sheet.getRangeByIndexes(HISTORY_HEADER_ROW + 1, j, count, 1).load("values")),
        count,
      },
    };
  });
  await context.sync();
  const { owned } = inspected();
  const out: (HistoryData | null)[] = want.map(() => null);
  const done = want.map(() => false);
  const probes = want.map((w, i) => {
    const own = owned[w.kind];
    if (!own) {
      known.delete(w.kind);
      done[i] = true;
      return null;
    }
    const g = known.get(w.kind)?.id === own.id ? guessed[i] : null;
    if (!g) {
      known.set(w.kind, { id: own.id });
      return probe(context, own.id);
    }
    const table = g.p.tables.items[0];
    const spec = g.spec;
    if (!table) {
      done[i] = true; // its table was deleted: read as none
      return g.p;
    }
    // The guess holds: the same table, the wanted columns where they were, no row beyond those read.
    const box = spec && table.name === known.get(w.kind)?.table ? fitting(spec.address.address) : null;
    const header = g.p.header.values[0].map(cell);
    if (spec && box && JSON.stringify(wantedAt(header, w.columns)) === JSON.stringify(spec.at) && box.rows - 1 <= spec.count) {
      out[i] = assemble(header, spec.at, box, spec.columns);
      known.set(w.kind, { id: own.id, table: table.name, header: trimHeader(header.slice(0, box.cols)), rows: box.rows - 1 });
      done[i] = true;
    }
    return g.p;
  });
  if (done.every(Boolean)) return out;
  if (probes.some((p, i) => p && !done[i] && p !== guessed[i]?.p)) await context.sync();

  const reads = want.map((w, i) => {
    const p = probes[i];
    const table = p?.tables.items[0];
    if (done[i] || !p || !table) return null; // read already, or no own sheet, or its table was deleted
    const header = p.header.values[0].map(cell);
    const at = wantedAt(header, w.columns);
    const used = p.used.isNullObject ? null : parseA1(p.used.address);
    const last = used ? used.row + used.rows - 1 : HISTORY_HEADER_ROW;
    const count = Math.max(0, last - HISTORY_HEADER_ROW);
    return {
      p,
      table,
      header,
      at,
      address: table.getRange().load("address"),
      columns: at.map((j) => (count > 0 ? p.sheet.getRangeByIndexes(HISTORY_HEADER_ROW + 1, j, count, 1).load("values") : null)),
    };
  });
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw e;
    return chunked(context, want, probes, out, done);
  }
  for (const [i, r] of reads.entries()) {
    if (!r) continue;
    const box = fitting(r.address.address);
    if (!box) {
      out[i] = narrow(await readHistoryTable(context, r.p.sheet, r.table), want[i].columns);
      continue;
    }
    out[i] = assemble(r.header, r.at, box, r.columns);
    known.set(want[i].kind, {
      id: known.get(want[i].kind)!.id,
      table: r.table.name,
      header: trimHeader(r.header.slice(0, box.cols)),
      rows: box.rows - 1,
    });
  }
  return out;
}

/** The fallback: each table not read yet read whole in chunks, then narrowed. */
async function chunked(
  context: Excel.RequestContext,
  want: readonly LogColumns[],
  probes: (Probe | null)[],
  out: (HistoryData | null)[],
  done: boolean[],
): Promise<(HistoryData | null)[]> {
  for (const [i, p] of probes.entries()) {
    const table = p?.tables.items[0];
    if (!done[i] && p && table) out[i] = narrow(await readHistoryTable(context, p.sheet, table), want[i].columns);
  }
  return out;
}
