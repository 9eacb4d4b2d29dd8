// Rebuilding the KAM Matrix sheet in place (hosts/excel/in-place.ts) for 1k, 10k and 100k accounts
// against the Excel fake: ms (median of the second write, the first one made outside the timing),
// syncs of the rebuild and its largest request. Sync rule: 1 to inspect, 1 to add the staging
// sheet, one per staging request of at most ~4 MB, then 2 to look at the own sheet and 1 to move
// the content in (a small request however large the report: Range.copyFrom).
import { samplePortfolio } from "../sample-portfolio";
import { buildReport } from "../../app/report/buildReport";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../test/support/excel-fake";
import { report, round } from "../measure";

async function main() {
  for (const n of [1_000, 10_000, 100_000]) {
    const source = samplePortfolio(n);
    const built = buildReport(source, reconcile(defaultSettings("en"), source));
    const runs = n >= 100_000 ? 3 : 5;
    const times: number[] = [];
    let excel = new FakeExcel();
    for (let i = 0; i < runs; i++) {
      excel = new FakeExcel();
      const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
      await workbook.writeReport(built.report);
      excel.resetStats();
      const t0 = performance.now();
      await workbook.writeReport(built.report);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const bytes = excel.stats.requestBytes;
    report({
      case: "taskpane-rebuild",
      n,
      ms: round(times[times.length >> 1]),
      syncs: excel.stats.syncs,
      maxRequestBytes: Math.max(...bytes),
      lastRequestBytes: bytes[bytes.length - 1],
      requestMB: bytes.map((b) => round(b / 1e6)),
      runs,
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
