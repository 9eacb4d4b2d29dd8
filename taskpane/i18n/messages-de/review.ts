/**
 * German texts of the core messages added for SPEC 11-13 (block "contributions, hysteresis,
 * moves" in src/messages.ts): same names and parameters as the English entries.
 */
const show = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "leer";
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  return "keine Zahl";
};

export const reviewDe = {
  bandInvalid: (v: unknown) => `band ${show(v)} ist ungültig; geben Sie eine Zahl von 0 bis 50 Punkten an (0 = kein Band)`,
  bandOutOfRange: (v: number) => `band ${v} liegt außerhalb von 0..50; geben Sie eine Zahl von 0 bis 50 Punkten an (0 = kein Band)`,
  previousShape: (sp: string, sv: string) =>
    `previous ist ${sp}, value aber ${sv}; previous enthält den Quadranten jedes Kunden aus der letzten Überprüfung und muss so groß sein wie value`,
} as const;
