/**
 * What a host passes, turned into the plain cells the core reads, by the role the function table
 * (catalogue.ts) gives each parameter. With "allowErrorForDataTypeAny" (added to functions.json by
 * the build) Excel passes an error cell as a CustomFunctions.Error, `{ code: "#N/A", message? }`;
 * with "allowCustomDataForDataTypeAny" a data-typed cell (entity, formatted number) as an object
 * with a `basicValue`. Everything else is a number, text, boolean or null and is left untouched:
 * a range is only copied when a first, allocation-free scan finds an object in it.
 */
import { ErrorKind, isKamError, KamError, Messages } from "../core";
import { CellRole, FunctionSpec } from "./catalogue";
import { guard } from "./host-errors";

const KIND_OF_CODE: Readonly<Record<string, ErrorKind>> = { "#N/A": "NA", "#NUM!": "NUM", "#DIV/0!": "DIV0", "#NULL!": "NULL" };

/**
 * The error an error cell holds, or undefined: a CustomFunctions.Error (`code` "#N/A", "#DIV/0!",
 * ...; `message` when the error came with one), a data-types error (`type: "Error"`, its code in
 * `basicValue`), or a KamError (from the HyperFormula plugin and direct callers). An error Excel
 * cannot return from a function (#REF!, #NAME?, #SPILL!, ...) is passed on as #VALUE! naming it.
 */
export function errorOf(v: object): KamError | undefined {
  if (isKamError(v)) return v;
  const code = codeOf(v);
  if (code === undefined) return undefined;
  const message = (v as { message?: unknown }).message;
  return new KamError(KIND_OF_CODE[code] ?? "VALUE", Messages.inputError(code, typeof message === "string" ? message : ""));
}

/** The error literal of an error cell as the host passed it ("#REF!"), or undefined for another object. */
function codeOf(v: object): string | undefined {
  if (isKamError(v)) return v.code;
  const o = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  return typeof o.code === "string" && o.code.startsWith("#") ? o.code : o.type === "Error" ? String(o.basicValue ?? "#VALUE!") : undefined;
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;

/** One cell as the core reads it. */
export function cellOf(v: unknown, role: CellRole): unknown {
  if (!isObject(v) || Array.isArray(v) || v instanceof Date) return v;
  const error = errorOf(v);
  // A line's cell keeps the literal it showed (#REF! too): the line's message names it.
  if (error) return role === "criterion" ? null : role === "line" ? { code: codeOf(v) } : error;
  // A data type (entity, linked entity, formatted number, ...): the value the cell shows.
  if ("basicValue" in v) {
    const basic = (v as { basicValue: unknown }).basicValue;
    return isObject(basic) ? v : basic;
  }
  return v;
}

/** A cell that cellOf may change: an object other than a date (Google Sheets passes date cells as Date objects). */
function hasObject(row: readonly unknown[]): boolean {
  for (let j = 0; j < row.length; j++) {
    const c = row[j];
    if (typeof c === "object" && c !== null && !(c instanceof Date)) return true;
  }
  return false;
}

/** An argument (a range or a single cell) with its cells converted; the same array when none needs it. */
export function argumentOf(v: unknown, role: CellRole): unknown {
  if (!Array.isArray(v)) return cellOf(v, role);
  let changed: unknown[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const row = v[i];
    const next = Array.isArray(row) ? (hasObject(row) ? row.map((c) => cellOf(c, role)) : row) : cellOf(row, role);
    if (next !== row) (changed ??= v.slice())[i] = next;
  }
  return changed ?? v;
}

/** The first error cell of an argument, if any. */
function firstError(v: unknown): KamError | undefined {
  if (isKamError(v)) return v;
  if (!Array.isArray(v)) return undefined;
  for (const row of v) {
    if (isKamError(row)) return row;
    if (Array.isArray(row)) for (const c of row) if (isKamError(c)) return c;
  }
  return undefined;
}

/**
 * The arguments of one call, converted by role; options parsed. An error in a number or an
 * option is the result of the whole call, passed on as it came (thrown here, caught by guard).
 */
export function readArguments(spec: FunctionSpec, args: ArrayLike<unknown>): unknown[] {
  return spec.parameters.map((p, i) => {
    const raw = i < args.length && args[i] !== undefined ? args[i] : null;
    const v = argumentOf(raw, p.role);
    if (p.role === "number" || p.role === "option") {
      const error = firstError(v);
      if (error) throw error;
    }
    return p.parse ? p.parse(v, p.name) : v;
  });
}

/** Runs one custom function: arguments read by its table entry, nothing thrown into the host (SPEC 8). */
// `any`: the bodies take the arguments the table has already read, and the exports return any[][]
// because the metadata generator reads their declared types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function run(spec: FunctionSpec, args: ArrayLike<unknown>, body: (...args: any[]) => unknown): any {
  return guard(() => body(...readArguments(spec, args)));
}
