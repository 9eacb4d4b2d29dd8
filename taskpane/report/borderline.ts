import type { Scored } from "../../src";

/** Under this stability an account's label depends on the weights (issue 11): a borderline account. */
export const BORDERLINE_BELOW = 0.8;

export const isBorderline = (s: Scored | undefined): boolean => typeof s === "number" && s < BORDERLINE_BELOW;
