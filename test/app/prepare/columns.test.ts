/** Raw-export columns mapped from English and German headers. */
import { mapActivityColumns, mapOrderColumns, missingRoles, REQUIRED_ORDER_ROLES } from "../../../app/prepare/columns";

describe("order-line columns", () => {
  test("an English ERP export", () => {
    expect(mapOrderColumns(["Order ID", "Order Date", "Customer", "Category", "Sales", "Profit", "Region"])).toEqual({
      order: 0,
      date: 1,
      account: 2,
      category: 3,
      amount: 4,
      profit: 5,
    });
  });
  test("a German export with umlauts and odd case", () => {
    expect(mapOrderColumns(["Belegnummer", "BELEGDATUM", "Kundennummer", "Warengruppe", "Nettobetrag", "Deckungsbeitrag"])).toEqual({
      order: 0,
      date: 1,
      account: 2,
      category: 3,
      amount: 4,
      profit: 5,
    });
    expect(mapOrderColumns(["Kunde", "Datum", "Umsatz", "Gewinn", "Produktgruppe", "Auftragsnummer"])).toEqual({
      account: 0,
      date: 1,
      amount: 2,
      profit: 3,
      category: 4,
      order: 5,
    });
  });
  test("Customer before Customer ID; each column serves one role", () => {
    const m = mapOrderColumns(["Customer ID", "Customer", "Date", "Amount", "Revenue"]);
    expect(m).toMatchObject({ account: 1, date: 2, amount: 3 });
    expect(Object.values(m)).toHaveLength(new Set(Object.values(m)).size);
  });
  test("headers with units or extra words match as whole words", () => {
    expect(mapOrderColumns(["Account", "Order Date (UTC)", "Umsatz EUR", "Margin"])).toEqual({ account: 0, date: 1, amount: 2, profit: 3 });
  });
  test("a table without an amount column says what is missing", () => {
    const m = mapOrderColumns(["Customer", "Date", "Region"]);
    expect(missingRoles(m, REQUIRED_ORDER_ROLES)).toEqual(["amount"]);
  });
});

describe("activity columns", () => {
  test.each([
    [["Customer", "Date", "Type"], { account: 0, date: 1, type: 2 }],
    [["Kunde", "Datum", "Aktivität"], { account: 0, date: 1, type: 2 }],
    [["Typ", "Kundennummer", "Datum", "Notiz"], { type: 0, account: 1, date: 2 }],
  ])("%j", (headers, expected) => expect(mapActivityColumns(headers)).toEqual(expected));
});
