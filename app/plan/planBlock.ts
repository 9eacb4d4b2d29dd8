import type { Language, Quadrant } from "../../core";
import type { Comparison } from "../review/comparison";
import type { Anchor, ReportTable } from "../workbook/contract";
import { reviewKey } from "../review/accountKey";
import { inputsFromTable } from "../review/records";
import type { Settings } from "../settings/settings";
import type { SourceTable } from "../workbook/workbook";
import { ActionEntry, actionsByAccount, isOverdue } from "./actions";
import type { ReportPlan } from "./overrides";

/**
 * The "Plan" block of a comparison: what was done about the accounts since the compared review,
 * and whether the accounts with a completed action moved differently from the others. It shows an
 * association, not a cause: the accounts a manager works on are not chosen at random.
 */
export interface PlanBlock {
  /** Per quadrant 1..4 (as treated in the compared review, override included; new accounts as treated now): actions done, dropped, overdue. */
  perQuadrant: { quadrant: Quadrant; done: number; dropped: number; overdue: number }[];
  /** Accounts in the matrix both times, with at least one action done since the compared review, and the others. */
  groups: {
    withDone: boolean;
    accounts: number;
    better: number | null;
    valueChange: number | null;
    engagementChange: number | null;
    retention: number | null;
  }[];
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * How many of an account's actions were done since the compared review (dated `since`).
 * An action with a done date counts when that date is on or after the review's date; deleting the
 * row of an action done earlier changes nothing. An action set to Done without a date counts only
 * when the review stored the account's done actions (`doneThen`) and they do not account for it:
 * the stored count is explained first by the actions dated before the review, then by the undated
 * ones; the undated beyond that were done since. Without a stored count an undated one does not count.
 */
export function doneSinceCount(acts: readonly ActionEntry[], since: string, doneThen: number | null): number {
  const done = acts.filter((a) => a.status === "done");
  const dated = done.filter((a) => a.doneOn !== "" && a.doneOn >= since).length;
  const before = done.filter((a) => a.doneOn !== "" && a.doneOn < since).length;
  const undated = done.length - dated - before;
  if (doneThen === null || undated === 0) return dated;
  return dated + Math.max(0, undated - Math.max(0, doneThen - before));
}

/** The overrides the matrix applies today, by account key (the Account ID's when there is one, else the name's, as reviews key accounts). */
export function overridesByKey(table: SourceTable, settings: Settings, plan: Pick<ReportPlan, "overrides">): Map<string, Quadrant> {
  const out = new Map<string, Quadrant>();
  if (!plan.overrides.some(Boolean)) return out;
  inputsFromTable(table, settings, { idColumn: settings.idColumn ?? null }).accounts.forEach((a, i) => {
    const o = plan.overrides[i];
    if (o) out.set(reviewKey(a.id ?? a.name), o.quadrant);
  });
  return out;
}

/**
 * Per quadrant, the quadrant an account was treated as in the compared review: its override when the
 * review stored one, else its scored quadrant. An account new since then (no earlier treatment): the
 * quadrant it is treated as now, that is today's override (`overridesNow`, by account key) when the
 * plan sets one, else its scored quadrant now.
 * Dropped and overdue: due on or after the review's date (or no due date). "Moved to a better
 * quadrant" compares the scored quadrants: what the data did, not what was decided.
 */
export function planBlock(
  c: Comparison,
  actions: readonly ActionEntry[],
  today: string,
  overridesNow: ReadonlyMap<string, Quadrant> = new Map(),
): PlanBlock {
  const since = c.then.date;
  const byPair = actionsByAccount(
    actions,
    c.pairs.map((p) => ({ names: [p.now?.name, p.then?.name, p.name].filter((n): n is string => !!n) })),
  );
  const perQuadrant = ([1, 2, 3, 4] as Quadrant[]).map((quadrant) => ({ quadrant, done: 0, dropped: 0, overdue: 0 }));
  const inPeriod = (a: ActionEntry) => a.due === "" || a.due >= since;
  type Acc = { n: number; better: number; dv: number[]; de: number[]; revThen: number; revNow: number; rev: boolean };
  const fresh = (): Acc => ({ n: 0, better: 0, dv: [], de: [], revThen: 0, revNow: 0, rev: false });
  const groups: [Acc, Acc] = [fresh(), fresh()];
  c.pairs.forEach((p, i) => {
    const acts = byPair[i];
    const done = doneSinceCount(acts, since, p.then?.plan ? p.then.plan.done : null);
    const now = p.now?.quadrant != null ? (overridesNow.get(p.now.key) ?? p.now.quadrant) : null;
    const q = (p.then?.quadrant != null ? (p.then.plan?.override ?? p.then.quadrant) : null) ?? now;
    if (q !== null) {
      const row = perQuadrant[q - 1];
      row.done += done;
      for (const a of acts) {
        if (a.status === "dropped" && inPeriod(a)) row.dropped++;
        else if (isOverdue(a, today) && inPeriod(a)) row.overdue++;
      }
    }
    const t = p.then;
    const n = p.now;
    if (!t || !n || t.quadrant === null || n.quadrant === null || t.value === null || n.value === null) return;
    if (t.engagement === null || n.engagement === null) return;
    const g = groups[done > 0 ? 0 : 1];
    g.n++;
    if (n.quadrant < t.quadrant) g.better++;
    g.dv.push(n.value - t.value);
    g.de.push(n.engagement - t.engagement);
    if (t.revenue !== null && n.revenue !== null) {
      g.revThen += t.revenue;
      g.revNow += n.revenue;
      g.rev = true;
    }
  });
  return {
    perQuadrant,
    groups: groups.map((g, i) => ({
      withDone: i === 0,
      accounts: g.n,
      better: g.n ? g.better / g.n : null,
      valueChange: median(g.dv),
      engagementChange: median(g.de),
      retention: g.rev && g.revThen > 0 ? g.revNow / g.revThen : null,
    })),
  };
}

const TEXT: Record<
  Language,
  { title: (then: string) => string; qHeader: string[]; gTitle: string; gHeader: string[]; withDone: string; without: string }
> = {
  en: {
    title: (t) => `Plan since ${t}: actions per quadrant (quadrant as in ${t})`,
    qHeader: ["Quadrant", "Actions done", "Dropped", "Overdue"],
    gTitle: "Accounts with a completed action vs. without (an association, not proof of cause)",
    gHeader: [
      "Accounts",
      "Count",
      "Moved to a better quadrant",
      "Median change of value",
      "Median change of engagement",
      "Revenue retention",
    ],
    withDone: "With at least one action done",
    without: "Without a completed action",
  },
  de: {
    title: (t) => `Plan seit ${t}: Maßnahmen je Quadrant (Quadrant wie in ${t})`,
    qHeader: ["Quadrant", "Erledigt", "Verworfen", "Überfällig"],
    gTitle: "Kunden mit erledigter Maßnahme und ohne (ein Zusammenhang, kein Beleg für die Ursache)",
    gHeader: ["Kunden", "Anzahl", "In besseren Quadranten", "Median Änderung Kundenwert", "Median Änderung Engagement", "Umsatzbindung"],
    withDone: "Mit mindestens einer erledigten Maßnahme",
    without: "Ohne erledigte Maßnahme",
  },
};

/** The block's two tables from `anchor` down. */
export function planBlockTables(block: PlanBlock, then: string, lang: Language, anchor: Anchor): ReportTable[] {
  const t = TEXT[lang];
  const first: ReportTable = {
    id: "planActions",
    title: t.title(then),
    anchor,
    header: t.qHeader,
    rows: block.perQuadrant.map((r) => [r.quadrant, r.done, r.dropped, r.overdue]),
    numberFormats: ["0", "0", "0", "0"],
  };
  const second: ReportTable = {
    id: "planGroups",
    title: t.gTitle,
    anchor: { row: anchor.row + first.rows.length + 3, col: anchor.col },
    header: t.gHeader,
    rows: block.groups.map((g) => [
      g.withDone ? t.withDone : t.without,
      g.accounts,
      g.better,
      g.valueChange,
      g.engagementChange,
      g.retention,
    ]),
    numberFormats: [null, "0", "0%", "0.0", "0.0", "0%"],
  };
  return [first, second];
}
