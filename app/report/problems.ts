import { coverageOf, isBlank, isPresent, MIN_COVERAGE } from "../../core";
import type { SourceTable } from "../workbook/workbook";
import type { Settings } from "../settings/settings";
import { Accounts, AxisData, readAccounts, sheetOrigin } from "../portfolio/accounts";
import { columnLetters } from "../workbook/naming";

/**
 * Data problems to show before building, counted the way the core counts them: a cell is usable
 * only when it holds a finite number (so "12" typed as text is a problem, not a value).
 */
export type Problem =
  | { kind: "nonNumeric"; column: string; count: number; cells: string[] }
  | { kind: "blank"; column: string; count: number }
  | { kind: "noNumbers"; column: string }
  | { kind: "lowCoverage"; count: number; accounts: { name: string; coverage: number }[] }
  /** One account's value is further above the next than half the column's range (min-max and z-score only). */
  | { kind: "outlier"; column: string; account: string; ratio: number | null };

/** Methods whose scale one giant account squeezes: percentile and winsor are not affected. */
const OUTLIER_METHODS: readonly string[] = ["minmax", "zscore"];

/**
 * The largest value of a column when its distance to the second largest exceeds half the range
 * (max - second > (max - min) / 2, at least 3 values): that account alone stretches a min-max
 * scale. ratio = max / second when both are above 0, else null.
 */
export function outlierOf(values: readonly unknown[]): { index: number; ratio: number | null } | null {
  let max = -Infinity;
  let second = -Infinity;
  let min = Infinity;
  let index = -1;
  let n = 0;
  values.forEach((v, i) => {
    if (!isPresent(v)) return;
    n++;
    if (v < min) min = v;
    if (v > max) {
      second = max;
      max = v;
      index = i;
    } else if (v > second) second = v;
  });
  if (n < 3 || !(max - second > (max - min) / 2)) return null;
  return { index, ratio: second > 0 ? max / second : null };
}

/** How many cell addresses or account names a problem lists before it only counts. */
export const LIST_LIMIT = 5;

function columnProblems(axis: AxisData, accounts: Accounts, table: SourceTable, withOutliers: boolean): Problem[] {
  const origin = sheetOrigin(table.address);
  const problems: Problem[] = [];
  axis.criteria.forEach((c, k) => {
    let blanks = 0;
    let numbers = 0;
    const text: string[] = [];
    let textCount = 0;
    axis.data.forEach((row, a) => {
      const v = row[k];
      if (isPresent(v)) numbers++;
      else if (isBlank(v)) blanks++;
      else {
        textCount++;
        if (text.length < LIST_LIMIT) text.push(`${columnLetters(origin.col + axis.columns[k])}${origin.row + 1 + accounts.rowIndex[a]}`);
      }
    });
    if (numbers === 0) problems.push({ kind: "noNumbers", column: c.column });
    if (textCount) problems.push({ kind: "nonNumeric", column: c.column, count: textCount, cells: text });
    if (blanks) problems.push({ kind: "blank", column: c.column, count: blanks });
    if (withOutliers) {
      const outlier = outlierOf(axis.data.map((row) => row[k]));
      if (outlier) problems.push({ kind: "outlier", column: c.column, account: accounts.names[outlier.index], ratio: outlier.ratio });
    }
  });
  return problems;
}

/** Coverage of each account on one axis (1 when the axis has no weight to cover). */
function axisCoverage(axis: AxisData): number[] {
  const abs = axis.weights.map(Math.abs);
  const total = abs.reduce((a, b) => a + b, 0);
  return total > 0 ? axis.data.map((row) => coverageOf(row, abs, total)) : axis.data.map(() => 1);
}

export function findProblems(table: SourceTable, settings: Settings): Problem[] {
  const accounts = readAccounts(table, settings);
  const outliers = OUTLIER_METHODS.includes(settings.method);
  const problems = [
    ...columnProblems(accounts.value, accounts, table, outliers),
    ...columnProblems(accounts.engagement, accounts, table, outliers),
  ];
  const value = axisCoverage(accounts.value);
  const engagement = axisCoverage(accounts.engagement);
  const low: { name: string; coverage: number }[] = [];
  let count = 0;
  accounts.names.forEach((name, i) => {
    const coverage = Math.min(value[i], engagement[i]);
    if (coverage >= MIN_COVERAGE) return;
    count++;
    if (low.length < LIST_LIMIT) low.push({ name, coverage });
  });
  if (count) problems.push({ kind: "lowCoverage", count, accounts: low });
  return problems;
}
