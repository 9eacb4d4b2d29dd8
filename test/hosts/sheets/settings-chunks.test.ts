/** Sheets: settings over one property value (9 KB) are split over several document properties. */
import { friendlyError } from "../../../app/i18n/errors";
import { createServer, SETTINGS_CHUNK_PREFIX, SETTINGS_KEY } from "../../../hosts/sheets/server";
import { FakeSpreadsheet, PROPERTY_VALUE_LIMIT } from "../../support/apps-script-fake";

function setup() {
  const ss = new FakeSpreadsheet();
  const services = ss.services();
  return { ss, server: createServer(() => services) };
}

/** A mapping of n columns with names in several scripts, as a pane would store it. */
function bigSettings(n: number) {
  return {
    version: 1,
    method: "percentile",
    criteria: Array.from({ length: n }, (_, i) => ({
      column: `Umsatz ${i} € – 顧客 ${i}`,
      axis: i % 2 ? "value" : "engagement",
      weight: i % 11,
      lowerIsBetter: i % 5 === 0,
    })),
  };
}

const chunkKeys = (ss: FakeSpreadsheet) => [...ss.properties.keys()].filter((k) => k.startsWith(SETTINGS_CHUNK_PREFIX)).sort();

test("the fake refuses a property value over 9 KB, as Apps Script does", () => {
  const { ss } = setup();
  const props = ss.services().PropertiesService.getDocumentProperties();
  expect(() => props.setProperty("k", "x".repeat(PROPERTY_VALUE_LIMIT))).toThrow(/too large/);
});

test("settings of 50 KB are saved over several properties of at most 9 KB and read back unchanged", () => {
  const { ss, server } = setup();
  const settings = bigSettings(1000);
  expect(JSON.stringify(settings).length).toBeGreaterThan(50_000);
  server.saveSettings(settings);
  expect(server.loadSettings()).toEqual(settings);
  const keys = chunkKeys(ss);
  expect(keys.length).toBeGreaterThan(6);
  for (const [k, v] of ss.properties) expect(Buffer.byteLength(k) + Buffer.byteLength(v)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
});

test("when settings shrink, the chunks of the longer ones are removed; small settings are one plain JSON value", () => {
  const { ss, server } = setup();
  server.saveSettings(bigSettings(1000));
  const many = chunkKeys(ss).length;
  server.saveSettings(bigSettings(300));
  const fewer = chunkKeys(ss).length;
  expect(fewer).toBeGreaterThan(1);
  expect(fewer).toBeLessThan(many);
  expect(server.loadSettings()).toEqual(bigSettings(300));

  server.saveSettings({ method: "zscore", language: "de" });
  expect(chunkKeys(ss)).toEqual([]);
  expect([...ss.properties.keys()]).toEqual([SETTINGS_KEY]);
  expect(JSON.parse(ss.properties.get(SETTINGS_KEY)!)).toEqual({ method: "zscore", language: "de" });
  expect(server.loadSettings()).toEqual({ method: "zscore", language: "de" });
});

test("other document properties are left alone; a missing chunk gives the defaults, not half a mapping", () => {
  const { ss, server } = setup();
  ss.properties.set("kam-matrix-report-sheet", "12345");
  server.saveSettings(bigSettings(1000));
  server.saveSettings({ method: "minmax" });
  expect(ss.properties.get("kam-matrix-report-sheet")).toBe("12345");
  server.saveSettings(bigSettings(1000));
  ss.properties.delete(`${SETTINGS_CHUNK_PREFIX}3`);
  expect(server.loadSettings()).toBeNull();
});

test("settings too large for the spreadsheet are refused, and the pane shows the store's own sentence, not a generic one", () => {
  const { server } = setup();
  let message = "";
  try {
    server.saveSettings(bigSettings(10_000));
  } catch (e) {
    message = (e as Error).message; // all that crosses google.script.run
  }
  const size = Math.ceil(JSON.stringify(bigSettings(10_000)).replace(/[\u007f-\uffff]/g, "\\u0000").length / 1000);
  expect(friendlyError(new Error(message), "en")).toBe(
    `The settings are ${size} KB, more than the 400 KB a spreadsheet can keep for the add-on, so they were not saved (the matrix is built all the same). Set fewer columns to an axis, or use a table with fewer columns.`,
  );
  expect(friendlyError(new Error(message), "de")).toContain(`Die Einstellungen sind ${size} KB groß`);
});
