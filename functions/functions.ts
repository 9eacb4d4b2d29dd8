/**
 * The KAM.* custom functions: thin wrappers that hand cells to the scoring core (src/) and turn
 * its errors into host errors. functions.json is generated from these JSDoc comments; the table in
 * catalogue.ts says what each parameter is, and `run` reads the arguments by it (error cells,
 * data types, options) before the body sees them. Optional arguments arrive as null when left out.
 */
import {
  allocate as allocateCore,
  asColumn,
  clv as clvCore,
  flatten,
  isKamError,
  KamError,
  Messages,
  moves as movesCore,
  Method,
  nameText,
  playbookTable,
  Quadrant,
  QUADRANT_TEXT,
  reshape,
  scoreAxisNumbers,
  scorePortfolio,
  strategyText,
  toMatrix,
  parseWeights,
  coverageOf,
  isOmitted,
  prepareColumn,
  normalizeValue,
  isPresent,
  prioritize,
  contributions,
  stability as stabilityCore,
  Language,
  MATRIX_HEADER,
  weightsFromPairwise,
  WeightsOutput,
  correlations,
} from "../core";
import { run } from "./arguments";
import { CATALOGUE } from "./catalogue";
import { classifyCells } from "./classify";
import { accountsBody, activityBody, ratingsBody } from "./lines";
import { toHostCell, toHostColumn, toHostMatrix, toHostScoreColumn } from "./host-errors";

/** VALUE and ENGAGEMENT: the same computation on different criteria. */
const axisScores = (data: unknown, weights: unknown, portfolio: unknown, method: unknown, missing: unknown) =>
  toHostScoreColumn(scoreAxisNumbers({ data, weights, portfolio, method, missing }));

/**
 * Customer value score (0..100) of each account from its value criteria (revenue, profitability, growth potential, strategic importance).
 * @customfunction VALUE
 * @param data Value criteria, one row per account, one column per criterion (numbers only, no header row).
 * @param [weights] One weight per criterion; negative means lower is better. Default: equal weights.
 * @param [portfolio] Rows to compare against, with the same columns as data. Default: data itself.
 * @param [method] "percentile" (default), "minmax", "winsor", "zscore" or "none".
 * @param [missing] How gaps are filled: "median" (default), "drop" or "zero".
 * @returns One value score per account.
 */
export function value(data: any[][], weights?: any[][], portfolio?: any[][], method?: any, missing?: any): any[][] {
  return run(CATALOGUE.VALUE, [data, weights, portfolio, method, missing], axisScores);
}

/**
 * Customer engagement score (0..100) of each account from its engagement criteria (interaction frequency, loyalty, willingness to collaborate).
 * @customfunction ENGAGEMENT
 * @param data Engagement criteria, one row per account, one column per criterion (numbers only, no header row).
 * @param [weights] One weight per criterion; negative means lower is better. Default: equal weights.
 * @param [portfolio] Rows to compare against, with the same columns as data. Default: data itself.
 * @param [method] "percentile" (default), "minmax", "winsor", "zscore" or "none".
 * @param [missing] How gaps are filled: "median" (default), "drop" or "zero".
 * @returns One engagement score per account.
 */
export function engagement(data: any[][], weights?: any[][], portfolio?: any[][], method?: any, missing?: any): any[][] {
  return run(CATALOGUE.ENGAGEMENT, [data, weights, portfolio, method, missing], axisScores);
}

/**
 * Normalises each column to a 0..100 score against the portfolio.
 * @customfunction NORMALIZE
 * @param values Numbers to normalise, one column per criterion.
 * @param [method] "percentile" (default), "minmax", "winsor", "zscore" or "none".
 * @param [portfolio] Rows to compare against, with the same columns. Default: values itself.
 * @returns The criterion scores, same size as values; #N/A where a cell has no number.
 */
export function normalize(values: any[][], method?: any, portfolio?: any[][]): any[][] {
  return run(CATALOGUE.NORMALIZE, [values, method, portfolio], (values, how: Method, portfolio) => {
    const data = toMatrix(values, "values");
    const reference = isOmitted(portfolio) ? data : toMatrix(portfolio, "portfolio");
    const cols = data[0].length;
    if (reference[0].length !== cols) throw new KamError("VALUE", Messages.portfolioColumns(reference[0].length, cols));
    const models = Array.from({ length: cols }, (_, j) =>
      prepareColumn(
        Float64Array.from(reference, (row) => (isPresent(row[j]) ? row[j] : NaN)),
        j + 1,
      ),
    );
    return data.map((row) =>
      row.map((x, j) =>
        toHostCell(isPresent(x) ? normalizeValue(models[j], x, how) : new KamError("NA", Messages.missingScore(`cell in column ${j + 1}`))),
      ),
    );
  });
}

/**
 * Share of the criteria weight for which each account has a number (0..1); below 0.5 an account is not scored.
 * @customfunction COVERAGE
 * @param data Criteria, one row per account, one column per criterion.
 * @param [weights] One weight per criterion. Default: equal weights.
 * @returns One coverage per account.
 */
export function coverage(data: any[][], weights?: any[][]): any[][] {
  return run(CATALOGUE.COVERAGE, [data, weights], (data, weights) => {
    const rows = toMatrix(data, "data");
    const abs = parseWeights(weights, rows[0].length).map(Math.abs);
    const total = abs.reduce((a, b) => a + b, 0);
    return asColumn(rows.map((row) => coverageOf(row, abs, total)));
  });
}

/**
 * Matrix quadrant of each account: 1 Key partner, 2 Develop, 3 Monetise, 4 Re-evaluate.
 * @customfunction QUADRANT
 * @param value Value scores (0..100).
 * @param engagement Engagement scores (0..100), same size as value.
 * @param [valueThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [engagementThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [previous] Each account's quadrant (1 to 4) at the last review, same size as value; another cell means none.
 * @param [band] Score points from 0 (default) to 50: an account within the band of a threshold keeps its previous side of it.
 * @returns Quadrant 1 to 4 for each account, same size as the inputs.
 */
export function quadrant(
  value: any[][],
  engagement: any[][],
  valueThreshold?: any,
  engagementThreshold?: any,
  previous?: any[][],
  band?: any,
): any[][] {
  return run(
    CATALOGUE.QUADRANT,
    [value, engagement, valueThreshold, engagementThreshold, previous, band],
    (value, engagement, valueThreshold, engagementThreshold, previous, band) => {
      const { quadrants, shape } = classifyCells(value, engagement, valueThreshold, engagementThreshold, previous, band);
      return toHostMatrix(reshape(quadrants, shape.rows, shape.cols));
    },
  );
}

/**
 * Maps quadrant cells element-wise to text; an error (such as the #N/A of an account with too
 * little data) is passed on as it came, any other cell that is not 1..4 gets #VALUE!.
 */
const quadrantText =
  (text: (q: Quadrant, lang: Language) => string) =>
  (quadrants: unknown, lang: Language): unknown[][] =>
    toHostMatrix(
      toMatrix(quadrants, "quadrant").map((row) =>
        row.map((q) =>
          q === 1 || q === 2 || q === 3 || q === 4 ? text(q, lang) : isKamError(q) ? q : new KamError("VALUE", Messages.quadrantInvalid(q)),
        ),
      ),
    );
const labelText = quadrantText((q, lang) => QUADRANT_TEXT[lang][q].label);
const strategiesText = quadrantText(strategyText);

/**
 * Name of each quadrant, e.g. "Key partner" (English) or "Schlüsselpartner" (German).
 * @customfunction LABEL
 * @param quadrant Quadrant numbers 1 to 4.
 * @param [language] "en" (default) or "de".
 * @returns The label of each quadrant, same size as the input.
 */
export function label(quadrant: any[][], language?: any): any[][] {
  return run(CATALOGUE.LABEL, [quadrant, language], labelText);
}

/**
 * Recommended strategies for each quadrant, most important first.
 * @customfunction STRATEGY
 * @param quadrant Quadrant numbers 1 to 4.
 * @param [language] "en" (default) or "de".
 * @returns The strategies as one text per quadrant, same size as the input.
 */
export function strategy(quadrant: any[][], language?: any): any[][] {
  return run(CATALOGUE.STRATEGY, [quadrant, language], strategiesText);
}

/**
 * The strategy playbook: strategy, fitting quadrants, advantages, drawbacks and actions, with a header row.
 * @customfunction PLAYBOOK
 * @param [language] "en" (default) or "de".
 * @returns A table of 7 rows and 5 columns.
 */
export function playbook(language?: any): any[][] {
  return run(CATALOGUE.PLAYBOOK, [language], playbookTable);
}

/**
 * Priority rank of each account: quadrant 1 first, then by value + engagement.
 * @customfunction PRIORITY
 * @param value Value scores (0..100), one per account.
 * @param engagement Engagement scores (0..100), one per account.
 * @param [valueThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [engagementThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [previous] Each account's quadrant (1 to 4) at the last review, same size as value; another cell means none.
 * @param [band] Score points from 0 (default) to 50: an account within the band of a threshold keeps its previous side of it.
 * @returns One rank per account, 1 = highest priority.
 */
export function priority(
  value: any[][],
  engagement: any[][],
  valueThreshold?: any,
  engagementThreshold?: any,
  previous?: any[][],
  band?: any,
): any[][] {
  return run(
    CATALOGUE.PRIORITY,
    [value, engagement, valueThreshold, engagementThreshold, previous, band],
    (value, engagement, valueThreshold, engagementThreshold, previous, band) => {
      const { vs, es, quadrants } = classifyCells(value, engagement, valueThreshold, engagementThreshold, previous, band);
      return toHostColumn(prioritize(vs, es, quadrants));
    },
  );
}

/**
 * The whole KAM matrix as a table: Account, Value, Engagement, Quadrant, Label, Priority, Strategy.
 * @customfunction MATRIX
 * @param names Account names, one per row.
 * @param valueData Value criteria, one row per account.
 * @param engagementData Engagement criteria, one row per account.
 * @param [valueWeights] One weight per value criterion. Default: equal weights.
 * @param [engagementWeights] One weight per engagement criterion. Default: equal weights.
 * @param [method] "percentile" (default), "minmax", "winsor", "zscore" or "none".
 * @param [valueThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [engagementThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [language] "en" (default) or "de".
 * @returns A table with a header row and one row per account.
 */
export function matrix(
  names: any[][],
  valueData: any[][],
  engagementData: any[][],
  valueWeights?: any[][],
  engagementWeights?: any[][],
  method?: any,
  valueThreshold?: any,
  engagementThreshold?: any,
  language?: any,
): any[][] {
  return run(
    CATALOGUE.MATRIX,
    [names, valueData, engagementData, valueWeights, engagementWeights, method, valueThreshold, engagementThreshold, language],
    (names, valueData, engagementData, valueWeights, engagementWeights, method, valueThreshold, engagementThreshold, lang: Language) => {
      const { accounts } = scorePortfolio({
        names,
        value: { data: valueData, weights: valueWeights, method },
        engagement: { data: engagementData, weights: engagementWeights, method },
        valueThreshold,
        engagementThreshold,
      });
      const header = MATRIX_HEADER[lang];
      const rows = accounts.map((a, i) => {
        const q = a.quadrant;
        const name = nameText(a.name, i + 1);
        if (q instanceof KamError) return [name, a.value, a.engagement, q, q, q, q];
        return [name, a.value, a.engagement, q, QUADRANT_TEXT[lang][q].label, a.priority, strategyText(q, lang)];
      });
      return [header, ...toHostMatrix(rows)];
    },
  );
}

/**
 * Splits a budget over accounts by quadrant shares (default 40/30/20/10%), inside a quadrant by account weight.
 * @customfunction ALLOCATE
 * @param total The amount to split (0 or more).
 * @param quadrants Quadrant (1 to 4) of each account.
 * @param [weights] Account weights such as value scores. Default: equal inside a quadrant.
 * @param [shares] Four shares for quadrants 1 to 4. Default: 0.4, 0.3, 0.2, 0.1.
 * @returns One amount per account; the amounts add up to total.
 */
export function allocate(total: any, quadrants: any[][], weights?: any[][], shares?: any[][]): any[][] {
  return run(CATALOGUE.ALLOCATE, [total, quadrants, weights, shares], (total, quadrants, weights, shares) =>
    toHostColumn(allocateCore(total, quadrants, weights, shares)),
  );
}

/**
 * Customer lifetime value from yearly margin, retention rate and discount rate, element-wise.
 * @customfunction CLV
 * @param margin Yearly margin per account.
 * @param retention Retention rate per year, from 0 to below 1 (up to 1 with a horizon).
 * @param discount Discount rate per year, e.g. 0.08.
 * @param [years] Horizon in whole years. Default: no horizon.
 * @returns Lifetime value, same size as the largest input.
 */
export function clv(margin: any[][], retention: any[][], discount: any[][], years?: any[][]): any[][] {
  return run(CATALOGUE.CLV, [margin, retention, discount, years], (margin, retention, discount, years) => {
    const args = [margin, retention, discount, isOmitted(years) ? null : years].map((a, k) =>
      flatten(a, ["margin", "retention", "discount", "years"][k]),
    );
    const big = args.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
    for (const [k, a] of args.entries()) {
      if (a.cells.length !== 1 && (a.rows !== big.rows || a.cols !== big.cols))
        throw new KamError(
          "VALUE",
          Messages.shapeMismatch(
            ["margin", "retention", "discount", "years"][k],
            "the other inputs",
            `${a.rows} x ${a.cols}`,
            `${big.rows} x ${big.cols}`,
          ),
        );
    }
    const at = (a: (typeof args)[number], i: number) => (a.cells.length === 1 ? a.cells[0] : a.cells[i]);
    const cells = big.cells.map((_, i) => clvCore(at(args[0], i), at(args[1], i), at(args[2], i), at(args[3], i)));
    return toHostMatrix(reshape(cells, big.rows, big.cols));
  });
}

/**
 * Counts accounts moving between quadrants from one review to the next.
 * @customfunction MOVES
 * @param before Quadrants (1 to 4) at the earlier review.
 * @param after Quadrants (1 to 4) at the later review, same accounts in the same order.
 * @param [mode] "count" (default): how many accounts; "share": each row as shares of its total; "full": 5 x 5 with new and dropped accounts.
 * @returns A 4 x 4 table (5 x 5 with "full"): row = quadrant before, column = quadrant after.
 */
export function moves(before: any[][], after: any[][], mode?: any): any[][] {
  return run(CATALOGUE.MOVES, [before, after, mode], movesCore);
}

/**
 * Per-account criteria from order lines: Revenue, Margin, Growth, Orders, Days since last order, Customer years (and Categories).
 * @customfunction ACCOUNTS
 * @param accounts The customer (name or number) of each order line, one column.
 * @param dates The date of each line: a date, a date serial or text such as 2026-09-30, 30.9.2026 or 9/30/2026.
 * @param amounts The amount (sales) of each line; returns and credit notes are negative.
 * @param [profits] The profit of each line, for the margin. Default: no margin.
 * @param [asOf] The review date. Default: the latest date of the lines.
 * @param [months] Length of the review window in whole months, 1 to 120. Default: 12.
 * @param [categories] The product category of each line, to count distinct categories.
 * @param [orders] The order id of each line, to count orders. Default: distinct order dates.
 * @returns A table with a header row and one row per account.
 */
export function accounts(
  accounts: any[][],
  dates: any[][],
  amounts: any[][],
  profits?: any[][],
  asOf?: any,
  months?: any,
  categories?: any[][],
  orders?: any[][],
): any[][] {
  return run(CATALOGUE.ACCOUNTS, [accounts, dates, amounts, profits, asOf, months, categories, orders], accountsBody);
}

/**
 * Per-account engagement from an activity log: Interactions in the review window and Days since last contact.
 * @customfunction ACTIVITY
 * @param accounts The customer (name or number) of each activity, one column.
 * @param dates The date of each activity: a date, a date serial or text such as 2026-09-30, 30.9.2026 or 9/30/2026.
 * @param [asOf] The review date. Default: the latest activity date.
 * @param [months] Length of the review window in whole months, 1 to 120. Default: 12.
 * @param [types] The type of each activity (visit, call, ...), for typeWeights.
 * @param [typeWeights] Two columns, type and weight (0 or more); an unlisted type weighs 1. Default: every activity counts 1.
 * @returns A table with a header row and one row per account.
 */
export function activity(accounts: any[][], dates: any[][], asOf?: any, months?: any, types?: any[][], typeWeights?: any[][]): any[][] {
  return run(CATALOGUE.ACTIVITY, [accounts, dates, asOf, months, types, typeWeights], activityBody);
}

/**
 * The points each criterion adds to an account's score; each row adds up to the account's KAM.VALUE score.
 * @customfunction CONTRIB
 * @param data Criteria, one row per account, one column per criterion (numbers only, no header row).
 * @param [weights] One weight per criterion; negative means lower is better. Default: equal weights.
 * @param [portfolio] Rows to compare against, with the same columns as data. Default: data itself.
 * @param [method] "percentile" (default), "minmax", "winsor", "zscore" or "none".
 * @param [missing] How gaps are filled: "median" (default), "drop" or "zero".
 * @returns One row per account, one column per criterion.
 */
export function contrib(data: any[][], weights?: any[][], portfolio?: any[][], method?: any, missing?: any): any[][] {
  return run(CATALOGUE.CONTRIB, [data, weights, portfolio, method, missing], (data, weights, portfolio, method, missing) =>
    toHostMatrix(contributions({ data, weights, portfolio, method, missing })),
  );
}

/**
 * Share of weight scenarios (each weight moved at random by up to spread) in which each account keeps its quadrant.
 * @customfunction STABILITY
 * @param valueData Value criteria, one row per account.
 * @param engagementData Engagement criteria, one row per account.
 * @param [valueWeights] One weight per value criterion. Default: equal weights.
 * @param [engagementWeights] One weight per engagement criterion. Default: equal weights.
 * @param [spread] How far each weight may move, from 0 to below 1. Default: 0.25 (up to 25% either way).
 * @param [trials] Number of weight scenarios, 1 to 100000. Default: 1000.
 * @param [seed] Start of the random generator, a whole number from 0 to 4294967295. Default: 1.
 * @param [method] "percentile" (default), "minmax", "winsor", "zscore" or "none".
 * @param [missing] How gaps are filled: "median" (default), "drop" or "zero".
 * @param [valueThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @param [engagementThreshold] A number from 0 to 100 (default 50), "median" or "mean".
 * @returns One share (0 to 1) per account.
 */
export function stability(
  valueData: any[][],
  engagementData: any[][],
  valueWeights?: any[][],
  engagementWeights?: any[][],
  spread?: any,
  trials?: any,
  seed?: any,
  method?: any,
  missing?: any,
  valueThreshold?: any,
  engagementThreshold?: any,
): any[][] {
  return run(
    CATALOGUE.STABILITY,
    [
      valueData,
      engagementData,
      valueWeights,
      engagementWeights,
      spread,
      trials,
      seed,
      method,
      missing,
      valueThreshold,
      engagementThreshold,
    ],
    (
      valueData,
      engagementData,
      valueWeights,
      engagementWeights,
      spread,
      trials,
      seed,
      method,
      missing,
      valueThreshold,
      engagementThreshold,
    ) =>
      toHostColumn(
        stabilityCore({
          valueData,
          engagementData,
          valueWeights,
          engagementWeights,
          spread,
          trials,
          seed,
          method,
          missing,
          valueThreshold,
          engagementThreshold,
        }),
      ),
  );
}

/**
 * Per-account aggregate of judgement ratings or survey responses (one line per response): each named rater counts once with the latest answer.
 * @customfunction RATINGS
 * @param accounts The customer (name or number) each response is about, one column.
 * @param scores The answers, one column per criterion (1 to 5 ratings, 0 to 10 answers, ...); a blank or text cell is no answer.
 * @param [raters] Who answered, one column; a named rater counts once per criterion (the latest answer), a blank rater is a response of its own.
 * @param [dates] The date of each response: a date, a date serial or text such as 2026-09-30, 30.9.2026 or 9/30/2026. Default: every response counts.
 * @param [asOf] The review date (needs dates). Default: the latest date of the responses.
 * @param [months] Length of the review window in whole months, 1 to 120 (needs dates). Default: 12.
 * @param [method] "median" (default), "mean", "spread", "count" or "nps".
 * @param [headers] The criteria's names, one per score column. Default: Score 1, Score 2, ...
 * @returns A table with a header row (Account, Responses, one column per criterion) and one row per account.
 */
export function ratings(
  accounts: any[][],
  scores: any[][],
  raters?: any[][],
  dates?: any[][],
  asOf?: any,
  months?: any,
  method?: any,
  headers?: any[][],
): any[][] {
  return run(CATALOGUE.RATINGS, [accounts, scores, raters, dates, asOf, months, method, headers], ratingsBody);
}

/**
 * Weights from pairwise comparisons (analytic hierarchy process): how many times each criterion matters as much as each other one.
 * @customfunction WEIGHTS
 * @param pairwise Square range, one row and one column per criterion: row i, column j says how many times criterion i matters as much as criterion j (1/9 to 9). The upper triangle is enough; the diagonal may stay blank.
 * @param [output] "weights" (default; one weight per criterion, adding up to 1), "cr" (consistency ratio; above 0.1 the comparisons contradict each other) or "lambda".
 * @returns The weights (one per criterion), the consistency ratio or lambda.
 */
export function weights(pairwise: any[][], output?: any): any[][] {
  return run(CATALOGUE.WEIGHTS, [pairwise, output], (pairwise, output: WeightsOutput) => weightsFromPairwise(pairwise, output));
}

/**
 * Rank correlations (Spearman) between the criteria: two criteria near 1 measure the same thing and together count twice.
 * @customfunction CORREL
 * @param data Criteria, one row per account, one column per criterion (numbers only, no header row).
 * @param [weights] One weight per criterion; a negative weight (lower is better) flips the sign of that criterion's correlations. Default: equal weights.
 * @returns One row and one column per criterion; #N/A where fewer than 3 accounts have both numbers or a criterion is constant.
 */
export function correl(data: any[][], weights?: any[][]): any[][] {
  return run(CATALOGUE.CORREL, [data, weights], (data, weights) => toHostMatrix(correlations(data, weights)));
}
