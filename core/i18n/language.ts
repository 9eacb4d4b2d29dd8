import { parseOption, scalar } from "../cells";

export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

/** "en" (default) or "de"; a locale such as "de-DE" (Office's display language) counts as its language. */
export function parseLanguage(v: unknown): Language {
  const raw = scalar(v, "language");
  const short = typeof raw === "string" && /^[a-z]{2}[-_]/i.test(raw.trim()) ? raw.trim().slice(0, 2) : raw;
  return parseOption(short, "language", LANGUAGES, "en");
}
