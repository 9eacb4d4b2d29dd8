/**
 * The account card for a rated criterion: the raters and their spread, read from the columns that
 * "Prepare data" writes beside the criterion on KAM Accounts ("3 raters, 2 to 5: discuss").
 */
import { accountCard, scoreForCard } from "../../../app/card";
import { ratingSpreads } from "../../../app/card/ratingSpread";
import { STRINGS as UI_STRINGS } from "../../../app/i18n/strings";

const HEADERS = [
  "Account",
  "Revenue",
  "Strategic importance",
  "Strategic importance: raters",
  "Strategic importance: lowest",
  "Strategic importance: highest",
];
const ROWS = [
  ["Acme", 1000, 4, 3, 2, 5], // 2 to 5 on a 1-5 scale: at least 2 apart, discuss
  ["Beta", 500, 3.5, 2, 3, 4],
  ["Gamma", 800, null, null, null, null], // not rated
  ["Delta", 200, 1, 1, 1, 1],
];

describe("rating spread on the card", () => {
  test("read from the criterion's raters, lowest and highest columns; a criterion without them is not rated", () => {
    const spreads = ratingSpreads({ headers: HEADERS, rows: ROWS }, [0, 1, 2, 3], ["Revenue", "Strategic importance"]);
    expect(spreads[0]).toBeUndefined();
    expect(spreads[1]).toEqual([
      { raters: 3, lowest: 2, highest: 5, discuss: true },
      { raters: 2, lowest: 3, highest: 4, discuss: false },
      null,
      { raters: 1, lowest: 1, highest: 1, discuss: false },
    ]);
    // German column names ("Bewerter", "niedrigste", "höchste") are found as well.
    const de = HEADERS.map((h) =>
      h.replace(": raters", ": Bewerter").replace(": lowest", ": niedrigste").replace(": highest", ": höchste"),
    );
    expect(ratingSpreads({ headers: de, rows: ROWS }, [0], ["Strategic importance"])[0]).toEqual([
      { raters: 3, lowest: 2, highest: 5, discuss: true },
    ]);
  });

  test("the card carries it beside the criterion's points, and says it in words", () => {
    const rows = [0, 1, 2, 3];
    const p = scoreForCard({
      names: ROWS.map((r) => r[0]),
      value: {
        data: ROWS.map((r) => [r[1], r[2]]),
        weights: [1, 1],
        criteria: ["Revenue", "Strategic importance"],
        ratings: ratingSpreads({ headers: HEADERS, rows: ROWS }, rows, ["Revenue", "Strategic importance"]),
      },
      engagement: { data: ROWS.map((r) => [r[1]]), weights: [1], criteria: ["Revenue"] },
    });
    const card = accountCard(p, 0, "en");
    if (!card.scored) throw new Error("expected a scored card");
    expect(card.value.criteria[0].rating).toBeUndefined();
    const rating = card.value.criteria[1].rating!;
    expect(UI_STRINGS.en.ratersSpread(rating.raters, String(rating.lowest), String(rating.highest), rating.discuss)).toBe(
      "3 raters, 2 to 5: discuss",
    );
    expect(UI_STRINGS.de.ratersSpread(2, "3", "4", false)).toBe("2 Bewerter, 3 bis 4");
    expect(UI_STRINGS.en.ratersSpread(1, "1", "1", false)).toBe("1 rater");
  });
});
