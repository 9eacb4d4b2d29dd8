import type { Language } from "../../core";
import type { CellValue, FormulaCell, Workbook } from "../workbook/workbook";
import { columnLetters } from "../workbook/naming";
import { pairwiseMatrix, type Derived } from "./pairwise";
import type { PairJudgement, WeightAxis } from "../settings/pairwise";

/** The sheet's texts, in the language of the texts the add-in writes to sheets. */
const TEXT: Record<
  Language,
  {
    sheet: (axis: string) => string;
    title: (axis: string) => string;
    criterion: string;
    formula: string;
    computed: string;
    cr: string;
    axis: Record<WeightAxis, string>;
  }
> = {
  en: {
    sheet: (axis) => `KAM Weights (${axis})`,
    title: (axis) => `${axis}: row vs column, times as important (1/9 to 9)`,
    criterion: "Criterion",
    formula: "Weight (KAM.WEIGHTS)",
    computed: "Weight (computed by the add-in)",
    cr: "Consistency ratio (CR)",
    axis: { value: "Value", engagement: "Engagement" },
  },
  de: {
    sheet: (axis) => `KAM Gewichte (${axis})`,
    title: (axis) => `${axis}: Zeile vs. Spalte, wievielmal so wichtig (1/9 bis 9)`,
    criterion: "Kriterium",
    formula: "Gewicht (KAM.WEIGHTS)",
    computed: "Gewicht (vom Add-in berechnet)",
    cr: "Konsistenzquote (CR)",
    axis: { value: "Wert", engagement: "Engagement" },
  },
};

export interface PairwiseSheet {
  name: string;
  values: CellValue[][];
  formulas: FormulaCell[];
}

/**
 * The audit trail of derived weights: the judgements as a pairwise table (upper triangle and the
 * diagonal), =KAM.WEIGHTS(...) beside it for the weights and the consistency ratio, and the values
 * the add-in computed next to the formulas, so that the sheet can be checked where formulas run
 * and read where they do not.
 */
export function pairwiseSheet(axis: WeightAxis, pairs: readonly PairJudgement[], derived: Derived, language: Language): PairwiseSheet {
  const text = TEXT[language];
  const columns = derived.columns;
  const k = columns.length;
  const a = pairwiseMatrix(columns, pairs);
  const top = 2; // rows 0 and 1: title and header
  const formulaCol = k + 2; // criterion names in column 0, the table in 1..k, a gap, then the formulas
  const range = `${columnLetters(1)}${top + 1}:${columnLetters(k)}${top + k}`;
  const width = formulaCol + 2;
  const row = (cells: CellValue[]) => [...cells, ...new Array<CellValue>(width - cells.length).fill(null)];
  const values: CellValue[][] = [
    row([text.title(text.axis[axis])]),
    row([text.criterion, ...columns, null, text.formula, text.computed]),
    ...columns.map((c, i) => row([c, ...a[i].map((x, j) => (j > i ? x : j === i ? 1 : null)), null, null, derived.weights[i]])),
    row([]),
    row([text.cr, ...new Array<CellValue>(k + 1).fill(null), null, derived.cr]),
  ];
  const formulas: FormulaCell[] = [
    { row: top, col: formulaCol, formula: `=KAM.WEIGHTS(${range})` },
    { row: top + k + 1, col: formulaCol, formula: `=KAM.WEIGHTS(${range},"cr")` },
  ];
  return { name: text.sheet(text.axis[axis]), values, formulas };
}

/** "Write to sheet": the pairwise table on a new sheet the add-in creates; returns its name. */
export function writePairwiseSheet(
  workbook: Workbook,
  axis: WeightAxis,
  pairs: readonly PairJudgement[],
  derived: Derived,
  language: Language,
): Promise<string> {
  const sheet = pairwiseSheet(axis, pairs, derived, language);
  return workbook.addDataSheet(sheet.name, sheet.values, { formulas: sheet.formulas });
}
