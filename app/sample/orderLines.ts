import { mulberry32 } from "../../core";
import type { CellValue } from "../report/types";
import { sampleRows } from "./sampleData";

/**
 * Sample raw exports for the playground's "from raw export to matrix" route: about 5,000 order
 * lines over three years for the 40 sample accounts (several lines per order, returns, a few
 * invalid lines, spelling variants of a customer) and an activity log. The same every time
 * (seeded). A CSV variant writes German dates (D.M.YYYY), ";" and decimal commas, as German
 * Excel saves it.
 */
export const ORDER_HEADERS = ["Customer", "Order Date", "Order ID", "Category", "Sales", "Profit"] as const;
export const ACTIVITY_HEADERS = ["Customer", "Date", "Type"] as const;
export const ORDER_SHEET_NAME = "Sample order lines";
export const ACTIVITY_SHEET_NAME = "Sample activities";
/** The native tables over the inserted samples, as an export pasted into Excel and formatted as a table. */
export const ORDER_TABLE_NAME = "SampleOrderLines";
export const ACTIVITY_TABLE_NAME = "SampleActivities";
/** How the sample's columns show, as an export opened in Excel shows them: dates as dates, money with cents. */
export const ORDER_NUMBER_FORMATS = [null, "yyyy-mm-dd", null, null, "#,##0.00", "#,##0.00"] as const;
export const ACTIVITY_NUMBER_FORMATS = [null, "yyyy-mm-dd", null] as const;

/** 2024-01-01 to 2026-12-31 as date serials. */
const FIRST_DAY = 45292;
const DAYS = 1096;
const CATEGORIES = ["Machines", "Spare parts", "Service", "Consumables", "Software", "Training"];
const TYPES = ["Visit", "Call", "E-mail", "Meeting", "Webinar"];

const accountNames = () => sampleRows().map((r) => String(r[0]));

/** Order lines (no header), sorted by date; Order Date holds date serials. */
export function sampleOrderLines(): CellValue[][] {
  const rand = mulberry32(20261001);
  const names = accountNames();
  const lines: CellValue[][] = [];
  let orderNo = 24_000;
  names.forEach((name, k) => {
    // Bigger accounts order more often; the newcomer (last) starts in the final quarter.
    const size = rand();
    const orders = k === names.length - 1 ? 4 : Math.round(20 + size * 85);
    const start = k === names.length - 1 ? FIRST_DAY + DAYS - 90 : FIRST_DAY + (rand() < 0.15 ? Math.floor(rand() * 500) : 0);
    const trend = 0.6 + rand() * 0.9; // shrinking or growing accounts
    for (let o = 0; o < orders; o++) {
      const day = start + Math.floor(rand() * (FIRST_DAY + DAYS - start));
      const t = (day - FIRST_DAY) / DAYS;
      const id = `SO-${orderNo++}`;
      const lineCount = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < lineCount; j++) {
        const sales = Math.round((200 + rand() * 9000 * (0.3 + size)) * (1 + (trend - 1) * t) * 100) / 100;
        const margin = 0.08 + rand() * 0.3;
        lines.push([name, day, id, CATEGORIES[Math.floor(rand() * CATEGORIES.length)], sales, Math.round(sales * margin * 100) / 100]);
      }
      // Returns and credit notes, dated a few weeks after the order.
      if (rand() < 0.04) {
        const back = -Math.round(rand() * 1500 * 100) / 100;
        lines.push([
          name,
          Math.min(FIRST_DAY + DAYS - 1, day + 7 + Math.floor(rand() * 30)),
          `CN-${orderNo}`,
          CATEGORIES[0],
          back,
          Math.round(back * 0.2 * 100) / 100,
        ]);
      }
    }
  });
  lines.sort((a, b) => (a[1] as number) - (b[1] as number));
  // Spelling variants that the preparation merges: one customer in capitals, one with extra spaces.
  for (let i = 0; i < lines.length; i += 97) if (lines[i][0] === names[1]) lines[i][0] = String(names[1]).toUpperCase();
  for (let i = 0; i < lines.length; i += 89) if (lines[i][0] === names[0]) lines[i][0] = ` ${names[0]}  `;
  // A few invalid lines, as exports have them: an impossible date, a number stored as text, no customer.
  const at = (share: number) => lines[Math.floor(lines.length * share)];
  at(0.03)[1] = "31.02.2025";
  at(0.5)[4] = "1.234,56";
  at(0.8)[0] = null;
  return lines;
}

/** The activity log (no header): visits, calls and mails, more for the bigger accounts. */
export function sampleActivities(): CellValue[][] {
  const rand = mulberry32(20261002);
  const names = accountNames();
  const rows: CellValue[][] = [];
  names.forEach((name, k) => {
    const count = k === names.length - 1 ? 2 : Math.round(8 + rand() * 60);
    for (let i = 0; i < count; i++) {
      rows.push([name, FIRST_DAY + Math.floor(rand() * DAYS), TYPES[Math.floor(rand() * TYPES.length)]]);
    }
  });
  // A prospect the sales team talks to but that has not ordered yet.
  rows.push(["Horizon Prospects GmbH", FIRST_DAY + DAYS - 20, "Meeting"], ["Horizon Prospects GmbH", FIRST_DAY + DAYS - 5, "Call"]);
  rows.sort((a, b) => (a[1] as number) - (b[1] as number));
  return rows;
}

export const sampleOrderTable = (): CellValue[][] => [[...ORDER_HEADERS], ...sampleOrderLines()];
export const sampleActivityTable = (): CellValue[][] => [[...ACTIVITY_HEADERS], ...sampleActivities()];

/** A date serial as D.M.YYYY (German form, one of the three SPEC 9 text forms). */
export function germanDate(serial: number): string {
  const d = new Date((serial - 25569) * 86_400_000);
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
}

const csvField = (v: CellValue): string => {
  const s = v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : String(v);
  return /[";\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The order lines as a German CSV: ";" separated, decimal commas, dates as D.M.YYYY. */
export function sampleOrderCsv(): string {
  const rows = sampleOrderLines().map((r) => r.map((v, j) => (j === 1 && typeof v === "number" ? germanDate(v) : v)));
  return [[...ORDER_HEADERS], ...rows].map((r) => r.map(csvField).join(";")).join("\r\n") + "\r\n";
}

/** The activity log as a German CSV. */
export function sampleActivityCsv(): string {
  const rows = sampleActivities().map((r) => r.map((v, j) => (j === 1 && typeof v === "number" ? germanDate(v) : v)));
  return [[...ACTIVITY_HEADERS], ...rows].map((r) => r.map(csvField).join(";")).join("\r\n") + "\r\n";
}
