import { parseSettings, serializeSettings } from "../../../app/settings/storage";
import { defaultSettings } from "../../../app/settings/settings";

describe("stored preparation settings", () => {
  test("settings stored before issue 9 load as they were, without a preparation", () => {
    const old = {
      version: 1,
      source: { tableName: "Accounts" },
      nameColumn: "Account",
      criteria: [],
      method: "minmax",
      missing: "drop",
      valueThreshold: 60,
      engagementThreshold: "median",
      language: "de",
    };
    const s = parseSettings(old)!;
    expect(s).toEqual({
      ...defaultSettings("de"),
      source: { tableName: "Accounts" },
      nameColumn: "Account",
      method: "minmax",
      missing: "drop",
      valueThreshold: 60,
      engagementThreshold: "median",
    });
    expect("prepare" in s).toBe(false);
  });

  test("a preparation round-trips; bad fields fall back to their defaults", () => {
    const prepare = {
      orders: { source: { address: "'Order lines'!A1:F99" }, mapping: { account: "Kunde", date: "Belegdatum", amount: "Umsatz" } },
      activity: { source: { tableName: "Log" }, mapping: { account: "Kunde", date: "Datum" } },
      reviewDate: "2026-03-31",
      months: 6,
      excludeInvalid: true,
    };
    expect(parseSettings(JSON.parse(JSON.stringify(serializeSettings({ ...defaultSettings("en"), prepare }))))?.prepare).toEqual(prepare);
    const bad = parseSettings({
      prepare: {
        orders: { source: { address: "A1" }, mapping: { account: 3, date: "Datum" } },
        reviewDate: "31.3.2026",
        months: 500,
        excludeInvalid: "yes",
      },
    })?.prepare;
    expect(bad).toEqual({
      orders: { source: { address: "A1" }, mapping: { date: "Datum" } },
      reviewDate: null,
      months: 12,
      excludeInvalid: false,
    });
    expect(parseSettings({ prepare: { orders: { mapping: {} } } })?.prepare).toBeUndefined();
  });
});
