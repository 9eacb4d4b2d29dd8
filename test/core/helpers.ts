/** Small assertions shared by the core and function tests. */
import { KamError, ErrorKind } from "../../core";

/** Asserts x is a KamError of this kind whose message matches (names the problem). */
export function expectError(x: unknown, kind: ErrorKind, message: RegExp | string): void {
  expect(x).toBeInstanceOf(KamError);
  const e = x as KamError;
  expect(e.kind).toBe(kind);
  if (typeof message === "string") expect(e.message).toContain(message);
  else expect(e.message).toMatch(message);
}

/** Runs a core function that throws KamError for whole-argument problems; returns the error. */
export function thrown(body: () => unknown): KamError {
  try {
    body();
  } catch (e) {
    if (e instanceof KamError) return e;
    throw e;
  }
  throw new Error("expected a KamError to be thrown");
}

/** A column vector [[a],[b],...] as the custom functions take and return it. */
export const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

/** The first cell of each row of a function result. */
export const firstColumn = (m: unknown): unknown[] => (m as unknown[][]).map((row) => row[0]);

/** Expects a column of numbers close to the expected ones (1e-9 on the 0..100 scale, as SPEC 2). */
export function expectScores(actual: unknown, expected: number[], digits = 9): void {
  const got = firstColumn(actual);
  expect(got).toHaveLength(expected.length);
  got.forEach((g, i) => {
    expect(typeof g).toBe("number");
    expect(g as number).toBeCloseTo(expected[i], digits);
  });
}
