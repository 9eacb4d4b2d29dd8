import { Language } from "../core";
import type { Problem } from "./report/problems";
import { defaultSettings, Settings } from "./settings/settings";
import type { MissingFeature } from "./workbook/contract";
import type { SourceTable } from "./workbook/workbook";
import { INITIAL_WHAT_IF, WhatIfState } from "./whatif/whatif";

/** What the pane shows; replaced (never mutated) on every change so React can compare. */
export interface PaneState {
  phase: "loading" | "ready" | "building";
  table: SourceTable | null;
  tables: string[];
  settings: Settings;
  problems: Problem[];
  /** True after the first build: from then on every change rebuilds the sheet by itself. */
  live: boolean;
  lastBuild: {
    sheetName: string;
    counts: [number, number, number, number];
    notScored: number;
    accounts: number;
    missingFeatures: MissingFeature[];
    /** what-if: accounts under 80% stability, once the Stability column is written. */
    borderline?: number;
  } | null;
  /**
   * Set when a build found cells the user had typed on the old report sheet: that sheet was kept
   * under `kept`, and the pane says so until the next Build matrix click.
   */
  keptEdits: { kept: string; report: string } | null;
  /** 0..1 while a large build (over PROGRESS_FROM accounts) is written, else null. */
  progress: number | null;
  /** A sentence for the user, never a stack trace. */
  error: string | null;
  /** what-if: the preview, stability and the account card. */
  whatIf: WhatIfState;
}

/** The pane before anything is read: default settings in the pane's language. */
export function initialPaneState(uiLanguage: Language): PaneState {
  return {
    phase: "loading",
    table: null,
    tables: [],
    settings: defaultSettings(uiLanguage),
    problems: [],
    live: false,
    lastBuild: null,
    keptEdits: null,
    progress: null,
    error: null,
    whatIf: INITIAL_WHAT_IF,
  };
}
