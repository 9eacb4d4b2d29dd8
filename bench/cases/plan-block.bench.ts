// The comparison's Plan block at scale, pure work: a review of 10,000 accounts saved with the plan's
// five columns, read back from the history table, compared with the next quarter, and the Plan block
// counted over 50,000 actions (five per account, every state, some done without a date).
import { samplePortfolio } from "../sample-portfolio";
import { appendReview, compareReviews, parseHistory, reviewFromTable } from "../../app/review";
import { parseActions } from "../../app/plan/actions";
import { planBlock } from "../../app/plan/planBlock";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import type { CellValue } from "../../app/workbook/contract";
import { report, timeMedian } from "../measure";

function main() {
  const n = 10_000;
  const source = samplePortfolio(n);
  const settings = reconcile(defaultSettings("en"), source);
  const then = reviewFromTable(source, settings, { date: "2026-09-30", label: "Q3" });
  then.accounts.forEach(
    (a, i) => (a.plan = { owner: `Owner ${i % 7}`, override: i % 50 === 0 ? 1 : null, open: 2, done: i % 3, overdue: i % 2 }),
  );
  const table = appendReview(null, then, "en").table;
  const next = { ...source, rows: source.rows.map((r) => r.map((v, j) => (typeof v === "number" && j > 0 ? v * 1.05 : v))) };
  const now = reviewFromTable(next, settings, { date: "2026-12-31", label: "" });
  const statuses = ["Proposed", "Open", "Done", "Dropped", "Done"];
  const rows: CellValue[][] = [];
  then.accounts.forEach((a, i) =>
    statuses.forEach((s, k) =>
      rows.push([
        a.name,
        `Action ${k}`,
        "Service",
        "",
        k % 2 ? "2026-10-15" : "2027-03-31",
        s,
        s === "Done" && (i + k) % 4 ? "2026-11-02" : null,
      ]),
    ),
  );
  const actions = parseActions({ header: ["Account", "Action", "Strategy", "Owner", "Due date", "Status", "Done on"], rows });
  let parsed = parseHistory(table);
  const read = timeMedian(5, () => (parsed = parseHistory(table)));
  report({ case: "plan-history-read", n, ...read, withPlan: parsed.reviews[0].accounts.filter((a) => a.plan).length });
  const comparison = compareReviews(parsed.reviews[0], now, "en");
  const block = timeMedian(5, () => planBlock(comparison, actions, "2026-12-06"));
  report({ case: "plan-block", n: actions.length, ...block });
}

main();
