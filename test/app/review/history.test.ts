/** The "KAM History" table model: append-only, replace and delete of one review, read back. */
import {
  appendReview,
  deleteReview,
  historyProblemText,
  HistoryTable,
  listReviews,
  newHistoryHeader,
  parseHistory,
  replaceReview,
  reviewFromTable,
  defaultCompareDate,
  Review,
} from "../../../app/review";
import { HistoryError, ReviewExists } from "../../../app/errors";
import { OPTIONS, q3, q4, settings, table, Q3_ROWS, HEADERS } from "./fixtures";

const snapshot = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r));

/** A third review, with one criterion more ("NPS"), so the header has to grow. */
function q1next(): Review {
  const s = settings();
  s.criteria.push({ column: "NPS", axis: "engagement", weight: 1, lowerIsBetter: false });
  const rows = Q3_ROWS.map((r, i) => [...r, 10 * (i + 3)]);
  const t = { ...table(rows), headers: [...HEADERS, "NPS"] };
  return reviewFromTable(t, s, { date: "2027-03-31", label: "Q1 2027" }, OPTIONS);
}

function threeSaves() {
  const e1 = appendReview(null, q3(), "en");
  const after1 = snapshot(e1.table.rows);
  const e2 = appendReview(e1.table, q4(), "en");
  const after2 = snapshot(e2.table.rows);
  const e3 = appendReview(e2.table, q1next(), "en");
  return { e1, e2, e3, after1, after2 };
}

describe("saving reviews", () => {
  it("starts a table with the fixed columns and two columns per criterion", () => {
    const { table: t } = appendReview(null, q3(), "en");
    expect(t.header).toEqual([
      ...newHistoryHeader("en"),
      "Raw: Orders",
      "Score: Orders",
      "Raw: Margin",
      "Score: Margin",
      "Raw: Contacts",
      "Score: Contacts",
      "Raw: Loyalty",
      "Score: Loyalty",
    ]);
    expect(t.header.slice(0, 11)).toEqual([
      "Review date",
      "Label",
      "Account key",
      "Account ID",
      "Account",
      "Value",
      "Engagement",
      "Quadrant",
      "Priority",
      "Revenue",
      "Settings",
    ]);
    expect(t.rows).toHaveLength(5);
    const first = t.rows[0];
    expect(first.slice(0, 10)).toEqual(["2026-09-30", "Q3 2026", "c-1", "C-1", "Alpha AG", 70, 60, 1, 1, 1000]);
    expect(JSON.parse(first[10] as string)).toMatchObject({ method: "none", missing: "median", band: 0 });
    expect(first.slice(11)).toEqual([80, 80, 60, 60, 70, 70, 40, 40]);
  });

  it("is append-only: earlier rows are byte-for-byte unchanged after three saves", () => {
    const { e1, e2, e3, after1, after2 } = threeSaves();
    expect(snapshot(e3.table.rows.slice(0, 5))).toEqual(after1);
    expect(snapshot(e3.table.rows.slice(0, 10))).toEqual(after2);
    // The very same row arrays: the model never touches them, so an adapter need not write them.
    e1.table.rows.forEach((r, i) => expect(e3.table.rows[i]).toBe(r));
    expect(e2.appendedFrom).toBe(5);
    expect(e3.appendedFrom).toBe(10);
    expect(e3.removed).toEqual([]);
    // The new criterion's columns are appended at the right; nothing else in the header moves.
    expect(e3.newColumnsFrom).toBe(e2.table.header.length);
    expect(e3.table.header.slice(0, e2.table.header.length)).toEqual(e2.table.header);
    expect(e3.table.header.slice(e2.table.header.length)).toEqual(["Raw: NPS", "Score: NPS"]);
  });

  it("refuses a second review with the same date, so the pane can ask", () => {
    const { e2 } = threeSaves();
    expect(() => appendReview(e2.table, q4(), "en")).toThrow(ReviewExists);
  });

  it("replaces one review: its rows go, the new ones are appended, the others stay", () => {
    const { e3 } = threeSaves();
    const before = snapshot(e3.table.rows);
    const fixed = q4(settings({ Orders: 2 }));
    const r = replaceReview(e3.table, fixed, "en");
    expect(r.removed).toEqual([{ start: 5, count: 5 }]);
    expect(snapshot(r.table.rows.slice(0, 5))).toEqual(before.slice(0, 5));
    expect(snapshot(r.table.rows.slice(5, 10))).toEqual(before.slice(10, 15));
    expect(r.appendedFrom).toBe(10);
    const reviews = parseHistory(r.table).reviews;
    expect(reviews.map((x) => x.date)).toEqual(["2026-09-30", "2026-12-31", "2027-03-31"]);
    expect(reviews[1].settings.criteria[0].weight).toBe(2);
  });

  it("deletes one review and lists the rest", () => {
    const { e3 } = threeSaves();
    const d = deleteReview(e3.table, "2026-12-31", "en");
    expect(d.removed).toEqual([{ start: 5, count: 5 }]);
    expect(listReviews(d.table)).toEqual([
      { date: "2026-09-30", label: "Q3 2026", accounts: 5 },
      { date: "2027-03-31", label: "Q1 2027", accounts: 5 },
    ]);
    expect(listReviews(e3.table).map((r) => r.date)).toEqual(["2026-09-30", "2026-12-31", "2027-03-31"]);
    expect(defaultCompareDate(listReviews(e3.table), "2027-01-15")).toBe("2026-12-31");
    expect(defaultCompareDate(listReviews(e3.table), "2026-09-30")).toBeNull();
  });

  it("reports the runs of a review whose rows are not next to each other, last run first", () => {
    const { e2 } = threeSaves();
    // A user sorted the table by account: the two reviews' rows alternate.
    const rows = [0, 5, 1, 6, 2, 7].map((i) => e2.table.rows[i]);
    const d = deleteReview({ header: e2.table.header, rows }, "2026-09-30", "en");
    expect(d.removed).toEqual([
      { start: 4, count: 1 },
      { start: 2, count: 1 },
      { start: 0, count: 1 },
    ]);
    expect(d.table.rows).toEqual([rows[1], rows[3], rows[5]]);
  });
});

describe("reading the history back", () => {
  it("gives back what was saved", () => {
    const { e3 } = threeSaves();
    const { reviews, problems } = parseHistory(e3.table);
    expect(problems).toEqual([]);
    const saved = q3();
    const back = reviews[0];
    expect(back.date).toBe(saved.date);
    expect(back.label).toBe(saved.label);
    expect(back.settings).toEqual(saved.settings);
    back.accounts.forEach((a, i) => {
      const s = saved.accounts[i];
      expect([a.key, a.id, a.name, a.value, a.engagement, a.quadrant, a.priority, a.revenue]).toEqual([
        s.key,
        s.id,
        s.name,
        s.value,
        s.engagement,
        s.quadrant,
        s.priority,
        s.revenue,
      ]);
      for (const [c, v] of s.raw) expect(a.raw.get(c)).toBe(v);
      for (const [c, v] of s.scores) expect(a.scores.get(c)).toBe(v);
    });
    // The earlier reviews read blank in the columns of a criterion added later.
    expect(reviews[0].accounts[0].raw.get("NPS")).toBeNull();
    expect(reviews[2].accounts[0].raw.get("NPS")).toBe(30);
  });

  it("reads a reopened workbook: dates as serials, a column moved, a user's own column", () => {
    const { e2 } = threeSaves();
    // 2026-09-30 is serial 46295 (days since 1899-12-30); 2026-12-31 is 46387.
    const serial: Record<string, number> = { "2026-09-30": 46295, "2026-12-31": 46387 };
    const header = [...e2.table.header, "My notes"];
    const rows = e2.table.rows.map((r) => [serial[r[0] as string], ...r.slice(1), "call them"]);
    const swap = (r: unknown[]) => [r[4], ...r.slice(0, 4), ...r.slice(5)]; // "Account" moved first
    const reopened: HistoryTable = { header: swap(header) as any, rows: rows.map(swap) as any };
    const { reviews, problems } = parseHistory(reopened);
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.date, r.accounts.length])).toEqual([
      ["2026-09-30", 5],
      ["2026-12-31", 5],
    ]);
    expect(reviews[1].accounts[1].name).toBe("Beta Holding GmbH");
    // Appending to it keeps the user's column and fills it blank.
    const e = appendReview(reopened, q1next(), "en");
    expect(e.table.header.slice(0, header.length)).toEqual(reopened.header);
    expect(e.table.rows[10][header.length - 1]).toBeNull();
  });

  it("reads a German table", () => {
    const e = appendReview(null, q3(), "de");
    expect(e.table.header.slice(0, 3)).toEqual(["Stichtag", "Bezeichnung", "Kundenschlüssel"]);
    expect(e.table.header[11]).toBe("Wert: Orders");
    const { reviews } = parseHistory(e.table);
    expect(reviews[0].accounts[0].raw.get("Orders")).toBe(80);
  });

  it("names every damaged row and never drops one silently", () => {
    const { e2 } = threeSaves();
    const rows = e2.table.rows.map((r) => [...r]);
    rows[1][0] = "31.02.2026"; // no such date
    rows[2][7] = 5; // not a quadrant
    rows[3][5] = "abc"; // value is text
    rows[6][10] = "{broken"; // settings damaged
    rows[7][2] = "c-1"; // Gamma keyed like Alpha: a duplicate in Q4
    rows[8][8] = "first"; // priority damaged: read as none, row kept
    const { reviews, problems } = parseHistory({ header: e2.table.header, rows });
    const texts = problems.map((p) => historyProblemText(p, "en"));
    expect(texts).toEqual([
      'KAM History row 3: review date "31.02.2026" is not a date; use YYYY-MM-DD',
      "KAM History row 4: quadrant 5 is not valid; use 1, 2, 3, 4 or leave it blank",
      'KAM History row 5: Value "abc"; scores are numbers from 0 to 100 or blank',
      "KAM History row 8: the settings cell is damaged; it must hold the text the add-in wrote",
      'KAM History row 9: account "Gamma SE" appears twice in the same review; the first row is used',
      'KAM History row 10: priority "first" is not a whole number of 1 or more',
    ]);
    expect(historyProblemText(problems[0], "de")).toBe(
      'KAM History Zeile 3: Stichtag "31.02.2026" ist kein Datum; verwenden Sie JJJJ-MM-TT',
    );
    // 10 rows: 3 + 2 read (Q3: rows 0 and 4; Q4: rows 5, 8, 9), the other 5 each named above.
    expect(reviews.map((r) => r.accounts.map((a) => a.key))).toEqual([
      ["c-1", "c-5"],
      ["c-1", "c-4", "c-6"],
    ]);
    expect(reviews[1].accounts[1].priority).toBeNull();
  });

  it("refuses a table whose header lost a column it needs", () => {
    const { e1 } = threeSaves();
    const header = e1.table.header.map((h) => (h === "Quadrant" ? "Quadrant (old)" : h));
    const broken = { header, rows: e1.table.rows };
    expect(() => parseHistory(broken)).toThrow(HistoryError);
    expect(() => appendReview(broken, q4(), "en")).toThrow('The KAM History table has no column "Quadrant"');
  });
});
