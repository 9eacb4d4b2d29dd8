/**
 * ExcelApi sets the adapter relies on. The manifest requires ExcelApi 1.7 (chart series values,
 * per-series chart types and marker colours, getRangeByIndexes, getSurroundingRegion, sheet
 * events); the shared runtime the add-in needs already rules out every host below that. Newer
 * sets are checked at runtime and their features skipped with a message when missing.
 */
export type Requirements = (set: string, version: string) => boolean;
/** Whether the host has a feature of `Features`; calls of it are what the requirement-set check reads as guards. */
export type Supports = (feature: readonly [string, string]) => boolean;

export const officeRequirements: Requirements = (set, version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;

export const Features = {
  /** Per-point data label text: account names beside the markers. */
  pointLabels: ["ExcelApi", "1.8"],
  /** Drop-down lists (Range.dataValidation) on the plan's columns. */
  dataValidation: ["ExcelApi", "1.8"],
  /** One onChanged for all sheets, including sheets added later. */
  workbookChanged: ["ExcelApi", "1.9"],
  /** Own sheets rebuilt in place (Range.copyFrom 1.9, Table.resize 1.13): references to them survive. */
  inPlace: ["ExcelApi", "1.13"],
  /** Change events say whether this add-in made the change. */
  triggerSource: ["ExcelApi", "1.14"],
} as const;
