import { SAMPLE_HEADERS, sampleRows } from "../app/sample/sampleData";
import type { CellValue } from "../app/report/types";
import type { SourceTable } from "../app/workbook/workbook";

/** n accounts for the task-pane benchmarks: the 40 sample accounts repeated with numbered names and jittered figures. */
export function samplePortfolio(n: number): SourceTable {
  const base = sampleRows();
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => {
    const row = base[i % base.length];
    const k = 1 + ((i * 7919) % 997) / 1000;
    return row.map((v, j) => (j === 0 ? `${v} #${i + 1}` : typeof v === "number" ? v * k : v));
  });
  return { sheetName: "Accounts", address: `Accounts!A1:I${n + 1}`, headers: [...SAMPLE_HEADERS], rows };
}
