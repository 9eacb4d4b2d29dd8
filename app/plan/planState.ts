import type { Settings } from "../settings/settings";
import type { SourceTable } from "../workbook/workbook";
import type { ActionEntry } from "./actions";
import type { PlanProblem } from "./plan";

/** What the Plan section shows. Replaced, never mutated. */
export interface PlanState {
  loaded: boolean;
  /** Name of the own plan sheet; null before "Create plan". */
  sheet: string | null;
  /** Rows of the plan (accounts planned). */
  rows: number;
  /** Planned accounts that are no longer in the matrix: flagged, never removed. */
  left: string[];
  /** Overrides that cannot be applied (no reason, not a quadrant 1-4). */
  problems: PlanProblem[];
  /** Set when a sheet of the user's has the name the plan (or its actions) wanted: the pane asks for another. */
  nameTaken: string | null;
  nameTakenFor: "plan" | "actions" | null;
  /** One sentence after "Create plan": how many accounts were added, to which sheet. */
  done: { added: number; sheet: string } | null;
  /** Name of the own actions sheet; null before the first suggestion. */
  actionsSheet: string | null;
  /** One sentence after "Suggest actions": how many actions for how many accounts were added. */
  suggested: { added: number; accounts: number; sheet: string } | null;
  /** The actions as last read (the card lists an account's). */
  actions: ActionEntry[];
  busy: boolean;
}

export interface PlanHost {
  table(): SourceTable | null;
  settings(): Settings;
  fail(e: unknown): void;
  /** Rebuild the matrix (the plan's overrides and flags changed). */
  rebuild(): void;
}
