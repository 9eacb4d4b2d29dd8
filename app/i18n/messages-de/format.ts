/** How German core messages name values: the German side of the core's `show` in src/messages.ts. */
/** A value as a German message names it (the German side of the core's `show`). */
export function zeige(v: unknown): string {
  if (v === null || v === undefined || v === "") return "leer";
  if (typeof v === "string") return `„${v.length > 40 ? v.slice(0, 40) + "…" : v}“`;
  if (typeof v === "number") return zahl(v);
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  return beschreibe(v) ?? "keine Zahl";
}

export function beschreibe(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    return Array.isArray(v[0]) ? `ein Bereich von ${v.length} x ${v[0].length} Zellen` : `eine Liste von ${v.length} Werten`;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "ein ungültiges Datum" : `das Datum ${v.toISOString().slice(0, 10)}`;
  if (typeof v === "object" && v !== null) {
    const code = (v as { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("#") ? `der Fehlerwert ${code}` : "ein Objekt";
  }
  if (typeof v === "function") return "eine Funktion";
  if (typeof v === "symbol") return "ein Symbol";
  if (typeof v === "bigint") return "eine große Ganzzahl";
  return undefined;
}

export const inZeile = (v: unknown): string => (beschreibe(v) === undefined ? zeige(v) : `(${zeige(v)})`);
export const zahl = (x: number): string => String(x).replace(".", ",");
export const prozent = (share: number): string => `${Math.round(share * 100)} %`;
export const oder = (xs: readonly string[]): string => `${xs.slice(0, -1).join(", ")} oder ${xs[xs.length - 1]}`;
