import { guessCriterion, CriterionKind } from "./mapping";
import { DEFAULT_WEIGHT, Settings } from "./settings";

export const PRESETS = ["balanced", "profitability", "growth"] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * Weights per criterion kind (0..10). Balanced weighs everything the same; the others put their
 * focus first and keep the rest in play, so no criterion silently drops out.
 */
const FOCUS: Record<Exclude<Preset, "balanced">, Partial<Record<CriterionKind, number>>> = {
  profitability: { margin: 10, revenue: 7, cost: 7 },
  growth: { growth: 10, strategic: 7, revenue: 5 },
};
const BACKGROUND_WEIGHT = 3;

export function presetWeight(preset: Preset, column: string): number {
  if (preset === "balanced") return DEFAULT_WEIGHT;
  const kind = guessCriterion(column)?.kind;
  return (kind && FOCUS[preset][kind]) ?? BACKGROUND_WEIGHT;
}

/** Sets every criterion's weight from the preset; mapping and directions stay as they are. */
export function applyPreset(settings: Settings, preset: Preset): Settings {
  return { ...settings, criteria: settings.criteria.map((c) => ({ ...c, weight: presetWeight(preset, c.column) })) };
}
