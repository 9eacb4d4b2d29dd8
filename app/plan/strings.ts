import type { Language } from "../../core";
import type { PlanProblem } from "./plan";

// ---- plan: the pane's Plan section, in English and German.
export interface PlanStrings {
  heading: string;
  intro: string;
  create: string;
  update: string;
  created: (added: number, sheet: string) => string;
  /** A sheet of the user's has the name the plan (or its actions) wanted. */
  nameTaken: (name: string, of: "plan" | "actions") => string;
  otherName: (of: "plan" | "actions") => string;
  left: (names: string[]) => string;
  problem: (p: PlanProblem) => string;
  suggest: string;
  suggestHint: string;
  suggested: (added: number, accounts: number, sheet: string) => string;
  /** The account list of "Suggest actions". */
  pickLabel: string;
  selected: (n: number) => string;
  search: string;
  quadrantFilter: (q: number, label: string, accounts: number) => string;
  tickShown: string;
  clearShown: string;
  defaultTicks: string;
  moreRows: (shown: number, matching: number) => string;
  noMatch: string;
  openActions: (n: number) => string;
  overridden: string;
  cardActions: string;
  noActions: string;
  due: string;
  markDone: string;
  blockNote: (then: string) => string;
  /** With the sample as the source and no plan yet: one line and a button that adds the sample's plan. */
  samplePlanHint: string;
  samplePlan: string;
}

const list = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(", ")} …` : names.join(", "));

const en: PlanStrings = {
  heading: "Plan",
  intro:
    "The plan is your table: owner, an override of the matrix with its reason, and notes per account. The add-in only adds rows for new accounts; it never changes what you type.",
  create: "Create plan",
  update: "Add new accounts to the plan",
  created: (n, s) =>
    n === 0
      ? `"${s}" already has every account of the matrix; nothing was written.`
      : `${n} ${n === 1 ? "account" : "accounts"} added to "${s}".`,
  nameTaken: (n, of) =>
    `A sheet of yours is already named "${n}"; it stays as it is. Enter another name for the ${of === "plan" ? "plan" : "actions"} sheet:`,
  otherName: (of) => (of === "plan" ? "Plan sheet name" : "Actions sheet name"),
  left: (names) =>
    `${names.length} ${names.length === 1 ? "account" : "accounts"} of the plan ${names.length === 1 ? "is" : "are"} no longer in the matrix (kept in the plan): ${list(names)}`,
  problem: (p) =>
    p.kind === "noReason"
      ? `${p.name}: the override to quadrant ${p.detail} has no reason, so it is not applied. Enter the reason in the plan.`
      : `${p.name}: "${p.detail}" is not a quadrant; enter 1, 2, 3 or 4 (the override is not applied).`,
  suggest: "Suggest actions",
  suggestHint:
    "Adds, for the accounts ticked below (at first: quadrants 1 and 2 without an open action), one Proposed action per strategy of the playbook for the account's quadrant, due at the end of next quarter, to KAM Actions.",
  suggested: (n, a, s) =>
    n === 0
      ? "The selected accounts already have every action the playbook suggests for their quadrant; nothing was added."
      : `${n} proposed ${n === 1 ? "action" : "actions"} for ${a} ${a === 1 ? "account" : "accounts"} added to "${s}". Set each to Open, Done or Dropped there.`,
  pickLabel: "Accounts to suggest actions for",
  selected: (n) => `${n} ${n === 1 ? "account" : "accounts"} selected`,
  search: "Find an account or owner",
  quadrantFilter: (q, label, n) => `${q} ${label} (${n})`,
  tickShown: "Select all matching",
  clearShown: "Clear all matching",
  defaultTicks: "Default",
  moreRows: (shown, matching) => `Showing ${shown} of ${matching}; type a name or pick a quadrant to find the others.`,
  noMatch: "No account matches.",
  openActions: (n) => `${n} open`,
  overridden: "override",
  cardActions: "Actions",
  noActions: "No actions for this account in KAM Actions.",
  due: "due",
  markDone: "Mark done",
  blockNote: (t) =>
    `The Plan block on the matrix sheet compares the accounts with at least one action done since ${t} with the others (moves to a better quadrant, score changes, revenue retention); it shows an association, not proof that the actions caused the change.`,
  samplePlanHint: "Try it on the sample: a plan as a team would have typed it, with owners, overrides and actions in every state.",
  samplePlan: "Add sample plan",
};

const de: PlanStrings = {
  heading: "Plan",
  intro:
    "Der Plan ist Ihre Tabelle: Verantwortliche, eine begründete Abweichung von der Matrix und Notizen je Kunde. Das Add-in fügt nur Zeilen für neue Kunden an; was Sie eintragen, ändert es nie.",
  create: "Plan anlegen",
  update: "Neue Kunden in den Plan übernehmen",
  created: (n, s) =>
    n === 0
      ? `„${s}“ enthält schon jeden Kunden der Matrix; es wurde nichts geschrieben.`
      : `${n} ${n === 1 ? "Kunde" : "Kunden"} in „${s}“ ergänzt.`,
  nameTaken: (n, of) =>
    `Ein Blatt von Ihnen heißt schon „${n}“; es bleibt unverändert. Geben Sie einen anderen Namen für das ${of === "plan" ? "Planblatt" : "Maßnahmenblatt"} ein:`,
  otherName: (of) => (of === "plan" ? "Name des Planblatts" : "Name des Maßnahmenblatts"),
  left: (names) =>
    `${names.length} ${names.length === 1 ? "Kunde" : "Kunden"} des Plans ${names.length === 1 ? "ist" : "sind"} nicht mehr in der Matrix (im Plan behalten): ${list(names)}`,
  problem: (p) =>
    p.kind === "noReason"
      ? `${p.name}: Die Abweichung in Quadrant ${p.detail} hat keine Begründung und wird nicht angewandt. Tragen Sie die Begründung im Plan ein.`
      : `${p.name}: „${p.detail}“ ist kein Quadrant; tragen Sie 1, 2, 3 oder 4 ein (die Abweichung wird nicht angewandt).`,
  suggest: "Maßnahmen vorschlagen",
  suggestHint:
    "Fügt für die unten angehakten Kunden (anfangs: Quadrant 1 und 2 ohne offene Maßnahme) je Strategie der Playbook-Tabelle für den Quadranten des Kunden eine vorgeschlagene Maßnahme mit Fälligkeit zum Ende des nächsten Quartals in KAM Actions an.",
  suggested: (n, a, s) =>
    n === 0
      ? "Die ausgewählten Kunden haben schon jede Maßnahme, die das Playbook für ihren Quadranten vorschlägt; es wurde nichts angefügt."
      : `${n} ${n === 1 ? "vorgeschlagene Maßnahme" : "vorgeschlagene Maßnahmen"} für ${a} Kunden in „${s}“ angefügt. Setzen Sie dort jede auf Offen, Erledigt oder Verworfen.`,
  pickLabel: "Kunden, für die Maßnahmen vorgeschlagen werden",
  selected: (n) => `${n} ${n === 1 ? "Kunde" : "Kunden"} ausgewählt`,
  search: "Kunde oder Verantwortliche suchen",
  quadrantFilter: (q, label, n) => `${q} ${label} (${n})`,
  tickShown: "Alle passenden auswählen",
  clearShown: "Alle passenden abwählen",
  defaultTicks: "Standard",
  moreRows: (shown, matching) =>
    `${shown} von ${matching} angezeigt; geben Sie einen Namen ein oder wählen Sie einen Quadranten, um die übrigen zu finden.`,
  noMatch: "Kein Kunde passt.",
  openActions: (n) => `${n} offen`,
  overridden: "abweichend",
  cardActions: "Maßnahmen",
  noActions: "Keine Maßnahmen für diesen Kunden in KAM Actions.",
  due: "fällig",
  markDone: "Als erledigt markieren",
  samplePlanHint:
    "Probieren Sie es am Beispiel aus: ein Plan, wie ihn ein Team eingetragen hätte, mit Verantwortlichen, Abweichungen und Maßnahmen in jedem Status.",
  samplePlan: "Beispielplan hinzufügen",
  blockNote: (t) =>
    `Der Plan-Block auf dem Matrixblatt vergleicht die Kunden mit mindestens einer seit ${t} erledigten Maßnahme mit den übrigen (Wechsel in einen besseren Quadranten, Änderung der Werte, Umsatzbindung); er zeigt einen Zusammenhang, keinen Beleg, dass die Maßnahmen die Änderung bewirkt haben.`,
};

export const PLAN_STRINGS: Record<Language, PlanStrings> = { en, de };
