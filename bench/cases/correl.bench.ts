/**
 * KAM.CORREL's JavaScript function: 10,000 accounts x 15 criteria (105 pairs), 5% blanks, some
 * ties. Target: under 150 ms. The input is built once, outside the timing, as a host hands it over.
 * Also KAM.WEIGHTS on a 15 x 15 pairwise matrix, which the pane recomputes on every slider move.
 */
import { correl, weights } from "../../functions/functions";
import { report, timeMedian } from "../measure";
import { seededRandom } from "../../test/support/portfolios";

const CRITERIA = 15;

function accounts(n: number): unknown[][] {
  const rand = seededRandom(n);
  return Array.from({ length: n }, () =>
    Array.from({ length: CRITERIA }, (_, j) => (rand() < 0.05 ? null : j % 3 === 0 ? Math.ceil(rand() * 20) : rand() * 10 ** (j % 6))),
  );
}

for (const n of [1_000, 10_000]) {
  const data = accounts(n);
  let out: unknown[][] = [];
  const run = () => {
    out = correl(data);
  };
  const first = timeMedian(1, run);
  const t = timeMedian(9, run);
  if (out.length !== CRITERIA || out[0].length !== CRITERIA) throw new Error("expected a 15 x 15 result");
  report({ case: "correl", n, criteria: CRITERIA, ...t, firstMs: first.ms });
}

const rand = seededRandom(15);
const scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];
const pairwise = Array.from({ length: CRITERIA }, (_, i) =>
  Array.from({ length: CRITERIA }, (_, j) => (j > i ? scale[Math.floor(rand() * scale.length)] : null)),
);
let w: unknown[][] = [];
const t = timeMedian(51, () => {
  w = weights(pairwise);
});
if (w.length !== CRITERIA) throw new Error("expected 15 weights");
report({ case: "weights-pairwise", n: CRITERIA, ...t });
