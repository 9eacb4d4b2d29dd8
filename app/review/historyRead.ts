import type { Language, Quadrant } from "../../core";
import type { CellValue } from "../workbook/contract";
import { reviewKey } from "./accountKey";
import { parsePrintText } from "./fingerprint";
import {
  checkHeader,
  columnsOf,
  Field,
  HistoryTable,
  PLAN_FIELDS,
  PLAN_HISTORY_HEADER,
  PlanField,
  planColumnsOf,
  ReviewGroup,
  reviewGroupsOf,
} from "./history";
import { parseReviewDate } from "./reviewDate";
import { HistoryProblem, HistoryProblemKind, REVIEW_TEXT } from "./text";
import type { Review, ReviewAccount, ReviewPlanFields, SettingsPrint } from "./types";

/** Reading "KAM History" back into reviews (the layout is described in history.ts). */
export interface ParsedHistory {
  /** Reviews by date, oldest first. */
  reviews: Review[];
  /** Every row that could not be read, or only partly, with the reason; nothing is left out silently. */
  problems: HistoryProblem[];
  /** Every save's rows, also unfinished ones and older copies: what a save or delete of a date removes. */
  groups: ReviewGroup[];
}

/** Of the saves of one date, the one shown: the complete one saved last (ids sort by time; rows saved before ids first). */
function shownGroups(groups: ReviewGroup[]): Set<ReviewGroup> {
  const best = new Map<string, ReviewGroup>();
  for (const g of groups) {
    if (!g.complete) continue;
    const b = best.get(g.date);
    if (!b || (b.reviewId ?? "") < (g.reviewId ?? "")) best.set(g.date, g);
  }
  return new Set(best.values());
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";
const show = (v: CellValue | undefined) => (typeof v === "string" ? `"${v}"` : String(v));
const isCount = (v: CellValue) => typeof v === "number" && Number.isInteger(v) && v >= 0;

/**
 * One row's plan fields (owner, override quadrant, open / done / overdue actions): undefined when
 * the five cells are blank (saved without a plan, or before the columns existed); a cell that is not
 * what Save review writes gives the field's name and value instead, and the row's plan is not used.
 */
function planOfRow(
  row: readonly CellValue[],
  cols: Partial<Record<PlanField, number>>,
  lang: Language,
): ReviewPlanFields | undefined | { bad: string } {
  const cell = (f: PlanField): CellValue => (cols[f] === undefined ? null : (row[cols[f]!] ?? null));
  if (PLAN_FIELDS.every((f) => blank(cell(f)))) return undefined;
  const bad = (f: PlanField) => ({ bad: `${PLAN_HISTORY_HEADER[lang][f]} ${show(cell(f))}` });
  const o = cell("override");
  if (!blank(o) && o !== 1 && o !== 2 && o !== 3 && o !== 4) return bad("override");
  const counts = { open: 0, done: 0, overdue: 0 };
  for (const f of ["open", "done", "overdue"] as const) {
    const v = cell(f);
    if (blank(v)) continue;
    if (!isCount(v)) return bad(f);
    counts[f] = v as number;
  }
  const owner = cell("owner");
  return { owner: blank(owner) ? "" : String(owner).trim(), override: blank(o) ? null : (o as Quadrant), ...counts };
}

/** Reads the history back, tolerant of what a reopened workbook gives (dates as serials, short rows). */
export function parseHistory(table: HistoryTable, lang: Language = "en"): ParsedHistory {
  const cols = columnsOf(table.header);
  checkHeader(cols, lang);
  const f = cols.fixed;
  const planCols = planColumnsOf(table.header);
  const problems: HistoryProblem[] = [];
  const byDate = new Map<string, { review: Review; keys: Set<string> }>();
  const prints = new Map<string, SettingsPrint | null>();
  const criterionNames = [...new Set([...cols.raw.keys(), ...cols.score.keys()])];
  const groups = reviewGroupsOf(table, lang);
  const shown = shownGroups(groups);
  const groupOfRow = new Map<number, ReviewGroup>();
  for (const g of groups) {
    for (const i of g.indices) groupOfRow.set(i, g);
    if (!shown.has(g)) problems.push({ row: g.indices[0], kind: g.complete ? "superseded" : "unfinished", detail: g.date });
  }
  // The fingerprint is written on one row per review: find it first (the table may be sorted).
  const printOfGroup = new Map<ReviewGroup, string>();
  if (f.settings !== undefined)
    for (const g of shown)
      for (const i of g.indices) {
        const text = table.rows[i][f.settings];
        if (typeof text === "string" && text !== "" && parsePrintText(text)) {
          printOfGroup.set(g, text);
          break;
        }
      }
  table.rows.forEach((row, i) => {
    if (row.every(blank)) return; // an empty table row holds nothing to lose
    const group = groupOfRow.get(i);
    if (group && !shown.has(group)) return; // listed above, once per save
    const cell = (field: Field): CellValue => (f[field] === undefined ? null : (row[f[field]!] ?? null));
    const problem = (kind: HistoryProblemKind, detail = "") => problems.push({ row: i, kind, detail });
    const date = parseReviewDate(cell("date"));
    if (date === null) return problem("date", show(cell("date")));
    const name = blank(cell("name")) ? "" : String(cell("name"));
    const idCell = cell("id");
    const id = blank(idCell) ? null : String(idCell).trim();
    const key = blank(cell("key")) ? reviewKey(id ?? name) : reviewKey(cell("key"));
    if (!key) return problem("key");
    const score = (field: "value" | "engagement"): number | null | undefined => {
      const v = cell(field);
      if (blank(v)) return null;
      if (typeof v === "number" && v >= 0 && v <= 100) return v;
      problem("score", `${REVIEW_TEXT[lang].header[field]} ${show(v)}`);
      return undefined;
    };
    const value = score("value");
    const engagement = score("engagement");
    if (value === undefined || engagement === undefined) return;
    const q = cell("quadrant");
    if (!blank(q) && q !== 1 && q !== 2 && q !== 3 && q !== 4) return problem("quadrant", show(q));
    const settingsCell = blank(cell("settings")) ? ((group && printOfGroup.get(group)) ?? null) : cell("settings");
    const printKey = typeof settingsCell === "string" ? settingsCell : "";
    if (!prints.has(printKey)) prints.set(printKey, parsePrintText(settingsCell));
    const print = prints.get(printKey)!;
    if (!print) return problem("settings");
    const p = cell("priority");
    let priority: number | null = null;
    if (typeof p === "number" && Number.isInteger(p) && p >= 1) priority = p;
    else if (!blank(p)) problem("priority", show(p));
    const r = cell("revenue");
    let revenue: number | null = null;
    if (typeof r === "number" && Number.isFinite(r)) revenue = r;
    else if (!blank(r)) problem("revenue", show(r));
    const raw = new Map<string, CellValue>();
    const scores = new Map<string, number | null>();
    for (const c of criterionNames) {
      const rj = cols.raw.get(c);
      const sj = cols.score.get(c);
      raw.set(c, rj === undefined ? null : (row[rj] ?? null));
      const s = sj === undefined ? null : (row[sj] ?? null);
      scores.set(c, typeof s === "number" && Number.isFinite(s) ? s : null);
    }
    let entry = byDate.get(date);
    if (!entry) {
      const label = blank(cell("label")) ? "" : String(cell("label"));
      entry = { review: { date, label, settings: print, accounts: [] }, keys: new Set() };
      byDate.set(date, entry);
    }
    if (entry.keys.has(key)) return problem("duplicate", show(name || key));
    entry.keys.add(key);
    const plan = planOfRow(row, planCols, lang);
    if (plan && "bad" in plan) problem("plan", plan.bad);
    const account: ReviewAccount = {
      key,
      id,
      name,
      raw,
      scores,
      value,
      engagement,
      quadrant: blank(q) ? null : (q as Quadrant),
      priority,
      revenue,
      ...(plan && !("bad" in plan) ? { plan } : {}),
    };
    entry.review.accounts.push(account);
  });
  const reviews = [...byDate.values()].map((e) => e.review).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  problems.sort((a, b) => a.row - b.row);
  return { reviews, problems, groups };
}

export interface ReviewSummary {
  date: string;
  label: string;
  accounts: number;
}

/** The saved reviews, oldest first: date, label and number of accounts. */
export function listReviews(table: HistoryTable | null, lang: Language = "en"): ReviewSummary[] {
  if (!table) return [];
  return parseHistory(table, lang).reviews.map((r) => ({ date: r.date, label: r.label, accounts: r.accounts.length }));
}

/** The review to compare with by default: the latest one dated before `date`; null when there is none. */
export function defaultCompareDate(reviews: readonly ReviewSummary[], date: string): string | null {
  const before = reviews.filter((r) => r.date < date);
  return before.length ? before[before.length - 1].date : null;
}
