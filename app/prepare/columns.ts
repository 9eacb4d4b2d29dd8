import { fold } from "../settings/mapping";
import {
  ACTIVITY_ROLES,
  ORDER_ROLES,
  RATING_ROLES,
  type ActivityRole,
  type LineRole,
  type OrderRole,
  type RatingRole,
} from "../settings/prepare";

/**
 * Which column of a raw export holds what, guessed from the headers in English and German.
 * The guess is a start: every mapping can be changed in the pane.
 */

/** Column index per role; a role without a column is absent. */
export type ColumnMapping<R extends string> = Partial<Record<R, number>>;

// Per role, the headers that name it, best first ("Customer" before "Customer ID": the name reads
// better on the matrix; the user can switch to the id).
const SYNONYMS: Record<LineRole, readonly string[]> = {
  account: ["customer", "customer id", "account", "account name", "customer name", "kunde", "kundenname", "kundennummer", "client"],
  date: [
    "order date",
    "date",
    "datum",
    "belegdatum",
    "auftragsdatum",
    "rechnungsdatum",
    "invoice date",
    "activity date",
    "timestamp",
    "zeitstempel",
    "completion time",
    "end date",
    "response date",
  ],
  amount: ["sales", "amount", "revenue", "umsatz", "betrag", "nettobetrag", "net amount"],
  profit: ["profit", "margin", "gewinn", "deckungsbeitrag", "db"],
  category: ["category", "warengruppe", "produktgruppe", "product category", "kategorie"],
  order: ["order id", "order number", "order no", "auftragsnummer", "belegnummer", "auftrag", "invoice"],
  rater: ["rater", "respondent", "bewerter", "rated by", "reviewer", "email", "e mail", "email address", "name", "teilnehmer", "befragter"],
  type: ["type", "typ", "aktivitat", "activity", "activity type", "aktivitatstyp", "art"],
};

/** Roles without which the lines cannot be read. */
export const REQUIRED_ORDER_ROLES: readonly OrderRole[] = ["account", "date", "amount"];
export const REQUIRED_ACTIVITY_ROLES: readonly ActivityRole[] = ["account", "date"];
export const REQUIRED_RATING_ROLES: readonly RatingRole[] = ["account"];

/** "Order Date (UTC)" -> "order date utc": folded, punctuation as spaces. */
const words = (header: string) =>
  fold(header)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The mapping for these roles: first every header that equals a synonym (best synonym first), then
 * headers that contain one as whole words ("Umsatz EUR"). Each column serves one role at most.
 */
export function mapColumns<R extends LineRole>(headers: readonly unknown[], roles: readonly R[]): ColumnMapping<R> {
  const folded = headers.map((h) => (typeof h === "string" ? words(h) : typeof h === "number" ? String(h) : ""));
  const used = new Set<number>();
  const mapping: ColumnMapping<R> = {};
  const pass = (matches: (header: string, synonym: string) => boolean) => {
    for (const role of roles) {
      if (mapping[role] !== undefined) continue;
      for (const synonym of SYNONYMS[role]) {
        const j = folded.findIndex((h, k) => !used.has(k) && h !== "" && matches(h, synonym));
        if (j >= 0) {
          mapping[role] = j;
          used.add(j);
          break;
        }
      }
    }
  };
  pass((h, s) => h === s);
  pass((h, s) => s.length >= 4 && ` ${h} `.includes(` ${s} `));
  return mapping;
}

export const mapOrderColumns = (headers: readonly unknown[]) => mapColumns(headers, ORDER_ROLES);
export const mapActivityColumns = (headers: readonly unknown[]) => mapColumns(headers, ACTIVITY_ROLES);
export const mapRatingColumns = (headers: readonly unknown[]) => mapColumns(headers, RATING_ROLES);

/** The roles a mapping still lacks before the lines can be read. */
export function missingRoles<R extends LineRole>(mapping: ColumnMapping<R>, required: readonly R[]): R[] {
  return required.filter((r) => mapping[r] === undefined);
}
