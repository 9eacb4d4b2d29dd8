import { zeige } from "./format";

/**
 * German texts of the core messages added for SPEC 11-13 (block "contributions, hysteresis,
 * moves" in src/messages.ts): same names and parameters as the English entries.
 */

export const reviewDe = {
  bandInvalid: (v: unknown) => `band ${zeige(v)} ist ungültig; geben Sie eine Zahl von 0 bis 50 Punkten an (0 = kein Band)`,
  bandOutOfRange: (v: number) => `band ${v} liegt außerhalb von 0..50; geben Sie eine Zahl von 0 bis 50 Punkten an (0 = kein Band)`,
  previousShape: (sp: string, sv: string) =>
    `previous ist ${sp}, value aber ${sv}; previous enthält den Quadranten jedes Kunden aus der letzten Überprüfung und muss so groß sein wie value`,
} as const;
