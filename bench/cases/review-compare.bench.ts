// Review over time (issue 10) on the recording Excel fake: a KAM History of 10k accounts x 12
// reviews (120k rows, saved one review at a time through editHistory), then what "Compare with"
// does: read the history (chunked), parse it, compare the latest review with the one before, and
// write the KAM Matrix sheet with trails, movers, transition table and KPIs.
// Reports ms per step, syncs and the largest request and response (both must stay under 5 MB).
import { samplePortfolio } from "../sample-portfolio";
import { buildReport } from "../../app/report/buildReport";
import { appendReview, compareReviews, historyChange, HistoryTable, parseHistory, reviewFromTable } from "../../app/review";
import { previousQuadrants } from "../../app/review";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import type { SourceTable } from "../../app/workbook/workbook";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../test/support/excel-fake";
import { report } from "../measure";

/** Review k: every number drifts a little (deterministic), so accounts move between reviews. */
function quarter(base: SourceTable, k: number): SourceTable {
  return {
    ...base,
    rows: base.rows.map((r, i) =>
      r.map((v, j) => (typeof v === "number" && j > 0 ? v * (1 + 0.15 * Math.sin(k * 1.7 + i * 0.37 + j)) : v)),
    ),
  };
}

const ms = (t0: number) => Math.round(performance.now() - t0);

async function main() {
  const n = 10_000;
  const reviews = 12;
  const base = samplePortfolio(n);
  const settings = reconcile(defaultSettings("en"), base);
  const excel = new FakeExcel();
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  let history: HistoryTable | null = null;
  const saveMs: number[] = [];
  let saveMaxRequest = 0;
  for (let k = 0; k < reviews; k++) {
    const review = reviewFromTable(quarter(base, k), settings, { date: `2026-${String(k + 1).padStart(2, "0")}-28`, label: `M${k + 1}` });
    const edit = appendReview(history, review, "en");
    excel.resetStats();
    const t0 = performance.now();
    await workbook.editHistory(historyChange(edit, "en"));
    saveMs.push(ms(t0));
    saveMaxRequest = Math.max(saveMaxRequest, ...excel.stats.requestBytes);
    history = edit.table;
  }
  excel.resetStats();
  let t0 = performance.now();
  const read = (await workbook.readHistory())!;
  const readMs = ms(t0);
  const readSyncs = excel.stats.syncs;
  const maxResponse = Math.max(...excel.stats.responseBytes);
  t0 = performance.now();
  const parsed = parseHistory(read as HistoryTable);
  const parseMs = ms(t0);
  const then = parsed.reviews[reviews - 2];
  const current = quarter(base, reviews - 1);
  t0 = performance.now();
  const now = reviewFromTable(current, settings, { date: "2026-12-31", label: "" }, { previous: then });
  const comparison = compareReviews(then, now, "en");
  const built = buildReport(current, settings, { comparison, previous: previousQuadrants(then, now) });
  const compareMs = ms(t0);
  excel.resetStats();
  t0 = performance.now();
  await workbook.writeReport(built.report);
  const writeMs = ms(t0);
  report({
    case: "review-compare",
    n,
    reviews,
    rows: read.rows.length,
    ms: readMs + parseMs + compareMs + writeMs,
    readMs,
    parseMs,
    compareMs,
    writeMs,
    readSyncs,
    maxResponseBytes: maxResponse,
    writeSyncs: excel.stats.syncs,
    maxRequestBytes: Math.max(...excel.stats.requestBytes),
    saveMsMedian: saveMs.slice().sort((a, b) => a - b)[saveMs.length >> 1],
    saveMaxRequestBytes: saveMaxRequest,
    movers: comparison.movers.length,
    trails: comparison.trails.length,
    problems: parsed.problems.length,
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
