/** Below this share of the weight an account has too little data to be scored (SPEC 3). */
export const MIN_COVERAGE = 0.5;
