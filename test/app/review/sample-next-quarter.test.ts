/** The second sample quarter: deterministic, same accounts, one gone, two new, and some of them moved. */
import { defaultSettings, reconcile } from "../../../app/settings/settings";
import { SAMPLE_HEADERS, sampleTable } from "../../../app/sample/sampleData";
import { GONE_ACCOUNT, NEW_ACCOUNTS, sampleNextQuarterTable } from "../../../app/sample/sampleNextQuarter";
import { compareReviews, reviewFromTable } from "../../../app/review";
import type { SourceTable } from "../../../app/workbook/workbook";

const source = (values: any[][], sheetName: string): SourceTable => ({
  sheetName,
  address: `'${sheetName}'!A1:I${values.length}`,
  headers: values[0] as string[],
  rows: values.slice(1),
});

describe("sample data, second quarter", () => {
  const q1 = sampleTable();
  const q2 = sampleNextQuarterTable();

  it("is the same every time and has the same columns", () => {
    expect(sampleNextQuarterTable()).toEqual(q2);
    expect(q2[0]).toEqual([...SAMPLE_HEADERS]);
  });

  it("keeps the accounts but one, and adds two new ones", () => {
    const names1 = q1.slice(1).map((r) => r[0]);
    const names2 = q2.slice(1).map((r) => r[0]);
    expect(names1).toContain(GONE_ACCOUNT);
    expect(names2).not.toContain(GONE_ACCOUNT);
    expect(names2.filter((n) => !names1.includes(n))).toEqual([...NEW_ACCOUNTS]);
    expect(names1.filter((n) => !names2.includes(n))).toEqual([GONE_ACCOUNT]);
  });

  it("with the default settings, some accounts change quadrant, the new ones enter and the gone one is dropped", () => {
    const settings = reconcile(defaultSettings("en"), source(q1, "Sample accounts"));
    const then = reviewFromTable(source(q1, "Sample accounts"), settings, { date: "2026-09-30", label: "Q3 2026" });
    const now = reviewFromTable(source(q2, "Sample accounts Q2"), settings, { date: "2026-12-31", label: "Q4 2026" });
    const c = compareReviews(then, now, "en");
    expect(c.movers.length).toBeGreaterThanOrEqual(4);
    // The start-up was not scored in Q3 (too little data) and is now: it enters the matrix.
    expect(c.newAccounts).toEqual(expect.arrayContaining([...NEW_ACCOUNTS, "Neukunde Start-up GmbH"]));
    expect(c.droppedAccounts).toEqual([GONE_ACCOUNT]);
    expect(c.settingsNote).toBeNull();
    // The story of the quarter: Nordwind's contacts dried up (engagement now low, driven by an
    // engagement criterion); Acme lost a large contract (value now low, driven by a value criterion).
    const nordwind = c.movers.find((m) => m.name === "Nordwind Logistik AG")!;
    expect([2, 4]).toContain(nordwind.quadrantNow);
    expect(nordwind.engagementChange).toBeLessThan(0);
    expect(nordwind.driver?.axis).toBe("engagement");
    const acme = c.movers.find((m) => m.name === "Acme Industrial Ltd")!;
    expect([3, 4]).toContain(acme.quadrantNow);
    expect(acme.driver?.axis).toBe("value");
    expect(c.trails.length).toBeGreaterThanOrEqual(c.movers.length);
    expect(c.trails.length).toBeLessThanOrEqual(25);
  });
});
