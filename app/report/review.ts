import { Language, Quadrant, quadrantLabel } from "../../core";
import { REVIEW_REPORT_TEXT } from "../i18n/reviewReport";
import { Comparison, driverText, PredictorRow } from "../review";
import { PREDICTED_REPORT_TEXT } from "../i18n/predictedReport";
import { QUADRANT_COLORS } from "./colors";
import type { Anchor, CellValue, ChartTrail, ReportTable } from "./types";

/**
 * The comparison with a saved review on the "KAM Matrix" sheet: a note when the
 * settings changed, the movers, the transition table (KAM.MOVES "full", counts and row shares)
 * and the review KPIs, stacked from `anchor` down in the side block.
 */
export interface ReviewReportInput {
  comparison: Comparison;
  /** The sheet's language (may differ from the pane's). */
  lang: Language;
}

const since = (c: Comparison) => c.then.label || c.then.date;
const quadrantCell = (q: Quadrant, lang: Language) => `${q} ${quadrantLabel(q, lang)}`;

export function reviewTables(input: ReviewReportInput, anchor: Anchor): ReportTable[] {
  const { comparison: c, lang } = input;
  const text = REVIEW_REPORT_TEXT[lang];
  const then = since(c);
  const tables: ReportTable[] = [];
  let row = anchor.row;
  const next = (t: ReportTable) => {
    tables.push(t);
    row += 2 + t.rows.length + 1;
  };
  if (c.settingsNote)
    next({
      id: "reviewNote",
      title: text.noteTitle,
      anchor: { row, col: anchor.col },
      header: [c.settingsNote],
      rows: [],
      numberFormats: [null],
    });
  const movers = c.movers.map((m): CellValue[] => [
    m.name,
    quadrantCell(m.quadrantThen, lang),
    quadrantCell(m.quadrantNow, lang),
    m.valueThen,
    m.valueNow,
    m.valueChange,
    m.engagementThen,
    m.engagementNow,
    m.engagementChange,
    m.driver ? driverText(m.driver, lang) : null,
  ]);
  next({
    id: "movers",
    title: text.moversTitle(then),
    anchor: { row, col: anchor.col },
    header: text.moversHeader,
    rows: movers.length ? movers : [[text.noMovers, null, null, null, null, null, null, null, null, null]],
    numberFormats: ["@", null, null, "0.0", "0.0", "+0.0;-0.0;0.0", "0.0", "0.0", "+0.0;-0.0;0.0", null],
    rowFills: movers.length ? c.movers.map((m) => QUADRANT_COLORS[m.quadrantNow]) : undefined,
    fillColumn: 2,
    tableName: movers.length ? "KAMMovers" : undefined,
  });
  const tr = c.transition;
  next({
    id: "transition",
    title: text.transitionTitle(then),
    anchor: { row, col: anchor.col },
    header: [text.transitionCorner, ...tr.columns.map((q) => `${q}: ${text.count}`), ...tr.columns.map((q) => `${q}: ${text.share}`)],
    rows: tr.rows.map((label, i) => [label, ...tr.counts[i], ...tr.shares[i]]),
    numberFormats: [null, ...tr.columns.map(() => "0"), ...tr.columns.map(() => "0%")],
  });
  const k = c.kpis;
  next({
    id: "kpis",
    title: text.kpisTitle(then),
    anchor: { row, col: anchor.col },
    header: text.kpisHeader,
    rows: [
      ...k.quadrants.map((q): CellValue[] => [
        quadrantCell(q.quadrant, lang),
        q.now,
        q.then,
        q.stayed,
        q.movedIn,
        q.movedOut,
        q.revenueShareNow,
        q.revenueShareThen,
      ]),
      // The portfolio: a row naming its figures, then the figures (revenue retention as a share).
      [text.portfolio, ...text.portfolioHeader, null],
      [
        null,
        k.portfolio.accountsNow,
        k.portfolio.accountsThen,
        k.portfolio.retained,
        k.portfolio.new,
        k.portfolio.dropped,
        k.portfolio.revenueRetention,
        null,
      ],
    ],
    numberFormats: [null, "0", "0", "0", "0", "0", "0.0%", "0.0%"],
    rowFills: [...k.quadrants.map((q) => QUADRANT_COLORS[q.quadrant]), null, null],
    fillColumn: 0,
  });
  next(predictedTable(c, lang, { row, col: anchor.col }));
  return tables;
}

/** The trails of the chart: from the earlier position to the current one, in the colour of the quadrant now. */
export const chartTrails = (c: Comparison): ChartTrail[] =>
  c.trails.map((t) => ({ from: t.from, to: t.to, label: t.name, color: QUADRANT_COLORS[t.quadrantNow] }));

/** "What predicted revenue change": rho and n per criterion and axis score, or one sentence why not. */
function predictedTable(c: Comparison, lang: Language, anchor: Anchor): ReportTable {
  const text = PREDICTED_REPORT_TEXT[lang];
  const p = c.predicted;
  const title = text.title(since(c));
  if (p.kind !== "rows")
    return {
      id: "predicted",
      title,
      anchor,
      header: [p.kind === "tooFew" ? text.tooFew(p.accounts) : text.noRevenue],
      rows: [],
      numberFormats: [null],
    };
  const name = (r: PredictorRow) => (r.kind === "value" ? text.value : r.kind === "engagement" ? text.engagement : r.name);
  return {
    id: "predicted",
    title,
    anchor,
    header: [...text.header],
    rows: [...p.rows.map((r): CellValue[] => [name(r), r.rho, r.n]), [text.note, null, null]],
    numberFormats: ["@", "0.00", "0"],
  };
}
