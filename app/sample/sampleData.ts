import { mulberry32 } from "../../core";
import type { CellValue } from "../report/types";

/**
 * A realistic sample portfolio of 40 accounts, the same every time (seeded, no Math.random), so
 * the playground, e2e tests and screenshots all show the same matrix. A few cells are blank, one
 * holds text, and one new account has too little data to be scored, so the coverage handling shows.
 */
export const SAMPLE_HEADERS = [
  "Account",
  "Revenue (EUR)",
  "Profit margin (%)",
  "Growth potential (1-10)",
  "Strategic importance (1-5)",
  "Interactions per year",
  "Loyalty (years)",
  "Collaboration (1-5)",
  "Cost to serve (EUR)",
] as const;

export const SAMPLE_SHEET_NAME = "Sample accounts";

// Awkward on purpose: umlauts and "&", quotes, and names that look like formulas (= + - @).
const ACCOUNTS = [
  "Müller & Söhne GmbH",
  "Nordwind Logistik AG",
  "Acme Industrial Ltd",
  "Bäckerei Schäfer KG",
  "Helios Energy plc",
  "Krüger Maschinenbau GmbH",
  "BlueRiver Foods Inc",
  "Stadtwerke Lindau",
  "O'Neill Engineering",
  "Fischer Medizintechnik",
  "Quantum Retail Group",
  "Alpenblick Hotels GmbH",
  "@Home Furnishing Ltd",
  "Weber Pharma AG",
  "Northstar Telecom",
  "Schneider Bau GmbH & Co. KG",
  "Lumen Software GmbH",
  "Hansa Reederei",
  "Greenfield Agrar eG",
  "Polaris Aerospace",
  "Vogel Druck & Medien",
  "Zeta Chemicals SE",
  "Rhein-Main Kliniken",
  "-Minus Zero Packaging",
  "Brauerei Hofmann",
  "Orbit Cloud Services",
  "Kessler Textil GmbH",
  "Atlas Freight BV",
  "Sonnenhof Bio-Markt",
  "Meridian Bank AG",
  "Fuchs Automotive",
  "Crystal Clear Water Ltd",
  "Lange Elektro GmbH",
  "Pioneer Robotics",
  "Wagner Möbelhaus",
  "Sigma Consulting Partners",
  "Ostsee Fischerei GmbH",
  "Vertex Labs",
  "Zimmermann Holz AG",
  "Neukunde Start-up GmbH",
];

export const round = (x: number, step: number) => Math.round(x / step) * step;
export const roundTo = (x: number, digits: number) => Number(x.toFixed(digits));

/** The 40 data rows (no header), in SAMPLE_HEADERS order. */
export function sampleRows(): CellValue[][] {
  const rand = mulberry32(20240611);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const rows: CellValue[][] = ACCOUNTS.map((name) => {
    const size = rand(); // bigger accounts buy more, cost more to serve and talk to us more often
    const revenue = round(40_000 * Math.exp(size * 4.6), 1000); // about 40 k to 4 M EUR
    const interactions = Math.max(2, Math.round(6 + size * 30 + between(-8, 12)));
    return [
      name,
      revenue,
      roundTo(between(3, 32), 1),
      int(1, 10),
      Math.min(5, Math.max(1, Math.round(1 + size * 3 + between(-1, 1.5)))),
      interactions,
      roundTo(between(0, 22), 1),
      int(1, 5),
      round(1500 + interactions * between(600, 1600), 100),
    ];
  });
  // Gaps as real spreadsheets have them: a few blanks, one stray text, one brand-new account.
  rows[3][3] = null;
  rows[9][6] = null;
  rows[17][2] = null;
  rows[26][7] = null;
  rows[31][4] = "n/a";
  const newcomer = rows[39];
  for (let j = 2; j < newcomer.length; j++) newcomer[j] = j === 5 ? 3 : null;
  return rows;
}

/** Header row plus the 40 accounts, ready for Workbook.addDataSheet. */
export function sampleTable(): CellValue[][] {
  return [[...SAMPLE_HEADERS], ...sampleRows()];
}

/** Whether `table` is the sample as inserted: its sheet and its column names (the page opens with it, or Insert sample data). */
export function isSampleTable(table: { sheetName: string; headers: readonly unknown[] } | null): boolean {
  return (
    !!table &&
    table.sheetName === SAMPLE_SHEET_NAME &&
    table.headers.length === SAMPLE_HEADERS.length &&
    SAMPLE_HEADERS.every((h, i) => table.headers[i] === h)
  );
}
