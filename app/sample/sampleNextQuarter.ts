import { mulberry32 } from "../../core";
import type { CellValue } from "../report/types";
import { round, roundTo, SAMPLE_HEADERS, sampleRows } from "./sampleData";

/**
 * The sample portfolio one quarter later, the same every time: the same accounts with the
 * numbers drifting a little, a few that clearly moved (lost revenue, gained or lost contact), the
 * start-up that now has data, one account gone ("Bäckerei Schäfer KG") and two new ones. Saving
 * the first quarter, loading this one and comparing shows trails, movers and KPIs at once.
 */
export const NEXT_QUARTER_SHEET_NAME = "Sample accounts Q2";

export const GONE_ACCOUNT = "Bäckerei Schäfer KG";
export const NEW_ACCOUNTS = ["Nova Solar GmbH", "Kappa Logistik AG"] as const;

const clampInt = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

// Column indices in SAMPLE_HEADERS.
const REVENUE = 1,
  MARGIN = 2,
  GROWTH = 3,
  STRATEGIC = 4,
  INTERACTIONS = 5,
  LOYALTY = 6,
  COLLABORATION = 7,
  COST = 8;

/** Changes that make an account move, by name: what a manager would hear about in the review. */
const EVENTS: Record<string, (row: CellValue[]) => void> = {
  // Lost a large contract: revenue and margin down.
  "Acme Industrial Ltd": (r) => {
    r[REVENUE] = round((r[REVENUE] as number) * 0.35, 1000);
    r[MARGIN] = 6.5;
  },
  // New contact person, far fewer meetings.
  "Nordwind Logistik AG": (r) => {
    r[INTERACTIONS] = 3;
    r[COLLABORATION] = 1;
  },
  // Expansion: bigger orders, more growth.
  "BlueRiver Foods Inc": (r) => {
    r[REVENUE] = round((r[REVENUE] as number) * 2.6, 1000);
    r[GROWTH] = 9;
    r[STRATEGIC] = 5;
  },
  // A joint project: many more contacts and close collaboration.
  "Vogel Druck & Medien": (r) => {
    r[INTERACTIONS] = (r[INTERACTIONS] as number) + 22;
    r[COLLABORATION] = 5;
  },
  // Price war: margin gone.
  "Quantum Retail Group": (r) => {
    r[MARGIN] = 2.5;
    r[GROWTH] = 2;
  },
  // Key-account programme started.
  "Kessler Textil GmbH": (r) => {
    r[INTERACTIONS] = (r[INTERACTIONS] as number) + 18;
    r[LOYALTY] = (r[LOYALTY] as number) + 1;
    r[COLLABORATION] = 5;
  },
  // The start-up of the first quarter now has a full set of numbers.
  "Neukunde Start-up GmbH": (r) => {
    r[REVENUE] = 180_000;
    r[MARGIN] = 21.5;
    r[GROWTH] = 9;
    r[STRATEGIC] = 3;
    r[INTERACTIONS] = 14;
    r[LOYALTY] = 0.5;
    r[COLLABORATION] = 4;
    r[COST] = 16_000;
  },
};

/** The data rows of the second quarter (no header), in SAMPLE_HEADERS order. */
export function sampleNextQuarterRows(): CellValue[][] {
  const rand = mulberry32(20240912);
  const drift = (x: number, spread: number) => x * (1 + spread * (2 * rand() - 1));
  const rows = sampleRows()
    .filter((r) => r[0] !== GONE_ACCOUNT)
    .map((prev) => {
      const r = [...prev];
      // Drift every number a little; a blank or text cell stays as it was (the gaps persist).
      if (typeof r[REVENUE] === "number") r[REVENUE] = round(drift(r[REVENUE], 0.08), 1000);
      if (typeof r[MARGIN] === "number") r[MARGIN] = roundTo(Math.max(0, (r[MARGIN] as number) + 2 * (2 * rand() - 1)), 1);
      if (typeof r[GROWTH] === "number") r[GROWTH] = clampInt((r[GROWTH] as number) + (rand() < 0.2 ? (rand() < 0.5 ? -1 : 1) : 0), 1, 10);
      if (typeof r[INTERACTIONS] === "number") r[INTERACTIONS] = Math.max(1, Math.round(drift(r[INTERACTIONS], 0.15)));
      if (typeof r[LOYALTY] === "number") r[LOYALTY] = roundTo((r[LOYALTY] as number) + 0.25, 2);
      if (typeof r[COST] === "number") r[COST] = round(drift(r[COST], 0.06), 100);
      EVENTS[r[0] as string]?.(r);
      return r;
    });
  rows.push(["Nova Solar GmbH", 2_150_000, 17.5, 8, 4, 20, 0.25, 4, 31_000]);
  rows.push(["Kappa Logistik AG", 95_000, 8.0, 3, 1, 2, 0.25, 2, 4_500]);
  return rows;
}

/** Header row plus the accounts of the second quarter, ready for Workbook.addDataSheet. */
export function sampleNextQuarterTable(): CellValue[][] {
  return [[...SAMPLE_HEADERS], ...sampleNextQuarterRows()];
}
