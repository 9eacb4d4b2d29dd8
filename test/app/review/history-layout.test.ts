/**
 * The history layout: the settings fingerprint is written once per review, on its first row; the
 * other rows leave the cell blank and take it from that row, so a user may sort the table (by
 * account, by quadrant) and it still reads back as the same reviews.
 */
import { appendReview, columnsOf, HistoryTable, parseHistory, printText } from "../../../app/review";
import { q3, q4, settings } from "./fixtures";

function twoReviews(): HistoryTable {
  const first = appendReview(null, q3(), "en");
  // Q4 with other weights, so the two fingerprints differ.
  return appendReview(first.table, q4(settings({ Orders: 3 })), "en").table;
}

describe("the settings fingerprint in the history", () => {
  const history = twoReviews();
  const cols = columnsOf(history.header);
  const settingsCol = cols.fixed.settings!;
  const dateCol = cols.fixed.date!;

  it("is on each review's first row only, as the text of its settings", () => {
    const cells = history.rows.map((r) => [r[dateCol], r[settingsCol]]);
    expect(cells.filter(([, s]) => s !== null)).toEqual([
      ["2026-09-30", printText(q3().settings)],
      ["2026-12-31", printText(q4(settings({ Orders: 3 })).settings)],
    ]);
    expect(history.rows[0][settingsCol]).not.toBeNull();
    expect(history.rows[5][settingsCol]).not.toBeNull(); // Q3 has 5 accounts: row 5 starts Q4
    expect(history.rows.filter((r) => r[settingsCol] === null)).toHaveLength(4 + 4);
  });

  it.each([
    ["by account name, descending", (a: unknown[], b: unknown[]) => String(b[cols.fixed.name!]).localeCompare(String(a[cols.fixed.name!]))],
    [
      "by quadrant, then the newest review first",
      (a: unknown[], b: unknown[]) =>
        Number(a[cols.fixed.quadrant!]) - Number(b[cols.fixed.quadrant!]) || String(b[dateCol]).localeCompare(String(a[dateCol])),
    ],
  ])("a table sorted %s reads back as the same reviews, each with its own settings", (_, order) => {
    const sorted: HistoryTable = { header: history.header, rows: [...history.rows].sort(order) };
    // The first row of each review moved away from the top: really sorted.
    expect(sorted.rows[0]).not.toBe(history.rows[0]);
    const back = parseHistory(sorted);
    const original = parseHistory(history);
    expect(back.problems).toEqual([]);
    expect(back.reviews.map((r) => [r.date, r.label, r.settings])).toEqual(original.reviews.map((r) => [r.date, r.label, r.settings]));
    expect(back.reviews[1].settings.criteria.find((c) => c.name === "Orders")!.weight).toBe(3);
    expect(back.reviews[0].settings.criteria.find((c) => c.name === "Orders")!.weight).toBe(1);
    for (const [i, r] of back.reviews.entries()) {
      const byKey = new Map(original.reviews[i].accounts.map((a) => [a.key, a]));
      expect(r.accounts.map((a) => a.key).sort()).toEqual([...byKey.keys()].sort());
      for (const a of r.accounts)
        expect([a.value, a.engagement, a.quadrant]).toEqual([
          byKey.get(a.key)!.value,
          byKey.get(a.key)!.engagement,
          byKey.get(a.key)!.quadrant,
        ]);
    }
  });

  it("a review whose first row (fingerprint and row count) was deleted by hand is named as incomplete, not guessed", () => {
    const rows = history.rows.filter((_, i) => i !== 0); // Q3's first row (with the settings) gone
    const back = parseHistory({ header: history.header, rows });
    expect(back.reviews.map((r) => r.date)).toEqual(["2026-12-31"]);
    expect(back.problems.map((p) => [p.row, p.kind, p.detail])).toEqual([[0, "unfinished", "2026-09-30"]]);
  });
});
