// Three projects: fast pure-Node tests, jsdom component tests, and browser end-to-end tests.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/test/e2e/"],
    },
    { ...common, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/**/*.test.tsx"] },
    { ...common, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"] },
  ],
};
