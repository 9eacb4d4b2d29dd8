// writeReport of the KAM Matrix sheet for 1k, 10k and 100k accounts against the Excel fake, which
// records every request: ms (median write time), syncs, and the largest request in bytes.
// The ReportSheet comes from the task pane's buildReport on sample-like data (buildMs).
// Sync rule (taskpane/workbook/excel.ts): 2 syncs to find or create the sheet, then one per request
// of at most ~4 MB, so the count is fixed until the cells exceed ~4 MB and then grows by one per ~4 MB.
import { samplePortfolio } from "../sample-portfolio";
import { buildReport } from "../../app/report/buildReport";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../test/support/excel-fake";
import { report, round, timeMedian, timeMedianAsync } from "../measure";

async function main() {
  for (const n of [1_000, 10_000, 100_000]) {
    const source = samplePortfolio(n);
    const settings = reconcile(defaultSettings("en"), source);
    let built = buildReport(source, settings);
    const build = timeMedian(n >= 100_000 ? 3 : 5, () => (built = buildReport(source, settings)));
    let excel = new FakeExcel();
    const write = await timeMedianAsync(n >= 100_000 ? 3 : 5, async () => {
      excel = new FakeExcel();
      await new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }).writeReport(built.report);
    });
    const bytes = excel.stats.requestBytes;
    report({
      case: "taskpane-build",
      n,
      ms: write.ms,
      buildMs: build.ms,
      syncs: excel.stats.syncs,
      maxRequestBytes: Math.max(...bytes),
      totalRequestBytes: bytes.reduce((a, b) => a + b, 0),
      requestMB: bytes.map((b) => round(b / 1e6)),
      runs: write.runs,
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
