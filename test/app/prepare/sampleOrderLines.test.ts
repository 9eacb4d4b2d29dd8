/** The sample raw exports: realistic, the same every time, and good for the whole route to the sheet. */
import { edate } from "../../../core";
import { parseCsv } from "../../../hosts/playground/csv";
import { mapActivityColumns, mapOrderColumns } from "../../../app/prepare/columns";
import { prepareAccounts } from "../../../app/prepare/accountsSheet";
import { qualityReport } from "../../../app/prepare/quality";
import { sampleActivityCsv, sampleActivityTable, sampleOrderCsv, sampleOrderTable } from "../../../app/sample/orderLines";
import { sampleRows } from "../../../app/sample/sampleData";

const [orderHeaders, ...orderRows] = sampleOrderTable();
const [activityHeaders, ...activityRows] = sampleActivityTable();
const orders = {
  table: { headers: orderHeaders, rows: orderRows, topLeft: "'Sample order lines'!A1" },
  mapping: mapOrderColumns(orderHeaders),
};
const activity = {
  table: { headers: activityHeaders, rows: activityRows, topLeft: "'Sample activities'!A1" },
  mapping: mapActivityColumns(activityHeaders),
};

test("about 5,000 lines over three years, deterministic", () => {
  expect(orderRows.length).toBeGreaterThan(4500);
  expect(orderRows.length).toBeLessThan(6000);
  expect(sampleOrderTable()).toEqual(sampleOrderTable());
  const days = orderRows.map((r) => r[1]).filter((d): d is number => typeof d === "number");
  expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(3 * 365 - 30);
});

test("the quality report finds the planted problems: one impossible date, one number as text, one blank customer, returns, variants", () => {
  const q = qualityReport(orders, activity);
  expect(q.orders.notDates.map((i) => i.value)).toEqual(["31.02.2025"]);
  expect(q.orders.textNumbers.map((i) => i.number)).toEqual([1234.56]);
  expect(q.orders.blanks.map((i) => i.cell)).toHaveLength(1);
  expect(q.orders.invalid).toHaveLength(3);
  expect(q.orders.returns.count).toBeGreaterThan(50);
  expect(q.variants.length).toBe(2);
  expect(q.activityOnly).toEqual(["Horizon Prospects GmbH"]);
});

test("prepared with the invalid lines excluded: the 40 sample accounts, 3 lines listed", () => {
  const r = prepareAccounts({ orders, activity, excludeInvalid: true, language: "en" });
  if (!r.ok) throw new Error("expected a sheet");
  expect(r.sheet.rows.map((row) => row[0]).sort()).toEqual(
    sampleRows()
      .map((row) => String(row[0]))
      .sort(),
  );
  expect(r.sheet.excluded).toHaveLength(3);
  expect(r.sheet.header).toHaveLength(10);
  // Every account with orders in the window has a revenue; the newcomer orders only in the last quarter.
  expect(r.sheet.rows.every((row) => typeof row[1] === "number")).toBe(true);
});

test("the German CSV variant parses to the same lines, with D.M.YYYY dates as text", () => {
  const csv = parseCsv(sampleOrderCsv());
  if (!csv.ok) throw new Error(csv.error);
  expect(csv.delimiter).toBe(";");
  expect(csv.values[0]).toEqual(orderHeaders);
  expect(csv.values).toHaveLength(orderRows.length + 1);
  expect(csv.values[1][1]).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  const act = parseCsv(sampleActivityCsv());
  if (!act.ok) throw new Error(act.error);
  const fromCsv = prepareAccounts({
    orders: { table: { headers: csv.values[0], rows: csv.values.slice(1), topLeft: "A1" }, mapping: mapOrderColumns(csv.values[0]) },
    activity: { table: { headers: act.values[0], rows: act.values.slice(1), topLeft: "A1" }, mapping: mapActivityColumns(act.values[0]) },
    excludeInvalid: true,
    language: "de",
  });
  const fromSheet = prepareAccounts({ orders, activity, excludeInvalid: true, language: "de" });
  if (!fromCsv.ok || !fromSheet.ok) throw new Error("expected sheets");
  // In the CSV the decimal comma makes "1.234,56" a number: one invalid line fewer, one more amount.
  expect(fromCsv.sheet.excluded).toHaveLength(2);
  expect(fromCsv.sheet.asOf).toBe(fromSheet.sheet.asOf);
  expect(fromCsv.sheet.rows.map((r) => r[0])).toEqual(fromSheet.sheet.rows.map((r) => r[0]));
  const revenue = (rows: unknown[][]) => rows.reduce((s, r) => s + (r[1] as number), 0);
  const textLine = orderRows.find((r) => r[4] === "1.234,56")!;
  const inWindow = (textLine[1] as number) > edate(fromSheet.sheet.asOf!, -12);
  expect(revenue(fromCsv.sheet.rows) - revenue(fromSheet.sheet.rows)).toBeCloseTo(inWindow ? 1234.56 : 0, 6);
});
