import type { Anchor } from "./types";

/**
 * Where each part of the sheet goes. The results table grows downwards with the number of
 * accounts in columns A..J; everything else sits in a fixed block to its right (from column K),
 * so nothing can overlap whatever the number of accounts.
 */
/** Nine result columns (the last: Allocation) and the Stability column (written once it is computed). */
export const RESULTS_COLUMNS = 10;
export const SIDE_COL = RESULTS_COLUMNS + 1;
/** Excel's default row height in points. */
export const ROW_HEIGHT_PT = 15;
export const CHART_SIZE = { width: 520, height: 390 };

const CHART_ROWS = Math.ceil(CHART_SIZE.height / ROW_HEIGHT_PT);

export const RESULTS_ANCHOR: Anchor = { row: 0, col: 0 };
export const CHART_ANCHOR: Anchor = { row: 0, col: SIDE_COL };
export const SUMMARY_ANCHOR: Anchor = { row: CHART_ROWS + 2, col: SIDE_COL };

/** The playbook goes below the summary: its title, header, rows and one empty row between. */
export const playbookAnchor = (summaryRows: number): Anchor => ({ row: SUMMARY_ANCHOR.row + 2 + summaryRows + 1, col: SIDE_COL });
