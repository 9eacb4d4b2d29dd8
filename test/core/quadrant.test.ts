/** SPEC 4: quadrants, thresholds, labels, priority; and KAM.MATRIX which puts them together. */
import { quadrant, label, priority, matrix } from "../../functions/functions";
import { parseThreshold, QUADRANT_TEXT } from "../../core";
import { col, expectError, firstColumn, thrown } from "./helpers";

describe("quadrants", () => {
  it("uses >= at exactly the threshold", () => {
    const v = col(50, 49.999, 50, 0, 100);
    const e = col(50, 50, 49.999, 0, 100);
    expect(quadrant(v as any, e as any)).toEqual(col(1, 3, 2, 4, 1));
  });

  it("keeps the shape of the inputs (element-wise)", () => {
    expect(quadrant([[80, 20]], [[10, 90]])).toEqual([[2, 3]]);
  });

  it("takes explicit thresholds", () => {
    expect(quadrant(col(70, 70) as any, col(30, 29) as any, 70, 30)).toEqual(col(1, 2));
    expect(quadrant(col(70) as any, col(30) as any, [[0]], [[100]])).toEqual(col(2));
  });

  it('"median" and "mean" thresholds come from the accounts being classified', () => {
    // values 10, 20, 30, 40: median 25; engagement 0, 0, 0, 100: mean 25, median 0
    const v = col(10, 20, 30, 40);
    const e = col(0, 0, 0, 100);
    expect(quadrant(v as any, e as any, "median", "mean")).toEqual(col(4, 4, 2, 1));
    expect(quadrant(v as any, e as any, " MEDIAN ", "median")).toEqual(col(3, 3, 1, 1));
  });

  it("leaves accounts with errors out of median/mean and gives them their error", () => {
    // Valid values 10, 20, 90: mean 40. With the "x" counted as 0 it would be 30.
    const cells = firstColumn(quadrant(col(10, 20, 90, "x", 35) as any, col(60, 60, 60, 60, 60) as any, "mean"));
    expect([cells[0], cells[1], cells[2], cells[4]]).toEqual([3, 3, 1, 3]);
    expectError(cells[3], "VALUE", 'value is "x"; it must be a number');
  });

  it("gives #N/A for a blank score and #NUM! for one outside 0..100", () => {
    const cells = firstColumn(quadrant(col(null, 101, 50) as any, col(50, 50, -0.5) as any));
    expectError(cells[0], "NA", "value is missing");
    expectError(cells[1], "NUM", "value 101 is outside 0..100");
    expectError(cells[2], "NUM", "engagement -0.5 is outside 0..100");
  });

  it("rejects thresholds outside 0..100 with #NUM! and unknown ones with #VALUE!", () => {
    expectError(quadrant(col(1) as any, col(1) as any, 101), "NUM", "valueThreshold 101 is outside 0..100");
    expectError(quadrant(col(1) as any, col(1) as any, null, -1), "NUM", "engagementThreshold -1 is outside 0..100");
    expectError(quadrant(col(1) as any, col(1) as any, "average"), "VALUE", 'use a number from 0 to 100, "median" or "mean"');
    expectError(
      thrown(() => parseThreshold([[1, 2]], "valueThreshold")),
      "VALUE",
      "valueThreshold must be a single cell, got 1 x 2",
    );
    expect(parseThreshold(null, "t")).toBe(50);
  });

  it("rejects value and engagement of different sizes", () => {
    expectError(quadrant(col(1, 2) as any, col(1) as any), "VALUE", "value is 2 x 1 but engagement is 1 x 1");
  });
});

describe("labels", () => {
  it("names the quadrants in English and German", () => {
    expect(label([[1, 2, 3, 4]])).toEqual([["Key partner", "Develop", "Monetise", "Re-evaluate"]]);
    expect(label([[1, 2, 3, 4]], "de")).toEqual([["Schlüsselpartner", "Ausbauen", "Monetarisieren", "Neu bewerten"]]);
    expect(label([[1]], "DE-de")).toEqual([["Schlüsselpartner"]]);
  });

  it("gives #VALUE! for a cell that is not a quadrant, and for an unknown language", () => {
    const cells = label([[1, 5, "2", null]])[0];
    expect(cells[0]).toBe("Key partner");
    for (const c of cells.slice(1)) expectError(c, "VALUE", "use 1, 2, 3 or 4");
    expectError(label([[1]], "fr"), "VALUE", 'unknown language "fr"; use en or de');
  });
});

describe("priority", () => {
  it("ranks by quadrant, then v+e, then v, then input order; errors get errors", () => {
    const v = col(60, 70, 90, 100, 10, 60, "x");
    const e = col(60, 50, 90, 10, 100, 60, 50);
    // Q1: C (180), B (120, v 70), A (120, v 60), F (same as A, later); then D (Q2), E (Q3).
    const cells = firstColumn(priority(v as any, e as any));
    expect(cells.slice(0, 6)).toEqual([3, 2, 1, 5, 6, 4]);
    expectError(cells[6], "VALUE", "value is");
  });

  it("a quadrant outranks a higher sum", () => {
    // 50/50 is in Q1; 100/49 (sum 149) is in Q2.
    expect(priority(col(100, 50) as any, col(49, 50) as any)).toEqual(col(2, 1));
  });

  it("handles one account and constant scores", () => {
    expect(priority([[40]], [[40]])).toEqual([[1]]);
    expect(priority(col(50, 50, 50) as any, col(50, 50, 50) as any)).toEqual(col(1, 2, 3));
  });
});

describe("KAM.MATRIX", () => {
  const names = col("Acme", "Birch", "Cobalt", "Delta");
  const valueData = [
    [100, 9],
    [80, 7],
    [20, 1],
    [10, 3],
  ];
  const engagementData = col(5, 1, 9, 2);

  it("returns a header row and one row per account", () => {
    const out = matrix(names as any, valueData, engagementData as any);
    expect(out[0]).toEqual(["Account", "Value", "Engagement", "Quadrant", "Label", "Priority", "Strategy"]);
    expect(out).toHaveLength(5);
    // Percentile: value column 1 -> 100, 200/3, 100/3, 0; column 2 -> 100, 200/3, 0, 100/3.
    // Engagement -> 200/3, 0, 100, 100/3.
    const expected = [
      ["Acme", 100, 200 / 3, 1],
      ["Birch", 200 / 3, 0, 2],
      ["Cobalt", 50 / 3, 100, 3],
      ["Delta", 50 / 3, 100 / 3, 4],
    ];
    expected.forEach(([name, v, e, q], i) => {
      const row = out[i + 1];
      expect(row[0]).toBe(name);
      expect(row[1]).toBeCloseTo(v as number, 9);
      expect(row[2]).toBeCloseTo(e as number, 9);
      expect(row[3]).toBe(q);
      expect(row[4]).toBe(QUADRANT_TEXT.en[q as 1].label);
      expect(row[5]).toBe(i + 1);
      expect(typeof row[6]).toBe("string");
    });
  });

  it("speaks German", () => {
    const out = matrix(names as any, valueData, engagementData as any, null as any, null as any, null, null, null, "de");
    expect(out[0]).toEqual(["Kunde", "Wert", "Engagement", "Quadrant", "Bezeichnung", "Priorität", "Strategie"]);
    expect(out[1][4]).toBe("Schlüsselpartner");
  });

  it("gives an account without enough data errors across its row, the others are ranked", () => {
    const out = matrix(
      col("A", "B", "C") as any,
      [
        [1, 2],
        [null, "n/a"],
        [3, 4],
      ],
      col(1, 2, 3) as any,
    );
    expect(out[2][0]).toBe("B");
    for (const c of out[2].slice(1, 2).concat(out[2].slice(3))) expectError(c, "NA", "insufficient data");
    expect([out[1][5], out[3][5]].sort()).toEqual([1, 2]);
  });

  it("one account scores 50/50 and is a key partner", () => {
    const out = matrix([["Solo"]], [[12, 3]], [[7]]);
    expect(out[1].slice(0, 6)).toEqual(["Solo", 50, 50, 1, "Key partner", 1]);
  });

  it("rejects names and data of different lengths", () => {
    expectError(matrix(col("A", "B") as any, [[1], [2], [3]], col(1, 2) as any), "VALUE", "valueData has 3 accounts but names has 2");
    expectError(matrix(col("A", "B") as any, [[1], [2]], col(1) as any), "VALUE", "engagementData has 1 accounts but names has 2");
  });
});
