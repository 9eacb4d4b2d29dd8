import type { Quadrant } from "../quadrant";
import type { Language } from "./language";

/** Quadrant labels and meanings (SPEC 4, from the source article). */
export const QUADRANT_TEXT: Record<Language, Record<Quadrant, { label: string; meaning: string }>> = {
  en: {
    1: { label: "Key partner", meaning: "High value, high engagement: the most valuable accounts, highest priority." },
    2: { label: "Develop", meaning: "High value, low engagement: potential for upselling and stronger binding." },
    3: { label: "Monetise", meaning: "Low value, high engagement: engaged accounts to monetise better." },
    4: { label: "Re-evaluate", meaning: "Low value, low engagement: re-evaluate, spend fewer resources." },
  },
  de: {
    1: { label: "Schlüsselpartner", meaning: "Hoher Kundenwert, hohes Engagement: die wertvollsten Kunden, höchste Priorität." },
    2: { label: "Ausbauen", meaning: "Hoher Kundenwert, niedriges Engagement: Potenzial für Upselling und stärkere Bindung." },
    3: { label: "Monetarisieren", meaning: "Niedriger Kundenwert, hohes Engagement: gezielt besser monetarisieren." },
    4: { label: "Neu bewerten", meaning: "Niedriger Kundenwert, niedriges Engagement: neu bewerten, weniger Ressourcen." },
  },
};

export const quadrantLabel = (q: Quadrant, lang: Language): string => QUADRANT_TEXT[lang][q].label;
