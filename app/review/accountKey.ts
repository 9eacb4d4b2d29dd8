import type { CellValue } from "../workbook/contract";

/**
 * The account key of SPEC 9: text trimmed, inner runs of white space made one space, compared
 * case-insensitively; a number keyed by its shortest decimal text (so 12 and "12" are one key).
 * A blank cell has no key ("").
 */
export function accountKey(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return cell.trim().replace(/\s+/g, " ").toLowerCase();
}

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

export const keyOf = (by: "id" | "name", account: Identified): string => accountKey(by === "id" ? account.id : account.name);
