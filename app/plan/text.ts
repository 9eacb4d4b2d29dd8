import type { Language } from "../../core";

/** Column names of "KAM Plan" and "KAM Actions", as written in the sheet's language and read in either. */
export interface PlanHeaderText {
  account: string;
  id: string;
  owner: string;
  overrideQuadrant: string;
  overrideReason: string;
  overrideBy: string;
  overrideDate: string;
  notes: string;
}

export interface ActionHeaderText {
  account: string;
  action: string;
  strategy: string;
  owner: string;
  due: string;
  status: string;
  doneOn: string;
}

export type ActionStatus = "proposed" | "open" | "done" | "dropped";
export const ACTION_STATUSES: readonly ActionStatus[] = ["proposed", "open", "done", "dropped"];

export interface PlanText {
  planSheet: string;
  actionsSheet: string;
  planTitle: string;
  actionsTitle: string;
  plan: PlanHeaderText;
  actions: ActionHeaderText;
  status: Record<ActionStatus, string>;
}

export const PLAN_TEXT: Record<Language, PlanText> = {
  en: {
    planSheet: "KAM Plan",
    actionsSheet: "KAM Actions",
    planTitle:
      "KAM Plan: one row per account (the KAM Matrix add-in adds rows for new accounts at the end; it never changes what you type)",
    actionsTitle: "KAM Actions: one row per action (the KAM Matrix add-in adds suggestions at the end; it never changes what you type)",
    plan: {
      account: "Account",
      id: "Account ID",
      owner: "Owner",
      overrideQuadrant: "Override quadrant",
      overrideReason: "Override reason",
      overrideBy: "Override by",
      overrideDate: "Override date",
      notes: "Notes",
    },
    actions: {
      account: "Account",
      action: "Action",
      strategy: "Strategy",
      owner: "Owner",
      due: "Due date",
      status: "Status",
      doneOn: "Done on",
    },
    status: { proposed: "Proposed", open: "Open", done: "Done", dropped: "Dropped" },
  },
  de: {
    planSheet: "KAM Plan",
    actionsSheet: "KAM Actions",
    planTitle: "KAM Plan: eine Zeile je Kunde (das Add-in KAM Matrix fügt neue Kunden am Ende an; was Sie eintragen, ändert es nie)",
    actionsTitle:
      "KAM Actions: eine Zeile je Maßnahme (das Add-in KAM Matrix fügt Vorschläge am Ende an; was Sie eintragen, ändert es nie)",
    plan: {
      account: "Kunde",
      id: "Kunden-ID",
      owner: "Verantwortlich",
      overrideQuadrant: "Quadrant (abweichend)",
      overrideReason: "Begründung",
      overrideBy: "Entschieden von",
      overrideDate: "Entschieden am",
      notes: "Notizen",
    },
    actions: {
      account: "Kunde",
      action: "Maßnahme",
      strategy: "Strategie",
      owner: "Verantwortlich",
      due: "Fällig am",
      status: "Status",
      doneOn: "Erledigt am",
    },
    status: { proposed: "Vorgeschlagen", open: "Offen", done: "Erledigt", dropped: "Verworfen" },
  },
};
