/**
 * Every error text in one place (as HyperFormula's ErrorMessage), so every host shows the same words.
 * Each says what was wrong and what would be right.
 */
const show = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "empty";
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "not a number";
};

export const Messages = {
  show,
  emptyRange: (arg: string) => `${arg} is empty; select at least one cell with numbers`,
  notRectangular: (arg: string) => `${arg} must be a rectangular range`,
  notVector: (arg: string, rows: number, cols: number) =>
    `${arg} must be a single row or column, got ${rows} x ${cols}`,
  notScalar: (arg: string, rows: number, cols: number) => `${arg} must be a single cell, got ${rows} x ${cols}`,
  weightsCount: (weights: number, criteria: number) =>
    `weights has ${weights} entries but data has ${criteria} criteria`,
  weightNotNumber: (index: number, v: unknown) =>
    `weight ${index} is ${show(v)}; weights must be numbers (negative = lower is better)`,
  weightsAllZero: () => "all weights are 0; give at least one criterion a non-zero weight",
  portfolioColumns: (portfolio: number, data: number) =>
    `portfolio has ${portfolio} columns but data has ${data} criteria; use the same columns`,
  noNumericValues: (k: number) =>
    `criterion ${k} has no numeric values; enter numbers in that column or leave it out`,
  unknownOption: (arg: string, v: unknown, valid: readonly string[]) =>
    `unknown ${arg} ${show(v)}; use ${valid.slice(0, -1).join(", ")} or ${valid[valid.length - 1]}`,
  insufficientData: (coverage: number, headerLike: boolean) =>
    `insufficient data: coverage ${Math.floor(coverage * 100 + 1e-9)}%` +
    (headerLike ? " (this row is all text; leave header rows out of the range)" : " (at least 50% of the weight needs numbers)"),
  noneOutOfRange: (k: number, x: number) =>
    `criterion ${k} value ${x} is outside 0..100; method "none" expects scores from 0 to 100`,
  notANumber: (arg: string, v: unknown) => `${arg} is ${show(v)}; it must be a number`,
  scoreOutOfRange: (arg: string, x: number) => `${arg} ${x} is outside 0..100; scores run from 0 to 100`,
  thresholdInvalid: (arg: string, v: unknown) =>
    `${arg} ${show(v)} is not valid; use a number from 0 to 100, "median" or "mean"`,
  thresholdOutOfRange: (arg: string, v: number) => `${arg} ${v} is outside 0..100; use a number from 0 to 100`,
  shapeMismatch: (a: string, b: string, sa: string, sb: string) =>
    `${a} is ${sa} but ${b} is ${sb}; they must have the same size`,
  countMismatch: (a: string, b: string, na: number, nb: number) =>
    `${a} has ${na} accounts but ${b} has ${nb}; they must have the same number of rows`,
  missingScore: (arg: string) => `${arg} is missing; it must be a score from 0 to 100`,
  quadrantInvalid: (v: unknown) => `quadrant ${show(v)} is not valid; use 1, 2, 3 or 4`,
  noQuadrant: () => "no quadrant (1 to 4) for this account; it gets no allocation",
  totalInvalid: (v: unknown) => `total is ${show(v)}; it must be a number of 0 or more`,
  accountWeightInvalid: (index: number, v: unknown) =>
    `weight ${index} is ${show(v)}; account weights must be numbers of 0 or more`,
  sharesInvalid: () => "shares must be 4 numbers of 0 or more (for quadrants 1 to 4), not all 0",
  retentionDomain: (r: number, horizon: boolean) =>
    horizon
      ? `retention ${r} is outside 0..1; use a rate from 0 to 1`
      : `retention ${r} must be at least 0 and below 1 without a horizon (give years for r = 1)`,
  retentionAboveDiscount: (r: number, d: number) =>
    `retention ${r} must be below 1 + discount (${1 + d}) without a horizon; give years or a higher discount`,
  discountDomain: (d: number) => `discount ${d} must be greater than -1 (for example 0.08 for 8%)`,
  yearsDomain: (t: unknown) => `years ${show(t)} must be a whole number of 1 or more, or left empty`,
  clvTooLarge: () =>
    "lifetime value is too large to compute; use a smaller margin or a retention further below 1 + discount",
  noValidScores: (arg: string) => `${arg}: no account has a valid score to take the median or mean of`,
  // ---- order lines and activity (SPEC 9, 10)
  lineLengths: (arg: string, cells: number, first: string, firstCells: number) =>
    `${arg} has ${cells} cells but ${first} has ${firstCells}; give one cell per line in each column (or row)`,
  linesInvalid: (count: number, line: number, reason: string) =>
    `${count} ${count === 1 ? "line is" : "lines are"} not valid; line ${line}: ${reason}`,
  lineFieldEmpty: (field: string) => `${field} is empty`,
  lineNotKey: (field: string, v: unknown) => `${field} ${show(v)} is not a text or a number`,
  lineNotDate: (field: string, v: unknown) => `${field} ${show(v)} is not a date`,
  lineNotNumber: (field: string, v: unknown) => `${field} ${show(v)} is not a number`,
  lineNumberAsText: (field: string, v: unknown, number: number) =>
    `${field} ${show(v)} is text; enter it as the number ${number}`,
  asOfNotDate: (v: unknown) =>
    `asOf ${show(v)} is not a date; use a date, a date serial or text such as 2026-09-30, 30.9.2026 or 9/30/2026`,
  monthsInvalid: (v: unknown) => `months ${show(v)} is not valid; use a whole number from 1 to 120 (default 12)`,
  typeWeightsShape: (rows: number, cols: number) =>
    `typeWeights must have two columns (type, weight), got ${rows} x ${cols}`,
  typeWeightInvalid: (row: number, v: unknown) =>
    `typeWeights row ${row}: weight ${show(v)} is not valid; use a number of 0 or more`,
  typeWeightTypeEmpty: (row: number) => `typeWeights row ${row}: the type is empty; write the activity type in the first column`,
  typeWeightDuplicate: (type: string, first: number, row: number) =>
    `typeWeights lists type "${type}" twice (rows ${first} and ${row}); keep one weight per type`,
  typeWeightsWithoutTypes: () => "typeWeights is given but types is not; give the activity type of each line as well",
  marginNoProfits: () => "no profits given; pass the profit of each line to get a margin",
  marginNoRevenue: () => "no revenue in the review window; a margin needs revenue above 0",
  growthNoPrevious: () => "no revenue in the previous period",
  noPositiveOrder: () => "no order with an amount above 0 on or before the review date",
  unexpected: (detail: string) => `unexpected problem: ${detail}; please check the inputs`,
} as const;
