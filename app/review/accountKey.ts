import { accountKey as coreAccountKey } from "../../core";
import type { CellValue } from "../workbook/contract";

/**
 * The stored key of an account in a review: the account key of SPEC 9 as the core defines it for
 * KAM.ACCOUNTS (core/keys.ts, the one rule), with "" for a cell that has no key (blank, a
 * boolean, an error). Reviews and the history use this; they never key a cell another way.
 */
export const reviewKey = (cell: CellValue | undefined): string => coreAccountKey(cell) ?? "";

interface Identified {
  id: string | null;
  name: string;
}

/**
 * How two reviews' accounts are matched: by Account ID when every account of both has one (a
 * renamed account is then still the same account), otherwise by the name key, so that a review
 * saved before an ID column was mapped still matches.
 */
export function joinBy(a: readonly Identified[], b: readonly Identified[]): "id" | "name" {
  const ids = (xs: readonly Identified[]) => xs.length > 0 && xs.every((x) => x.id !== null);
  return ids(a) && ids(b) ? "id" : "name";
}

export const keyOf = (by: "id" | "name", account: Identified): string => reviewKey(by === "id" ? account.id : account.name);
