/**
 * A few named columns of the own append-only tables (KAM Plan, KAM Actions), read together for
 * Build matrix: 2 syncs when the sheets are where the add-in last found them.
 *
 * 1. The workbook's proofs (queueInspection) and, speculatively, for each sheet id seen before: its
 *    tables, the row where the add-in writes the header, and its used range (values only).
 * 2. The table's address and only the wanted columns, every row down to the used range's end.
 *
 * Nothing is taken on trust: a sheet read only when the proof of this sync names it, and the rows
 * kept only when the table's address (loaded with them) shows the header where it was assumed and
 * no row beyond those read. Otherwise, or when a response would pass 5 MB, the reader falls back
 * to the chunked reader of excel/history-ops.ts (more syncs, same result). A read writes nothing,
 * so a failed speculative request costs time only.
 */
import type { CellValue, HistoryData, LogKind } from "../../app/workbook/contract";
import { HISTORY_HEADER_ROW, trimHeader } from "../../app/workbook/history-sheet";
import { parseA1 } from "../../app/workbook/naming";
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

/**
 * Reads `want` in one request context. `known`: the sheet id of each kind as last proved (updated
 * here). Syncs: 2 with known ids, 3 without; more only on the fallback.
 */
export async function readLogColumns(
  context: Excel.RequestContext,
  want: readonly LogColumns[],
  known: Map<LogKind, string>,
): Promise<(HistoryData | null)[]> {
  const inspected = queueInspection(context);
  const guessed = want.map((w) => (known.has(w.kind) ? probe(context, known.get(w.kind)!) : null));
  await context.sync();
  const { owned } = inspected();
  const probes = want.map((w, i) => {
    const own = owned[w.kind];
    if (!own) {
      known.delete(w.kind);
      return null;
    }
    const same = known.get(w.kind) === own.id && guessed[i];
    known.set(w.kind, own.id);
    return same ? guessed[i] : probe(context, own.id);
  });
  if (probes.some((p, i) => p && p !== guessed[i])) await context.sync();

  const reads = want.map((w, i) => {
    const p = probes[i];
    const table = p?.tables.items[0];
    if (!p || !table) return null; // no own sheet, or its table was deleted: read as none
    const wanted = new Set(w.columns.map((c) => c.trim().toLowerCase()));
    const header = p.header.values[0].map(cell);
    const at = header.flatMap((h, j) => (typeof h === "string" && wanted.has(h.trim().toLowerCase()) ? [j] : []));
    const used = p.used.isNullObject ? null : parseA1(p.used.address);
    const last = used ? used.row + used.rows - 1 : HISTORY_HEADER_ROW;
    const count = Math.max(0, last - HISTORY_HEADER_ROW);
    return {
      p,
      table,
      header,
      at,
      count,
      address: table.getRange().load("address"),
      columns: at.map((j) => (count > 0 ? p.sheet.getRangeByIndexes(HISTORY_HEADER_ROW + 1, j, count, 1).load("values") : null)),
    };
  });
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw e;
    return chunked(context, want, probes);
  }
  const out: (HistoryData | null)[] = [];
  for (const [i, r] of reads.entries()) {
    if (!r) {
      out.push(null);
      continue;
    }
    const box = parseA1(r.address.address);
    // The header where it was assumed, no column beyond those seen, no row beyond those read.
    const fits = box && box.row === HISTORY_HEADER_ROW && box.col === 0 && box.cols <= HEADER_WIDTH && box.rows - 1 >= 0;
    if (!fits) {
      out.push(narrow(await readHistoryTable(context, r.p.sheet, r.table), want[i].columns));
      continue;
    }
    const rows = box.rows - 1;
    const header = trimHeader(r.header.slice(0, box.cols));
    const at = r.at.filter((j) => j < header.length);
    // Cells below the used range (values only) are blank: a table's trailing blank rows read as blank.
    const values = at.map((_, k) => r.columns[k]?.values ?? []);
    out.push({
      header: at.map((j) => header[j]),
      rows: Array.from({ length: rows }, (_, row) => values.map((v) => (row < v.length ? cell(v[row][0]) : null))),
    });
  }
  return out;
}

/** The fallback: each table read whole in chunks, then narrowed. */
async function chunked(
  context: Excel.RequestContext,
  want: readonly LogColumns[],
  probes: (Probe | null)[],
): Promise<(HistoryData | null)[]> {
  const out: (HistoryData | null)[] = [];
  for (const [i, p] of probes.entries()) {
    const table = p?.tables.items[0];
    out.push(p && table ? narrow(await readHistoryTable(context, p.sheet, table), want[i].columns) : null);
  }
  return out;
}
