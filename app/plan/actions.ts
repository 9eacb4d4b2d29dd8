import { Language, Quadrant, strategiesFor } from "../../core";
import { PlanError } from "../errors";
import { reviewKey } from "../review/accountKey";
import { parseReviewDate } from "../review/reviewDate";
import { headerText, type CellValue, type HistoryChange, type HistoryData } from "../workbook/contract";
import { appendOnly, findColumns, rowFor, text } from "./columns";
import { ActionHeaderText, ACTION_STATUSES, ActionStatus, PLAN_TEXT } from "./text";

/**
 * "KAM Actions", the user's list of agreed actions: one row per action (account, action, strategy,
 * owner, due date, status, done on). The add-in appends suggestions at the end and never changes a
 * row. An action belongs to an account by the account key of its name (or of the name the plan
 * holds for the account, so a renamed account keeps its actions).
 */
export type ActionField = keyof ActionHeaderText;
const ACTION_FIELDS: readonly ActionField[] = ["account", "action", "strategy", "owner", "due", "status", "doneOn"];
const texts = [PLAN_TEXT.en.actions, PLAN_TEXT.de.actions];
export const actionColumns = (header: readonly CellValue[]) => findColumns<ActionField>(header, texts);
export const newActionsHeader = (lang: Language): string[] => ACTION_FIELDS.map((f) => PLAN_TEXT[lang].actions[f]);

export interface ActionEntry {
  /** Zero-based data row in the table. */
  row: number;
  account: string;
  action: string;
  strategy: string;
  owner: string;
  /** ISO date or "". */
  due: string;
  /** null: blank or not one of the four (in either language). */
  status: ActionStatus | null;
  doneOn: string;
}

/** A status cell in either language, case-insensitive. */
export function parseStatus(v: CellValue): ActionStatus | null {
  const t = text(v).toLowerCase();
  if (!t) return null;
  return ACTION_STATUSES.find((s) => PLAN_TEXT.en.status[s].toLowerCase() === t || PLAN_TEXT.de.status[s].toLowerCase() === t) ?? null;
}

export function parseActions(table: HistoryData): ActionEntry[] {
  const cols = actionColumns(table.header);
  const cell = (row: CellValue[], f: ActionField): CellValue => (cols[f] === undefined ? null : (row[cols[f]!] ?? null));
  const out: ActionEntry[] = [];
  table.rows.forEach((row, i) => {
    const account = text(cell(row, "account"));
    if (!account) return;
    out.push({
      row: i,
      account,
      action: text(cell(row, "action")),
      strategy: text(cell(row, "strategy")),
      owner: text(cell(row, "owner")),
      due: parseReviewDate(cell(row, "due")) ?? "",
      status: parseStatus(cell(row, "status")),
      doneOn: parseReviewDate(cell(row, "doneOn")) ?? "",
    });
  });
  return out;
}

/** Still to do: proposed or agreed (open), not done and not dropped. */
export const isOpen = (a: ActionEntry): boolean => a.status === "proposed" || a.status === "open";
export const isOverdue = (a: ActionEntry, today: string): boolean => isOpen(a) && a.due !== "" && a.due < today;

/** An account as the actions know it: its names (the matrix's, and the plan's if another). */
export interface ActionAccount {
  names: string[];
}

/** Each account's actions, by the account key of any of its names (first account wins a shared key). */
export function actionsByAccount(actions: readonly ActionEntry[], accounts: readonly ActionAccount[]): ActionEntry[][] {
  const index = new Map<string, number>();
  accounts.forEach((a, i) =>
    a.names.forEach((n) => {
      const k = reviewKey(n);
      if (k && !index.has(k)) index.set(k, i);
    }),
  );
  const out: ActionEntry[][] = accounts.map(() => []);
  for (const a of actions) {
    const i = index.get(reviewKey(a.account));
    if (i !== undefined) out[i].push(a);
  }
  return out;
}

export interface ActionCounts {
  open: number;
  overdue: number;
  done: number;
  dropped: number;
  /** Earliest due date of an open action, or "". */
  nextDue: string;
}

export function countActions(actions: readonly ActionEntry[], today: string): ActionCounts {
  const c: ActionCounts = { open: 0, overdue: 0, done: 0, dropped: 0, nextDue: "" };
  for (const a of actions) {
    if (isOpen(a)) {
      c.open++;
      if (isOverdue(a, today)) c.overdue++;
      if (a.due && (!c.nextDue || a.due < c.nextDue)) c.nextDue = a.due;
    } else if (a.status === "done") c.done++;
    else if (a.status === "dropped") c.dropped++;
  }
  return c;
}

/** The last day of the quarter after the one `today` is in: the end of the next review period. */
export function nextPeriodEnd(today: string): string {
  const [y, m] = today.split("-").map(Number);
  const q = Math.floor((m - 1) / 3) + 1; // 1..4
  const endMonth = q === 4 ? 3 : (q + 1) * 3;
  const year = q === 4 ? y + 1 : y;
  const last = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return `${year}-${String(endMonth).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** An account to suggest actions for: its name, owner and the quadrant it is treated as. */
export interface SuggestFor {
  name: string;
  owner: string;
  quadrant: Quadrant;
}

/**
 * "Suggest actions": one Proposed action per strategy the playbook recommends for the account's
 * quadrant, in the sheet's language, with the account's owner and `due`. An action already there
 * for that account and strategy (in any status) is not suggested again, so suggesting twice adds
 * nothing. Null when there is nothing to add.
 */
export function suggestActions(
  table: HistoryData | null,
  accounts: readonly SuggestFor[],
  lang: Language,
  due: string,
  sheetName?: string,
): HistoryChange | null {
  const t = PLAN_TEXT[lang];
  const header = actionsHeader(table, lang);
  const cols = actionColumns(header);
  if (cols.account === undefined) throw new PlanError("planHeader", { sheet: sheetName ?? t.actionsSheet, column: t.actions.account });
  const have = new Set((table ? parseActions(table) : []).map((a) => `${reviewKey(a.account)}\u0000${a.strategy.toLowerCase()}`));
  const append: ActionValues[] = [];
  for (const a of accounts)
    for (const s of strategiesFor(a.quadrant)) {
      const key = `${reviewKey(a.name)}\u0000${s.name[lang].toLowerCase()}`;
      const other = `${reviewKey(a.name)}\u0000${s.name[lang === "en" ? "de" : "en"].toLowerCase()}`;
      if (have.has(key) || have.has(other)) continue;
      have.add(key);
      append.push({
        account: a.name,
        action: s.actions[lang],
        strategy: s.name[lang],
        owner: a.owner || null,
        due,
        status: t.status.proposed,
      });
    }
  if (append.length === 0) return null;
  return appendActions(table, append, lang, sheetName);
}

/** The header of the actions table: the table's own, or a new table's in `lang`. */
const actionsHeader = (table: HistoryData | null, lang: Language): string[] => (table ? headerText(table.header) : newActionsHeader(lang));

/** An action's cells by field; fields the table has no column for are left out. */
export type ActionValues = Partial<Record<ActionField, CellValue>>;

/** The append of `values` to the actions table, each laid out in its columns (the status column offers the four states). */
export function appendActions(
  table: HistoryData | null,
  values: readonly ActionValues[],
  lang: Language,
  sheetName?: string,
): HistoryChange {
  const t = PLAN_TEXT[lang];
  const header = actionsHeader(table, lang);
  const cols = actionColumns(header);
  const status = cols.status;
  const statusList = ACTION_STATUSES.map((s) => t.status[s]);
  return appendOnly(
    "actions",
    table,
    { sheetName: sheetName ?? t.actionsSheet, title: t.actionsTitle, header },
    values.map((v) => rowFor<ActionField>(header.length, cols, v)),
    status !== undefined ? { column: status, list: statusList } : null,
  );
}

/**
 * "Create plan" creates the actions sheet too, with its header and no action: the table is written
 * with one blank row (app/workbook/history-sheet.ts), which the status drop-down covers and every
 * reader skips (a row without an account is no action).
 */
export const newActionsSheet = (lang: Language, sheetName?: string): HistoryChange => appendActions(null, [], lang, sheetName);
