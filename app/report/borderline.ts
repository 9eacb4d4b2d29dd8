import type { Scored } from "../../core";

/** Under this stability an account's label depends on the weights: a borderline account. */
export const BORDERLINE_BELOW = 0.8;

export const isBorderline = (s: Scored | undefined): boolean => typeof s === "number" && s < BORDERLINE_BELOW;
