/** Review over time: history model, account identity, comparison, and the Review section's controller. The one import path for these from outside the folder. */
export * from "./types";
export * from "./accountKey";
export * from "./reviewDate";
export * from "./fingerprint";
export * from "./records";
export * from "./history";
export * from "./historyChange";
export * from "./historyRead";
export * from "./contributions";
export * from "./compare";
export * from "./kpis";
export * from "./trails";
export * from "./comparison";
export * from "./predicted";
export * from "./text";
export * from "./reviewController";
