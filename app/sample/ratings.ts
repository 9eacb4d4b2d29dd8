import { mulberry32 } from "../../core";
import type { CellValue } from "../report/types";
import { sampleRows } from "./sampleData";

/**
 * Sample judgement data for the playground, beside the sample order lines: the ratings of a review
 * workshop (three raters from sales, service and finance score strategic importance and
 * collaboration from 1 to 5; a few disagreements, one rating missing, one rater correcting an
 * answer) and a customer survey export (about 300 responses: a 0-10 recommendation question for
 * the NPS and a 1-5 satisfaction question, one column per question as survey tools export them).
 * The same every time (seeded).
 */
export const WORKSHOP_HEADERS = ["Account", "Rater", "Date", "Strategic importance", "Collaboration"] as const;
export const SURVEY_HEADERS = [
  "Timestamp",
  "Respondent",
  "Customer",
  "How likely are you to recommend us? (0-10)",
  "Satisfaction (1-5)",
] as const;
export const WORKSHOP_SHEET_NAME = "Sample workshop ratings";
export const SURVEY_SHEET_NAME = "Sample customer survey";

/** The workshop: 2026-12-10, inside the sample's last twelve months. */
const WORKSHOP_DAY = 46366;
/** Survey responses from 2025-10-01 to 2026-12-31: the first months lie before the review window. */
const SURVEY_FIRST = 45931;
const SURVEY_DAYS = 456;
const RATERS = ["Anna Berger (Sales)", "Ben Okafor (Service)", "Carla Diaz (Finance)"];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

/** Account names with the judgement behind the sample portfolio's columns (strategic importance, collaboration). */
function accounts(): { name: string; strategic: number; collaboration: number }[] {
  return sampleRows().map((r) => ({
    name: String(r[0]),
    strategic: typeof r[4] === "number" ? r[4] : 3,
    collaboration: typeof r[7] === "number" ? r[7] : 3,
  }));
}

/** One row per account and rater (no header); the newcomer is not rated yet. */
export function sampleWorkshopRatings(): CellValue[][] {
  const rand = mulberry32(20261210);
  const list = accounts().slice(0, -1);
  const rows: CellValue[][] = [];
  list.forEach(({ name, strategic, collaboration }) => {
    RATERS.forEach((rater) => {
      // Raters mostly agree within a point.
      const noise = () => (rand() < 0.8 ? 0 : rand() < 0.5 ? -1 : 1);
      rows.push([name, rater, WORKSHOP_DAY, clamp(strategic + noise(), 1, 5), clamp(collaboration + noise(), 1, 5)]);
    });
  });
  // Disagreements worth a discussion: finance sees these accounts very differently.
  for (const k of [2, 11, 23]) {
    const row = rows[k * 3 + 2];
    row[3] = (row[3] as number) >= 3 ? 1 : 5;
  }
  rows[7 * 3 + 1][4] = (rows[7 * 3 + 1][4] as number) >= 3 ? 1 : 5;
  // One rating missing: service did not know this account well enough.
  rows[15 * 3 + 1][3] = null;
  // Sales corrects an answer after the workshop: the later answer counts.
  rows.push([list[4].name, RATERS[0], WORKSHOP_DAY + 3, clamp(list[4].strategic + 1, 1, 5), null]);
  return rows;
}

/** About 300 survey responses (no header), in the order a survey tool exports them (by time). */
export function sampleSurveyResponses(): CellValue[][] {
  const rand = mulberry32(20261211);
  const list = accounts().slice(0, -1);
  const rows: CellValue[][] = [];
  list.forEach(({ name, collaboration }, k) => {
    const contacts = 3 + Math.floor(rand() * 10);
    for (let i = 0; i < contacts; i++) {
      // Happier customers where collaboration is good; some detractors everywhere.
      const mood = collaboration / 5 + (rand() - 0.5) * 0.6;
      const recommend = clamp(mood * 10 + (rand() - 0.3) * 3, 0, 10);
      const satisfaction = clamp(1 + mood * 4 + (rand() - 0.5), 1, 5);
      const day = SURVEY_FIRST + Math.floor(rand() * SURVEY_DAYS) + rand() * 0.9;
      const respondent = rand() < 0.2 ? null : `contact${i + 1}@customer${k + 1}.example`;
      rows.push([day, respondent, name, recommend, rand() < 0.05 ? null : satisfaction]);
    }
  });
  rows.sort((a, b) => (a[0] as number) - (b[0] as number));
  return rows;
}

export const sampleWorkshopTable = (): CellValue[][] => [[...WORKSHOP_HEADERS], ...sampleWorkshopRatings()];
export const sampleSurveyTable = (): CellValue[][] => [[...SURVEY_HEADERS], ...sampleSurveyResponses()];
