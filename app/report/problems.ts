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
  | { kind: "lowCoverage"; count: number; accounts: { name: string; coverage: number }[] };

/** How many cell addresses or account names a problem lists before it only counts. */
export const LIST_LIMIT = 5;

function columnProblems(axis: AxisData, accounts: Accounts, table: SourceTable): Problem[] {
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
  const problems = [...columnProblems(accounts.value, accounts, table), ...columnProblems(accounts.engagement, accounts, table)];
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
