import {
  classify,
  isKamError,
  isPresent,
  medianScore,
  normalizeValue,
  parseThreshold,
  prepareColumn,
  prioritize,
  Quadrant,
  scoreAxis,
  Scored,
} from "../../core";
import { readAccounts } from "../portfolio/accounts";
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

const numberOrNull = (s: Scored): number | null => (typeof s === "number" ? s : null);

/** Criterion scores of one column as they enter the composite (see ReviewAccount.scores). */
function criterionScores(cells: CellValue[], c: ReviewCriterion, print: SettingsPrint, k: number): (number | null)[] {
  const col = Float64Array.from(cells, (x) => (isPresent(x) ? x : NaN));
  const model = prepareColumn(col, k, { method: print.method });
  const flip = (s: number) => (c.weight < 0 ? 100 - s : s);
  const fill = print.missing === "median" ? flip(medianScore(model, print.method)) : print.missing === "zero" ? 0 : null;
  return cells.map((x) => {
    if (!isPresent(x)) return fill;
    const s = normalizeValue(model, x, print.method);
    return typeof s === "number" ? flip(s) : null;
  });
}

/**
 * Scores accounts with a fingerprint's settings through the core (scoreAxis, classify,
 * prioritize), exactly as the report does; with a previous review and a band, an account near a
 * threshold keeps its previous side (SPEC 12).
 */
export function scoreReview(meta: ReviewMeta, print: SettingsPrint, inputs: AccountInput[], options: ScoreOptions = {}): Review {
  const axisOf = (axis: ReviewAxis) => print.criteria.filter((c) => c.axis === axis);
  const data = (axis: ReviewAxis) => inputs.map((a) => axisOf(axis).map((c) => a.raw.get(c.name) ?? null));
  const axis = (name: ReviewAxis) =>
    scoreAxis({ data: data(name), weights: axisOf(name).map((c) => c.weight), method: print.method, missing: print.missing });
  const value = axis("value");
  const engagement = axis("engagement");
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
  const tV = parseThreshold(print.valueThreshold, "valueThreshold");
  const tE = parseThreshold(print.engagementThreshold, "engagementThreshold");
  const { quadrants, held } = classify(value.scores, engagement.scores, tV, tE, { previous, band: options.band ?? 0 });
  const priority = prioritize(value.scores, engagement.scores, quadrants);
  const scores = print.criteria.map((c, k) =>
    criterionScores(
      inputs.map((a) => a.raw.get(c.name) ?? null),
      c,
      print,
      k + 1,
    ),
  );
  const accounts: ReviewAccount[] = inputs.map((a, i) => {
    const q = quadrants[i];
    const scored = !isKamError(q);
    const s = new Map<string, number | null>();
    print.criteria.forEach((c, k) => s.set(c.name, scored ? scores[k][i] : null));
    return {
      key: keys[i],
      id: a.id,
      name: a.name,
      raw: a.raw,
      scores: s,
      value: scored ? numberOrNull(value.scores[i]) : null,
      engagement: scored ? numberOrNull(engagement.scores[i]) : null,
      quadrant: scored ? (q as Quadrant) : null,
      priority: numberOrNull(priority[i]),
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
  return { review, leftOut };
}
