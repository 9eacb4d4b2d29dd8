export * from "./settings";
export * from "./presets";
export * from "./storage";
