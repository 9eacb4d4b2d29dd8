import * as React from "react";
import type { StateSource } from "../app/store";

/** The one way the React side follows a controller's state: re-renders on each new state. */
export function useStore<S>(source: StateSource<S>): S {
  return React.useSyncExternalStore(source.subscribe, source.getState);
}
