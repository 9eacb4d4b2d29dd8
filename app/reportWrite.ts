import { Language } from "../core";
import { isTooLarge } from "./i18n/errors";
import { PaneError } from "./errors";
import { STRINGS } from "./i18n/strings";
import type { PaneState } from "./paneState";
import type { PlanController } from "./plan/planController";
import { buildReport } from "./report/buildReport";
import type { ReviewController } from "./review";
import type { Settings } from "./settings/settings";
import type { Store } from "./store";
import { isWorkbookError } from "./workbook/contract";
import type { SourceTable, Workbook } from "./workbook/workbook";
import { StabilityOutcome, WhatIf } from "./whatif/whatif";

export const PROGRESS_FROM = 5000;

/** What a build reads of the review and the plan. */
export interface BuildInputs {
  review: Pick<ReviewController, "forBuild">;
  plan: Pick<PlanController, "forBuild">;
}

/** Writes the report of the live matrix, with the Stability column, and records the build in the pane's state. */
export class ReportWrite {
  /** Set by the Build matrix button: the next write brings the report sheet to the front. */
  reveal = false;

  constructor(
    private readonly workbook: Workbook,
    private readonly uiLanguage: Language,
    private readonly inputs: BuildInputs,
    private readonly whatIf: WhatIf,
    private readonly store: Store<PaneState>,
  ) {}

  /** The report for these settings; stability when it is known or quick, else after a first write. */
  async write(table: SourceTable, settings: Settings): Promise<void> {
    // what-if: up to PROGRESS_FROM accounts stability takes a few tens of ms and the
    // sheet is written once, with its column; above, the matrix is written first and rewritten
    // with the column when stability arrives. A newer change cancels it (its own pass follows).
    const quick = (this.whatIf.scores(table, settings)?.accounts.names.length ?? 0) <= PROGRESS_FROM;
    const known = this.whatIf.knownStability(table, settings);
    let stability: StabilityOutcome = known
      ? { values: known }
      : quick
        ? await this.whatIf.stability(table, settings, false)
        : "unavailable";
    if (stability === "cancelled") return;
    await this.writeOnce(table, settings, stability);
    if (!quick && !known && this.store.getState().lastBuild) {
      stability = await this.whatIf.stability(table, settings, true);
      if (typeof stability === "object") await this.writeOnce(table, settings, stability);
    }
  }

  /** One write of the report (with the Stability column when it is known). */
  private async writeOnce(table: SourceTable, settings: Settings, stability: StabilityOutcome): Promise<void> {
    const built = buildReport(table, settings, {
      ...this.inputs.review.forBuild(table, settings),
      plan: this.inputs.plan.forBuild(table, settings),
      ...(typeof stability === "object" ? { stability: stability.values } : {}),
    });
    const large = built.accounts > PROGRESS_FROM;
    this.store.set({ phase: "building", progress: large ? 0 : null });
    let written;
    try {
      const reveal = this.reveal;
      this.reveal = false;
      const report = { ...built.report, keptSuffix: STRINGS[this.uiLanguage].keptSuffix };
      written = await this.workbook.writeReport(report, large ? (p) => this.store.set({ progress: p.done }) : undefined, reveal);
    } catch (e) {
      // A WorkbookError says exactly what is left (e.g. an unfinished sheet); anything else
      // left the old report whole (the adapters build into a new sheet and swap at the end).
      throw isTooLarge(e) || isWorkbookError(e) ? e : new PaneError("writeFailed");
    }
    const { counts, notScored, accounts, borderline } = built;
    const keptEdits = written.keptEdits ? { kept: written.keptEdits, report: written.sheetName } : this.store.getState().keptEdits;
    this.store.set({
      lastBuild: {
        sheetName: written.sheetName,
        counts,
        notScored,
        accounts,
        missingFeatures: written.missingFeatures,
        ...(borderline !== undefined ? { borderline } : {}),
      },
      keptEdits,
      error: null,
    });
    this.whatIf.written(written.sheetName, built.rowAccounts, table, settings);
  }
}
