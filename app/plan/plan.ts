import type { Language, Quadrant } from "../../core";
import { reviewKey } from "../review/accountKey";
import { parseReviewDate } from "../review/reviewDate";
import { headerText, type CellValue, type HistoryChange, type HistoryData } from "../workbook/contract";
import { PlanError } from "../errors";
import { appendOnly, blank, findColumns, rowFor, text } from "./columns";
import { PLAN_TEXT, PlanHeaderText } from "./text";

/**
 * "KAM Plan", the user's table of account decisions: one row per account of the matrix, with the
 * owner, an override of the matrix's quadrant (with the reason, who and when) and notes. The
 * add-in writes a row only for an account the table does not have yet, at the end; it never
 * changes a cell, never removes a row. Rows are matched to accounts by Account ID when both have
 * one, else by the account key of the name (the rule of reviews).
 */
export type PlanField = keyof PlanHeaderText;
const PLAN_FIELDS: readonly PlanField[] = [
  "account",
  "id",
  "owner",
  "overrideQuadrant",
  "overrideReason",
  "overrideBy",
  "overrideDate",
  "notes",
];

/** An account of the matrix, as the plan knows it. */
export interface PlanAccount {
  name: string;
  id: string | null;
}

export interface Override {
  quadrant: Quadrant;
  reason: string;
  by: string;
  /** ISO date, or "" when the cell is blank or not a date. */
  date: string;
}

export interface PlanEntry {
  /** Zero-based data row in the table. */
  row: number;
  name: string;
  id: string | null;
  owner: string;
  override: Override | null;
  notes: string;
}

/** A row whose override cannot be applied, and why: it is reported and the matrix's quadrant stands. */
export interface PlanProblem {
  row: number;
  name: string;
  kind: "noReason" | "badQuadrant";
  detail: string;
}

export interface ParsedPlan {
  entries: PlanEntry[];
  problems: PlanProblem[];
}

const texts = [PLAN_TEXT.en.plan, PLAN_TEXT.de.plan];
export const planColumns = (header: readonly CellValue[]) => findColumns<PlanField>(header, texts);

export const newPlanHeader = (lang: Language): string[] => PLAN_FIELDS.map((f) => PLAN_TEXT[lang].plan[f]);

/** An override quadrant cell: 1..4 (a number or its text); anything else is null. */
function quadrantOf(v: CellValue): Quadrant | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*[1-4]\s*$/.test(v) ? Number(v) : NaN;
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

export function parsePlan(table: HistoryData): ParsedPlan {
  const cols = planColumns(table.header);
  const cell = (row: CellValue[], f: PlanField): CellValue => (cols[f] === undefined ? null : (row[cols[f]!] ?? null));
  const entries: PlanEntry[] = [];
  const problems: PlanProblem[] = [];
  table.rows.forEach((row, i) => {
    const name = text(cell(row, "account"));
    const id = text(cell(row, "id")) || null;
    if (!name && !id) return;
    const q = cell(row, "overrideQuadrant");
    const reason = text(cell(row, "overrideReason"));
    let override: Override | null = null;
    if (!blank(q)) {
      const quadrant = quadrantOf(q);
      if (quadrant === null) problems.push({ row: i, name: name || id!, kind: "badQuadrant", detail: text(q) });
      else if (!reason) problems.push({ row: i, name: name || id!, kind: "noReason", detail: String(quadrant) });
      else override = { quadrant, reason, by: text(cell(row, "overrideBy")), date: parseReviewDate(cell(row, "overrideDate")) ?? "" };
    }
    entries.push({ row: i, name, id, owner: text(cell(row, "owner")), override, notes: text(cell(row, "notes")) });
  });
  return { entries, problems };
}

/** Finds an account's plan entry: by Account ID when both have one, else by the name's key. */
export class PlanIndex<T extends { name: string; id: string | null }> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T>();
  constructor(entries: readonly T[]) {
    for (const e of entries) {
      const idKey = e.id === null ? "" : reviewKey(e.id);
      if (idKey && !this.byId.has(idKey)) this.byId.set(idKey, e);
      const nameKey = reviewKey(e.name);
      if (nameKey && !this.byName.has(nameKey)) this.byName.set(nameKey, e);
    }
  }
  find(account: PlanAccount): T | undefined {
    const idKey = account.id === null ? "" : reviewKey(account.id);
    const hit = idKey ? this.byId.get(idKey) : undefined;
    if (hit) return hit;
    const byName = this.byName.get(reviewKey(account.name));
    // A row with another ID is another account of the same name.
    return byName && (byName.id === null || !idKey || reviewKey(byName.id) === idKey) ? byName : undefined;
  }
}

/** Plan entries whose account is no longer in the matrix: flagged, never removed. */
export function leftMatrix(plan: ParsedPlan, accounts: readonly PlanAccount[]): PlanEntry[] {
  const index = new PlanIndex(plan.entries);
  const matched = new Set(accounts.map((a) => index.find(a)).filter((e): e is PlanEntry => e !== undefined));
  return plan.entries.filter((e) => !matched.has(e));
}

/**
 * The edit that brings the plan up to date: a row for each account of the matrix it does not have
 * (in the matrix's order), appended at the end; null when there is none to add. The first plan is
 * the header and one row per account.
 */
export function planAppend(
  table: HistoryData | null,
  accounts: readonly PlanAccount[],
  lang: Language,
  sheetName?: string,
): HistoryChange | null {
  const t = PLAN_TEXT[lang];
  const header = table ? headerText(table.header) : newPlanHeader(lang);
  const cols = planColumns(header);
  if (cols.account === undefined) throw new PlanError("planHeader", { sheet: sheetName ?? t.planSheet, column: t.plan.account });
  const index = new PlanIndex(table ? parsePlan(table).entries : []);
  const added: PlanAccount[] = [];
  const taken = new Set<string>();
  for (const a of accounts) {
    const key = a.id !== null && reviewKey(a.id) ? `id:${reviewKey(a.id)}` : `name:${reviewKey(a.name)}`;
    if (index.find(a) || taken.has(key)) continue;
    taken.add(key);
    added.push(a);
  }
  if (added.length === 0) return null;
  return appendOnly(
    "plan",
    table,
    { sheetName: sheetName ?? t.planSheet, title: t.planTitle, header },
    added.map((a) => rowFor<PlanField>(header.length, cols, { account: a.name, id: a.id })),
    cols.overrideQuadrant !== undefined ? { column: cols.overrideQuadrant, list: ["1", "2", "3", "4"] } : null,
  );
}
