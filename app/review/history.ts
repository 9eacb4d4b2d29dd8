import type { Language } from "../../core";
import type { CellValue } from "../workbook/contract";
import { printText } from "./fingerprint";
import { parseReviewDate } from "./reviewDate";
import { HistoryError, ReviewExists } from "../errors";
import { HistoryHeaderText, HistoryProblem, REVIEW_TEXT } from "./text";
import type { Review, ReviewPlanFields } from "./types";

/**
 * The add-in's sheet "KAM History" as a table model: one row per account per review.
 *
 * Layout: fixed columns first (review date, label, account key, account ID, account, value,
 * engagement, quadrant, priority, revenue, settings), then two columns per criterion, "Raw: X"
 * and "Score: X", in the order criteria first appeared. A criterion added in a later review gets
 * its two columns appended at the right (earlier rows stay as they are and read as blank there);
 * a criterion dropped later keeps its columns, blank in the new rows. So one row is one account's
 * whole review (filter on the date and it reads as a snapshot), no column ever changes meaning,
 * and no earlier row is rewritten. Columns are found by their header names (English or German),
 * so a user's own extra columns or a reordered table do no harm. The settings fingerprint is
 * written once per review, in its first row (repeated on 10,000 rows it was half the table); the
 * other rows of that review leave the cell blank and take it from the row that has it.
 */
export interface HistoryTable {
  header: CellValue[];
  rows: CellValue[][];
}

export type Field = Exclude<keyof HistoryHeaderText, "raw" | "score">;
const FIELDS: readonly Field[] = [
  "date",
  "label",
  "key",
  "id",
  "name",
  "value",
  "engagement",
  "quadrant",
  "priority",
  "revenue",
  "settings",
];
const REQUIRED: readonly Field[] = ["date", "key", "name", "value", "engagement", "quadrant", "settings"];

/** A problem in words; `firstDataRow` is the sheet row of the first data row (2 for a table at A1). */
export const historyProblemText = (p: HistoryProblem, lang: Language, firstDataRow = 2): string =>
  REVIEW_TEXT[lang].problem(p.kind, p.row + firstDataRow, p.detail);

export interface Columns {
  fixed: Partial<Record<Field, number>>;
  raw: Map<string, number>;
  score: Map<string, number>;
}

const norm = (h: CellValue) => (typeof h === "string" ? h.trim().toLowerCase() : "");

/** Finds the columns by name, in either language. */
export function columnsOf(header: readonly CellValue[]): Columns {
  const cols: Columns = { fixed: {}, raw: new Map(), score: new Map() };
  const texts = [REVIEW_TEXT.en.header, REVIEW_TEXT.de.header];
  header.forEach((h, j) => {
    const t = norm(h);
    if (!t) return;
    const field = FIELDS.find((f) => texts.some((x) => x[f].toLowerCase() === t));
    if (field !== undefined) {
      if (cols.fixed[field] === undefined) cols.fixed[field] = j;
      return;
    }
    for (const x of texts) {
      for (const kind of ["raw", "score"] as const) {
        const prefix = x[kind].toLowerCase();
        if (t.startsWith(prefix) && typeof h === "string") {
          const name = h.trim().slice(prefix.length).trim();
          if (name && !cols[kind].has(name)) cols[kind].set(name, j);
          return;
        }
      }
    }
  });
  return cols;
}

export function checkHeader(cols: Columns, lang: Language): void {
  const missing = REQUIRED.find((f) => cols.fixed[f] === undefined);
  if (missing) {
    const problem: HistoryProblem = { row: -1, kind: "header", detail: REVIEW_TEXT[lang].header[missing] };
    throw new HistoryError(problem, historyProblemText(problem, lang));
  }
}

/** The header of a new history table. */
export function newHistoryHeader(lang: Language): string[] {
  const h = REVIEW_TEXT[lang].header;
  return FIELDS.map((f) => h[f]);
}

/**
 * The plan's columns, written when the review was saved with a plan: at the right, added the first
 * time (earlier rows read blank there). The reader leaves them to the plan; a review is read without them.
 */
type PlanField = keyof ReviewPlanFields;
const PLAN_FIELDS: readonly PlanField[] = ["owner", "override", "open", "done", "overdue"];
export const PLAN_HISTORY_HEADER: Record<Language, Record<PlanField, string>> = {
  en: { owner: "Owner", override: "Override quadrant", open: "Open actions", done: "Done actions", overdue: "Overdue actions" },
  de: {
    owner: "Verantwortlich",
    override: "Quadrant (abweichend)",
    open: "Offene Maßnahmen",
    done: "Erledigte Maßnahmen",
    overdue: "Überfällige Maßnahmen",
  },
};

function planColumnsOf(header: readonly CellValue[]): Partial<Record<PlanField, number>> {
  const cols: Partial<Record<PlanField, number>> = {};
  header.forEach((h, j) => {
    const t = norm(h);
    const f = PLAN_FIELDS.find((x) => [PLAN_HISTORY_HEADER.en[x], PLAN_HISTORY_HEADER.de[x]].some((n) => n.toLowerCase() === t));
    if (f && cols[f] === undefined) cols[f] = j;
  });
  return cols;
}

/** Header and rows of one review, fitted to a table's header (new criterion columns appended at the right). */
function reviewRows(review: Review, header: CellValue[], lang: Language): { header: CellValue[]; rows: CellValue[][] } {
  const h = REVIEW_TEXT[lang].header;
  const out = [...header];
  const cols = columnsOf(out);
  for (const c of review.settings.criteria) {
    for (const kind of ["raw", "score"] as const) {
      if (!cols[kind].has(c.name)) {
        cols[kind].set(c.name, out.length);
        out.push(`${h[kind]}${c.name}`);
      }
    }
  }
  const withPlan = review.accounts.some((a) => a.plan);
  const planCols = planColumnsOf(out);
  if (withPlan)
    for (const f of PLAN_FIELDS)
      if (planCols[f] === undefined) {
        planCols[f] = out.length;
        out.push(PLAN_HISTORY_HEADER[lang][f]);
      }
  const settings = printText(review.settings);
  const rows = review.accounts.map((a, i) => {
    const row: CellValue[] = new Array(out.length).fill(null);
    const put = (f: Field, v: CellValue) => {
      const j = cols.fixed[f];
      if (j !== undefined) row[j] = v;
    };
    put("date", review.date);
    put("label", review.label);
    put("key", a.key);
    put("id", a.id);
    put("name", a.name);
    put("value", a.value);
    put("engagement", a.engagement);
    put("quadrant", a.quadrant);
    put("priority", a.priority);
    put("revenue", a.revenue);
    put("settings", i === 0 ? settings : null);
    for (const c of review.settings.criteria) {
      row[cols.raw.get(c.name)!] = a.raw.get(c.name) ?? null;
      row[cols.score.get(c.name)!] = a.scores.get(c.name) ?? null;
    }
    if (a.plan)
      for (const f of PLAN_FIELDS) {
        const v = a.plan[f];
        row[planCols[f]!] = v === "" ? null : v;
      }
    return row;
  });
  return { header: out, rows };
}

/** What an edit does, so an adapter writes only that: new header cells, removed runs, appended rows. */
export interface HistoryEdit {
  /** The whole table after the edit; rows that were there before are the same arrays, untouched. */
  table: HistoryTable;
  /** Header cells from this column on are new. */
  newColumnsFrom: number;
  /** Runs of earlier rows removed (replace, delete), indices in the table before the edit, last run first. */
  removed: { start: number; count: number }[];
  /** table.rows.slice(appendedFrom) are the rows to append. */
  appendedFrom: number;
}

const dateColumn = (table: HistoryTable, lang: Language): number => {
  const cols = columnsOf(table.header);
  checkHeader(cols, lang);
  return cols.fixed.date!;
};

/** Appends a review; earlier rows are never rewritten. A review with the same date throws ReviewExists. */
export function appendReview(table: HistoryTable | null, review: Review, lang: Language): HistoryEdit {
  const base: HistoryTable = table ?? { header: newHistoryHeader(lang), rows: [] };
  if (table) {
    const d = dateColumn(table, lang);
    if (table.rows.some((r) => parseReviewDate(r[d]) === review.date)) throw new ReviewExists(review.date);
  }
  const { header, rows } = reviewRows(review, base.header, lang);
  return {
    table: { header, rows: [...base.rows, ...rows] },
    newColumnsFrom: table ? base.header.length : 0,
    removed: [],
    appendedFrom: base.rows.length,
  };
}

/** Removes the rows of the review with this date (none: the table is unchanged). */
export function deleteReview(table: HistoryTable, date: string, lang: Language): HistoryEdit {
  const d = dateColumn(table, lang);
  const removed: { start: number; count: number }[] = [];
  const rows: CellValue[][] = [];
  table.rows.forEach((r, i) => {
    if (parseReviewDate(r[d]) !== date) {
      rows.push(r);
      return;
    }
    const last = removed[removed.length - 1];
    if (last && last.start + last.count === i) last.count++;
    else removed.push({ start: i, count: 1 });
  });
  return {
    table: { header: table.header, rows },
    newColumnsFrom: table.header.length,
    removed: removed.reverse(),
    appendedFrom: rows.length,
  };
}

/** Replaces one review (same date): its old rows go, the new ones are appended; other reviews stay untouched. */
export function replaceReview(table: HistoryTable, review: Review, lang: Language): HistoryEdit {
  const del = deleteReview(table, review.date, lang);
  const add = appendReview(del.table, review, lang);
  return { ...add, newColumnsFrom: table.header.length, removed: del.removed };
}
