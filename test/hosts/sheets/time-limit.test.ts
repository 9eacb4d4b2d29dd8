/**
 * Google Sheets stops a custom function after 30 s. KAM_STABILITY's work grows with accounts x
 * criteria x trials; a call that could not finish is refused before it starts, with a message
 * saying how many trials fit. A call that fits gives what Excel gives.
 */
import * as excel from "../../../functions/functions";
import { SHEETS_STABILITY_WORK, sheetsFunctions } from "../../../hosts/sheets/functions";
import { seededRandom } from "../../support/portfolios";

function table(seed: number, rows: number, cols: number): number[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rand() * 1000) / 10));
}

const valueData = table(1, 1000, 2);
const engagementData = table(2, 1000, 1);

test("KAM_STABILITY over the Sheets time budget is refused at once, saying how many trials fit", () => {
  // 1,000 accounts x 3 criteria x 100,000 trials = 300 million, over the budget.
  const fits = Math.floor(SHEETS_STABILITY_WORK / (1000 * 3));
  expect(fits).toBeLessThan(100_000);
  const call = () => sheetsFunctions.stability(valueData, engagementData, undefined, undefined, undefined, 100_000);
  expect(call).toThrow(
    `1,000 accounts x 3 criteria x 100,000 trials is too much work for one Google Sheets call (30 s); at most ${fits.toLocaleString("en-US")} trials fit for this portfolio`,
  );
});

test("KAM_STABILITY within the budget gives Excel's result", () => {
  const sheets = sheetsFunctions.stability(valueData, engagementData, undefined, undefined, undefined, 500) as unknown[][];
  expect(sheets).toEqual(excel.stability(valueData, engagementData, null as any, null as any, null, 500));
});

test("invalid trials are reported by the function itself, not as a budget problem", () => {
  expect(() => sheetsFunctions.stability(valueData, engagementData, undefined, undefined, undefined, 0)).toThrow(/^trials 0 is not valid/);
});
