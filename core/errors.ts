/**
 * Errors as values. The core never lets an exception reach a host: whole-argument problems are
 * thrown as KamError and caught at the function boundary; per-account problems are returned as
 * KamError values inside result arrays.
 */
import type { Message, MessageKey } from "./messages";

/** The spreadsheet errors a function can return; DIV0 and NULL only pass on an input's error. */
export type ErrorKind = "VALUE" | "NA" | "NUM" | "DIV0" | "NULL";

const CODES: Record<ErrorKind, string> = { VALUE: "#VALUE!", NA: "#N/A", NUM: "#NUM!", DIV0: "#DIV/0!", NULL: "#NULL!" };

export class KamError extends Error {
  /** The catalogue entry of the message (src/messages.ts), for hosts that show it in another language. */
  readonly key?: MessageKey;
  /** The entry's parameters, in order. */
  readonly params?: readonly unknown[];

  /**
   * A catalogue message (`Messages.weightsCount(3, 4)`) keeps its key and parameters; a plain
   * string (tests, text passed on from another host's error) has neither and is shown as it is.
   */
  constructor(
    readonly kind: ErrorKind,
    message: Message | string,
  ) {
    super(typeof message === "string" ? message : message.text);
    this.name = "KamError";
    if (typeof message !== "string") {
      this.key = message.key;
      this.params = message.params;
    }
  }
  /** The spreadsheet error literal, e.g. "#N/A". */
  get code(): string {
    return CODES[this.kind];
  }
}

export const isKamError = (x: unknown): x is KamError => x instanceof KamError;

export function fail(kind: ErrorKind, message: Message | string): never {
  throw new KamError(kind, message);
}

/** A number or an error, the unit of every per-account result. */
export type Scored = number | KamError;
