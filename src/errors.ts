/**
 * Errors as values. The core never lets an exception reach a host: whole-argument problems are
 * thrown as KamError and caught at the function boundary; per-account problems are returned as
 * KamError values inside result arrays.
 */
export type ErrorKind = "VALUE" | "NA" | "NUM";

export class KamError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "KamError";
  }
  /** The spreadsheet error literal, e.g. "#N/A". */
  get code(): string {
    return this.kind === "NA" ? "#N/A" : `#${this.kind}!`;
  }
}

export const isKamError = (x: unknown): x is KamError => x instanceof KamError;

export function fail(kind: ErrorKind, message: string): never {
  throw new KamError(kind, message);
}

/** A number or an error, the unit of every per-account result. */
export type Scored = number | KamError;
