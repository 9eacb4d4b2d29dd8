/** Keys of accounts: how many different cells were met for each key. */
import { Keyer } from "../../core";

test("a Keyer counts the different cells met for each key, once each", () => {
  const k = new Keyer();
  const ids = ["Acme", "Acme", "ACME ", "Beta", 1001, "1001", "Acme", "", null].map((v) => k.id(v));
  expect(ids).toEqual([0, 0, 0, 1, 2, 2, 0, -1, -1]);
  expect([0, 1, 2].map((id) => k.spellings(id))).toEqual([2, 1, 2]);
  // Without the cache of cells it cannot tell.
  const plain = new Keyer(false);
  plain.id("x");
  expect(plain.spellings(0)).toBe(Infinity);
});
