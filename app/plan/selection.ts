import type { Quadrant } from "../../core";
import { Store } from "../store";
import type { SuggestFor } from "./actions";

/**
 * Which accounts "Suggest actions" is for: the matrix's accounts (with the quadrant each is treated
 * as, after the plan's overrides), ticked by the user. Until the user changes a tick, the ticks
 * follow the default (quadrants 1 and 2 without an open action) whenever the accounts are read
 * again; after that, each account keeps its tick and new accounts come in ticked as the default says.
 */
export interface SuggestCandidate {
  /** The account's key (of its Account ID when it has one, else of its name): a tick follows it. */
  key: string;
  name: string;
  owner: string;
  /** The quadrant it is treated as: the plan's override if any, else the scored one. */
  quadrant: Quadrant;
  overridden: boolean;
  /** Its open (proposed or agreed) actions. */
  open: number;
}

/** The default: treated as quadrant 1 or 2 and no open action yet. */
export const isDefaultTarget = (c: SuggestCandidate): boolean => (c.quadrant === 1 || c.quadrant === 2) && c.open === 0;

/** How many rows of the list the pane draws at most; the search box and the quadrant filters narrow the rest. */
export const SHOWN_LIMIT = 50;

export interface PickerState {
  candidates: readonly SuggestCandidate[];
  ticked: ReadonlySet<string>;
  /** Search text (part of the name or owner, any case). */
  query: string;
  /** Quadrants the list is narrowed to; empty: all. */
  quadrants: ReadonlySet<Quadrant>;
  /** The user changed a tick: the ticks no longer follow the default. */
  touched: boolean;
}

export interface ShownRows {
  rows: SuggestCandidate[];
  /** Accounts that match the search and the filters (rows holds at most SHOWN_LIMIT of them). */
  matching: number;
}

const defaultTicks = (cs: readonly SuggestCandidate[]) => new Set(cs.filter(isDefaultTarget).map((c) => c.key));

export class SuggestPicker {
  private readonly store = new Store<PickerState>({ candidates: [], ticked: new Set(), query: "", quadrants: new Set(), touched: false });

  getState = (): PickerState => this.store.getState();
  subscribe = (l: (s: PickerState) => void): (() => void) => this.store.subscribe(l);

  /** The accounts read again (after a build, a plan read or a suggestion). */
  refresh(candidates: readonly SuggestCandidate[]): void {
    const s = this.store.getState();
    if (!s.touched) return this.store.set({ candidates, ticked: defaultTicks(candidates) });
    const known = new Set(s.candidates.map((c) => c.key));
    const ticked = new Set<string>();
    for (const c of candidates) if (known.has(c.key) ? s.ticked.has(c.key) : isDefaultTarget(c)) ticked.add(c.key);
    this.store.set({ candidates, ticked });
  }

  toggle(key: string): void {
    const ticked = new Set(this.store.getState().ticked);
    if (!ticked.delete(key)) ticked.add(key);
    this.store.set({ ticked, touched: true });
  }

  /** Ticks (or unticks) every account that matches the search and the filters, shown or not. */
  tickMatching(on: boolean): void {
    const s = this.store.getState();
    const ticked = new Set(s.ticked);
    for (const c of s.candidates) {
      if (!matches(c, s)) continue;
      if (on) ticked.add(c.key);
      else ticked.delete(c.key);
    }
    this.store.set({ ticked, touched: true });
  }

  /** Back to the default ticks; the ticks follow it again. */
  reset(): void {
    this.store.set({ ticked: defaultTicks(this.store.getState().candidates), touched: false });
  }

  setQuery(query: string): void {
    this.store.set({ query });
  }

  toggleQuadrant(q: Quadrant): void {
    const quadrants = new Set(this.store.getState().quadrants);
    if (!quadrants.delete(q)) quadrants.add(q);
    this.store.set({ quadrants });
  }

  /** The ticked accounts, as "Suggest actions" takes them (in the list's order: the matrix's priority). */
  targets(): SuggestFor[] {
    const s = this.store.getState();
    return s.candidates.filter((c) => s.ticked.has(c.key)).map((c) => ({ name: c.name, owner: c.owner, quadrant: c.quadrant }));
  }
}

function matches(c: SuggestCandidate, s: PickerState): boolean {
  if (s.quadrants.size > 0 && !s.quadrants.has(c.quadrant)) return false;
  const q = s.query.trim().toLowerCase();
  return q === "" || c.name.toLowerCase().includes(q) || c.owner.toLowerCase().includes(q);
}

/** How many ticked accounts there are (of the accounts read; a tick of an account no longer there does not count). */
export const tickedCount = (s: PickerState): number => s.candidates.reduce((n, c) => n + (s.ticked.has(c.key) ? 1 : 0), 0);

/** The list's rows: the accounts matching the search and the filters, at most SHOWN_LIMIT of them. */
export function shownRows(s: PickerState, limit = SHOWN_LIMIT): ShownRows {
  const rows: SuggestCandidate[] = [];
  let matching = 0;
  for (const c of s.candidates) {
    if (!matches(c, s)) continue;
    matching++;
    if (rows.length < limit) rows.push(c);
  }
  return { rows, matching };
}

/** Accounts per quadrant 1..4 (index 0 = quadrant 1): the quick filters show them. */
export function perQuadrant(s: PickerState): [number, number, number, number] {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (const c of s.candidates) out[c.quadrant - 1]++;
  return out;
}
