/**
 * The pane's controllers, built in one place and wired once: the matrix controller, the review
 * and the plan (each reads the matrix's table and settings through its host and asks it to rebuild
 * or to show an error; the matrix reads them at start and for each build), and "Prepare data",
 * which drives the matrix controller. Every host's pane starts from here.
 */
import type { Language } from "../core";
import { Controller } from "./controller";
import { DEBOUNCE_MS } from "./buildQueue";
import { PrepareController } from "./prepare/prepareController";
import type { TextClipboard } from "./prepare/warehouseSql";
import { ReviewController } from "./review";
import { PlanController } from "./plan/planController";
import type { PlanHost } from "./plan/planState";
import type { Workbook } from "./workbook/workbook";

export interface Pane {
  matrix: Controller;
  review: ReviewController;
  plan: PlanController;
  prepare: PrepareController;
}

export interface PaneOptions {
  debounceMs?: number;
  /** Where "Copy as SQL" writes; the browser's clipboard when there is one. */
  clipboard?: TextClipboard | null;
}

export function createPane(workbook: Workbook, lang: Language, options: PaneOptions = {}): Pane {
  // The review and the plan call their host only after createPane has returned, when `matrix` is set.
  const host: PlanHost = {
    table: () => matrix.getState().table,
    settings: () => matrix.getState().settings,
    rebuild: () => matrix.rebuild(),
    fail: (e) => matrix.fail(e),
  };
  const plan = new PlanController(workbook, lang, host);
  const review = new ReviewController(workbook, lang, { ...host, planFields: (table, settings) => plan.planFields(table, settings) });
  const matrix = new Controller(workbook, lang, { review, plan }, options.debounceMs ?? DEBOUNCE_MS);
  const prepare = new PrepareController(workbook, matrix, lang, options.clipboard);
  return { matrix, review, plan, prepare };
}
