import { DEFAULT_SEED, DEFAULT_TRIALS, Scored, stabilityFromScores } from "../../core";
import type { Settings } from "../settings/settings";
import type { PortfolioScores } from "./scores";

/** Multiply-adds per slice: about 5 ms of work, so the preview never waits longer than that. */
const WORK_PER_SLICE = 400_000;

export interface StabilityJob {
  /** A newer change makes the running job stale: it stops at the next slice and resolves null. */
  cancelled: () => boolean;
  /** 0..1 after each slice. */
  onProgress?: (done: number) => void;
}

/** Yields to the event loop, so that input events and the preview's repaint come first. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * KAM.STABILITY (SPEC 14) for the pane's portfolio, with the Robustness setting as the spread, the
 * SPEC's default trials and seed: the same numbers as =KAM.STABILITY(...) on the same data. Runs in
 * slices with a yield between them; null when cancelled.
 */
export async function computeStability(scores: PortfolioScores, settings: Settings, job: StabilityJob): Promise<Scored[] | null> {
  const run = stabilityFromScores(scores.value, scores.engagement, {
    spread: settings.robustness / 100,
    trials: DEFAULT_TRIALS,
    seed: DEFAULT_SEED,
    valueThreshold: settings.valueThreshold,
    engagementThreshold: settings.engagementThreshold,
  });
  const perTrial = Math.max(1, scores.accounts.names.length * (scores.value.criteria + scores.engagement.criteria));
  const slice = Math.max(1, Math.floor(WORK_PER_SLICE / perTrial));
  while (run.done < run.trials) {
    if (job.cancelled()) return null;
    run.step(slice);
    job.onProgress?.(run.done / run.trials);
    if (run.done < run.trials) await yieldToEventLoop();
  }
  return job.cancelled() ? null : run.result();
}
