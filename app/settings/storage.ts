import { LANGUAGES, METHODS, MISSING_POLICIES, Threshold } from "../../core";
import type { SourceRef } from "../workbook/workbook";
import { CriterionSetting, defaultSettings, MAX_ROBUSTNESS, MAX_WEIGHT, Settings } from "./settings";
import { PrepareSettings, readPrepareSettings } from "./prepare";
import { readPairwiseSettings } from "./pairwise";

/**
 * Settings as stored in the workbook. Reading is defensive: the stored object may come from an
 * older version, another table or a hand-edited file, so every field is checked on its own and a
 * bad one falls back to its default instead of breaking the pane.
 */
export const SETTINGS_VERSION = 1;

export interface StoredSettings extends Settings {
  version: number;
}

export const serializeSettings = (settings: Settings): StoredSettings => ({ version: SETTINGS_VERSION, ...settings });

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

const oneOf = <T extends string>(v: unknown, valid: readonly T[], dflt: T): T =>
  typeof v === "string" && (valid as readonly string[]).includes(v) ? (v as T) : dflt;

function readThreshold(v: unknown, dflt: Threshold): Threshold {
  if (v === "median" || v === "mean") return v;
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100 ? v : dflt;
}

function readSource(v: unknown): SourceRef {
  if (isObject(v) && typeof v.tableName === "string" && v.tableName) return { tableName: v.tableName };
  return { selection: true };
}

function readCriterion(v: unknown): CriterionSetting | null {
  if (!isObject(v) || typeof v.column !== "string" || !v.column) return null;
  const weight = typeof v.weight === "number" && Number.isFinite(v.weight) && v.weight >= 0 ? Math.min(v.weight, MAX_WEIGHT) : 5;
  return {
    column: v.column,
    axis: oneOf(v.axis, ["value", "engagement", "ignore"] as const, "ignore"),
    weight,
    lowerIsBetter: v.lowerIsBetter === true,
  };
}

/** Settings from whatever was stored; null when nothing usable was stored. */
export function parseSettings(raw: unknown): Settings | null {
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!isObject(raw)) return null;
  const d = defaultSettings(oneOf(raw.language, LANGUAGES, "en"));
  const criteria = Array.isArray(raw.criteria) ? raw.criteria.map(readCriterion).filter((c): c is CriterionSetting => c !== null) : [];
  // A column listed twice keeps its first setting (one pass with a set: a stored list may be long).
  const seen = new Set<string>();
  const unique = criteria.filter((c) => !seen.has(c.column) && (seen.add(c.column), true));
  return {
    source: readSource(raw.source),
    nameColumn: typeof raw.nameColumn === "string" && raw.nameColumn ? raw.nameColumn : null,
    criteria: unique,
    method: oneOf(raw.method, METHODS, d.method),
    missing: oneOf(raw.missing, MISSING_POLICIES, d.missing),
    valueThreshold: readThreshold(raw.valueThreshold, d.valueThreshold),
    engagementThreshold: readThreshold(raw.engagementThreshold, d.engagementThreshold),
    language: d.language,
    // ---- review: optional, so settings stored before them load as before.
    ...(typeof raw.idColumn === "string" && raw.idColumn ? { idColumn: raw.idColumn } : raw.idColumn === null ? { idColumn: null } : {}),
    ...(typeof raw.band === "number" && Number.isFinite(raw.band) && raw.band >= 0 && raw.band <= 50 ? { band: raw.band } : {}),
    ...withPrepare(readPrepareSettings(raw.prepare)),
    // Settings stored before the robustness setting have no robustness: they get the default.
    robustness:
      typeof raw.robustness === "number" && raw.robustness >= 0 && raw.robustness <= MAX_ROBUSTNESS ? raw.robustness : d.robustness,
    ...withPairwise(readPairwiseSettings(raw.pairwise)),
  };
}

const withPairwise = (pairwise: Settings["pairwise"]) => (pairwise ? { pairwise } : {});
const withPrepare = (prepare: PrepareSettings | undefined) => (prepare ? { prepare } : {});
