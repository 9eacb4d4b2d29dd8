import { METHODS as METHOD_NAMES, parseThreshold, Threshold } from "../../core";
import type { ReviewCriterion, SettingsPrint } from "./types";

/**
 * The settings fingerprint as it is stored in the "Settings" column: canonical JSON (fixed key
 * order), so a person can read it and two equal settings give the same text.
 */
export function printText(p: SettingsPrint): string {
  return JSON.stringify({
    method: p.method,
    missing: p.missing,
    valueThreshold: p.valueThreshold,
    engagementThreshold: p.engagementThreshold,
    band: p.band,
    criteria: p.criteria.map((c) => [c.name, c.axis, c.weight]),
  });
}

const METHODS: readonly string[] = METHOD_NAMES;
const MISSING = ["median", "drop", "zero"];

/** Reads a stored fingerprint back; null when the text is not one (a damaged cell). */
export function parsePrintText(text: unknown): SettingsPrint | null {
  if (typeof text !== "string") return null;
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return null;
  }
  if (!o || typeof o !== "object") return null;
  const r = o as Record<string, unknown>;
  if (!METHODS.includes(r.method as string) || !MISSING.includes(r.missing as string)) return null;
  if (typeof r.band !== "number" || !(r.band >= 0 && r.band <= 50)) return null;
  const threshold = (v: unknown): Threshold | null => {
    try {
      return typeof v === "number" || v === "median" || v === "mean" ? parseThreshold(v, "threshold") : null;
    } catch {
      return null;
    }
  };
  const tV = threshold(r.valueThreshold);
  const tE = threshold(r.engagementThreshold);
  if (tV === null || tE === null || !Array.isArray(r.criteria)) return null;
  const criteria: ReviewCriterion[] = [];
  for (const c of r.criteria) {
    if (!Array.isArray(c) || typeof c[0] !== "string" || (c[1] !== "value" && c[1] !== "engagement")) return null;
    if (typeof c[2] !== "number" || !Number.isFinite(c[2])) return null;
    criteria.push({ name: c[0], axis: c[1], weight: c[2] });
  }
  return {
    method: r.method as SettingsPrint["method"],
    missing: r.missing as SettingsPrint["missing"],
    valueThreshold: tV,
    engagementThreshold: tE,
    band: r.band,
    criteria,
  };
}

export type SettingsPart = "criteria" | "weights" | "method" | "missing" | "thresholds" | "band";

/** Weights as shares of their axis's total |w| (only the ratios on an axis matter, SPEC 3). */
function shares(p: SettingsPrint): Map<string, string> {
  const total = { value: 0, engagement: 0 };
  for (const c of p.criteria) total[c.axis] += Math.abs(c.weight);
  const out = new Map<string, string>();
  for (const c of p.criteria) {
    const t = total[c.axis];
    out.set(c.name, `${c.axis}:${t > 0 ? (c.weight / t).toPrecision(12) : 0}`);
  }
  return out;
}

/**
 * What differs between two fingerprints, in a fixed order. Weights 5/5 and 10/10 are the same
 * model (same ratios), so they do not count as a change; a criterion that moved axis does.
 */
export function settingsChanges(then: SettingsPrint, now: SettingsPrint): SettingsPart[] {
  const parts: SettingsPart[] = [];
  const a = shares(then);
  const b = shares(now);
  const sameSet = a.size === b.size && [...a.keys()].every((k) => b.has(k));
  if (!sameSet) parts.push("criteria");
  if ([...a].some(([k, v]) => b.has(k) && b.get(k) !== v)) parts.push("weights");
  if (then.method !== now.method) parts.push("method");
  if (then.missing !== now.missing) parts.push("missing");
  if (then.valueThreshold !== now.valueThreshold || then.engagementThreshold !== now.engagementThreshold) parts.push("thresholds");
  if (then.band !== now.band) parts.push("band");
  return parts;
}
