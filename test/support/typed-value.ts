/**
 * What a spreadsheet makes of a text written into a cell, as if typed: the conversion both Excel
 * and Google Sheets do, modelled for the fakes so that a test of "text stays text" can fail.
 * Only a leading apostrophe keeps the rest verbatim (and is not stored itself). Otherwise a
 * formula starts with = (also after white space, control characters, a no-break or zero-width
 * space, or as the full-width "＝" / small "﹦") or with + - @; number-, currency-, percent-,
 * accounting- and date-like text becomes a number; TRUE/FALSE a boolean; "#N/A" an error.
 */
export type Typed =
  | { kind: "text"; value: string }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string };

const LEADING = /^[\s\u00a0\u200b\u0000-\u001f\ufeff]+/;
const ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/i;
const NUMBER = /^[+-]?[$€£]?\(?[$€£]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?\)?%?$/;
const DATE_OR_FRACTION = /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/;

export function typedValue(v: string): Typed {
  if (v.startsWith("'")) return { kind: "text", value: v.slice(1) };
  const t = v
    .replace(LEADING, "")
    .replace(/^[\uff1d\ufe66]/, "=")
    .trimEnd();
  if (t.length > 1 && t.startsWith("=")) return { kind: "formula", formula: t };
  if (t.length > 1 && /^[+\-@]/.test(t) && !NUMBER.test(t)) return { kind: "formula", formula: `=${t}` };
  if (/^(true|false)$/i.test(t)) return { kind: "boolean", value: t.toLowerCase() === "true" };
  if (ERRORS.test(t)) return { kind: "error", value: t.toUpperCase() };
  if (NUMBER.test(t)) {
    const n = Number(t.replace(/[$€£,()%]/g, "")) / (t.endsWith("%") ? 100 : 1);
    return { kind: "number", value: t.includes("(") ? -n : n };
  }
  if (DATE_OR_FRACTION.test(t)) return { kind: "number", value: 45000 + t.length }; // some date serial
  return { kind: "text", value: v };
}

/** Names that a spreadsheet would not keep as they are, each for a different reason. */
export const TRICKY_NAMES = [
  "=1+1",
  "+49 30 123",
  "-Acme",
  "@Home",
  "00123",
  "1/2",
  "3-4",
  "(123)",
  "$100",
  "50%",
  "#N/A",
  "TRUE",
  "false",
  "'quoted",
  " =1+1",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "\u00a0=1+1",
  "\u200b=1+1",
  "\uff1d1+1",
  "\ufe661+1",
  "1e5",
  "'",
  "Plain GmbH",
];
