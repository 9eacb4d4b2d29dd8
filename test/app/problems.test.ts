import { findProblems } from "../../app/report/problems";
import { sampleTable } from "../../app/sample/sampleData";
import { defaultSettings, reconcile } from "../../app/settings/settings";
import { tableOf } from "../support/fake-workbook";

describe("data problems", () => {
  it("names non-numeric cells by address, counts blanks and lists accounts under 50% coverage", () => {
    const table = {
      ...tableOf([
        ["Account", "Revenue", "Margin", "Loyalty"],
        ["A", 100, "12", 3],
        ["B", null, 5, 4],
        ["C", "n/a", null, null],
        ["D", 50, 7, 2],
      ]),
      address: "Data!B3:E7",
    };
    const problems = findProblems(table, reconcile(defaultSettings(), table));
    expect(problems).toEqual([
      { kind: "nonNumeric", column: "Revenue", count: 1, cells: ["C6"] },
      { kind: "blank", column: "Revenue", count: 1 },
      { kind: "nonNumeric", column: "Margin", count: 1, cells: ["D4"] },
      { kind: "blank", column: "Margin", count: 1 },
      { kind: "blank", column: "Loyalty", count: 1 },
      { kind: "lowCoverage", count: 1, accounts: [{ name: "C", coverage: 0 }] },
    ]);
  });

  it("finds the sample's stray text and its newcomer", () => {
    const table = tableOf(sampleTable(), "Sample accounts");
    const problems = findProblems(table, reconcile(defaultSettings(), table));
    expect(problems).toContainEqual({ kind: "nonNumeric", column: "Strategic importance (1-5)", count: 1, cells: ["E33"] });
    expect(problems).toContainEqual({ kind: "lowCoverage", count: 1, accounts: [{ name: "Neukunde Start-up GmbH", coverage: 0.2 }] });
  });
});
