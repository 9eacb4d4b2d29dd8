import type { ReviewAxis, ReviewAccount, SettingsPrint } from "./types";

/**
 * The points each criterion adds to an account's axis score (SPEC 11), from the stored criterion
 * scores and the review's weights: c_j = |w_j| s_j / D, D the sum of the axis's |w_j| (policy
 * drop: of the criteria that counted, a missing one adds 0). Empty for an account not scored.
 */
export function contributions(account: ReviewAccount, print: SettingsPrint): Map<string, { axis: ReviewAxis; points: number }> {
  const out = new Map<string, { axis: ReviewAxis; points: number }>();
  if (account.quadrant === null) return out;
  for (const axis of ["value", "engagement"] as const) {
    const criteria = print.criteria.filter((c) => c.axis === axis);
    const counted = (name: string) => print.missing !== "drop" || account.scores.get(name) != null;
    const d = criteria.reduce((sum, c) => sum + (counted(c.name) ? Math.abs(c.weight) : 0), 0);
    for (const c of criteria) {
      const s = account.scores.get(c.name) ?? 0;
      out.set(c.name, { axis, points: d > 0 ? (Math.abs(c.weight) * s) / d : 0 });
    }
  }
  return out;
}
