/**
 * German texts of the order-line and activity messages (src/messages.ts, block "order lines and
 * activity"), same keys and parameters. Argument names (accounts, dates, asOf, months,
 * typeWeights) stay as the function signature spells them; line fields are translated.
 */
import type { NestedMessage } from "../../../core";
import { zeige as show } from "./format";

const FIELD: Record<string, string> = {
  account: "Kunde",
  date: "Datum",
  amount: "Betrag",
  profit: "Gewinn",
  category: "Kategorie",
  order: "Auftragsnummer",
  type: "Typ",
  rater: "Bewerter",
  score: "Bewertung",
};
const field = (f: string) => FIELD[f] ?? f;
const decimal = (n: number) => String(n).replace(".", ",");

/** The reason of the first invalid line is one of the line messages below, in German too. */
const nested = (m: NestedMessage): string => {
  const text = (linesDe as Record<string, ((...p: never[]) => string) | undefined>)[m.key];
  return text ? text(...(m.params as never[])) : m.text;
};

export const linesDe = {
  lineLengths: (arg: string, cells: number, first: string, firstCells: number) =>
    `${arg} hat ${cells} Zellen, ${first} aber ${firstCells}; jede Spalte (oder Zeile) braucht eine Zelle pro Zeile`,
  linesInvalid: (count: number, line: number, reason: NestedMessage) =>
    `${count} ${count === 1 ? "Zeile ist" : "Zeilen sind"} ungültig; Zeile ${line}: ${nested(reason)}`,
  lineFieldEmpty: (f: string) => `${field(f)} ist leer`,
  lineNotKey: (f: string, v: unknown) => `${field(f)} ${show(v)} ist weder Text noch Zahl`,
  lineNotDate: (f: string, v: unknown) => `${field(f)} ${show(v)} ist kein Datum`,
  lineNotNumber: (f: string, v: unknown) => `${field(f)} ${show(v)} ist keine Zahl`,
  lineNumberAsText: (f: string, v: unknown, number: number) => `${field(f)} ${show(v)} ist Text; als Zahl ${decimal(number)} eingeben`,
  asOfNotDate: (v: unknown) =>
    `asOf ${show(v)} ist kein Datum; ein Datum, eine Datumszahl oder Text wie 2026-09-30, 30.9.2026 oder 9/30/2026 verwenden`,
  monthsInvalid: (v: unknown) => `months ${show(v)} ist ungültig; eine ganze Zahl von 1 bis 120 verwenden (Standard 12)`,
  typeWeightsShape: (rows: number, cols: number) => `typeWeights braucht zwei Spalten (Typ, Gewicht), hat aber ${rows} x ${cols}`,
  typeWeightInvalid: (row: number, v: unknown) => `typeWeights Zeile ${row}: Gewicht ${show(v)} ist ungültig; eine Zahl ab 0 verwenden`,
  typeWeightTypeEmpty: (row: number) => `typeWeights Zeile ${row}: der Typ ist leer; den Aktivitätstyp in die erste Spalte schreiben`,
  typeWeightDuplicate: (type: string, first: number, row: number) =>
    `typeWeights nennt den Typ "${type}" zweimal (Zeilen ${first} und ${row}); ein Gewicht pro Typ angeben`,
  typeWeightsWithoutTypes: () => "typeWeights ist angegeben, types aber nicht; auch den Aktivitätstyp jeder Zeile angeben",
  scoresRows: (rows: number, lines: number) =>
    `scores hat ${rows} Zeilen, accounts aber ${lines}; eine Zeile Bewertungen pro Antwort angeben (eine Spalte pro Kriterium)`,
  npsAnswer: (column: number, v: number) =>
    `Bewertung ${column} ist ${decimal(v)}; die Methode „nps“ braucht die Antwort auf eine 0-10-Frage, eine ganze Zahl von 0 bis 10`,
  windowWithoutDates: (arg: string) =>
    `${arg} ist angegeben, dates aber nicht; das Datum jeder Antwort angeben oder asOf und months leer lassen`,
  headersShape: (rows: number, cols: number, k: number) =>
    `headers ist ${rows} x ${cols}, scores hat aber ${k} ${k === 1 ? "Spalte" : "Spalten"}; eine Überschrift pro Bewertungsspalte angeben (1 x ${k} oder ${k} x 1)`,
  headerNotText: (index: number, v: unknown) => `Überschrift ${index} ist ${show(v)}; den Namen des Kriteriums als Text schreiben`,
  marginNoProfits: () => "kein Gewinn angegeben; für eine Marge den Gewinn jeder Zeile übergeben",
  marginNoRevenue: () => "kein Umsatz im Betrachtungszeitraum; eine Marge braucht Umsatz über 0",
  growthNoPrevious: () => "kein Umsatz in der Vorperiode",
  noPositiveOrder: () => "kein Auftrag mit einem Betrag über 0 bis zum Stichtag",
};
