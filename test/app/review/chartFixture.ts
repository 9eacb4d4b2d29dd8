/** A report with a comparison and a band, as the pane builds it, for the chart tests of each host. */
import { buildReport } from "../../../app/report/buildReport";
import { QUADRANT_COLORS } from "../../../app/report/colors";
import { compareReviews } from "../../../app/review";
import { previousQuadrants } from "../../../app/review/reviewController";
import { q3, q4, settings, table, Q4_ROWS } from "./fixtures";

/** Q4 compared with Q3, band 11 around thresholds 50: 4 trails (Alpha, Beta, Delta, Gamma), band edges at 39 and 61. */
export function reviewReport(band = 11) {
  const then = q3();
  const now = q4();
  const comparison = compareReviews(then, now, "en");
  const built = buildReport(table(Q4_ROWS), settings(), { comparison, previous: previousQuadrants(then, now), band });
  // What each trail must look like, from the comparison itself: then, now, colour of the quadrant now.
  const trails = comparison.trails.map((t) => ({ name: t.name, from: t.from, to: t.to, color: QUADRANT_COLORS[t.quadrantNow] }));
  return { comparison, report: built.report, trails };
}
