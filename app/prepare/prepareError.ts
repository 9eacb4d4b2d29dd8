/** What "Prepare data" can fail with, as a code and its parameters; the pane words it (PREPARE_STRINGS). */
import type { PrepareErrorCode } from "../i18n/prepareStrings";

export type { PrepareErrorCode };

export class PrepareError extends Error {
  constructor(
    readonly code: PrepareErrorCode,
    readonly params: string[] = [],
  ) {
    super(code);
    this.name = "PrepareError";
  }
}
