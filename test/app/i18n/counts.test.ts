/** Counted messages of the pane read right for one and for several, in English and German. */
import { PREPARE_STRINGS } from "../../../app/i18n/prepareStrings";
import { REVIEW_STRINGS } from "../../../app/i18n/reviewStrings";

const en = PREPARE_STRINGS.en;
const de = PREPARE_STRINGS.de;

describe("Prepare data: counts and their words agree", () => {
  test("English, one and several", () => {
    expect(en.pickedAt("A1:C2", 1)).toBe("A1:C2: 1 line");
    expect(en.pickedAt("A1:C3", 2)).toBe("A1:C3: 2 lines");
    expect(en.months(1)).toBe("1 month");
    expect(en.months(12)).toBe("12 months");
    expect(en.lines(1, 1, 1)).toBe("1 of 1 line is valid; 1 blank line is ignored.");
    expect(en.lines(3, 4, 2)).toBe("3 of 4 lines are valid; 2 blank lines are ignored.");
    expect(en.invalid(1)).toBe("1 line is not valid:");
    expect(en.notDates(1, "B2")).toBe("1 date is not a date: B2");
    expect(en.notDates(2, "B2, B3")).toBe("2 dates are not dates: B2, B3");
    expect(en.textNumbers(1, "E6")).toBe("1 number is stored as text: E6");
    expect(en.blanks(1, "A2")).toBe("1 required cell is blank: A2");
    expect(en.activityOnly(1, "Acme")).toBe("1 account appears only in the activity log (no orders): Acme");
    expect(en.duplicates(1, "A2")).toBe("1 group of exactly equal lines (kept; check for a double export): A2");
    expect(en.refreshed("KAM Accounts", 1, null)).toBe('Refreshed: "KAM Accounts" has 1 account, and the matrix was rebuilt.');
    expect(en.prepared("KAM Accounts", 1, null, 1)).toMatch(
      /^Sheet "KAM Accounts" written with 1 account; 1 line left out is listed below/,
    );
    expect(en.errors.invalid("1", "E6", "not a number")).toMatch(/^1 line is not valid, at E6: not a number\. Correct it/);
    expect(en.errors.invalid("2", "E6", "not a number")).toMatch(/^2 lines are not valid; the first, at E6/);
  });

  test("German, one and several", () => {
    expect(de.pickedAt("A1:C2", 1)).toBe("A1:C2: 1 Zeile");
    expect(de.months(1)).toBe("1 Monat");
    expect(de.lines(1, 1, 1)).toBe("1 von 1 Zeile ist gültig; 1 leere Zeile wird ignoriert.");
    expect(de.lines(3, 4, 2)).toBe("3 von 4 Zeilen sind gültig; 2 leere Zeilen werden ignoriert.");
    expect(de.invalid(1)).toBe("1 Zeile ist ungültig:");
    expect(de.notDates(1, "B2")).toBe("1 Datumsangabe ist kein Datum: B2");
    expect(de.textNumbers(1, "E6")).toBe("1 Zahl ist als Text gespeichert: E6");
    expect(de.textNumbers(2, "E6, E7")).toBe("2 Zahlen sind als Text gespeichert: E6, E7");
    expect(de.blanks(1, "A2")).toBe("1 erforderliche Zelle ist leer: A2");
    expect(de.activityOnly(1, "Acme")).toBe("1 Kunde steht nur im Aktivitätenprotokoll (keine Aufträge): Acme");
    expect(de.refreshed("KAM Accounts", 1, null)).toBe("Aktualisiert: „KAM Accounts“ hat 1 Kunde, und die Matrix wurde neu aufgebaut.");
    expect(de.prepared("KAM Accounts", 1, null, 1)).toMatch(
      /^Blatt „KAM Accounts“ mit 1 Kunde geschrieben; 1 ausgelassene Zeile steht unter/,
    );
    expect(de.errors.invalid("1", "E6", "keine Zahl")).toMatch(/^1 Zeile ist ungültig, bei E6: keine Zahl\./);
  });

  test("a saved review with one account", () => {
    expect(REVIEW_STRINGS.en.reviewOption("2026-03-31", "Q1", 1)).toBe("Q1 (2026-03-31, 1 account)");
    expect(REVIEW_STRINGS.en.reviewOption("2026-03-31", "Q1", 2)).toBe("Q1 (2026-03-31, 2 accounts)");
    expect(REVIEW_STRINGS.de.reviewOption("2026-03-31", "Q1", 1)).toBe("Q1 (2026-03-31, 1 Kunde)");
  });
});
