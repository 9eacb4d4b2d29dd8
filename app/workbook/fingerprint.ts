/**
 * A short fingerprint of the values the add-in left on one of its own sheets, stored with the
 * proof of ownership: when the values read before the next rewrite differ, someone typed there
 * (also while the pane was closed, when no change event could be heard), and the sheet is kept
 * for them before it is rewritten. Blocks larger than FINGERPRINT_CELLS (about 2,900 accounts on
 * the matrix, whose block is 34 columns wide; 10,000 on KAM Accounts) are not fingerprinted:
 * reading them back costs a request of their own and, much larger, could pass Excel's 5 MB
 * response limit; there only edits heard while the pane is open count.
 */
export const FINGERPRINT_CELLS = 100_000;

/** FNV-1a (32 bit) over the JSON of the values, with the block's size. */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  const text = JSON.stringify(values);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${values.length}x${values[0]?.length ?? 0}:${hash.toString(16).padStart(8, "0")}`;
}

/** Whether a block of this size is fingerprinted. */
export const fingerprinted = (box: { rows: number; cols: number } | null): boolean => !!box && box.rows * box.cols <= FINGERPRINT_CELLS;
