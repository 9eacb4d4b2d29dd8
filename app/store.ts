/**
 * The one state holder of the pane's controllers: the state is replaced on each change, never
 * mutated, and every listener hears each new state. `getState` and `subscribe` are bound, so React's
 * useSyncExternalStore can take them as they are (taskpane/useStore.ts).
 */
/** What a controller shows: its current state and its changes (each controller is one). */
export interface StateSource<S> {
  getState(): S;
  subscribe(listener: (s: S) => void): () => void;
}

export class Store<S extends object> implements StateSource<S> {
  private state: S;
  private readonly listeners = new Set<(s: S) => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  getState = (): S => this.state;

  subscribe = (listener: (s: S) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l(this.state);
  }

  /** Drops every listener (the pane is closing). */
  clear(): void {
    this.listeners.clear();
  }
}
