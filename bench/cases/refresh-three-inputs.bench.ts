// "Refresh" in "Prepare data" with all three raw inputs on the recording Excel fake: 10,000 accounts
// from 1M order lines, 200k activities and 50k rating responses (3 raters, 2 criteria), prepared
// once, then Refresh: read the three tables again (chunked), check and compute, rewrite KAM Accounts
// and rebuild the matrix. Target: under 5 s, every request and response under 5 MB (the fake
// refuses larger ones). Smaller sizes first: `npm run bench -- refresh-three`.
import type { Controller } from "../../app/controller";
import { createPane } from "../../app/pane";
import { PrepareController } from "../../app/prepare/prepareController";
import type { CellValue } from "../../app/workbook/contract";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../test/support/excel-fake";
import { seededRandom } from "../../test/support/portfolios";
import { report } from "../measure";

const START = 45292; // 2024-01-01
const DAYS = 3 * 365;
const literal = (v: CellValue) => (typeof v === "string" ? `'${v}` : v);

function tables(lines: number, accounts: number) {
  const rand = seededRandom(lines);
  const name = (a: number) => `Customer ${a}`;
  const orders: CellValue[][] = [["Customer", "Order Date", "Order ID", "Sales", "Profit"]];
  for (let i = 0; i < lines; i++) {
    const amount = Math.round(rand() * 500000) / 100;
    orders.push([
      name(Math.floor(rand() * accounts)),
      START + Math.floor(rand() * DAYS),
      `SO-${i >> 1}`,
      amount,
      Math.round(amount * 20) / 100,
    ]);
  }
  const activities: CellValue[][] = [["Customer", "Date", "Type"]];
  for (let i = 0; i < lines / 5; i++) activities.push([name(Math.floor(rand() * accounts)), START + Math.floor(rand() * DAYS), "Visit"]);
  const ratings: CellValue[][] = [["Account", "Rater", "Date", "Strategic importance", "Collaboration"]];
  for (let i = 0; i < lines / 20; i++)
    ratings.push([
      name(Math.floor(rand() * accounts)),
      ["Anna", "Ben", "Carla"][i % 3],
      START + DAYS - 30 + Math.floor(rand() * 30),
      1 + Math.floor(rand() * 5),
      1 + Math.floor(rand() * 5),
    ]);
  return { orders, activities, ratings };
}

/** The workbook with the three raw tables; the generated rows are not kept (only the workbook holds them). */
function workbookWith(lines: number, accounts: number): FakeExcel {
  const t = tables(lines, accounts);
  const excel = new FakeExcel();
  excel.addSheet(
    "Orders",
    t.orders.map((r) => r.map(literal)),
  );
  excel.addSheet(
    "Activities",
    t.activities.map((r) => r.map(literal)),
  );
  excel.addSheet(
    "Workshop",
    t.ratings.map((r) => r.map(literal)),
  );
  return excel;
}

/**
 * Where the time of a Refresh goes: reading the raw tables (readMs), writing KAM Accounts
 * (writeMs), rebuilding the matrix from it (matrixMs: read, score, write) and the rest, checking
 * and computing the accounts (computeMs). Measured by wrapping the calls on these objects.
 */
function phases(workbook: ExcelWorkbook, pane: Controller) {
  const ms = { read: 0, write: 0, matrix: 0 };
  let inMatrix = 0;
  const wrap = <K extends string>(target: Record<K, (...args: never[]) => Promise<unknown>>, name: K, phase: keyof typeof ms | null) => {
    const call = target[name].bind(target);
    target[name] = (async (...args: never[]) => {
      const t0 = performance.now();
      if (phase === "matrix") inMatrix++;
      try {
        return await call(...args);
      } finally {
        if (phase === "matrix") inMatrix--;
        if (phase && (phase === "matrix" || inMatrix === 0)) ms[phase] += performance.now() - t0;
      }
    }) as never;
  };
  const w = workbook as unknown as Record<"readRegion" | "writeReport", () => Promise<unknown>>;
  const p = pane as unknown as Record<"useSource" | "build", () => Promise<unknown>>;
  wrap(w, "readRegion", "read");
  wrap(w, "writeReport", "write");
  wrap(p, "useSource", "matrix");
  wrap(p, "build", "matrix");
  return {
    reset: () => Object.assign(ms, { read: 0, write: 0, matrix: 0 }),
    split: (total: number) => ({
      readMs: Math.round(ms.read),
      computeMs: Math.round(total - ms.read - ms.write - ms.matrix),
      writeMs: Math.round(ms.write),
      matrixMs: Math.round(ms.matrix),
    }),
  };
}

async function main() {
  const sizes = (process.env.KAM_BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
  for (const lines of sizes) {
    const accounts = Math.min(10_000, lines / 100);
    const excel = workbookWith(lines, accounts);
    const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    excel.select("Orders", "A1");
    const pane = createPane(workbook, "en", { debounceMs: 0 }).matrix;
    const split = phases(workbook, pane);
    await pane.start();
    const prep = new PrepareController(workbook, pane, "en", null);
    prep.init();
    await prep.pickOrders({ selection: true });
    excel.select("Activities", "A1");
    await prep.pickActivity({ selection: true });
    excel.select("Workshop", "A1");
    await prep.pickRatings({ selection: true });
    await prep.prepare();
    if (prep.getState().error) throw new Error(prep.getState().error!);
    await pane.idle();
    excel.resetStats();
    // Start from a collected heap, as the other cases do (bench/measure.ts): the rows generated and
    // prepared above are garbage by now, which a user's session would have collected long before
    // clicking Refresh.
    (globalThis as { gc?: () => void }).gc?.();
    split.reset();
    const t0 = performance.now();
    await prep.refresh();
    await pane.idle();
    const ms = Math.round(performance.now() - t0);
    const s = prep.getState();
    if (s.error) throw new Error(s.error);
    report({
      case: "refresh-three-inputs",
      n: lines,
      activities: lines / 5,
      responses: lines / 20,
      accounts: s.result?.accounts ?? 0,
      ms,
      ...split.split(ms),
      syncs: excel.stats.syncs,
      maxRequestBytes: Math.max(0, ...excel.stats.requestBytes),
      maxResponseBytes: Math.max(0, ...excel.stats.responseBytes),
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
