// "Suggest actions" account list at 1,000 and 10,000 accounts: reading the matrix's accounts after
// the plan's overrides (what the list does after a pause when the table or the settings change),
// refreshing the ticks, and the rows the pane draws for a search; and the preview with overrides.
import { samplePortfolio } from "../sample-portfolio";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import { planAppend } from "../../app/plan/plan";
import { PlanController } from "../../app/plan/planController";
import { planAccounts } from "../../app/plan/planReads";
import { shownRows } from "../../app/plan/selection";
import { previewOf } from "../../app/whatif/preview";
import { ScoreCache } from "../../app/whatif/scores";
import { FakeWorkbook } from "../../test/support/fake-workbook";
import { report, timeMedian } from "../measure";

async function main() {
  for (const n of [1_000, 10_000]) {
    const source = samplePortfolio(n);
    const settings = reconcile(defaultSettings("en"), source);
    const workbook = new FakeWorkbook();
    const change = planAppend(null, planAccounts(source, settings), "en")!;
    // Every tenth account overridden to quadrant 1 with a reason.
    change.append.forEach((row, i) => i % 10 === 0 && row.splice(3, 2, 1, "strategic"));
    await workbook.editHistory(change);
    const plan = new PlanController(workbook, "en", {
      table: () => source,
      settings: () => settings,
      fail: console.error,
      rebuild: () => {},
    });
    await plan.load();
    const scores = new ScoreCache().scores(source, settings)!;
    // The pane's path: the scores of the preview on screen (a slider step); the plan part is kept.
    const preview = previewOf(scores, settings)!;
    report({
      case: "plan-picker-refresh",
      n,
      ...timeMedian(9, () => plan.refreshPicker({ ...preview, quadrants: [...preview.quadrants] })),
    });
    // Without the preview's scores (none drawn yet): the accounts are scored here.
    report({ case: "plan-picker-refresh-scoring", n, ...timeMedian(9, () => plan.refreshPicker()) });
    plan.picker.setQuery("1");
    report({ case: "plan-picker-search-rows", n, ...timeMedian(21, () => shownRows(plan.picker.getState())) });
    const overridden = plan.overridden(source, settings);
    report({ case: "preview-with-overrides", n, ...timeMedian(21, () => previewOf(scores, settings, undefined, overridden)) });
    report({ case: "preview-without-overrides", n, ...timeMedian(21, () => previewOf(scores, settings)) });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
