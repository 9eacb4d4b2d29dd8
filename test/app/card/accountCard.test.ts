/**
 * The account card: contributions, gaps and "what it takes", each "what it takes" value applied
 * to the data and the portfolio rescored with the core (scorePortfolio), on the sample portfolio
 * and on random portfolios.
 */
import { Method, MissingPolicy, scorePortfolio, strategiesFor, Threshold } from "../../../core";
import { accountCard, CardInput, scoreForCard, WhatItTakes } from "../../../app/card";
import { sampleRows, SAMPLE_HEADERS } from "../../../app/sample/sampleData";
import { randomPortfolio } from "../../support/portfolios";

type Axis = "value" | "engagement";

/** The portfolio rescored by the core with one cell changed: the account's score and the threshold. */
function rescore(input: CardInput, axis: Axis, account: number, j: number, x: number) {
  const data = input[axis].data.map((row, i) => (i === account ? row.map((c, jj) => (jj === j ? x : c)) : [...row]));
  const changed = { ...input, [axis]: { ...input[axis], data } };
  const r = scorePortfolio({
    names: input.names,
    value: { data: changed.value.data, weights: [changed.value.weights], method: input.method, missing: input.missing },
    engagement: { data: changed.engagement.data, weights: [changed.engagement.weights], method: input.method, missing: input.missing },
    valueThreshold: input.valueThreshold,
    engagementThreshold: input.engagementThreshold,
  });
  const s = r.accounts[account][axis];
  return { score: typeof s === "number" ? s : NaN, threshold: r.thresholds[axis] };
}

/** The numbers of a column apart from the account's own, ascending. */
const othersOf = (input: CardInput, axis: Axis, account: number, j: number) =>
  input[axis].data
    .filter((_, i) => i !== account)
    .map((row) => row[j])
    .filter((x): x is number => typeof x === "number" && Number.isFinite(x))
    .sort((a, b) => a - b);

/** Checks every "what it takes" of every account below a threshold; returns how many were checked. */
function checkAll(input: CardInput): { values: number; unreachable: number } {
  const p = scoreForCard(input);
  let values = 0;
  let unreachable = 0;
  input.names.forEach((_, account) => {
    const card = accountCard(p, account, "en");
    if (!card.scored) return;
    for (const axis of ["value", "engagement"] as Axis[]) {
      const a = card[axis];
      expect(a.whatItTakes.length).toBe(a.high ? 0 : input[axis].criteria.length);
      for (const w of a.whatItTakes as WhatItTakes[]) {
        const others = othersOf(input, axis, account, w.criterion);
        const span = Math.max(1, others[others.length - 1] - others[0]);
        const down = input[axis].weights[w.criterion] < 0;
        if (w.kind === "unreachable") {
          unreachable++;
          // Even a value far beyond every other account's does not bring it across (with a moving
          // threshold: as far as the search goes, one span beyond).
          if (input[axis].weights[w.criterion] === 0 || others.length === 0) continue;
          const t = axis === "value" ? input.valueThreshold : input.engagementThreshold;
          const reach = typeof t === "string" ? span : 1e3 * span;
          const far = down ? others[0] - reach : others[others.length - 1] + reach;
          const r = rescore(input, axis, account, w.criterion, far);
          expect(r.score >= r.threshold).toBe(false);
          continue;
        }
        values++;
        const x = w.beyond ? (down ? w.value - 0.5 * span : w.value + 0.5 * span) : w.value;
        const r = rescore(input, axis, account, w.criterion, x);
        expect(r.score).toBeGreaterThanOrEqual(r.threshold);
        expect(w.direction).toBe(down ? "down" : "up");
        const current = input[axis].data[account][w.criterion];
        if (input.method !== "percentile" && typeof current === "number" && Math.abs(w.value - current) > 1e-6 * span) {
          // Close to the least change: a millionth of the range less does not cross.
          const b = rescore(input, axis, account, w.criterion, down ? w.value + 1e-6 * span : w.value - 1e-6 * span);
          expect(b.score >= b.threshold).toBe(false);
        }
        if (input.method === "percentile" && !w.beyond) {
          // The smallest such portfolio value: the next one back does not cross.
          expect(others).toContain(w.value);
          const back = down ? others.filter((o) => o > w.value) : others.filter((o) => o < w.value).reverse();
          const previous = down ? back[0] : back[0];
          if (previous !== undefined && (typeof current !== "number" || (down ? previous < current : previous > current))) {
            const b = rescore(input, axis, account, w.criterion, previous);
            expect(b.score >= b.threshold).toBe(false);
          }
        }
      }
    }
  });
  return { values, unreachable };
}

function sampleInput(method: Method, missing: MissingPolicy, valueThreshold: Threshold, engagementThreshold: Threshold): CardInput {
  const rows = sampleRows();
  return {
    names: rows.map((r) => r[0]),
    // Revenue, margin, growth, strategic importance and cost to serve (lower is better).
    value: {
      data: rows.map((r) => [r[1], r[2], r[3], r[4], r[8]]),
      weights: [3, 2, 1, 1, -1],
      criteria: [1, 2, 3, 4, 8].map((c) => SAMPLE_HEADERS[c]),
    },
    engagement: { data: rows.map((r) => [r[5], r[6], r[7]]), weights: [1, 1, 1], criteria: [5, 6, 7].map((c) => SAMPLE_HEADERS[c]) },
    method,
    missing,
    valueThreshold,
    engagementThreshold,
  };
}

describe("account card", () => {
  it("explains an account by hand: contributions, gap and the smallest portfolio value that closes it", () => {
    const input: CardInput = {
      names: ["A", "B", "C", "D", "E"],
      value: {
        data: [
          [10, 1],
          [20, 2],
          [30, 3],
          [40, 4],
          [50, 5],
        ],
        weights: [1, 1],
        criteria: ["Revenue", "Margin"],
      },
      engagement: { data: [[1], [2], [3], [4], [5]], weights: [1], criteria: ["Interactions"] },
    };
    const card = accountCard(scoreForCard(input), 1, "en");
    if (!card.scored) throw new Error("B is scored");
    // B: revenue 20 and margin 2 rank 2nd of 5: 25 each; value (25 + 25) / 2 = 25; engagement 25.
    expect(card.quadrant).toBe(4);
    expect(card.label).toBe("Re-evaluate");
    expect(card.priority).toBe(4);
    expect(card.value.score).toBeCloseTo(25, 12);
    expect(card.value.gap).toBeCloseTo(25, 12);
    expect(card.value.criteria.map((c) => [c.name, c.raw, c.median, c.score, c.contribution])).toEqual([
      ["Revenue", 20, 30, 25, 12.5],
      ["Margin", 2, 3, 25, 12.5],
    ]);
    // Revenue needs a score of 75: 40 ties for (2 + 1/2) / 4 = 62.5, 50 ties for 87.5: 50.
    expect(card.value.whatItTakes[0]).toMatchObject({ kind: "value", value: 50, beyond: false, direction: "up" });
    expect(card.actions.map((a) => a.strategy)).toEqual(strategiesFor(4).map((s) => s.name.en));
    // Account A (0 and 0) would need 100 from one criterion: above every other account's value.
    const a = accountCard(scoreForCard(input), 0, "en");
    if (!a.scored) throw new Error("A is scored");
    expect(a.value.whatItTakes[0]).toMatchObject({ kind: "value", value: 50, beyond: true });
    // E is above: a margin, nothing to take.
    const e = accountCard(scoreForCard(input), 4, "en");
    if (!e.scored) throw new Error("E is scored");
    expect(e.value.high).toBe(true);
    expect(e.value.gap).toBeCloseTo(50, 12);
    expect(e.value.whatItTakes).toEqual([]);
  });

  it("inverts minmax with the account's own value in the range (by hand)", () => {
    const input: CardInput = {
      names: ["A", "B", "C", "D", "E"],
      value: {
        data: [
          [10, 1],
          [20, 2],
          [30, 3],
          [40, 4],
          [50, 5],
        ],
        weights: [1, 1],
        criteria: ["Revenue", "Margin"],
      },
      engagement: { data: [[1], [2], [3], [4], [5]], weights: [1], criteria: ["Interactions"] },
      method: "minmax",
    };
    const card = accountCard(scoreForCard(input), 1, "en");
    if (!card.scored) throw new Error("B is scored");
    // Margin scores 25; revenue must score 75 among 10..50 without B: 10 + 0.75 * 40 = 40.
    const w = card.value.whatItTakes[0];
    expect(w.kind).toBe("value");
    if (w.kind === "value") expect(w.value).toBeCloseTo(40, 9);
  });

  it("says 'not reachable' when one criterion alone would have to score above 100", () => {
    const input: CardInput = {
      names: ["A", "B", "C"],
      value: {
        data: [
          [1, 1, 1],
          [2, 2, 2],
          [3, 3, 3],
        ],
        weights: [1, 1, 1],
        criteria: ["a", "b", "c"],
      },
      engagement: { data: [[1], [2], [3]], weights: [1], criteria: ["e"] },
    };
    const card = accountCard(scoreForCard(input), 0, "en");
    if (!card.scored) throw new Error("A is scored");
    // 0 + 0 + s = 150 is out of reach.
    expect(card.value.whatItTakes.map((w) => w.kind)).toEqual(["unreachable", "unreachable", "unreachable"]);
  });

  it("gives the stability and the error of an account that cannot be scored", () => {
    const input = { ...sampleInput("percentile", "median", 50, 50), stability: sampleRows().map((_, i) => i / 40) };
    const p = scoreForCard(input);
    expect(accountCard(p, 3, "de")).toMatchObject({ scored: true, stability: 3 / 40 });
    const newcomer = accountCard(p, 39, "en");
    expect(newcomer.scored).toBe(false);
    if (!newcomer.scored) expect(newcomer.error.kind).toBe("NA");
  });

  it("contributions add up to the scores on the sample portfolio", () => {
    const p = scoreForCard(sampleInput("percentile", "median", "median", "median"));
    for (let i = 0; i < 39; i++) {
      const card = accountCard(p, i, "en");
      if (!card.scored) continue;
      for (const axis of ["value", "engagement"] as Axis[]) {
        const sum = card[axis].criteria.reduce((a, c) => a + c.contribution, 0);
        expect(Math.abs(sum - card[axis].score)).toBeLessThanOrEqual(1e-9);
        expect(card[axis].gap).toBeCloseTo(Math.abs(card[axis].score - card[axis].threshold), 12);
      }
    }
  });

  for (const method of ["percentile", "minmax", "winsor", "zscore"] as Method[]) {
    it(`'what it takes' brings each account across on the sample portfolio (${method})`, () => {
      for (const missing of ["median", "drop", "zero"] as MissingPolicy[]) {
        for (const [tV, tE] of [
          [50, 50],
          ["median", "mean"],
        ] as Threshold[][]) {
          const counted = checkAll(sampleInput(method, missing, tV, tE));
          expect(counted.values).toBeGreaterThan(10);
        }
      }
    });
  }

  it("'what it takes' brings each account across on random portfolios", () => {
    let values = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const rows = 8 + (seed % 5) * 6;
      const v = randomPortfolio(seed, rows, 3, { missingRate: 0.1, ties: seed % 3 === 0 });
      const e = randomPortfolio(seed + 100, rows, 2, { missingRate: 0.1 });
      const method = (["percentile", "minmax", "winsor", "zscore"] as Method[])[seed % 4];
      values += checkAll({
        names: v.map((_, i) => `#${i}`),
        value: { data: v, weights: [2, -1, 1], criteria: ["a", "b", "c"] },
        engagement: { data: e, weights: [1, 3], criteria: ["d", "e"] },
        method,
        missing: (["median", "drop", "zero"] as MissingPolicy[])[seed % 3],
        valueThreshold: seed % 2 ? "median" : 50,
        engagementThreshold: 50,
      }).values;
    }
    expect(values).toBeGreaterThan(30);
  });
});
