/** The account card's model (pure, no UI): why an account sits where it sits and what would move it. */
export * from "./portfolio";
export * from "./whatItTakes";
export * from "./accountCard";
