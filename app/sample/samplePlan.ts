import { Language, mulberry32, Quadrant, strategiesFor } from "../../core";
import { ActionValues, appendActions, nextPeriodEnd, parseActions } from "../plan/actions";
import { rowFor } from "../plan/columns";
import { newPlanHeader, planAppend, planColumns, PlanField } from "../plan/plan";
import { PLAN_TEXT } from "../plan/text";
import { reviewKey } from "../review/accountKey";
import { reviewFromTable } from "../review/records";
import { defaultSettings, reconcile } from "../settings/settings";
import { isWorkbookError, type HistoryChange, type HistoryData } from "../workbook/contract";
import type { Workbook } from "../workbook/workbook";
import { SAMPLE_HEADERS, SAMPLE_SHEET_NAME, sampleRows } from "./sampleData";
import { GONE_ACCOUNT, NEW_ACCOUNTS } from "./sampleNextQuarter";

/**
 * The sample's account plan and actions, as if a user had typed them: owners, three overrides (one
 * without a reason, which the pane lists as a problem), and actions in every state for the accounts
 * in quadrants 1 and 2 and a few others. Dates are relative to the day the sample is inserted
 * (`today`), so saving a review that day, inserting the next quarter and comparing shows the Plan
 * block: the next quarter appends the actions "done during the quarter", dated that day. Seeded,
 * the same every time for the same day.
 */
const OWNERS = ["A. Meyer", "J. Schmidt", "L. Wagner", "S. Becker", "M. Hoffmann"];

/** Accounts that get a completed action in the next quarter: the ones whose story there is a programme or project. */
const NEXT_DONE = ["Kessler Textil GmbH", "Vogel Druck & Medien", "BlueRiver Foods Inc"];

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface SampleAccount {
  name: string;
  owner: string;
  /** Scored quadrant with the default settings; null: not scored. */
  scored: Quadrant | null;
  override: { quadrant: Quadrant; reason: string; by: string; date: string } | null;
}

/** The sample's accounts with their owners, scored quadrants (default settings) and the three overrides. */
export function sampleAccounts(lang: Language, today: string): SampleAccount[] {
  const rows = sampleRows();
  const source = {
    sheetName: SAMPLE_SHEET_NAME,
    address: `'${SAMPLE_SHEET_NAME}'!A1:I${rows.length + 1}`,
    headers: [...SAMPLE_HEADERS],
    rows,
  };
  const review = reviewFromTable(source, reconcile(defaultSettings(lang), source), { date: today, label: "" });
  const accounts: SampleAccount[] = review.accounts.map((a, i) => ({
    name: a.name,
    owner: i === rows.length - 1 ? "" : OWNERS[i % OWNERS.length], // the start-up has no owner yet
    scored: a.quadrant,
    override: null,
  }));
  const reasons: Record<Language, [string, string]> = {
    en: ["strategic entry into a new market", "framework contract up for renewal"],
    de: ["strategischer Einstieg in einen neuen Markt", "Rahmenvertrag steht zur Verlängerung an"],
  };
  const third = accounts.filter((a) => a.scored === 3);
  const fourth = accounts.filter((a) => a.scored === 4 && a.name !== GONE_ACCOUNT);
  if (third[0]) third[0].override = { quadrant: 1, reason: reasons[lang][0], by: third[0].owner, date: addDays(today, -20) };
  if (fourth[0]) fourth[0].override = { quadrant: 2, reason: reasons[lang][1], by: fourth[0].owner, date: addDays(today, -12) };
  if (third[1]) third[1].override = { quadrant: 1, reason: "", by: third[1].owner, date: "" }; // no reason: listed, not applied
  return accounts;
}

/** The quadrant the plan treats an account as: an override with a reason, else the scored one. */
const treatedAs = (a: SampleAccount): Quadrant | null => (a.override?.reason ? a.override.quadrant : a.scored);

/** The first quarter's actions: every state, some overdue, done dates before `today`. */
export function sampleActions(lang: Language, today: string): ActionValues[] {
  const t = PLAN_TEXT[lang];
  const rand = mulberry32(20241206);
  const out: ActionValues[] = [];
  const days = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  sampleAccounts(lang, today).forEach((a, i) => {
    const q = treatedAs(a);
    if (q === null) return;
    // Quadrants 1 and 2: one, two or all of the playbook's strategies in turn; of the rest every fourth account one.
    const strategies = q <= 2 ? strategiesFor(q).slice(0, 1 + ((i * 2) % 3)) : i % 4 === 0 ? strategiesFor(q).slice(0, 1) : [];
    for (const s of strategies) {
      const r = rand();
      const base = { account: a.name, action: s.actions[lang], strategy: s.name[lang], owner: a.owner || null };
      if (r < 0.3) out.push({ ...base, due: addDays(today, -days(0, 30)), status: t.status.done, doneOn: addDays(today, -days(7, 70)) });
      else if (r < 0.5) out.push({ ...base, due: addDays(today, days(20, 80)), status: t.status.open });
      else if (r < 0.65)
        out.push({ ...base, due: addDays(today, -days(3, 40)), status: t.status.open }); // overdue
      else if (r < 0.85) out.push({ ...base, due: nextPeriodEnd(today), status: t.status.proposed });
      else out.push({ ...base, due: addDays(today, -days(5, 40)), status: t.status.dropped }); // dropped when it fell due
    }
  });
  return out;
}

/**
 * What the accounts' owners typed during the next quarter: actions done (dated `today`, two set to
 * Done without a date), dropped and newly agreed. For the accounts of NEXT_DONE and every third
 * account with an action of the first quarter; the new accounts get a first proposed action.
 */
export function sampleNextActions(lang: Language, today: string): ActionValues[] {
  const t = PLAN_TEXT[lang];
  const accounts = sampleAccounts(lang, today);
  const first = sampleActions(lang, today);
  const withActions = [...new Set(first.map((a) => a.account as string))];
  const chosen = [...NEXT_DONE, ...withActions.filter((n, i) => i % 3 === 1 && !NEXT_DONE.includes(n))];
  const out: ActionValues[] = [];
  chosen.forEach((name, k) => {
    const a = accounts.find((x) => x.name === name)!;
    const q = treatedAs(a) ?? 2;
    const [s, next] = [strategiesFor(q)[k % strategiesFor(q).length], strategiesFor(q)[(k + 1) % strategiesFor(q).length]];
    const base = { account: name, owner: a.owner || null };
    const undated = k === 3 || k === 5;
    out.push({
      ...base,
      action: s.actions[lang],
      strategy: s.name[lang],
      due: today,
      status: t.status.done,
      doneOn: undated ? null : today,
    });
    if (k % 3 === 2)
      out.push({ ...base, action: next.actions[lang], strategy: next.name[lang], due: nextPeriodEnd(today), status: t.status.dropped });
    else if (k % 3 === 1)
      out.push({ ...base, action: next.actions[lang], strategy: next.name[lang], due: nextPeriodEnd(today), status: t.status.open });
  });
  for (const name of NEW_ACCOUNTS) {
    const s = strategiesFor(2)[0];
    out.push({
      account: name,
      action: s.actions[lang],
      strategy: s.name[lang],
      owner: null,
      due: nextPeriodEnd(today),
      status: t.status.proposed,
    });
  }
  return out;
}

/**
 * The sample's plan and first-quarter actions as two appends of the add-in's own kind (the same
 * route as Create plan and Suggest actions). Empty when the workbook has a plan or actions already:
 * the sample never adds to a user's own.
 */
export function samplePlanChanges(plan: HistoryData | null, actions: HistoryData | null, lang: Language, today: string): HistoryChange[] {
  if (plan || actions) return [];
  const accounts = sampleAccounts(lang, today);
  const change = planAppend(
    null,
    accounts.map((a) => ({ name: a.name, id: null })),
    lang,
  )!;
  const cols = planColumns(newPlanHeader(lang));
  const notes: Record<Language, string> = { en: "new contact person since spring", de: "neuer Ansprechpartner seit Frühjahr" };
  change.append = accounts.map((a, i) =>
    rowFor<PlanField>(change.header.length, cols, {
      account: a.name,
      owner: a.owner || null,
      overrideQuadrant: a.override?.quadrant ?? null,
      overrideReason: a.override?.reason || null,
      overrideBy: a.override?.by || null,
      overrideDate: a.override?.date || null,
      notes: i === 1 ? notes[lang] : null,
    }),
  );
  return [change, appendActions(null, sampleActions(lang, today), lang)];
}

/**
 * The next quarter's actions, appended to the actions table when it begins with the sample's own
 * first-quarter actions (same accounts, actions and strategies, in order, in either language);
 * else null: a user's own list, or one the user built on the sample's accounts, is never added to.
 */
export function sampleNextActionsChange(actions: HistoryData | null, lang: Language, today: string): HistoryChange | null {
  if (!actions) return null;
  const entries = parseActions(actions);
  const same = (sample: ActionValues[]) =>
    entries.length >= sample.length &&
    sample.every((a, i) => entries[i].account === a.account && entries[i].action === a.action && entries[i].strategy === a.strategy);
  const sampleLang = (["en", "de"] as const).find((l) => same(sampleActions(l, today)));
  if (!sampleLang) return null;
  // Inserted once: a second click finds the next quarter's new accounts already there.
  if (entries.some((a) => NEW_ACCOUNTS.some((n) => reviewKey(n) === reviewKey(a.account)))) return null;
  return appendActions(actions, sampleNextActions(sampleLang, today), sampleLang);
}

/**
 * Writes the sample's plan and actions with "Insert sample data" (first quarter), or appends the
 * next quarter's actions with "Insert sample data: next quarter", through the add-in's own-sheet
 * route. Nothing when the workbook has a plan or actions of its own, or a sheet of the user's has
 * the name (the sample data is inserted all the same; a plan written before the actions' name was
 * found taken stays). True when something was written.
 */
export async function writeSamplePlan(workbook: Workbook, lang: Language, quarter: "first" | "next", today: string): Promise<boolean> {
  const plan = await workbook.readHistory("plan");
  const actions = await workbook.readHistory("actions");
  const changes =
    quarter === "first"
      ? samplePlanChanges(plan, actions, lang, today)
      : [sampleNextActionsChange(actions, lang, today)].filter((c): c is HistoryChange => c !== null);
  let written = 0;
  try {
    for (const change of changes) {
      await workbook.editHistory(change);
      written++;
    }
  } catch (e) {
    if (!(isWorkbookError(e) && e.code === "nameTaken")) throw e;
  }
  return written > 0;
}
