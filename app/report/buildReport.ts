import {
  allocate,
  isKamError,
  MATRIX_HEADER,
  parseThreshold,
  playbookTable,
  PLAYBOOK_HEADER,
  prioritize,
  Quadrant,
  quadrantLabel,
  Scored,
  strategyText,
} from "../../core";
import { accountErrorText } from "../i18n/errors";
import { PaneError } from "../errors";
import { REPORT_TEXT } from "../i18n/report";
import type { Settings } from "../settings/settings";
import type { SourceTable } from "../workbook/workbook";
import { Accounts, checkAxis, readAccounts } from "../portfolio/accounts";
import { MatrixOptions, scoreCriteria, scoreMatrix } from "../portfolio/score";
import { ChartAccount, buildChart } from "./chart";
import { QUADRANT_COLORS } from "./colors";
import { columnLabels, revenueColumn } from "../settings/mapping";
import { playbookAnchor, RESULTS_ANCHOR, SIDE_COL } from "./layout";
import { buildSummary, SummaryAccount } from "./summary";
import type { CellValue, ChartPoint, MatrixReport, ReportTable } from "./types";
import { isBorderline } from "./borderline";
import { chartTrails, reviewTables } from "./review";
import { REVIEW_REPORT_TEXT } from "../i18n/reviewReport";
import type { BuildReview } from "../review";
import { overridesByKey, planBlock, planBlockTables } from "../plan/planBlock";
import { effectiveQuadrant, overrideNote, overrideSeries, PLAN_REPORT_TEXT, planCells, ReportPlan } from "../plan/overrides";

// ---- review

export const REPORT_SHEET_NAME = "KAM Matrix";

export interface BuildResult {
  report: MatrixReport;
  /** Accounts per quadrant 1..4 (index 0 = quadrant 1). */
  counts: [number, number, number, number];
  /** Accounts that could not be scored (too little data). */
  notScored: number;
  accounts: number;
  thresholds: { value: number; engagement: number };
  /** what-if: accounts under 80% stability, when stability was given. */
  borderline?: number;
  /** Index (in the order of readAccounts) of the account on each row of the results table. */
  rowAccounts: number[];
}

/** what-if: what the report adds when KAM.STABILITY has been computed for these settings. */
export interface ReportWhatIf {
  /** Per account, in the order of readAccounts: a share 0..1 or the account's error. */
  stability?: readonly Scored[];
}

/** The accounts scored through the pane's one scoring path, one row per account as the results table needs it. */
function scoreAccounts(accounts: Accounts, settings: Settings, hysteresis: Pick<MatrixOptions, "previous" | "band">) {
  const m = scoreMatrix(
    scoreCriteria({ value: accounts.value, engagement: accounts.engagement }, settings.method, settings.missing, { checked: true }),
    {
      value: parseThreshold(settings.valueThreshold, "valueThreshold"),
      engagement: parseThreshold(settings.engagementThreshold, "engagementThreshold"),
    },
    { rank: true, ...hysteresis },
  );
  return {
    thresholds: m.thresholds,
    held: m.held ?? null,
    accounts: m.quadrants.map((quadrant, i) => ({
      value: m.value[i],
      engagement: m.engagement[i],
      quadrant,
      priority: m.priority![i],
      valueCoverage: m.axes.value.coverage[i],
      engagementCoverage: m.axes.engagement.coverage[i],
    })),
  };
}

const RESULT_FORMATS = ["@", "0.0", "0.0", "0", null, "0", null, "0%", "0.00%"];
const RESULT_WIDTHS = [170, 60, 75, 60, 100, 55, 320, 65, 70];

/**
 * The Allocation column: each account's share of a budget of 100% by the allocation rule
 * (KAM.ALLOCATE with its default quadrant shares 40/30/20/10 and no account weights, so equal
 * inside a quadrant), from the quadrant the account is treated as (the plan's override if any).
 * Accounts that cannot be scored take no part (null).
 */
function allocationShares(treatedAs: readonly Scored[]): (number | null)[] {
  const quadrants = treatedAs.map((q) => (isKamError(q) ? null : q));
  if (!quadrants.some((q) => q !== null)) return quadrants.map(() => null);
  return allocate(1, quadrants).map((s) => (typeof s === "number" ? s : null));
}

/**
 * The whole "KAM Matrix" sheet for a table and the user's settings: results sorted by priority
 * (a manager reads from the top; accounts that could not be scored follow in input order),
 * chart, quadrant summary and playbook. Linear in the number of accounts apart from the core's sorts.
 */
/**
 * What a build may add to the plain matrix: a comparison with a saved review and its band
 *, and the accounts' stability.
 */
export type ReportExtras = BuildReview & ReportWhatIf & { plan?: ReportPlan };

export function buildReport(table: SourceTable, settings: Settings, extras: ReportExtras = {}): BuildResult {
  const review: BuildReview = extras;
  const whatIf: ReportWhatIf = extras;
  const lang = settings.language;
  const accounts: Accounts = readAccounts(table, settings);
  if (accounts.names.length === 0) throw new PaneError("noAccounts");
  checkAxis(accounts.value, "value");
  checkAxis(accounts.engagement, "engagement");

  // With the compared review's quadrants, an account within `band` points of a threshold keeps its earlier side (SPEC 12).
  const band = review.previous && review.band ? review.band : 0;
  const scored = scoreAccounts(accounts, settings, band > 0 ? { previous: review.previous, band } : {});
  const held = scored.held;
  // The plan's overrides: the quadrant each account is treated as (label, strategy, priority,
  // colour, summary); its scores and scored quadrant stay as scored.
  const overrides = extras.plan?.overrides;
  const treatedAs = scored.accounts.map((a, i) => (isKamError(a.quadrant) ? a.quadrant : effectiveQuadrant(a.quadrant, overrides?.[i])));
  const priorities: Scored[] = overrides?.some(Boolean)
    ? prioritize(
        scored.accounts.map((a) => a.value),
        scored.accounts.map((a) => a.engagement),
        treatedAs,
      )
    : scored.accounts.map((a) => a.priority);
  const overridePoints: ChartPoint[] = [];
  const strategies = ([1, 2, 3, 4] as Quadrant[]).map((q) => strategyText(q, lang));
  const labels = ([1, 2, 3, 4] as Quadrant[]).map((q) => quadrantLabel(q, lang));
  const scoreCell = (s: Scored): CellValue => (isKamError(s) ? accountErrorText(s, lang) : s);
  const labelsOfColumns = columnLabels(table.headers);
  const revenueName = revenueColumn(settings.criteria, labelsOfColumns);
  const revenueCol = revenueName === null ? -1 : labelsOfColumns.indexOf(revenueName);

  const n = scored.accounts.length;
  const byPriority: number[] = [];
  const unscored: number[] = [];
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  const chartAccounts: ChartAccount[] = [];
  const stability = whatIf.stability;
  let borderline = 0;
  const summaryAccounts: SummaryAccount[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = scored.accounts[i];
    const revenue = revenueCol >= 0 ? table.rows[accounts.rowIndex[i]][revenueCol] : undefined;
    const priority = priorities[i];
    if (isKamError(a.quadrant) || typeof priority !== "number") {
      unscored.push(i);
      summaryAccounts[i] = { quadrant: null, value: null, engagement: null, revenue };
      continue;
    }
    const v = a.value as number;
    const e = a.engagement as number;
    const q = treatedAs[i] as Quadrant;
    byPriority[priority - 1] = i;
    counts[q - 1]++;
    const hollow = isBorderline(stability?.[i]);
    if (hollow) borderline++;
    // The marker knows its account and its row on the sheet (title and header rows above the data).
    const row = RESULTS_ANCHOR.row + 1 + priority;
    if (overrides?.[i]) overridePoints.push({ x: v, y: e, label: accounts.names[i], labelled: false, account: i, row });
    chartAccounts.push({
      name: accounts.names[i],
      value: v,
      engagement: e,
      quadrant: a.quadrant,
      priority,
      account: i,
      row,
      ...(hollow ? { hollow } : {}),
    });
    summaryAccounts[i] = { quadrant: q, value: v, engagement: e, revenue, borderline: hollow };
  }

  const shares = allocationShares(treatedAs);
  const rows: CellValue[][] = new Array(n);
  const fills: (string | null)[] = new Array(n);
  const rowAccounts: number[] = [...byPriority, ...unscored];
  let r = 0;
  for (const i of byPriority) {
    const a = scored.accounts[i];
    const q = treatedAs[i] as Quadrant;
    const o = overrides?.[i];
    fills[r] = QUADRANT_COLORS[q];
    const label = o
      ? `${labels[q - 1]} (${overrideNote(o, lang)})`
      : held?.[i]
        ? `${labels[q - 1]} (${REVIEW_REPORT_TEXT[lang].heldByBand})`
        : labels[q - 1];
    rows[r++] = [
      accounts.names[i],
      a.value as number,
      a.engagement as number,
      a.quadrant as Quadrant,
      label,
      priorities[i] as number,
      strategies[q - 1],
      Math.min(a.valueCoverage, a.engagementCoverage),
      shares[i],
    ];
  }
  for (const i of unscored) {
    const a = scored.accounts[i];
    fills[r] = null;
    rows[r++] = [
      accounts.names[i],
      scoreCell(a.value),
      scoreCell(a.engagement),
      null,
      null,
      null,
      null,
      Math.min(a.valueCoverage, a.engagementCoverage),
      null,
    ];
  }

  const text = REPORT_TEXT[lang];
  // what-if: the Stability column, in the row order of the table.
  if (stability) rowAccounts.forEach((i, row) => rows[row].push(stabilityCell(stability[i], lang)));
  // plan: owner, open and overdue actions, next due date.
  const planned = extras.plan;
  if (planned) rowAccounts.forEach((i, row) => rows[row].push(...planCells(planned.accounts[i])));
  const planHeader = planned ? PLAN_REPORT_TEXT[lang].columns : [];
  const results: ReportTable = {
    id: "results",
    title: text.resultsTitle,
    anchor: RESULTS_ANCHOR,
    header: [...MATRIX_HEADER[lang], text.coverage, text.allocation, ...(stability ? [text.stability] : []), ...planHeader],
    rows,
    numberFormats: [...RESULT_FORMATS, ...(stability ? ["0%"] : []), ...planHeader.map((_, j) => (j === 1 || j === 2 ? "0" : null))],
    rowFills: fills,
    fillColumn: 4,
    columnWidths: [...RESULT_WIDTHS, ...(stability ? [70] : []), ...(planned ? [110, 80, 70, 90] : [])],
    tableName: "KAMResults",
  };
  const summary = buildSummary(summaryAccounts, revenueCol >= 0, lang, stability !== undefined);
  const playbook: ReportTable = {
    id: "playbook",
    title: text.playbookTitle,
    anchor: playbookAnchor(summary.rows.length),
    header: PLAYBOOK_HEADER[lang],
    rows: playbookTable(lang).slice(1),
    numberFormats: PLAYBOOK_HEADER[lang].map(() => null),
    columnWidths: [170, 170, 240, 240, 300],
    tableName: "KAMPlaybook",
  };
  const chart = buildChart(chartAccounts, scored.thresholds, lang);
  const tables = [results, summary, playbook];
  if (review.comparison) {
    const below = { row: playbook.anchor.row + 2 + playbook.rows.length + 1, col: playbook.anchor.col };
    tables.push(...reviewTables({ comparison: review.comparison, lang }, below));
    chart.trails = chartTrails(review.comparison);
  }
  if (review.comparison && extras.plan && extras.plan.actions.length > 0) {
    const bottom = Math.max(...tables.map((t) => t.anchor.row + t.rows.length + 2));
    const c = review.comparison;
    const block = planBlock(c, extras.plan.actions, extras.plan.today, overridesByKey(table, settings, extras.plan));
    tables.push(...planBlockTables(block, c.then.label || c.then.date, lang, { row: bottom + 1, col: playbook.anchor.col }));
  }
  if (overridePoints.length > 0) chart.series.push(overrideSeries(overridePoints, lang));
  const left = extras.plan?.left ?? [];
  if (left.length > 0) {
    const bottom = Math.max(...tables.map((t) => t.anchor.row + t.rows.length + 2));
    const t = PLAN_REPORT_TEXT[lang];
    tables.push({
      id: "planLeft",
      title: t.leftTitle,
      anchor: { row: bottom + 1, col: playbook.anchor.col },
      header: [t.leftHeader],
      rows: left.map((name) => [name]),
      numberFormats: [null],
    });
  }
  if (band > 0) chart.band = band;
  if (chart.trails || chart.band) {
    const t = REVIEW_REPORT_TEXT[lang];
    const then = review.comparison ? ` ${review.comparison.then.label || review.comparison.then.date}` : "";
    chart.reviewLabels = { trail: `${t.trail}${then}`, band: `${t.band} ±${band}` };
  }
  // The plan's four columns widen the results table: the block to its right moves along, so nothing overlaps.
  if (planHeader.length > 0) {
    for (const x of tables)
      if (x !== results && x.anchor.col >= SIDE_COL) x.anchor = { ...x.anchor, col: x.anchor.col + planHeader.length };
    chart.anchor = { ...chart.anchor, col: chart.anchor.col + planHeader.length };
  }
  return {
    report: { sheetName: REPORT_SHEET_NAME, tables, chart: { ...chart, ...(stability ? { borderlineLabel: text.borderlineSeries } : {}) } },
    counts,
    notScored: unscored.length,
    accounts: n,
    thresholds: scored.thresholds,
    ...(stability ? { borderline } : {}),
    rowAccounts,
  };
}

/** A stability share as a number cell (format 0%); an account that cannot be scored gets its message. */
const stabilityCell = (s: Scored | undefined, lang: "en" | "de"): CellValue =>
  s === undefined ? null : isKamError(s) ? accountErrorText(s, lang) : s;
