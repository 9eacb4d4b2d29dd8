/** One account-key rule (SPEC 9, as KAM.ACCOUNTS keys accounts) for reviews, the history and the core. */
import { accountKey } from "../../../core";
import { appendReview, parseHistory, reviewKey } from "../../../app/review";
import { q3 } from "./fixtures";

describe("account key", () => {
  it("keys text, numbers, blanks and booleans in reviews exactly as the core does", () => {
    const cells = ["  Alpha \t AG ", "alpha ag", "ALPHA  AG", 1001, "1001", " 1001 ", 12.5, "", "   ", null, true, false];
    for (const c of cells) expect(reviewKey(c)).toBe(accountKey(c) ?? "");
    // By hand: trimmed, one space inside, lower case; a number by its shortest decimal text.
    expect(reviewKey("  Alpha \t AG ")).toBe("alpha ag");
    expect(reviewKey(1001)).toBe("1001");
    expect(reviewKey(" 1001 ")).toBe("1001");
    // Blank and boolean cells have no key, in the core and in reviews alike.
    expect([reviewKey(""), reviewKey("   "), reviewKey(null), reviewKey(true), reviewKey(false)]).toEqual(["", "", "", "", ""]);
    expect(accountKey(true)).toBeUndefined();
  });

  it('a history row keyed by a TRUE cell is named as a row without a key, not read as account "true"', () => {
    const e = appendReview(null, q3(), "en");
    const keyCol = e.table.header.indexOf("Account key");
    expect(keyCol).toBeGreaterThanOrEqual(0);
    const rows = e.table.rows.map((r) => [...r]);
    rows[0][keyCol] = true;
    const { reviews, problems } = parseHistory({ header: e.table.header, rows });
    expect(problems.map((p) => [p.row, p.kind])).toEqual([[0, "key"]]);
    expect(reviews[0].accounts.map((a) => a.key)).not.toContain("true");
    expect(reviews[0].accounts).toHaveLength(rows.length - 1);
  });
});
