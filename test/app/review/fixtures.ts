/** A hand-made two-review portfolio (method "none": a criterion score is the raw number). */
import { defaultSettings, Settings } from "../../../app/settings/settings";
import type { SourceTable } from "../../../app/workbook/workbook";
import { reviewFromTable, TableOptions } from "../../../app/review";

export const HEADERS = ["Account", "Account ID", "Orders", "Margin", "Contacts", "Loyalty", "Revenue (EUR)"];

/**
 * value = (Orders + Margin) / 2; engagement = (2 Contacts + Loyalty) / 3; thresholds 50.
 * Q3: A 70/60 Q1, B 55/30 Q2, C 25/83.33 Q3, D 25/16.67 Q4, E 70/60 Q1.
 */
export const Q3_ROWS = [
  ["Alpha AG", "C-1", 80, 60, 70, 40, 1000],
  ["Beta GmbH", "C-2", 60, 50, 30, 30, 500],
  ["Gamma SE", "C-3", 20, 30, 80, 90, 200],
  ["Delta KG", "C-4", 30, 20, 20, 10, 100],
  ["Epsilon Ltd", "C-5", 70, 70, 60, 60, 800],
];

/**
 * Q4: A's orders fall 80 -> 14 (v 37, Q3); B's contacts rise 30 -> 75 (e 60, Q1); C's loyalty
 * 90 -> 84 (e 81.33, stays Q3); D orders 30 -> 40, loyalty 10 -> 16 (30/18.67, stays Q4);
 * E is gone; F is new (85/50, Q1). B is renamed but keeps its ID.
 */
export const Q4_ROWS = [
  ["  alpha   AG ", "C-1", 14, 60, 70, 40, 300],
  ["Beta Holding GmbH", "C-2", 60, 50, 75, 30, 600],
  ["Gamma SE", "C-3", 20, 30, 80, 84, 200],
  ["Delta KG", "C-4", 40, 20, 20, 16, 150],
  ["Phi AG", "C-6", 90, 80, 50, 50, 400],
];

export const table = (rows: unknown[][], sheetName = "Accounts"): SourceTable => ({
  sheetName,
  address: `${sheetName}!A1:G${rows.length + 1}`,
  headers: HEADERS,
  rows: rows as any,
});

export function settings(patch: Partial<Record<"Orders" | "Margin" | "Contacts" | "Loyalty", number>> = {}): Settings {
  const w = { Orders: 1, Margin: 1, Contacts: 2, Loyalty: 1, ...patch };
  return {
    ...defaultSettings("en"),
    nameColumn: "Account",
    method: "none",
    criteria: [
      { column: "Account ID", axis: "ignore", weight: 5, lowerIsBetter: false },
      { column: "Orders", axis: "value", weight: w.Orders, lowerIsBetter: false },
      { column: "Margin", axis: "value", weight: w.Margin, lowerIsBetter: false },
      { column: "Contacts", axis: "engagement", weight: w.Contacts, lowerIsBetter: false },
      { column: "Loyalty", axis: "engagement", weight: w.Loyalty, lowerIsBetter: false },
      { column: "Revenue (EUR)", axis: "ignore", weight: 5, lowerIsBetter: false },
    ],
  };
}

export const OPTIONS: TableOptions = { idColumn: "Account ID", revenueColumn: "Revenue (EUR)" };

export const q3 = (s = settings(), options = OPTIONS) =>
  reviewFromTable(table(Q3_ROWS), s, { date: "2026-09-30", label: "Q3 2026" }, options);
export const q4 = (s = settings(), options = OPTIONS) =>
  reviewFromTable(table(Q4_ROWS), s, { date: "2026-12-31", label: "Q4 2026" }, options);
