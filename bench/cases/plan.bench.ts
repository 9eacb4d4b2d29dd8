// The account plan against the Excel fake, which records every request: Create plan for 10,000
// accounts, one append of 50,000 actions to KAM Actions, reading them back, a matrix build of
// 10,000 accounts with the plan's columns and overrides, and the whole Build matrix click (plan and
// actions read, matrix written): syncs and the largest request and response per step.
import { samplePortfolio } from "../sample-portfolio";
import { buildReport } from "../../app/report/buildReport";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import { parsePlan, planAppend } from "../../app/plan/plan";
import { parseActions, suggestActions } from "../../app/plan/actions";
import { reportPlan } from "../../app/plan/overrides";
import { PlanController } from "../../app/plan/planController";
import { planAccounts } from "../../app/plan/planReads";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../test/support/excel-fake";
import { report, round } from "../measure";

async function main() {
  const n = 10_000;
  const source = samplePortfolio(n);
  const settings = reconcile(defaultSettings("en"), source);
  const accounts = planAccounts(source, settings);
  const excel = new FakeExcel();
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const step = async (name: string, rows: number, body: () => Promise<unknown>) => {
    excel.resetStats();
    const t0 = performance.now();
    await body();
    const bytes = excel.stats.requestBytes;
    report({
      case: `plan-${name}`,
      n: rows,
      ms: round(performance.now() - t0),
      syncs: excel.stats.syncs,
      maxRequestMB: round(Math.max(...bytes) / 1e6),
    });
  };
  await step("create", n, async () => workbook.editHistory(planAppend(null, accounts, "en")!));
  // 50,000 actions: three per target (quadrant 1 has three strategies), 16,667 targets (each account, then a copy named "(2)").
  const targets = [...accounts, ...accounts].map((a, i) => ({
    name: i >= n ? `${a.name} (2)` : a.name,
    owner: "A. Meyer",
    quadrant: 1 as const,
  }));
  const change = suggestActions(null, targets.slice(0, Math.ceil(50_000 / 3)), "en", "2027-03-31")!;
  await step("actions-append", change.append.length, async () => workbook.editHistory(change));
  let actions = null as Awaited<ReturnType<typeof workbook.readHistory>>;
  await step("actions-read", change.append.length, async () => (actions = await workbook.readHistory("actions")));
  const plan = (await workbook.readHistory("plan"))!;
  const built = buildReport(source, settings, {
    plan: reportPlan(parsePlan(plan), accounts, parseActions(actions!), "2026-12-06"),
  });
  await step("matrix-build", n, async () => workbook.writeReport(built.report));
  // The whole Build matrix click with a plan and 50,000 actions: the plan and actions read again,
  // then the report written. The pane read the plan and actions when it opened (load). "first": a
  // fresh report sheet; "rebuild": rewritten in place; "rebuild-grown": in place, after 10,000
  // actions were added since the pane read them (more than the read's slack: one request more).
  for (const build of ["first", "rebuild", "rebuild-grown"] as const) {
    const fresh = build === "first" ? new FakeExcel() : excel;
    const book = build === "first" ? new ExcelWorkbook({ run: fresh.run, requirements: fresh.requirements }) : workbook;
    if (build === "first") {
      await book.editHistory(planAppend(null, accounts, "en")!);
      await book.editHistory(change);
    }
    const failures: unknown[] = [];
    const plans = new PlanController(book, "en", {
      table: () => source,
      settings: () => settings,
      fail: (e) => failures.push(e),
      rebuild: () => undefined,
    });
    await plans.load();
    let actionRows = change.append.length;
    if (build === "rebuild-grown") {
      // Appended by another pane (its own adapter), so this pane's adapter has not seen them.
      const other = new ExcelWorkbook({ run: fresh.run, requirements: fresh.requirements });
      const grown = suggestActions(
        await other.readHistory("actions"),
        targets.slice(0, 3334).map((t) => ({ ...t, name: `${t.name} (3)` })),
        "en",
        "2027-03-31",
      )!;
      await other.editHistory(grown);
      actionRows += grown.append.length;
    }
    fresh.resetStats();
    const t0 = performance.now();
    await plans.reload();
    const sheet = buildReport(source, settings, { plan: plans.forBuild(source, settings) }).report;
    await book.writeReport(sheet);
    if (failures.length > 0) throw failures[0];
    report({
      case: `plan-build-total-${build}`,
      n,
      actions: actionRows,
      ms: round(performance.now() - t0),
      syncs: fresh.stats.syncs,
      maxRequestMB: round(Math.max(...fresh.stats.requestBytes) / 1e6),
      maxResponseMB: round(Math.max(...fresh.stats.responseBytes) / 1e6),
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
