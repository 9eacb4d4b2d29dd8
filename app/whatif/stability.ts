import { DEFAULT_SEED, DEFAULT_TRIALS, Scored, stabilityFromScores } from "../../core";
import type { Settings } from "../settings/settings";
import type { PortfolioScores } from "./scores";

/** Multiply-adds per step: about 1 to 2 ms of work, after which the clock is looked at. */
const WORK_PER_STEP = 400_000;
/** A slice runs steps until this much time has passed, so the preview never waits much longer. */
const SLICE_MS = 5;
/** At most this many steps per slice, should the clock not move (a frozen clock in tests). */
const STEPS_PER_SLICE = 8;

export interface StabilityJob {
  /** A newer change makes the running job stale: it stops at the next slice and resolves null. */
  cancelled: () => boolean;
  /** 0..1 after each slice. */
  onProgress?: (done: number) => void;
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

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
  const step = Math.max(1, Math.floor(WORK_PER_STEP / perTrial));
  while (run.done < run.trials) {
    if (job.cancelled()) return null;
    // Each yield costs at least a timer tick (4 ms in a browser after a few in a row): slices of
    // a fixed, small amount of work spent more time waiting than computing.
    const start = now();
    for (let steps = 0; steps < STEPS_PER_SLICE && run.done < run.trials && now() - start < SLICE_MS; steps++) run.step(step);
    job.onProgress?.(run.done / run.trials);
    if (run.done < run.trials) await yieldToEventLoop();
  }
  return job.cancelled() ? null : run.result();
}
