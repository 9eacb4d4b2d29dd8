import { isKamError, isPresent, parseThreshold, Quadrant, Scored } from "../../core";
import { checkAxis, readAccounts } from "../portfolio/accounts";
import { scoreCriteria, scoreMatrix } from "../portfolio/score";
import { columnLabels, revenueColumn } from "../settings/mapping";
import type { CellValue } from "../workbook/contract";
import type { Settings } from "../settings/settings";
import type { SourceTable } from "../workbook/workbook";
import { joinBy, keyOf, reviewKey } from "./accountKey";
import type { Review, ReviewAccount, ReviewAxis, ReviewCriterion, SettingsPrint } from "./types";

/** One account's inputs to a review: what the source table (or a saved review) holds. */
export interface AccountInput {
  name: string;
  id: string | null;
  raw: Map<string, CellValue>;
  revenue: number | null;
}

export interface ReviewMeta {
  /** ISO date YYYY-MM-DD. */
  date: string;
  label: string;
}

export interface ScoreOptions {
  /** Hysteresis band (SPEC 12), 0..50; used only together with `previous`. */
  band?: number;
  /** The compared review: its quadrants are each account's `previous` (joined by account key). */
  previous?: Review;
}

export interface TableOptions extends ScoreOptions {
  /** Column label mapped as "Account ID"; its key identifies accounts across renames. */
  idColumn?: string | null;
  /** Column label mapped as revenue; undefined: the report's rule (revenueColumn in settings/mapping). */
  revenueColumn?: string | null;
}

/** The settings fingerprint of a review scored with these settings. */
export function settingsPrint(settings: Settings, criteria: ReviewCriterion[], band = 0): SettingsPrint {
  return {
    method: settings.method,
    missing: settings.missing,
    valueThreshold: settings.valueThreshold,
    engagementThreshold: settings.engagementThreshold,
    band,
    criteria,
  };
}

const idText = (cell: CellValue | undefined): string | null => {
  if (cell === null || cell === undefined || cell === "") return null;
  const t = String(cell).trim();
  return t === "" ? null : t;
};

/** The accounts of a source table as review inputs, with the criteria the settings map. */
export function inputsFromTable(
  table: SourceTable,
  settings: Settings,
  options: TableOptions = {},
): { criteria: ReviewCriterion[]; accounts: AccountInput[] } {
  const labels = columnLabels(table.headers);
  const read = readAccounts(table, settings);
  // A review is scored as the report is: the same problems, named by column, not "criterion 2".
  checkAxis(read.value, "value");
  checkAxis(read.engagement, "engagement");
  const criteria: ReviewCriterion[] = [
    ...read.value.criteria.map((c, j) => ({ name: c.column, axis: "value" as const, weight: read.value.weights[j] })),
    ...read.engagement.criteria.map((c, j) => ({ name: c.column, axis: "engagement" as const, weight: read.engagement.weights[j] })),
  ];
  const colOf = (label: string | null | undefined) => (label ? labels.indexOf(label) : -1);
  const idCol = colOf(options.idColumn);
  const revenueCol = colOf(options.revenueColumn === undefined ? revenueColumn(settings.criteria, labels) : options.revenueColumn);
  const criterionCols = criteria.map((c) => labels.indexOf(c.name));
  const accounts = read.rowIndex.map((r, i) => {
    const row = table.rows[r];
    const raw = new Map<string, CellValue>();
    criteria.forEach((c, j) => raw.set(c.name, row[criterionCols[j]] ?? null));
    const revenue = revenueCol >= 0 && isPresent(row[revenueCol]) ? (row[revenueCol] as number) : null;
    return { name: read.names[i], id: idCol >= 0 ? idText(row[idCol]) : null, raw, revenue };
  });
  return { criteria, accounts };
}

/** The review of a source table with the user's settings: what "Save review" stores. */
export function reviewFromTable(table: SourceTable, settings: Settings, meta: ReviewMeta, options: TableOptions = {}): Review {
  const { criteria, accounts } = inputsFromTable(table, settings, options);
  return scoreReview(meta, settingsPrint(settings, criteria, options.band ?? 0), accounts, options);
}

const numberOrNull = (s: Scored | undefined): number | null => (typeof s === "number" && s === s ? s : null);

/**
 * Scores accounts with a fingerprint's settings through the pane's one scoring path
 * (portfolio/score.ts), exactly as the report does; with a previous review and a band, an account near a
 * threshold keeps its previous side (SPEC 12).
 */
export function scoreReview(meta: ReviewMeta, print: SettingsPrint, inputs: AccountInput[], options: ScoreOptions = {}): Review {
  const axisOf = (axis: ReviewAxis) => print.criteria.filter((c) => c.axis === axis);
  const axisInput = (axis: ReviewAxis) => ({
    data: inputs.map((a) => axisOf(axis).map((c) => a.raw.get(c.name) ?? null)),
    weights: axisOf(axis).map((c) => c.weight),
  });
  const criteria = scoreCriteria({ value: axisInput("value"), engagement: axisInput("engagement") }, print.method, print.missing, {
    checked: true,
  });
  // The stored key: the ID's when the account has one (it takes precedence), else the name's.
  const keys = inputs.map((a) => reviewKey(a.id ?? a.name));
  let previous: (Quadrant | null)[] | undefined;
  if (options.previous) {
    const by = joinBy(options.previous.accounts, inputs);
    const then = new Map<string, Quadrant | null>();
    for (const a of options.previous.accounts) {
      const k = keyOf(by, a);
      if (!then.has(k)) then.set(k, a.quadrant);
    }
    previous = inputs.map((a) => then.get(keyOf(by, a)) ?? null);
  }
  const m = scoreMatrix(
    criteria,
    {
      value: parseThreshold(print.valueThreshold, "valueThreshold"),
      engagement: parseThreshold(print.engagementThreshold, "engagementThreshold"),
    },
    { rank: true, ...(previous ? { previous, band: options.band ?? 0 } : {}) },
  );
  const { quadrants, held } = m;
  // Each criterion's score as it entered the composite: flipped, a gap filled by the policy
  // (median, zero), null where it did not count (drop) or is not a valid number.
  const place = print.criteria.map((c) => ({ cs: criteria[c.axis], j: axisOf(c.axis).indexOf(c) }));
  const criterionScore = (k: number, i: number): number | null => {
    const { cs, j } = place[k];
    const at = j * cs.accounts + i;
    return !cs.present[at] && print.missing === "drop" ? null : numberOrNull(cs.scores[at]);
  };
  const accounts: ReviewAccount[] = inputs.map((a, i) => {
    const q = quadrants[i];
    const scored = !isKamError(q);
    const s = new Map<string, number | null>();
    print.criteria.forEach((c, k) => s.set(c.name, scored ? criterionScore(k, i) : null));
    return {
      key: keys[i],
      id: a.id,
      name: a.name,
      raw: a.raw,
      scores: s,
      value: scored ? numberOrNull(m.value[i]) : null,
      engagement: scored ? numberOrNull(m.engagement[i]) : null,
      quadrant: scored ? (q as Quadrant) : null,
      priority: numberOrNull(m.priority![i]),
      revenue: a.revenue,
      ...(held ? { heldByBand: held[i] } : {}),
    };
  });
  return { date: meta.date, label: meta.label, settings: { ...print, band: options.band ?? print.band }, accounts };
}

/**
 * An earlier review scored again with today's settings from its saved raw values, so that the
 * comparison shows what the data did, not what the weights did. Today's criteria that the
 * earlier review has no numbers for are left out and listed.
 */
export function rescoreReview(then: Review, settings: Settings, band = 0): { review: Review; leftOut: string[] } {
  const wanted: ReviewCriterion[] = settings.criteria
    .filter((c) => c.axis !== "ignore")
    .map((c) => ({ name: c.column, axis: c.axis as ReviewAxis, weight: c.lowerIsBetter ? -c.weight : c.weight }));
  const hasNumbers = (name: string) => then.accounts.some((a) => isPresent(a.raw.get(name)));
  const criteria = wanted.filter((c) => hasNumbers(c.name));
  const leftOut = wanted.filter((c) => !hasNumbers(c.name)).map((c) => c.name);
  const inputs: AccountInput[] = then.accounts.map((a) => ({ name: a.name, id: a.id, raw: a.raw, revenue: a.revenue }));
  const review = scoreReview(then, settingsPrint(settings, criteria, band), inputs);
  // The plan stored with the review is not a score: it stays as saved.
  review.accounts.forEach((a, i) => then.accounts[i].plan && (a.plan = then.accounts[i].plan));
  return { review, leftOut };
}
