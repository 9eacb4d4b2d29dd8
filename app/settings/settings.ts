import type { Language, Method, MissingPolicy, Threshold } from "../../core";
import type { SourceRef, SourceTable } from "../workbook/workbook";
import { Axis, columnLabels, guessCriterion, guessIdColumn, guessNameColumn } from "./mapping";
import type { PrepareSettings } from "./prepare";
import type { PairwiseSettings } from "./pairwise";

/** How one column of the account table takes part in the matrix. */
export interface CriterionSetting {
  /** Column label (see columnLabels): the header text, made unique. */
  column: string;
  axis: Axis;
  /** 0..10; the slider's scale. Only the ratios between weights on one axis matter. */
  weight: number;
  /** Cost to serve, days since last contact: the smaller, the better. */
  lowerIsBetter: boolean;
}

/** Everything the user chooses in the pane; stored in the workbook so it travels with the file. */
export interface Settings {
  source: SourceRef;
  /** Column label of the account names, or null to number the rows. */
  nameColumn: string | null;
  criteria: CriterionSetting[];
  method: Method;
  missing: MissingPolicy;
  valueThreshold: Threshold;
  engagementThreshold: Threshold;
  /** Language of the texts written to the sheet (labels, headers, strategies). */
  language: Language;
  // ---- review
  /** Column label mapped as "Account ID" (identifies accounts across renames); null: none; undefined: not chosen yet (guessed). */
  idColumn?: string | null;
  /** Hysteresis band in score points (0 = off): with a compared review, accounts keep their quadrant unless they cross a threshold by more. */
  band?: number;
  /** "Prepare data": the raw tables and how KAM Accounts is made from them. */
  prepare?: PrepareSettings;
  /** what-if: weight uncertainty in percent (0..50) for the Stability column (SPEC 14's spread x 100). */
  robustness: number;
  /** "Derive weights": the pairwise judgements per axis; optional, so older settings load as before. */
  pairwise?: PairwiseSettings;
}

export const MAX_WEIGHT = 10;
/** what-if: the Robustness setting's range and default, in percent. */
export const MAX_ROBUSTNESS = 50;
export const DEFAULT_ROBUSTNESS = 25;
export const DEFAULT_WEIGHT = 5;

export function defaultSettings(language: Language = "en"): Settings {
  return {
    source: { selection: true },
    nameColumn: null,
    criteria: [],
    method: "percentile",
    missing: "median",
    valueThreshold: 50,
    engagementThreshold: 50,
    language,
    robustness: DEFAULT_ROBUSTNESS,
  };
}

/** The setting a column gets when the user has not chosen one: guessed from its header. */
export function guessSetting(column: string): CriterionSetting {
  const guess = guessCriterion(column);
  return guess
    ? { column, axis: guess.axis, weight: DEFAULT_WEIGHT, lowerIsBetter: guess.lowerIsBetter }
    : { column, axis: "ignore", weight: DEFAULT_WEIGHT, lowerIsBetter: false };
}

/**
 * Fits settings to the table actually read: keeps the user's choices for columns that still exist,
 * guesses the new ones and drops the rest, in the table's column order.
 */
export function reconcile(settings: Settings, table: SourceTable): Settings {
  const labels = columnLabels(table.headers);
  const nameColumn =
    settings.nameColumn !== null && labels.includes(settings.nameColumn)
      ? settings.nameColumn
      : labelAt(labels, guessNameColumn(labels, table.rows));
  const known = new Map(settings.criteria.map((c) => [c.column, c]));
  const criteria = labels.filter((l) => l !== nameColumn).map((l) => known.get(l) ?? guessSetting(l));
  // ---- review: the Account ID column, kept when it still exists, else guessed.
  const idColumn =
    settings.idColumn && labels.includes(settings.idColumn) ? settings.idColumn : guessIdColumn(labels.filter((l) => l !== nameColumn));
  return { ...settings, nameColumn, criteria, ...(idColumn ? { idColumn } : { idColumn: null }) };
}

const labelAt = (labels: string[], index: number | null) => (index === null ? null : labels[index]);

/** Criteria that take part on one axis, in column order. */
export const criteriaOn = (settings: Settings, axis: Exclude<Axis, "ignore">): CriterionSetting[] =>
  settings.criteria.filter((c) => c.axis === axis);

/** Replaces the setting of one column. */
export function updateCriterion(settings: Settings, column: string, patch: Partial<CriterionSetting>): Settings {
  return { ...settings, criteria: settings.criteria.map((c) => (c.column === column ? { ...c, ...patch, column } : c)) };
}

/**
 * The user picks another name column (null: number the rows): the old name column becomes a
 * criterion again (with its earlier setting, else a guess from its header), the new one stops
 * being one.
 */
export function withNameColumn(settings: Settings, labels: readonly string[], column: string | null): Settings {
  return {
    ...settings,
    nameColumn: column,
    criteria: labels.filter((l) => l !== column).map((l) => settings.criteria.find((c) => c.column === l) ?? guessSetting(l)),
  };
}
