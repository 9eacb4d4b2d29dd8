/** The order-line messages reach the German pane in German, the nested reason of the first invalid line too. */
import { accountsTable, isKamError, KamError } from "../../core";
import { coreMessageText } from "../../app/i18n/core-messages";

function thrown(body: () => unknown): KamError {
  try {
    body();
  } catch (e) {
    if (isKamError(e)) return e;
  }
  throw new Error("expected a KamError");
}

test("KAM.ACCOUNTS' invalid-line error in English (the function) and German (the pane)", () => {
  const e = thrown(() =>
    accountsTable({ accounts: [["A"], ["B"], ["C"]], dates: [["2026-01-05"], ["31.02.2021"], ["x"]], amounts: [[10], [20], ["1.234,56"]] }),
  );
  expect(e.message).toBe('2 lines are not valid; line 2: date "31.02.2021" is not a date');
  expect(coreMessageText(e, "de")).toBe("2 Zeilen sind ungültig; Zeile 2: Datum „31.02.2021“ ist kein Datum");
});
