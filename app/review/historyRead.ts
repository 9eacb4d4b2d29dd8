import type { Language, Quadrant } from "../../core";
import type { CellValue } from "../workbook/contract";
import { reviewKey } from "./accountKey";
import { parsePrintText } from "./fingerprint";
import { checkHeader, columnsOf, Field, HistoryTable } from "./history";
import { parseReviewDate } from "./reviewDate";
import { HistoryProblem, HistoryProblemKind, REVIEW_TEXT } from "./text";
import type { Review, ReviewAccount, SettingsPrint } from "./types";

/** Reading "KAM History" back into reviews (the layout is described in history.ts). */
export interface ParsedHistory {
  /** Reviews by date, oldest first. */
  reviews: Review[];
  /** Every row that could not be read, or only partly, with the reason; nothing is left out silently. */
  problems: HistoryProblem[];
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";
const show = (v: CellValue | undefined) => (typeof v === "string" ? `"${v}"` : String(v));

/** Reads the history back, tolerant of what a reopened workbook gives (dates as serials, short rows). */
export function parseHistory(table: HistoryTable, lang: Language = "en"): ParsedHistory {
  const cols = columnsOf(table.header);
  checkHeader(cols, lang);
  const f = cols.fixed;
  const problems: HistoryProblem[] = [];
  const byDate = new Map<string, { review: Review; keys: Set<string> }>();
  const prints = new Map<string, SettingsPrint | null>();
  const criterionNames = [...new Set([...cols.raw.keys(), ...cols.score.keys()])];
  // The fingerprint is written on one row per review: find it first (the table may be sorted).
  const printOfDate = new Map<string, string>();
  if (f.settings !== undefined)
    for (const row of table.rows) {
      const text = row[f.settings];
      const d = parseReviewDate(f.date === undefined ? null : row[f.date]);
      if (d !== null && typeof text === "string" && text !== "" && !printOfDate.has(d) && parsePrintText(text)) printOfDate.set(d, text);
    }
  table.rows.forEach((row, i) => {
    if (row.every(blank)) return; // an empty table row holds nothing to lose
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
    const settingsCell = blank(cell("settings")) ? (printOfDate.get(date) ?? null) : cell("settings");
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
    };
    entry.review.accounts.push(account);
  });
  const reviews = [...byDate.values()].map((e) => e.review).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { reviews, problems };
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
