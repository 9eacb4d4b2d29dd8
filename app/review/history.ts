import type { Language } from "../../core";
import type { CellValue, HistoryRemoval } from "../workbook/contract";
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
 *
 * Every row of a review carries the review's id, and its first row the review's number of rows:
 * rows belong to their review by content, not by position (a user may sort or move rows), and a
 * review with fewer rows than it says was not written (or removed) to the end, so the reader
 * leaves it out. Tables saved before these two columns existed get them at the right on the next
 * save; their rows read as complete reviews keyed by date.
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
  "review",
  "rows",
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
 * time (earlier rows read blank there). A row with all five blank has no plan (saved without one, or before them).
 */
export type PlanField = keyof ReviewPlanFields;
export const PLAN_FIELDS: readonly PlanField[] = ["owner", "override", "open", "done", "overdue"];
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

/** The plan's columns by name (either language); absent in histories saved before them. */
export function planColumnsOf(header: readonly CellValue[]): Partial<Record<PlanField, number>> {
  const cols: Partial<Record<PlanField, number>> = {};
  header.forEach((h, j) => {
    const t = norm(h);
    const f = PLAN_FIELDS.find((x) => [PLAN_HISTORY_HEADER.en[x], PLAN_HISTORY_HEADER.de[x]].some((n) => n.toLowerCase() === t));
    if (f && cols[f] === undefined) cols[f] = j;
  });
  return cols;
}

/** Header and rows of one review, fitted to a table's header (new criterion columns appended at the right). */
function reviewRows(review: Review, reviewId: string, header: CellValue[], lang: Language): { header: CellValue[]; rows: CellValue[][] } {
  const h = REVIEW_TEXT[lang].header;
  const out = [...header];
  const cols = columnsOf(out);
  for (const f of ["review", "rows"] as const)
    if (cols.fixed[f] === undefined) {
      cols.fixed[f] = out.length;
      out.push(h[f]);
    }
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
    put("review", reviewId);
    put("rows", i === 0 ? review.accounts.length : null);
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

/** What an edit does, so an adapter writes only that: new header cells, appended rows, then rows of reviews removed. */
export interface HistoryEdit {
  /** The table after the edit as the pane read it; rows that were there before are the same arrays, untouched. */
  table: HistoryTable;
  /** Header cells from this column on are new. */
  newColumnsFrom: number;
  /** table.rows.slice(appendedFrom) are the rows to append. */
  appendedFrom: number;
  /** Reviews whose rows go once the new rows are written, found by content in a fresh read. */
  remove: HistoryRemoval[];
  /** The date of the appended review: a fresh read with other rows of that date refuses the edit. */
  date: string | null;
}

/** A new review id: the save's time (so a later save sorts after) and a random tail (two panes in the same millisecond). */
export function newReviewId(now = new Date(), random = Math.random): string {
  return `${now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15)}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0")}`;
}

const applyRemoval = (table: HistoryTable, remove: readonly HistoryRemoval[], lang: Language): CellValue[][] => {
  if (remove.length === 0) return table.rows;
  const groups = reviewGroupsOf(table, lang);
  const gone = new Set(remove.flatMap((r) => groups.find((g) => g.date === r.date && g.reviewId === r.reviewId)?.indices ?? []));
  return table.rows.filter((_, i) => !gone.has(i));
};

/**
 * Appends a review; earlier rows are never rewritten. A complete review with the same date
 * throws ReviewExists; the leftovers of an unfinished save of that date are removed with it.
 */
export function appendReview(table: HistoryTable | null, review: Review, lang: Language, reviewId = newReviewId()): HistoryEdit {
  const base: HistoryTable = table ?? { header: newHistoryHeader(lang), rows: [] };
  const same = table ? reviewsOfDate(table, review.date, lang) : [];
  if (same.some((g) => g.complete)) throw new ReviewExists(review.date);
  return withReview(base, table ? base.header.length : 0, same.map(toRemoval), review, reviewId, lang);
}

function withReview(
  base: HistoryTable,
  newColumnsFrom: number,
  remove: HistoryRemoval[],
  review: Review,
  reviewId: string,
  lang: Language,
): HistoryEdit {
  const { header, rows } = reviewRows(review, reviewId, base.header, lang);
  const kept = applyRemoval(base, remove, lang);
  return {
    table: { header, rows: [...kept, ...rows] },
    newColumnsFrom,
    appendedFrom: kept.length,
    remove,
    date: review.date,
  };
}

const toRemoval = (g: ReviewGroup): HistoryRemoval => ({ date: g.date, reviewId: g.reviewId, rows: g.indices.length });

/** Removes the rows of the review with this date, and any unfinished leftovers of that date (none: the table is unchanged). */
export function deleteReview(table: HistoryTable, date: string, lang: Language): HistoryEdit {
  const remove = reviewsOfDate(table, date, lang).map(toRemoval);
  const rows = applyRemoval(table, remove, lang);
  return { table: { header: table.header, rows }, newColumnsFrom: table.header.length, appendedFrom: rows.length, remove, date: null };
}

/** Replaces one review (same date): the new rows are appended, then the old ones go; other reviews stay untouched. */
export function replaceReview(table: HistoryTable, review: Review, lang: Language, reviewId = newReviewId()): HistoryEdit {
  const remove = reviewsOfDate(table, review.date, lang).map(toRemoval);
  return withReview(table, table.header.length, remove, review, reviewId, lang);
}

/** Rows of one save: its id (null before ids), date, row indices, and whether it was written to the end. */
export interface ReviewGroup {
  date: string;
  reviewId: string | null;
  indices: number[];
  /** The number of rows its first row states equals the rows found (always true for rows saved before ids). */
  complete: boolean;
}

const blankCell = (v: CellValue | undefined) => v === null || v === undefined || v === "";

/**
 * The rows of the table grouped by review: by id (a row whose date cell a user damaged still
 * counts for its review), rows saved before ids by date; a row with neither belongs to none.
 */
export function reviewGroupsOf(table: HistoryTable, lang: Language): ReviewGroup[] {
  const cols = columnsOf(table.header);
  checkHeader(cols, lang);
  const { date: d, review: idCol, rows: countCol } = cols.fixed;
  const groups = new Map<string, { date: string | null; reviewId: string | null; indices: number[]; stated: number | null }>();
  table.rows.forEach((row, i) => {
    const date = parseReviewDate(row[d!]);
    const idCell = idCol === undefined ? null : row[idCol];
    const reviewId = blankCell(idCell) ? null : String(idCell).trim();
    if (reviewId === null && date === null) return;
    const k = reviewId === null ? `date ${date}` : `id ${reviewId}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { date, reviewId, indices: [], stated: null }));
    g.date ??= date;
    g.indices.push(i);
    const n = countCol === undefined ? null : row[countCol];
    if (typeof n === "number" && g.stated === null) g.stated = n;
  });
  return [...groups.values()]
    .filter((g) => g.date !== null)
    .map(({ stated, date, ...g }) => ({ ...g, date: date!, complete: g.reviewId === null || stated === g.indices.length }));
}

const reviewsOfDate = (table: HistoryTable, date: string, lang: Language): ReviewGroup[] =>
  reviewGroupsOf(table, lang).filter((g) => g.date === date);
