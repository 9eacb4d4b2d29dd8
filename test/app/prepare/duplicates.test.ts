import { duplicateGroups, lineHash } from "../../../app/prepare/duplicates";
import type { CellValue } from "../../../app/workbook/contract";

/** A second implementation: lines with the same JSON text of their cells are one group, in first-seen order. */
function byJson(rows: readonly (readonly CellValue[])[], columns: readonly number[], skip: (i: number) => boolean = () => false) {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (skip(i)) return;
    const key = JSON.stringify(columns.map((j) => row[j] ?? null));
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Deterministic pseudo-random lines from small pools, so that many lines repeat. */
function lines(n: number, seed: number): CellValue[][] {
  let s = seed;
  const next = (k: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % k;
  };
  const accounts = ["Alpha AG", "alpha ag", "Beta GmbH", "Gamma SE", "", " ", "1", "true"];
  const amounts: CellValue[] = [1, "1", 1.5, -0, 0, "0", 2 ** 40, 2 ** 40 + 1, -3.25, null, true, Number.NaN];
  return Array.from({ length: n }, () => {
    const row: CellValue[] = [accounts[next(accounts.length)], 46000 + next(5), amounts[next(amounts.length)], `SO-${next(4)}`];
    return next(10) === 0 ? row.slice(0, 3) : row; // a short row: its last cell is blank
  });
}

describe("exact duplicate lines", () => {
  test("equal cells make a group; text, numbers and true/false differ; blank, missing and NaN are alike", () => {
    const rows: CellValue[][] = [
      ["A", 1], // 0
      ["A", "1"], // 1: text "1" is not the number 1
      ["A", 1], // 2: same as 0
      ["A", -0], // 3
      ["A", 0], // 4: same as 3
      ["A", true], // 5
      ["A", "true"], // 6
      ["A", null], // 7
      ["A"], // 8: missing cell, same as 7
      ["A", Number.NaN], // 9: same as 7
      ["A", "1"], // 10: same as 1
    ];
    expect(duplicateGroups(rows, [0, 1])).toEqual([
      [0, 2],
      [1, 10],
      [3, 4],
      [7, 8, 9],
    ]);
    // Only the columns given are compared; skipped lines belong to no group.
    expect(duplicateGroups(rows, [0], (i) => i > 1)).toEqual([[0, 1]]);
  });

  test("many lines: the same groups, in the same order, as comparing the lines' JSON text", () => {
    const rows = lines(20_000, 7);
    const expected = byJson(rows, [0, 1, 2, 3]);
    expect(expected.length).toBeGreaterThan(100);
    expect(duplicateGroups(rows, [0, 1, 2, 3])).toEqual(expected);
    const skip = (i: number) => i % 3 === 0;
    expect(duplicateGroups(rows, [2, 0], skip)).toEqual(byJson(rows, [2, 0], skip));
  });

  test("lines that share a hash bucket but differ are kept apart", () => {
    const rows = lines(5_000, 11);
    // Four buckets only: almost every bucket holds many different lines.
    const coarse = (row: readonly CellValue[], columns: readonly number[]) => lineHash(row, columns) & 3;
    const differentInABucket = new Set(rows.map((r) => `${coarse(r, [0, 1, 2, 3])} ${JSON.stringify(r)}`)).size - 4;
    expect(differentInABucket).toBeGreaterThan(100);
    expect(duplicateGroups(rows, [0, 1, 2, 3], undefined, coarse)).toEqual(byJson(rows, [0, 1, 2, 3]));
    // A single bucket for all lines as well.
    expect(duplicateGroups(rows, [0, 2], undefined, () => 42)).toEqual(byJson(rows, [0, 2]));
  });
});
