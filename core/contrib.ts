import { CriterionScores, criterionScores, weightedScores } from "./criterion-scores";
import { KamError, Scored } from "./errors";
import type { AxisArgs } from "./score";

/**
 * KAM.CONTRIB (SPEC 11): the points each criterion adds to an account's score, n x k.
 * c_j = |w_j| * s_j / D with D the sum of all |w_j| ("median", "zero") or of the present ones
 * ("drop", where a missing criterion adds 0). Each row adds up to the account's KAM.VALUE score;
 * an account that KAM.VALUE cannot score gets its error in every cell.
 * Whole-argument problems are thrown as KamError, as scoreAxisNumbers does.
 */
export function contributions(args: AxisArgs): Scored[][] {
  return contributionsOf(criterionScores(args));
}

/** contributions from criterion scores already made (the pane keeps them per data and method). */
export function contributionsOf(cs: CriterionScores, weights: ArrayLike<number> = cs.weights): Scored[][] {
  const axis = weightedScores(cs, weights);
  const rows: Scored[][] = new Array(cs.accounts);
  for (let i = 0; i < cs.accounts; i++) {
    const error: KamError | undefined = axis.errors.get(i);
    rows[i] = error ? new Array(cs.criteria).fill(error) : contributionRow(cs, i, weights);
  }
  return rows;
}

/**
 * The contributions of one account that weightedScores can score (the account card needs one row,
 * not the whole table); for an account it cannot score the numbers mean nothing.
 */
export function contributionRow(cs: CriterionScores, i: number, weights: ArrayLike<number> = cs.weights): number[] {
  const { accounts: n, criteria: k } = cs;
  const abs = Array.from({ length: k }, (_, j) => Math.abs(weights[j]));
  let denominator = 0;
  for (let j = 0; j < k; j++) if (cs.missing !== "drop" || cs.present[j * n + i]) denominator += abs[j];
  const row: number[] = new Array(k);
  for (let j = 0; j < k; j++) {
    const at = j * n + i;
    // A present criterion with weight 0 adds nothing (its score is never looked at, as in KAM.VALUE).
    const counts = abs[j] !== 0 && (cs.present[at] || cs.missing !== "drop");
    row[j] = counts ? (abs[j] * cs.scores[at]) / denominator : 0;
  }
  return row;
}
