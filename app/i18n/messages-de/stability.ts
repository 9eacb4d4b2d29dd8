import { zeige } from "./format";

/** Eine ganze Zahl mit Punkten als Tausendertrennzeichen: 100000 als „100.000“. */
const gruppiert = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * German texts of the stability messages (SPEC 14) of src/messages.ts, same names and parameters.
 */
export const stabilityDe = {
  spreadInvalid: (v: unknown) =>
    `spread ${zeige(v)} ist nicht gültig; geben Sie eine Zahl von 0 bis unter 1 an (0,25 lässt jedes Gewicht um bis zu 25 % nach oben oder unten schwanken)`,
  trialsInvalid: (v: unknown) => `trials ${zeige(v)} ist nicht gültig; geben Sie eine ganze Zahl von 1 bis 100000 an (Standard 1000)`,
  tooMuchWork: (accounts: number, criteria: number, trials: number, fits: number, host: string, seconds: number) =>
    `${gruppiert(accounts)} Kunden x ${gruppiert(criteria)} Kriterien x ${gruppiert(trials)} Durchläufe sind zu viel Arbeit für einen Aufruf in ${host} (${seconds} s); für diesen Bestand passen höchstens ${gruppiert(fits)} Durchläufe`,
  seedInvalid: (v: unknown) => `seed ${zeige(v)} ist nicht gültig; geben Sie eine ganze Zahl von 0 bis 4294967295 an (Standard 1)`,
};
