/** The review fixture's five accounts with a plan (test/app/review/fixtures.ts): Delta KG (scored quadrant 4) overridden to 1. */
import { parsePlan } from "../../../app/plan/plan";
import { reportPlan } from "../../../app/plan/overrides";
import { planAccounts } from "../../../app/plan/planReads";
import { buildReport } from "../../../app/report/buildReport";
import type { CellValue } from "../../../app/workbook/contract";
import { Q3_ROWS, settings, table } from "../review/fixtures";

export const PLAN_HEADER = [
  "Account",
  "Account ID",
  "Owner",
  "Override quadrant",
  "Override reason",
  "Override by",
  "Override date",
  "Notes",
];
export const planSettings = () => ({ ...settings(), idColumn: "Account ID" });

export function buildWithPlan(planRows: CellValue[][]) {
  const t = table(Q3_ROWS);
  const s = planSettings();
  const plan = reportPlan(parsePlan({ header: PLAN_HEADER, rows: planRows }), planAccounts(t, s));
  return buildReport(t, s, { plan });
}

export const DELTA_OVERRIDE: CellValue[] = ["Delta KG", "C-4", "A. Meyer", 1, "strategic entry into rail", "A. Meyer", "2026-12-02", null];
