import type { Quadrant } from "../../core";

/**
 * One colour per quadrant, from the colour-blind-safe Okabe-Ito family and darkened so that the
 * same colour works twice: black text on it stays readable (contrast >= 4.5) and a chart marker on
 * a white background stands out (contrast >= 3).
 */
export const QUADRANT_COLORS: Record<Quadrant, string> = {
  1: "#009E73", // key partner: green
  2: "#3A8FD6", // develop: blue
  3: "#D55E00", // monetise: vermillion
  4: "#8C8C8C", // re-evaluate: grey
};
