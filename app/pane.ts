/**
 * The pane's controllers, built in one place and wired once: the matrix controller (which owns
 * the review controller, since a review needs its table, settings and rebuild) and "Prepare
 * data", which drives the matrix controller. Every host's pane starts from here.
 */
import type { Language } from "../core";
import { Controller, DEBOUNCE_MS } from "./controller";
import { PrepareController } from "./prepare/prepareController";
import type { TextClipboard } from "./prepare/warehouseSql";
import type { ReviewController } from "./review";
import type { PlanController } from "./plan/planController";
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
  const matrix = new Controller(workbook, lang, options.debounceMs ?? DEBOUNCE_MS);
  const prepare = new PrepareController(workbook, matrix, lang, options.clipboard);
  return { matrix, review: matrix.review, plan: matrix.plan, prepare };
}
