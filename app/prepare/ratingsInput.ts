/**
 * The third raw input of "Prepare data": ratings from a review workshop or survey responses, one
 * row per response. Which columns are criteria (every other numeric column; the user picks), how
 * each is aggregated (median for ratings, NPS for a 0-10 recommendation question), the quality
 * report's part for them, and the per-account columns they add to KAM Accounts. The scores are
 * computed by KAM.RATINGS's core (SPEC 15); nothing here reads a host.
 */
import { Language, LINE_BLANK, ratedColumns, RatingMethod, ratingsFigures, ratingsLines, RatingsFigures } from "../../core";
import { columnLabels, fold } from "../settings/mapping";
import type { RatingRole } from "../settings/prepare";
import type { CellValue } from "../workbook/contract";
import type { ColumnMapping } from "./columns";
import type { InvalidLine } from "./quality";
import { cellAddresses, RawTable, roleColumn } from "./table";

/** A column of the ratings table used as a criterion. */
export interface RatingCriterion {
  /** Column index in the raw table. */
  column: number;
  /** The column's label (its header), the name of the criterion on KAM Accounts. */
  header: string;
  method: Extract<RatingMethod, "median" | "mean" | "nps">;
}

export const RATING_CRITERION_METHODS = ["median", "mean", "nps"] as const;

/** The words after a rated criterion's name in its extra columns on KAM Accounts. */
export const RATING_WORDS: Record<Language, { raters: string; lowest: string; highest: string }> = {
  en: { raters: "raters", lowest: "lowest", highest: "highest" },
  de: { raters: "Bewerter", lowest: "niedrigste", highest: "höchste" },
};

export interface RatingsInput {
  table: RawTable;
  mapping: ColumnMapping<RatingRole>;
  criteria: RatingCriterion[];
}

const NPS_WORDS = /\b(nps|recommend\w*|empfehl\w*|weiterempfehl\w*|likely)\b/;
const VALUE_WORDS = /\b(strateg\w*|importance|bedeutung|potential|potenzial|wichtigkeit|relevan\w*)\b/;

/** The axis a rated criterion starts on: strategic-importance-like on value, the rest (collaboration, satisfaction, NPS) on engagement. */
export const ratingAxis = (header: string): "value" | "engagement" => (VALUE_WORDS.test(fold(header)) ? "value" : "engagement");

/** Every numeric column not mapped to a role: a candidate criterion, with a guessed method. */
export function ratingCandidates(table: RawTable, mapping: ColumnMapping<RatingRole>): RatingCriterion[] {
  const mapped = new Set(Object.values(mapping));
  const labels = columnLabels(table.headers);
  const out: RatingCriterion[] = [];
  labels.forEach((header, j) => {
    if (mapped.has(j)) return;
    let numbers = 0;
    let max = -Infinity;
    for (const row of table.rows) {
      const v = row[j];
      if (typeof v === "number" && Number.isFinite(v)) {
        numbers++;
        if (v > max) max = v;
      }
    }
    if (numbers === 0) return;
    const nps = NPS_WORDS.test(fold(header)) && max <= 10;
    out.push({ column: j, header, method: nps ? "nps" : "median" });
  });
  return out;
}

/** The scale of a rated criterion, as its answers show it: 1-5, 0-10, or the smallest to the largest answer. */
export function ratingScale(lowest: number, highest: number): { from: number; to: number } {
  if (lowest >= 1 && highest <= 5) return { from: 1, to: 5 };
  if (lowest >= 0 && highest <= 10) return { from: 0, to: 10 };
  return { from: lowest, to: highest };
}

/** Raters disagree when their answers lie 2 points apart on a 1-5 scale, or a quarter of another scale. */
export function disagreementThreshold(scale: { from: number; to: number }): number {
  return scale.from === 1 && scale.to === 5 ? 2 : (scale.to - scale.from) / 4;
}

export interface RatingQuality {
  lines: number;
  valid: number;
  blank: number;
  invalid: InvalidLine[];
  /** Valid responses dated outside the review window (they do not count). */
  outside: number;
  /** Accounts whose criterion has one response only. */
  singleRater: { account: string | number; criterion: string }[];
  /** Accounts and criteria whose responses lie far apart: worth a discussion. */
  disagreements: { account: string | number; criterion: string; lowest: number; highest: number }[];
}

/** Per account key: one value per criterion and its raters, lowest and highest answer (null without an answer). */
export interface RatingColumns {
  headers: string[];
  criteria: RatingCriterion[];
  byKey: Map<string, CellValue[]>;
}

interface Computed {
  figures: RatingsFigures;
  criteria: RatingCriterion[];
}

const argsOf = (input: RatingsInput, rows: CellValue[][], criteria: RatingCriterion[], method: RatingMethod) => ({
  accounts: roleColumn(rows, input.mapping, "account"),
  raters: roleColumn(rows, input.mapping, "rater"),
  dates: roleColumn(rows, input.mapping, "date"),
  scores: rows.map((row) => criteria.map((c) => row[c.column] ?? null)),
  method,
});

/** The criteria grouped by method, each group computed by the core (NPS answers are checked as such). */
function compute(input: RatingsInput, rows: CellValue[][], window: { asOf?: number; months?: number }, timeZone?: string): Computed[] {
  const out: Computed[] = [];
  for (const method of RATING_CRITERION_METHODS) {
    const criteria = input.criteria.filter((c) => c.method === method);
    if (criteria.length === 0 || rows.length === 0) continue;
    const dated = input.mapping.date !== undefined;
    const args = { ...argsOf(input, rows, criteria, method), ...(dated ? { asOf: window.asOf, months: window.months } : {}) };
    out.push({ figures: ratingsFigures(args, { timeZone }), criteria });
  }
  return out;
}

/** The ratings part of the quality report: invalid lines (by cell), responses outside the window, lone raters and disagreements. */
export function ratingQuality(input: RatingsInput, window: { asOf?: number; months?: number }, timeZone?: string): RatingQuality {
  return rateResponses(input, window, timeZone).quality;
}

/** The valid responses computed by the core once, for the quality report and the columns alike. */
export interface RatedResponses {
  quality: RatingQuality;
  computed: Computed[];
}

/** ratingQuality, with the figures it computed for ratingColumns (same input and window). */
export function rateResponses(input: RatingsInput, window: { asOf?: number; months?: number }, timeZone?: string): RatedResponses {
  const address = cellAddresses(input.table.topLeft);
  const q: RatingQuality = {
    lines: input.table.rows.length,
    valid: 0,
    blank: 0,
    invalid: [],
    outside: 0,
    singleRater: [],
    disagreements: [],
  };
  if (input.criteria.length === 0) return { quality: q, computed: [] };
  // Invalid lines over every criterion; NPS answers are checked with the NPS criteria only.
  const bad = new Map<number, InvalidLine>();
  for (const method of ["median", "nps"] as const) {
    const criteria = method === "nps" ? input.criteria.filter((c) => c.method === "nps") : input.criteria;
    if (criteria.length === 0) continue;
    const { lines } = ratingsLines(argsOf(input, input.table.rows, criteria, method), { timeZone });
    if (method === "median") {
      for (let i = 0; i < lines.count; i++) if (lines.status[i] === LINE_BLANK) q.blank++;
    }
    for (const p of lines.problems) {
      if (bad.has(p.line)) continue;
      const column =
        p.field === "score"
          ? criteria[(p.message.params[0] as number) - 1].column
          : input.mapping[p.field === "rater" ? "rater" : p.field === "date" ? "date" : "account"]!;
      bad.set(p.line, {
        line: p.line,
        cell: address(p.line - 1, column),
        value: (p.value ?? null) as CellValue,
        message: p.message,
        field: p.field,
      });
    }
  }
  q.invalid = [...bad.values()].sort((a, b) => a.line - b.line);
  q.valid = q.lines - q.blank - q.invalid.length;
  const rows = input.table.rows.filter((_, i) => !bad.has(i + 1));
  const computed = compute(input, rows, window, timeZone);
  for (const { figures, criteria } of computed) {
    q.outside = Math.max(q.outside, figures.outside);
    criteria.forEach((c, j) => {
      const r = figures.criteria[j];
      let lowest = Infinity;
      let highest = -Infinity;
      for (const a of figures.order) {
        if (r.count[a] === 0) continue;
        lowest = Math.min(lowest, r.min[a]);
        highest = Math.max(highest, r.max[a]);
      }
      const threshold = disagreementThreshold(ratingScale(lowest, highest));
      for (const a of figures.order) {
        const account = figures.names[a];
        if (r.count[a] === 1) q.singleRater.push({ account, criterion: c.header });
        if (c.method === "nps" || r.count[a] < 2 || !(threshold > 0)) continue;
        if (r.max[a] - r.min[a] >= threshold) q.disagreements.push({ account, criterion: c.header, lowest: r.min[a], highest: r.max[a] });
      }
    });
  }
  return { quality: q, computed };
}

/** The columns the ratings add to KAM Accounts, per account key; invalid lines are already left out of `rows`. */
export function ratingColumns(
  input: RatingsInput,
  rows: CellValue[][],
  window: { asOf?: number; months?: number },
  words: { raters: string; lowest: string; highest: string },
  timeZone?: string,
  /** rateResponses' figures for these rows and window, when made already. */
  computed: Computed[] = compute(input, rows, window, timeZone),
): RatingColumns {
  // Columns in the order the criteria were chosen, whatever group computed them.
  const criteria = input.criteria;
  const position = new Map(criteria.map((c, i) => [c.column, i]));
  const byKey = new Map<string, CellValue[]>();
  const width = criteria.length * 4;
  for (const { figures, criteria: group } of computed) {
    group.forEach((c, j) => {
      const r = figures.criteria[j];
      const at = position.get(c.column)! * 4;
      for (const a of figures.order) {
        if (r.count[a] === 0) continue;
        const key = figures.keys[a];
        let row = byKey.get(key);
        if (!row) byKey.set(key, (row = Array<CellValue>(width).fill(null)));
        row[at] = r.value[a];
        row[at + 1] = r.count[a];
        row[at + 2] = r.min[a];
        row[at + 3] = r.max[a];
      }
    });
  }
  return { headers: criteria.flatMap((c) => ratedColumns(c.header, words)), criteria, byKey };
}
