import type { Language, Quadrant } from "../../core";
import type { ChartPoint, ChartSeries } from "../workbook/contract";
import { Override, ParsedPlan, PlanAccount, PlanIndex, leftMatrix } from "./plan";
import { ActionCounts, ActionEntry, actionsByAccount, countActions } from "./actions";

/**
 * What the matrix sheet takes from the plan: per account of the matrix (in the order the report
 * reads them) its override, if any, and the planned accounts no longer in the matrix. Overrides
 * change the label, the strategy, the priority and the colour of an account's row, never its
 * scores or its scored quadrant; the chart marks them at the scored position.
 */
export interface ReportPlan {
  overrides: (Override | null)[];
  left: string[];
  /** Per account: its owner and its actions' counts (open, overdue, next due) as of `today`. */
  accounts: ({ owner: string } & ActionCounts)[];
  /** The actions as read, and today: the comparison's Plan block counts them. */
  actions: readonly ActionEntry[];
  today: string;
}

export function reportPlan(
  plan: ParsedPlan,
  accounts: readonly PlanAccount[],
  actions: readonly ActionEntry[] = [],
  today = "",
): ReportPlan {
  const index = new PlanIndex(plan.entries);
  const entries = accounts.map((a) => index.find(a));
  const perAccount = actionsByAccount(
    actions,
    accounts.map((a, i) => ({ names: entries[i] && entries[i]!.name !== a.name ? [a.name, entries[i]!.name] : [a.name] })),
  );
  return {
    overrides: entries.map((e) => e?.override ?? null),
    left: leftMatrix(plan, accounts).map((e) => e.name || e.id || ""),
    accounts: entries.map((e, i) => ({ owner: e?.owner ?? "", ...countActions(perAccount[i], today) })),
    actions,
    today,
  };
}

const OVERRIDE_WORD: Record<Language, string> = { en: "override", de: "abweichend" };

/** The label's note: "override: strategic entry into rail; A. Meyer, 2026-12-02". */
export function overrideNote(o: Override, lang: Language): string {
  const who = [o.by, o.date].filter(Boolean).join(", ");
  return `${OVERRIDE_WORD[lang]}: ${o.reason}${who ? `; ${who}` : ""}`;
}

/** The quadrant an account is treated as: the override's, else the scored one. */
export const effectiveQuadrant = (scored: Quadrant, o: Override | null | undefined): Quadrant => o?.quadrant ?? scored;

/** Texts the plan adds to the matrix sheet. */
export const PLAN_REPORT_TEXT: Record<Language, { overrideSeries: string; leftTitle: string; leftHeader: string; columns: string[] }> = {
  en: {
    overrideSeries: "Override (plan)",
    leftTitle: "Plan: accounts no longer in the matrix (kept in the plan)",
    leftHeader: "Account",
    columns: ["Owner", "Open actions", "Overdue", "Next due"],
  },
  de: {
    overrideSeries: "Abweichung (Plan)",
    leftTitle: "Plan: Kunden nicht mehr in der Matrix (im Plan behalten)",
    leftHeader: "Kunde",
    columns: ["Verantwortlich", "Offene Maßnahmen", "Überfällig", "Nächste Fälligkeit"],
  },
};

/** The results table's plan columns of one account: owner, open and overdue actions, next due date. */
export const planCells = (a: ReportPlan["accounts"][number] | undefined): (string | number | null)[] =>
  a ? [a.owner || null, a.open, a.overdue, a.nextDue || null] : [null, null, null, null];

/** Marker colour of overridden accounts: black, apart from the four quadrant colours. */
export const OVERRIDE_COLOR = "#000000";

/** The chart's "Override (plan)" series: one black marker per overridden account, at its scored position, drawn over its own. */
export const overrideSeries = (points: ChartPoint[], lang: Language): ChartSeries => ({
  name: PLAN_REPORT_TEXT[lang].overrideSeries,
  color: OVERRIDE_COLOR,
  points,
});
