/**
 * Keys of accounts, categories, order ids and activity types (SPEC 9), and numbers written as
 * text (for the hint in a line message).
 */
import { isBlank } from "./cells";

const WHITE_RUNS = /\s+/g;

/**
 * Text trimmed, white space runs as one space, lower case. Most keys need only the lower case:
 * a scan finds those (ASCII spaces only, single, inside) and skips the two regular expressions.
 */
function textKey(s: string): string {
  const n = s.length;
  let plain = n > 0 && s.charCodeAt(0) !== 32 && s.charCodeAt(n - 1) !== 32;
  for (let i = 0; plain && i < n; i++) {
    const c = s.charCodeAt(i);
    // Anything that might be white space other than a single inner space takes the slow path.
    if (c <= 32) plain = c === 32 && s.charCodeAt(i - 1) !== 32;
    else if (c === 0xa0 || c >= 0x1680) plain = false;
  }
  return plain ? s.toLowerCase() : s.trim().replace(WHITE_RUNS, " ").toLowerCase();
}

/**
 * The key of an account (category, order id, type): text trimmed, inner runs of white space as
 * one space, lower case; a number by its shortest decimal text (1001 and "1001" are one key).
 * undefined for a blank cell or anything that is neither text nor a finite number.
 */
export function accountKey(v: unknown): string | undefined {
  if (typeof v === "string") {
    const k = textKey(v);
    return k === "" ? undefined : k;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

/** The name shown for a spelling: text trimmed (inner spacing kept), a number as it is. */
export const shownName = (v: unknown): string | number => (typeof v === "string" ? v.trim() : (v as number));

/**
 * Ids for keys in order of first appearance, and the first spelling of each. Repeated spellings
 * (account names) are cached by their raw value, so a line costs one Map lookup; `rawCache:
 * false` skips that cache for values that rarely repeat. The previous value is remembered: the
 * lines of one order usually follow each other.
 */
export class Keyer {
  private readonly raw = new Map<string | number, number>();
  private readonly byKey = new Map<string, number>();
  readonly keys: string[] = [];
  readonly names: (string | number)[] = [];
  private last: unknown = undefined;
  private lastId = -1;
  /** Per id, the different raw values met for it (each is one miss of the raw cache). */
  private readonly spelled: number[] = [];

  constructor(private readonly rawCache = true) {}

  /** The id of v's key (new ids count up from 0); -1 for a blank cell, -2 for a value that cannot be a key. */
  id(v: unknown): number {
    if (v === this.last) return this.lastId;
    let id: number;
    if (typeof v !== "string" && typeof v !== "number") id = isBlank(v) ? -1 : -2;
    else {
      const hit = this.rawCache ? this.raw.get(v) : undefined;
      if (hit !== undefined) id = hit;
      else {
        id = this.keyId(v);
        if (this.rawCache) {
          this.raw.set(v, id);
          if (id >= 0) this.spelled[id] = (this.spelled[id] ?? 0) + 1;
        }
      }
    }
    this.last = v;
    this.lastId = id;
    return id;
  }

  private keyId(v: string | number): number {
    const key = accountKey(v);
    if (key === undefined) return typeof v === "string" ? -1 : -2;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.keys.length;
    this.byKey.set(key, id);
    this.keys.push(key);
    this.names.push(shownName(v));
    return id;
  }

  /**
   * How many different cells (1001 and "1001", "Acme" and "ACME ") were met for an id, so a caller
   * can tell the keys written one way only without looking at the cells again. Without the raw
   * cache it is not counted: Infinity.
   */
  spellings(id: number): number {
    return this.rawCache ? (this.spelled[id] ?? 0) : Infinity;
  }

  /** The id of a key already met, or undefined. */
  lookup(v: unknown): number | undefined {
    const key = accountKey(v);
    return key === undefined ? undefined : this.byKey.get(key);
  }

  get size(): number {
    return this.keys.length;
  }
}

// Numbers stored as text, for the hint in the line message: plain or English ("1,234.56") and
// German ("1.234,56", "12,5") forms. "1.234" is read as 1.234, as a number cell would show it.
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const EN_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DE_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DE_DECIMAL = /^[+-]?\d+,\d+$/;

/** The number a text means (for a hint), or undefined when it does not look like a number. */
export function numberFromText(text: string): number | undefined {
  const s = text.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (s === "") return undefined;
  let n: number;
  if (PLAIN.test(s)) n = Number(s);
  else if (EN_GROUPED.test(s)) n = Number(s.replace(/,/g, ""));
  else if (DE_GROUPED.test(s) || DE_DECIMAL.test(s)) n = Number(s.replace(/\./g, "").replace(",", "."));
  else return undefined;
  return Number.isFinite(n) ? n : undefined;
}
