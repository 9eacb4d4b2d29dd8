/** The German catalogue of the order-line messages has the same keys and arities as the English one. */
import { Messages } from "../../src";
import { linesDe } from "../../taskpane/i18n/messages-de/lines";

test("one German text per new message key, with the same parameters", () => {
  const keys = Object.keys(linesDe);
  const src = Object.keys(Messages);
  const block = src.slice(src.indexOf("noValidScores") + 1, src.indexOf("noPositiveOrder") + 1);
  expect(keys).toEqual(block);
  for (const k of keys) expect((linesDe as Record<string, (...a: never[]) => string>)[k].length).toBe((Messages as unknown as Record<string, (...a: never[]) => string>)[k].length);
  expect(linesDe.linesInvalid(3, 17, linesDe.lineNotDate("date", "31.02.2021"))).toBe('3 Zeilen sind ungültig; Zeile 17: Datum "31.02.2021" ist kein Datum');
  expect(linesDe.lineNumberAsText("amount", "1.234,56", 1234.56)).toBe('Betrag "1.234,56" ist Text; als Zahl 1234,56 eingeben');
});
