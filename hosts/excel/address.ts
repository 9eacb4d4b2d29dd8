/** A1 addresses and sheet names as Excel writes them; the shared rules live in ../naming. */
export { a1, columnLetters, quoteSheet, uniqueSheetName, uniqueTableName } from "../../app/workbook/naming";

/** The reference the add-in writes into its workbook name: the whole sheet, rows 1 to 1048576. */
export const wholeSheetReference = (quotedSheet: string): string => `=${quotedSheet}!$1:$1048576`;

/**
 * The sheet a reference such as "='KAM Matrix'!$1:$1048576" points at, or null for "#REF!" and
 * anything that is not a plain sheet reference (the user may have edited the name).
 */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  const plain = /^([^'!]+)!(.+)$/.exec(ref);
  const match = quoted ?? plain;
  if (!match || ref.includes("#REF!")) return null;
  return quoted ? match[1].replace(/''/g, "'") : match[1];
}
