export const DEBOUNCE_MS = 150;

/**
 * When the matrix is written: after a pause (the latest change wins), one pass at a time; changes
 * that arrive during a pass are folded into one more pass.
 */
export class BuildQueue {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private pending = false;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /** A pass after the pause; a newer call restarts the pause. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.debounceMs);
  }

  /** Drops the pass waiting for the pause (a pass now replaces it). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined; // else idle() waits for a timer that was cleared
  }

  /** One pass now, or one more after the running one. */
  run(): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.pending = false;
        await this.pass();
      } while (this.pending);
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves when no pass is waiting or running. */
  async idle(): Promise<void> {
    while (this.timer !== undefined || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, this.debounceMs));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
