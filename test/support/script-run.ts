/**
 * google.script.run as a fake: what crosses between the sidebar and the server. Apps Script
 * passes primitives and plain objects and arrays of them; a Date, a function or a DOM element
 * (other than a form) anywhere in an argument fails the request. A return value is held to the
 * same rule (documentation: return values follow the parameter rules; the fake fails the call
 * rather than guess what arrives). What passes is copied, as it travels serialised.
 */
import type { SheetsServer } from "../../hosts/sheets/server";
import rpc from "../../hosts/sheets/sidebar/rpc.json";
import type { ServerCall } from "../../hosts/sheets/sidebar/sheets-workbook";

/** Realm-independent (Code.js runs in a vm context in some tests): the [[Class]] of a value. */
const tag = (v: unknown) => Object.prototype.toString.call(v);

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Throws as the browser does ("Failed due to illegal value in property: ...") for what may not cross. */
function refuseIllegal(v: unknown, path: string): void {
  if (v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return;
  const ok = typeof v === "object" && (Array.isArray(v) || (tag(v) === "[object Object]" && isPlainObject(v)));
  if (!ok) throw new Error(`Failed due to illegal value in property: ${path} (${tag(v).slice(8, -1)})`);
  for (const [key, item] of Object.entries(v as object)) refuseIllegal(item, path ? `${path}.${key}` : key);
}

/** A value after crossing google.script.run: refused when illegal, else a serialised copy (undefined: null). */
export function acrossScriptRun<T>(value: T, what: "argument" | "return value"): T {
  try {
    refuseIllegal(value, "");
  } catch (e) {
    throw new Error(`google.script.run ${what}: ${(e as Error).message}`);
  }
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
}

/** Calls `run(args)` as google.script.run would: arguments and the result cross; errors arrive as their message. */
export function throughScriptRun(args: unknown[], run: (args: unknown[]) => unknown): unknown {
  const sent = acrossScriptRun(args, "argument");
  let result: unknown;
  try {
    result = run(sent);
  } catch (e) {
    throw new Error((e as Error).message);
  }
  return acrossScriptRun(result, "return value");
}

/** The sidebar's ServerCall over a server on the fake, by the function names of rpc.json. */
export function scriptRunTo(server: SheetsServer): ServerCall {
  const byFn = new Map(Object.entries(rpc).map(([method, { fn }]) => [fn, method as keyof SheetsServer]));
  return async (fn, args) => throughScriptRun(args, (sent) => (server[byFn.get(fn)!] as (...a: unknown[]) => unknown)(...sent));
}
