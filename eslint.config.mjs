// ESLint 9 flat config: `npm run lint:eslint` (eslint . --max-warnings 0).
// - typescript-eslint's recommended rules (syntax only; type checking is `npm run lint:types`);
// - the Office.js rules of eslint-plugin-office-addins (load before read, sync after load, no
//   sync in a loop, isNullObject), taken from its "recommended" config without the rest of that
//   config (it also brings its own parser, ES6 settings and prettier-as-a-lint-rule);
// - React's rules of hooks; the import boundaries of the layout (ARCHITECTURE.md: core <- functions,
//   core <- app <- taskpane <- hosts) and no import cycles; eslint-config-prettier last, so
//   formatting is Prettier's job alone.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import prettier from "eslint-config-prettier";

const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);

// Node's globals for the plain JavaScript files (webpack configs, build scripts); listed here
// rather than taken from the `globals` package, which is not a dependency of this project.
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "global",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "URL",
    "TextDecoder",
    "TextEncoder",
    "performance",
    "structuredClone",
  ].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  {
    ignores: ["dist/**", "dist-*/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      // TypeScript checks names itself; ESLint's no-undef does not know DOM, Office or Jest types.
      "no-undef": "off",
      // `_name` marks a parameter or destructured value that is left out on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  {
    // ... and no package either: no-restricted-paths sees only the project's own files.
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "^[^.]", message: "core/ is the pure scoring core: it imports no package (no Office, DOM, React or Node)." }],
        },
      ],
    },
  },
  {
    // The use cases are host-neutral and UI-free: no React or Fluent, no host globals.
    files: ["app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "^(react|react-dom|@fluentui)(/|$)", message: "app/ holds no UI: React and Fluent belong in taskpane/." }],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "app/ is host-neutral: Office.js belongs in hosts/excel/." },
        { name: "Excel", message: "app/ is host-neutral: Office.js belongs in hosts/excel/." },
        { name: "CustomFunctions", message: "app/ is host-neutral: custom functions belong in functions/." },
        { name: "google", message: "app/ is host-neutral: google.script.run belongs in hosts/sheets/." },
        { name: "SpreadsheetApp", message: "app/ is host-neutral: Apps Script belongs in hosts/sheets/." },
      ],
    },
  },
  {
    // The React pane talks to a host only through the Workbook contract it is given.
    files: ["taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "taskpane/ is host-neutral: Office.js belongs in hosts/excel/." },
        { name: "Excel", message: "taskpane/ is host-neutral: Office.js belongs in hosts/excel/." },
        { name: "google", message: "taskpane/ is host-neutral: google.script.run belongs in hosts/sheets/." },
      ],
    },
  },
  // Tuned for this codebase (each is noise here, not a defect):
  {
    // The custom functions' parameters are `any` on purpose: custom-functions-metadata turns
    // `any` into the metadata type "any" (a cell of any kind, an error, a data type), which a
    // narrower TypeScript type would change. The Sheets wrappers take the same arguments.
    files: ["functions/functions.ts", "hosts/sheets/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Cody's erf/erfc coefficients are printed with 17 significant digits as published; the
    // parsed doubles are what the SPEC's 1e-9 agreement with NORM.S.DIST was measured with.
    files: ["core/normal.ts"],
    rules: { "no-loss-of-precision": "off" },
  },
  {
    // Tests feed deliberately ill-typed inputs (`as any`) to the functions, and misuse Office.js
    // on purpose to check that the Excel fake refuses a read before load/sync.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      // The fakes require their siblings lazily (an acyclic module graph), and tests load plain-JS
      // build files and the sidebar's entry with require.
      "@typescript-eslint/no-require-imports": "off",
      // The typed-value model matches control characters on purpose (Excel's leading white space).
      "no-control-regex": "off",
      ...Object.fromEntries(Object.keys(officeAddinsRules).map((rule) => [rule, "off"])),
    },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      // no-cycle parses the files an import leads to: it must know which files and which parser.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      // The layout: core/ is the pure scoring core; functions/ and app/ sit on it; taskpane/ is the
      // React UI over app/; hosts/ are the edge and may use everything inward.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./core",
              from: "./",
              except: ["./core"],
              message: "core/ is the pure scoring core: it imports nothing outside core/ (no Office, DOM, React or Node).",
            },
            {
              target: "./functions",
              from: "./",
              except: ["./core", "./functions"],
              message: "functions/ imports only core/ (and its own files).",
            },
            {
              target: "./app",
              from: ["./functions", "./taskpane", "./hosts"],
              message: "app/ imports only core/ (and its own files): no taskpane/, hosts/ or functions/.",
            },
            {
              target: "./taskpane",
              from: ["./functions", "./hosts"],
              message: "taskpane/ is the UI over app/: it imports core/ and app/, never hosts/.",
            },
            {
              target: ["./core", "./functions", "./app", "./taskpane", "./hosts"],
              from: "./test",
              message: "Product code never imports test code.",
            },
          ],
        },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  prettier,
);
