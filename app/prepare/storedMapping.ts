/** Column mappings as the settings store them (by header, so a reordered export still maps) and the pane's defaults on KAM Accounts. */
import { columnLabels } from "../settings/mapping";
import type { StoredMapping, StoredPart } from "../settings/prepare";
import { blankHeaderLabel } from "../workbook/naming";
import { PrepareError } from "../errors";
import { DEFAULT_WEIGHT, Settings } from "../settings/settings";
import type { AccountsSheet } from "./accountsSheet";
import type { ColumnMapping } from "./columns";
import type { LineRole } from "../settings/prepare";

/** Column index per role from stored headers; roles whose header is gone are guessed again. */
export function resolveMapping<R extends LineRole>(
  headers: readonly string[],
  stored: StoredMapping<R>,
  guess: ColumnMapping<R>,
): ColumnMapping<R> {
  const labels = columnLabels(headers);
  const out: ColumnMapping<R> = {};
  const used = new Set<number>();
  for (const [role, header] of Object.entries(stored) as [R, string][]) {
    const j = labels.indexOf(header);
    if (j >= 0) {
      out[role] = j;
      used.add(j);
    }
  }
  for (const [role, j] of Object.entries(guess) as [R, number][]) if (out[role] === undefined && !used.has(j)) out[role] = j;
  return out;
}

/**
 * Refuses a stored mapping that names a column by its position (it had no header, "Column C")
 * when the header row is no longer the one it was stored with: a column added in front would
 * otherwise silently turn another column into, say, the account names.
 */
export function checkPositions<R extends LineRole>(headers: readonly string[], stored: StoredPart<R>, address: string): void {
  const labels = columnLabels(headers);
  const before = stored.headers;
  for (const label of Object.values(stored.mapping) as string[]) {
    const at = before ? before.indexOf(label) : -1;
    const positional = before ? at >= 0 && label === blankHeaderLabel(at) : /^Column [A-Z]+$/.test(label);
    if (positional && (!before || before.length !== labels.length || before.some((h, j) => h !== labels[j])))
      throw new PrepareError("columnMoved", [label, address]);
  }
}

export function storeMapping<R extends LineRole>(headers: readonly string[], mapping: ColumnMapping<R>): StoredMapping<R> {
  const labels = columnLabels(headers);
  const out: StoredMapping<R> = {};
  for (const [role, j] of Object.entries(mapping) as [R, number][]) out[role] = labels[j];
  return out;
}

export function remap<R extends LineRole>(mapping: ColumnMapping<R>, role: R, column: number | undefined): ColumnMapping<R> {
  const out: ColumnMapping<R> = {};
  // A column serves one role: taking it away from another role leaves that one unmapped.
  for (const [r, j] of Object.entries(mapping) as [R, number][]) if (r !== role && j !== column) out[r] = j;
  if (column !== undefined) out[role] = column;
  return out;
}

/** The mapping the pane opens with on KAM Accounts: DEFAULT_CRITERIA, the account names as names. */
export function withDefaults(settings: Settings, sheet: AccountsSheet): Settings {
  const byHeader = new Map(sheet.criteria.map((c) => [c.header, c]));
  return {
    ...settings,
    nameColumn: sheet.header[0],
    criteria: sheet.header.slice(1).map((column) => {
      const d = byHeader.get(column);
      return { column, axis: d ? d.axis : ("ignore" as const), weight: DEFAULT_WEIGHT, lowerIsBetter: d?.lowerIsBetter ?? false };
    }),
  };
}
