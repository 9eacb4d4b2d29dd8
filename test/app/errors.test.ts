/** One error family on the pane side: every error the add-in throws on purpose reaches the user as its own sentence. */
import { AppError, HistoryError, PaneError, PrepareError, ReviewExists } from "../../app/errors";
import { friendlyError } from "../../app/i18n/errors";
import { parseHistory, appendReview } from "../../app/review";
import { WorkbookError } from "../../app/workbook/contract";
import { q3 } from "./review/fixtures";

const UNEXPECTED = { en: friendlyError(new Error("bug"), "en"), de: friendlyError(new Error("bug"), "de") };

function brokenHistory(): unknown {
  const e = appendReview(null, q3(), "de");
  const header = e.table.header.map((h) => (h === "Quadrant" ? "Quadrant (alt)" : h));
  try {
    parseHistory({ header, rows: e.table.rows }, "de");
  } catch (err) {
    return err;
  }
  throw new Error("expected the history to be refused");
}

describe("pane errors", () => {
  it("are one family with a code", () => {
    const all = [
      new PaneError("noAccounts"),
      new PrepareError("gone", ["Orders!A1:F9"]),
      new ReviewExists("2026-09-30"),
      new WorkbookError("noSuchTable", { name: "Accounts", choices: [] }),
      brokenHistory(),
    ];
    for (const e of all) expect(e).toBeInstanceOf(AppError);
    expect(all.map((e) => (e as AppError).code)).toEqual(["noAccounts", "gone", "reviewExists", "noSuchTable", "history"]);
  });

  it("each is worded in English and German, never as the general 'something went wrong'", () => {
    const prepare = new PrepareError("gone", ["Orders!A1:F9"]);
    expect(friendlyError(prepare, "en")).toContain("Orders!A1:F9");
    expect(friendlyError(prepare, "de")).toContain("Orders!A1:F9");
    expect(friendlyError(new ReviewExists("2026-09-30"), "en")).toContain("2026-09-30");
    expect(friendlyError(new ReviewExists("2026-09-30"), "de")).toContain("2026-09-30");
    for (const e of [prepare, new ReviewExists("2026-09-30"), new PaneError("noAccounts")]) {
      expect(friendlyError(e, "en")).not.toBe(UNEXPECTED.en);
      expect(friendlyError(e, "de")).not.toBe(UNEXPECTED.de);
    }
  });

  it("a history missing a column it needs is named to the user, in the reader's language", () => {
    const e = brokenHistory();
    expect(e).toBeInstanceOf(HistoryError);
    const text = friendlyError(e, "de");
    expect(text).not.toBe(UNEXPECTED.de);
    expect(text).toContain("KAM History");
    expect(text).toContain("Quadrant");
  });
});
