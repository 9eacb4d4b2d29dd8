import type { Language } from "./i18n/language";
import { quadrantLabel } from "./i18n/quadrants";
import type { Quadrant } from "./quadrant";

export interface Strategy {
  id: string;
  name: Record<Language, string>;
  advantages: Record<Language, string>;
  drawbacks: Record<Language, string>;
  actions: Record<Language, string>;
}

/** The strategies of the source article's table with its advantages and drawbacks; actions from its text. */
export const STRATEGIES: readonly Strategy[] = [
  {
    id: "personalisation",
    name: { de: "Personalisierung der Angebote", en: "Personalised offers" },
    advantages: {
      de: "Stärkt die Kundenbindung und erhöht den wahrgenommenen Wert",
      en: "Strengthens loyalty and raises the perceived value",
    },
    drawbacks: {
      de: "Erfordert tiefes Verständnis der Kundenbedürfnisse und kann zeitaufwendig sein",
      en: "Needs a deep understanding of the customer's needs and can take a lot of time",
    },
    actions: {
      de: "Maßgeschneiderte Lösungen und Pakete für die spezifischen Bedürfnisse des Kunden",
      en: "Tailor solutions and packages to the account's specific needs",
    },
  },
  {
    id: "communication",
    name: { de: "Regelmäßige Kommunikation", en: "Regular communication" },
    advantages: { de: "Fördert Vertrauen und langfristige Beziehungen", en: "Builds trust and long-term relationships" },
    drawbacks: { de: "Kann als störend empfunden werden, wenn nicht gut umgesetzt", en: "Can feel intrusive when done badly" },
    actions: {
      de: "Regelmäßige Meetings, Feedbackgespräche und Updates zu neuen Produkten",
      en: "Regular meetings, feedback talks and updates on new products",
    },
  },
  {
    id: "upselling",
    name: { de: "Cross-Selling und Upselling", en: "Cross-selling and upselling" },
    advantages: { de: "Steigert den Umsatz pro Kunde", en: "Raises revenue per account" },
    drawbacks: { de: "Risiko, den Kunden mit Angeboten zu überhäufen", en: "Risk of swamping the customer with offers" },
    actions: {
      de: "Bedarf ermitteln, zusätzliche Produkte anbieten, Schulungen zum Mehrwert",
      en: "Find needs, offer additional products, show their value in trainings",
    },
  },
  {
    id: "partnership",
    name: { de: "Entwicklung von Partnerschaften", en: "Strategic partnerships" },
    advantages: { de: "Schafft Win-Win-Situationen und fördert Innovation", en: "Creates win-win situations and drives innovation" },
    drawbacks: {
      de: "Kann komplexe Verhandlungen erfordern und Zeit in Anspruch nehmen",
      en: "Can need complex negotiations and take time",
    },
    actions: {
      de: "Gemeinsame Ziele definieren und strategische Partnerschaften entwickeln",
      en: "Define shared goals and build strategic partnerships",
    },
  },
  {
    id: "service",
    name: { de: "Investition in Kundenservice", en: "Investment in customer service" },
    advantages: { de: "Erhöht die Kundenzufriedenheit und -loyalität", en: "Raises satisfaction and loyalty" },
    drawbacks: { de: "Kann hohe Kosten verursachen, wenn nicht richtig gemessen", en: "Can be costly when not measured properly" },
    actions: {
      de: "Schnelle Reaktionszeiten, kompetente Unterstützung, proaktive Problemlösung",
      en: "Fast response times, competent support, proactive problem solving",
    },
  },
  {
    id: "monitoring",
    name: { de: "Monitoring und Analyse", en: "Monitoring and analysis" },
    advantages: { de: "Ermöglicht fundierte Entscheidungen und Anpassungen", en: "Enables informed decisions and adjustments" },
    drawbacks: { de: "Erfordert Ressourcen für Datensammlung und -analyse", en: "Needs resources for collecting and analysing data" },
    actions: {
      de: "Verhalten und Bedürfnisse regelmäßig auswerten, Trends früh erkennen",
      en: "Review behaviour and needs regularly, spot trends early",
    },
  },
];

/**
 * Recommended strategies per quadrant, most important first (our reading of the article):
 * key partners are deepened, high-value low-engagement accounts are bound and upsold, engaged
 * low-value accounts are monetised, and the rest are watched before spending more on them.
 */
export const QUADRANT_STRATEGIES: Record<Quadrant, readonly string[]> = {
  1: ["partnership", "personalisation", "service"],
  2: ["upselling", "communication", "personalisation"],
  3: ["upselling", "service", "communication"],
  4: ["monitoring", "communication"],
};

const byId = (id: string) => STRATEGIES.find((s) => s.id === id)!;

export const strategiesFor = (q: Quadrant): Strategy[] => QUADRANT_STRATEGIES[q].map(byId);

/** The quadrants a strategy fits, in order 1..4. */
export const quadrantsFor = (s: Strategy): Quadrant[] => ([1, 2, 3, 4] as Quadrant[]).filter((q) => QUADRANT_STRATEGIES[q].includes(s.id));

/** The recommendation as one text, e.g. "Strategic partnerships; Personalised offers; ...". */
export const strategyText = (q: Quadrant, lang: Language): string =>
  strategiesFor(q)
    .map((s) => s.name[lang])
    .join("; ");

export const PLAYBOOK_HEADER: Record<Language, string[]> = {
  en: ["Strategy", "Fits quadrants", "Advantages", "Drawbacks", "Actions"],
  de: ["Strategie", "Passt zu Quadranten", "Vorteile", "Nachteile", "Maßnahmen"],
};

/** The playbook table with its header row. */
export function playbookTable(lang: Language): string[][] {
  const rows = STRATEGIES.map((s) => [
    s.name[lang],
    quadrantsFor(s)
      .map((q) => `${q} ${quadrantLabel(q, lang)}`)
      .join(", "),
    s.advantages[lang],
    s.drawbacks[lang],
    s.actions[lang],
  ]);
  return [PLAYBOOK_HEADER[lang], ...rows];
}
