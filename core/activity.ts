/**
 * KAM.ACTIVITY (SPEC 10): interactions and days since the last contact per account from an
 * activity log, read and keyed like order lines (lines.ts), windows as in SPEC 9 (review.ts).
 */
import { isBlank, isOmitted, toMatrix } from "./cells";
import { fail } from "./errors";
import { accountKey, Keyer, shownName } from "./keys";
import { LINE_VALID, Lines, readLines, requireValid } from "./lines";
import { Messages } from "./messages";
import { parseAsOf, parseMonths, review, ReviewWindow } from "./review";

export const ACTIVITY_HEADER = ["Account", "Interactions", "Days since last contact"] as const;

/** Raw arguments of KAM.ACTIVITY, in the function's order. */
export interface ActivityArgs {
  accounts: unknown;
  dates: unknown;
  asOf?: unknown;
  months?: unknown;
  types?: unknown;
  typeWeights?: unknown;
}

/** typeWeights as weight per type key; rows with both cells blank are skipped. */
export function parseTypeWeights(v: unknown): Map<string, number> {
  const weights = new Map<string, number>();
  if (isOmitted(v)) return weights;
  const m = toMatrix(v, "typeWeights");
  if (m[0].length !== 2) fail("VALUE", Messages.typeWeightsShape(m.length, m[0].length));
  const rowOf = new Map<string, number>();
  m.forEach(([type, weight], i) => {
    const row = i + 1;
    if (isBlank(type) && isBlank(weight)) return;
    const key = accountKey(type);
    if (key === undefined) fail("VALUE", Messages.typeWeightTypeEmpty(row));
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) fail("VALUE", Messages.typeWeightInvalid(row, weight));
    const first = rowOf.get(key);
    if (first !== undefined) fail("VALUE", Messages.typeWeightDuplicate(String(type).trim(), first, row));
    rowOf.set(key, row);
    weights.set(key, weight);
  });
  return weights;
}

export interface ActivityFigures {
  review: ReviewWindow;
  /** Account ids in the order of their first activity on or before asOf. */
  order: number[];
  names: (string | number)[];
  interactions: Float64Array;
  lastContact: Float64Array;
  keys: string[];
}

export function activityFigures(args: ActivityArgs, options: { timeZone?: string } = {}): ActivityFigures {
  const withTypes = !isOmitted(args.types);
  const weightByKey = parseTypeWeights(args.typeWeights);
  if (!withTypes && !isOmitted(args.typeWeights)) fail("VALUE", Messages.typeWeightsWithoutTypes());
  const lines = readLines({ accounts: args.accounts, dates: args.dates, types: withTypes ? args.types : undefined }, options);
  requireValid(lines);
  return activityFiguresOf(lines, args, weightByKey, options);
}

/**
 * The figures of activity lines already read (readLines), for a caller that has read them to check
 * them: only the valid lines count. `weightByKey` is parseTypeWeights' result (empty: every type 1).
 */
export function activityFiguresOf(
  lines: Lines,
  window: { asOf?: unknown; months?: unknown },
  weightByKey: Map<string, number> = new Map(),
  options: { timeZone?: string } = {},
): ActivityFigures {
  const r = review(parseAsOf(window.asOf, lines.latest, options.timeZone), parseMonths(window.months));
  const typeWeight = weightsById(lines.types, weightByKey);
  const k = lines.accounts.size;
  const interactions = new Float64Array(k);
  const lastContact = new Float64Array(k).fill(NaN);
  const firstLine = new Int32Array(k).fill(-1);
  const order: number[] = [];
  const { account, date, status, type } = lines;
  for (let i = 0; i < lines.count; i++) {
    if (status[i] !== LINE_VALID) continue;
    const d = date[i];
    if (d > r.asOf) continue;
    const a = account[i];
    if (firstLine[a] < 0) {
      firstLine[a] = i;
      order.push(a);
    }
    if (d > r.windowStart) interactions[a] += type && type[i] >= 0 ? typeWeight[type[i]] : 1;
    if (!(lastContact[a] >= d)) lastContact[a] = d;
  }
  const names = new Array<string | number>(k);
  for (const a of order) names[a] = shownName(lines.accountCells.at(firstLine[a]));
  return { review: r, order, names, interactions, lastContact, keys: lines.accounts.keys };
}

/** The weight of each type id met in the log: listed in typeWeights, else 1. */
function weightsById(types: Keyer, weights: Map<string, number>): Float64Array {
  const out = new Float64Array(types.size);
  for (let t = 0; t < types.size; t++) out[t] = weights.get(types.keys[t]) ?? 1;
  return out;
}

/** KAM.ACTIVITY: the header row, then one row per account with an activity on or before asOf. */
export function activityTable(args: ActivityArgs, options: { timeZone?: string } = {}): unknown[][] {
  const f = activityFigures(args, options);
  const out: unknown[][] = [[...ACTIVITY_HEADER]];
  for (const a of f.order) out.push([f.names[a], f.interactions[a], f.review.asOf - f.lastContact[a]]);
  return out;
}
