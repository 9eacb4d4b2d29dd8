/**
 * Anchored scales for the judgement criteria: 1 to 5 with a short text per point, so that raters
 * from sales, service and finance mean the same by a 4. Found by the criterion's name (English or
 * German); a criterion without an anchored scale shows none.
 */
import type { Language } from "../../core";
import { fold } from "../settings/mapping";

export interface AnchoredScale {
  title: string;
  /** The texts of points 1 to 5. */
  points: readonly string[];
}

type ScaleId = "strategic" | "collaboration";

const SCALES: Record<ScaleId, Record<Language, AnchoredScale>> = {
  strategic: {
    en: {
      title: "Strategic importance, 1 to 5",
      points: [
        "1 = no strategic role: a customer like any other",
        "2 = useful: some reference value or know-how",
        "3 = relevant: a reference in its segment or a door to new business",
        "4 = important: shapes our offer or opens a market",
        "5 = essential: losing it would change our strategy",
      ],
    },
    de: {
      title: "Strategische Bedeutung, 1 bis 5",
      points: [
        "1 = keine strategische Rolle: ein Kunde wie jeder andere",
        "2 = nützlich: etwas Referenzwert oder Know-how",
        "3 = relevant: Referenz im Segment oder Tür zu neuem Geschäft",
        "4 = wichtig: prägt unser Angebot oder öffnet einen Markt",
        "5 = unverzichtbar: sein Verlust würde unsere Strategie ändern",
      ],
    },
  },
  collaboration: {
    en: {
      title: "Willingness to collaborate, 1 to 5",
      points: [
        "1 = buys on price only, shares nothing",
        "2 = answers when asked, no joint work",
        "3 = open to talks: shares plans now and then",
        "4 = works with us: joint planning, shared forecasts",
        "5 = partner: joint development, long-term commitments",
      ],
    },
    de: {
      title: "Kooperationsbereitschaft, 1 bis 5",
      points: [
        "1 = kauft nur über den Preis, teilt nichts",
        "2 = antwortet auf Nachfrage, keine gemeinsame Arbeit",
        "3 = gesprächsbereit: teilt gelegentlich Pläne",
        "4 = arbeitet mit uns: gemeinsame Planung, geteilte Prognosen",
        "5 = Partner: gemeinsame Entwicklung, langfristige Zusagen",
      ],
    },
  },
};

const WORDS: [ScaleId, RegExp][] = [
  ["strategic", /\b(strateg\w*|importance|bedeutung)\b/],
  ["collaboration", /\b(collaborat\w*|cooperat\w*|zusammenarbeit|kooperation\w*|partnership)\b/],
];

/** The anchored scale of a criterion by its name, or undefined. */
export function anchoredScale(criterion: string, language: Language): AnchoredScale | undefined {
  const name = fold(criterion);
  const hit = WORDS.find(([, re]) => re.test(name));
  return hit ? SCALES[hit[0]][language] : undefined;
}

/** The criteria of an empty workshop sheet, in the pane's language. */
export const WORKSHOP_CRITERIA: Record<Language, readonly string[]> = {
  en: ["Strategic importance", "Collaboration"],
  de: ["Strategische Bedeutung", "Kooperationsbereitschaft"],
};
