/**
 * KAM_ACCOUNTS as Google Sheets runs it: the built Code.js in a vm sandbox whose spreadsheet is in
 * Europe/Berlin, 200k order lines (about 10k accounts over three years, with categories, order
 * ids, returns and blank cells) passed as Sheets passes them: date cells as Date objects of the
 * script's own realm, empty cells as "". Apps Script stops a custom function after 30 s and loads
 * the whole script for every call, so both the load and the call count. Target: under 5 s.
 */
import * as fs from "fs";
import * as vm from "vm";
import { report, round, timeMedian } from "../measure";
import { seededRandom } from "../../test/support/portfolios";
import { buildSheets, loadCode } from "../../test/hosts/sheets/build-sheets";

const LINES = 200_000;
const ACCOUNTS = 10_000;
const BUDGET_MS = 5000;
const ZONE = "Europe/Berlin";

const sandboxGlobals = { SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => ZONE }) } };

/** The six columns of the lines as 200k x 1 ranges; dates are Dates of `context`'s realm (midnight in Berlin). */
function orderLines(context: vm.Context) {
  const SandboxDate = vm.runInContext("Date", context) as DateConstructor;
  const rand = seededRandom(LINES);
  const first = Date.UTC(2023, 0, 1) - 3_600_000; // midnight in Berlin (winter time), close enough for a benchmark
  const accounts: unknown[][] = [];
  const dates: unknown[][] = [];
  const amounts: unknown[][] = [];
  const profits: unknown[][] = [];
  const categories: unknown[][] = [];
  const orders: unknown[][] = [];
  let order = 1;
  while (accounts.length < LINES) {
    const a = Math.floor(rand() * ACCOUNTS);
    const day = Math.floor(rand() * 1095);
    const id = `SO-${order++}`;
    for (let j = 0, k = 1 + Math.floor(rand() * 4); j < k && accounts.length < LINES; j++) {
      const amount = ((rand() < 0.05 ? -1 : 1) * Math.round(rand() * 1e6)) / 100;
      accounts.push([rand() < 0.1 ? `customer ${a}` : `Customer ${a}`]);
      dates.push([new SandboxDate(first + day * 86_400_000)]);
      amounts.push([amount]);
      profits.push([Math.round(amount * rand() * 30) / 100]);
      categories.push([rand() < 0.02 ? "" : `Group ${Math.floor(rand() * 12)}`]);
      orders.push([id]);
    }
  }
  return [accounts, dates, amounts, profits, "", "", categories, orders];
}

async function main() {
  const outDir = await buildSheets("code");
  try {
    // Loading is timed on fresh sandboxes; the calls run in one whose realm made the lines' Dates.
    const load = timeMedian(5, () => {
      loadCode(outDir, sandboxGlobals);
    });
    const context = loadCode(outDir, sandboxGlobals);
    const lines = orderLines(context);
    let table: unknown[][] = [];
    const call = timeMedian(5, () => {
      table = (context.KAM_ACCOUNTS as (...a: unknown[]) => unknown[][])(...lines);
    });
    if (table.length < 2 || table[0][0] !== "Account" || typeof table[1][1] !== "number")
      throw new Error(`expected an account table, got ${JSON.stringify(table.slice(0, 2))}`);
    const total = round(load.ms + call.ms);
    report({
      case: "sheets-accounts",
      n: LINES,
      accounts: table.length - 1,
      ms: total,
      loadMs: load.ms,
      callMs: call.ms,
      minCallMs: call.minMs,
      runs: call.runs,
      budgetMs: BUDGET_MS,
      withinBudget: total < BUDGET_MS,
    });
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
