/** The scoring core: pure functions over 2D arrays of cells, no host imports. */
export * from "./errors";
export * from "./messages";
export * from "./cells";
export * from "./normal";
export * from "./normalize";
export * from "./weights";
export * from "./score";
export * from "./quadrant";
export * from "./matrix";
export * from "./allocate";
export * from "./clv";
export * from "./moves";
export * from "./playbook";
export * from "./i18n/language";
export * from "./i18n/quadrants";
