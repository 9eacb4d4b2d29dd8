/**
 * Addresses of raw exports that are not native tables: the pane stores where it read one
 * ("'Order lines'!A1:F5001") and reads the block around its top-left cell again on Refresh, so
 * a longer export pasted in the same place is read whole.
 */
export interface SheetCell {
  sheet: string;
  /** Top-left cell, e.g. "A1". */
  topLeft: string;
}

/** "'Order lines'!A1:F5001" -> { sheet: "Order lines", topLeft: "A1" }; null without a sheet. */
export function splitAddress(address: string): SheetCell | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/.exec(address.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], topLeft: `${m[3].toUpperCase()}${m[4]}` };
}
