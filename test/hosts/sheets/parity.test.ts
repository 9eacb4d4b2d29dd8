/**
 * The built Code.js in a bare vm sandbox (no SpreadsheetApp, no window) gives the same results
 * and the same error messages as the Excel functions, on the same inputs. Date cells, which Sheets
 * passes as Date objects, are read in the spreadsheet's time zone (a sandbox that provides
 * SpreadsheetApp.getActive().getSpreadsheetTimeZone()) and give what Excel gives for their serials.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import type { Context } from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as excel from "../../../functions/functions";
import { isKamError } from "../../../core";
import { FUNCTIONS } from "../../../functions/catalogue";
import { buildSheets, loadCode } from "./build-sheets";

let outDir: string;
let sandbox: Context;

beforeAll(async () => {
  outDir = await buildSheets("code");
  sandbox = loadCode(outDir);
}, 180_000);

afterAll(() => outDir && fs.rmSync(outDir, { recursive: true, force: true }));

/** What Sheets passes: empty cells as "", left-out trailing arguments as undefined. */
function sheetsArgs(args: unknown[]): unknown[] {
  const cells = (a: unknown): unknown => (Array.isArray(a) ? a.map(cells) : a === null ? "" : a);
  const out = [...args];
  while (out.length && out[out.length - 1] === null) out.pop();
  return out.map((a) => (Array.isArray(a) ? cells(a) : a));
}

/** Calls KAM_<ID> in the sandbox: { value } or { thrown: message }. */
function callSheets(id: string, args: unknown[], context: Context = sandbox): { value?: unknown; thrown?: string } {
  const fn = context[`KAM_${id}`] as (...a: unknown[]) => unknown;
  try {
    return { value: JSON.parse(JSON.stringify(fn(...sheetsArgs(args)))) };
  } catch (e) {
    return { thrown: (e as Error).message };
  }
}

/** The Excel result as Sheets must show it: a whole error is thrown, cell errors become "#CODE: message". */
function expectedInSheets(result: unknown): { value?: unknown; thrown?: string } {
  if (isKamError(result)) return { thrown: result.message };
  const cell = (x: unknown) => (isKamError(x) ? `${x.code}: ${x.message}` : x === null ? "" : x);
  return { value: (result as unknown[][]).map((row) => row.map(cell)) };
}

const accounts = [
  [10, 200, 3],
  [20, 100, null],
  [30, "n/a", 9],
  [40, 50, 6],
  [null, null, 1],
];
/** Pairwise comparisons, upper triangle only (SPEC 16). */
const PAIRWISE = [
  [1, 3, 5],
  [null, 1, 3],
  [null, null, 1],
];
const v = [[80], [80], [20], [20], [50]];
const e = [[70], [30], [70], [30], [50]];
const previous = [[1], [1], [4], [null], ["x"]];
const near = [[55], [45], [52], [48], [50]];

const col = (...xs: unknown[]) => xs.map((x) => [x]);
// Order lines: serials, the three text forms, a time of day, a return, a blank line, a number as account.
const LINE_ACCOUNTS = col("Acme", "acme", "Beta", "Beta", null, 1001, "Acme");
const LINE_DATES = col(45658.75, "2025-01-15", "15.3.2025", "3/31/2025", null, 45300, "2024-02-29");
const LINE_AMOUNTS = col(1000, 500, 800, -100, null, 50, 1200);
const LINE_PROFITS = col(300, 100, 80, -10, null, 5, 240);
const LINE_CATEGORIES = col("A", "B", "A", "A", null, "", "C");
const LINE_ORDERS = col("SO1", "so1", "SO2", "SO3", null, 7, "SO0");
const RATERS = col("Anna", "anna", "Ben", null, null, "Ben", "Anna");
const RATING_SCORES = [
  [4, 3],
  [2, ""],
  [5, "n/a"],
  [1, 9],
  [null, null],
  [3, 3],
  [12, 4],
];

type Case = [id: string, fn: keyof typeof excel, args: unknown[]];
const cases: Case[] = [
  ["VALUE", "value", [accounts, null, null, null, null]],
  ["VALUE", "value", [accounts, [[1, 2, -1]], null, "MinMax", "drop"]],
  ["VALUE", "value", [accounts, [[3], [1], [1]], null, "zscore", "zero"]],
  ["VALUE", "value", [[[25, 120, 5]], null, accounts, null, null]],
  [
    "VALUE",
    "value",
    [
      [
        [50, 150],
        [20, 30],
      ],
      null,
      null,
      "none",
      null,
    ],
  ],
  ["VALUE", "value", [accounts, [[1, 2]], null, null, null]],
  ["VALUE", "value", [accounts, [[0, 0, 0]], null, null, null]],
  ["VALUE", "value", [accounts, null, null, "best", null]],
  ["VALUE", "value", [accounts, null, [[1, 2]], null, null]],
  ["VALUE", "value", [[["Revenue", "Margin", "Growth"], ...accounts], null, null, null, null]],
  ["ENGAGEMENT", "engagement", [accounts, [[1, 1, 2]], null, "percentile", "median"]],
  ["ENGAGEMENT", "engagement", [[["x", "y"]], null, null, null, null]],
  ["NORMALIZE", "normalize", [[[1], [2], [null], [4]], null, null]],
  [
    "NORMALIZE",
    "normalize",
    [
      [
        [1, 5],
        [2, 5],
        [4, 9],
      ],
      "ZSCORE",
      null,
    ],
  ],
  [
    "NORMALIZE",
    "normalize",
    [
      [[1, 5]],
      "minmax",
      [
        [0, 0],
        [10, 10],
      ],
    ],
  ],
  ["NORMALIZE", "normalize", [[[1]], null, [[1, 2]]]],
  ["COVERAGE", "coverage", [accounts, null]],
  ["COVERAGE", "coverage", [accounts, [[2, 1, 1]]]],
  ["COVERAGE", "coverage", [accounts, [["a", 1, 1]]]],
  ["QUADRANT", "quadrant", [v, e, null, null]],
  ["QUADRANT", "quadrant", [v, e, "median", "mean"]],
  ["QUADRANT", "quadrant", [v, e, 150, null]],
  ["QUADRANT", "quadrant", [v, [[1], [2]], null, null]],
  ["QUADRANT", "quadrant", [[[80, null]], [[20, 30]], null, null]],
  [
    "LABEL",
    "label",
    [
      [
        [1, 2],
        [3, 4],
      ],
      "de",
    ],
  ],
  ["LABEL", "label", [[[1], [5]], null]],
  ["LABEL", "label", [[[1]], "fr"]],
  ["STRATEGY", "strategy", [[[1], [4]], "en"]],
  ["PLAYBOOK", "playbook", [null]],
  ["PLAYBOOK", "playbook", ["DE"]],
  ["PLAYBOOK", "playbook", ["xx"]],
  ["PRIORITY", "priority", [v, e, null, null]],
  ["PRIORITY", "priority", [[[80], ["bad"], [20]], [[70], [30], [70]], 60, 40]],
  [
    "MATRIX",
    "matrix",
    [[["Acme"], ["=cmd()"], ["Beta"], ["Gamma"], [null]], accounts, accounts, null, [[1, 2, 1]], null, null, null, "de"],
  ],
  ["MATRIX", "matrix", [[["Acme"], ["Beta"]], accounts, accounts, null, null, null, null, null, null]],
  ["ALLOCATE", "allocate", [1000, [[1], [2], [3], [4], [1]], [[80], [60], [40], [20], [40]], null]],
  ["ALLOCATE", "allocate", [1000, [[1], [null], [1]], null, [[0.5, 0.5, 0, 0]]]],
  ["ALLOCATE", "allocate", [-5, [[1]], null, null]],
  ["CLV", "clv", [[[1000], [500]], [[0.8], [1]], [[0.1]], null]],
  ["CLV", "clv", [[[1000]], [[0.9]], [[0.08]], [[5]]]],
  ["CLV", "clv", [[[1000], [500]], [[0.8], [0.7], [0.6]], [[0.1]], null]],
  [
    "MOVES",
    "moves",
    [
      [[1], [2], [3], [4], ["x"]],
      [[2], [2], [4], [4], [1]],
    ],
  ],
  ["MOVES", "moves", [[[1], [2]], [[1]]]],
  ["QUADRANT", "quadrant", [near, e, null, null, previous, 10]],
  ["QUADRANT", "quadrant", [near, e, "median", 50, previous, 5]],
  ["QUADRANT", "quadrant", [near, e, null, null, [[1], [2]], 5]],
  ["QUADRANT", "quadrant", [near, e, null, null, previous, 51]],
  ["QUADRANT", "quadrant", [near, e, null, null, previous, "wide"]],
  ["PRIORITY", "priority", [near, e, null, null, previous, 10]],
  ["PRIORITY", "priority", [near, e, null, null, null, -1]],
  ["MOVES", "moves", [[[1], [2], [null], [4], ["x"]], [[2], [null], [3], [4], [1]], "full"]],
  ["MOVES", "moves", [[[1], [1], [3]], [[2], [1], [3]], "share"]],
  ["MOVES", "moves", [[[1]], [[2]], "all"]],
  ["ACCOUNTS", "accounts", [LINE_ACCOUNTS, LINE_DATES, LINE_AMOUNTS, LINE_PROFITS, "2025-03-31", 12, LINE_CATEGORIES, LINE_ORDERS]],
  ["ACCOUNTS", "accounts", [LINE_ACCOUNTS, LINE_DATES, LINE_AMOUNTS, null, null, 3, null, null]],
  ["ACCOUNTS", "accounts", [LINE_ACCOUNTS, col(45658, "31.02.2025", 1, 2, null, "x", 3), LINE_AMOUNTS, null, null, null, null, null]],
  ["ACCOUNTS", "accounts", [LINE_ACCOUNTS, LINE_DATES, LINE_AMOUNTS.slice(1), null, null, null, null, null]],
  ["ACCOUNTS", "accounts", [LINE_ACCOUNTS, LINE_DATES, LINE_AMOUNTS, null, "soon", null, null, null]],
  ["ACCOUNTS", "accounts", [LINE_ACCOUNTS, LINE_DATES, LINE_AMOUNTS, null, null, 0, null, null]],
  ["ACTIVITY", "activity", [LINE_ACCOUNTS, LINE_DATES, null, null, null, null]],
  [
    "ACTIVITY",
    "activity",
    [
      LINE_ACCOUNTS,
      LINE_DATES,
      45700,
      6,
      LINE_CATEGORIES,
      [
        ["a", 2],
        ["C", 0.5],
      ],
    ],
  ],
  ["ACTIVITY", "activity", [LINE_ACCOUNTS, LINE_DATES, null, null, LINE_CATEGORIES, [["a", -2]]]],
  ["CONTRIB", "contrib", [accounts, null, null, null, null]],
  ["CONTRIB", "contrib", [accounts, [[1, 2, -1]], null, "zscore", "drop"]],
  ["CONTRIB", "contrib", [[[25, 120, 5]], null, accounts, "minmax", "zero"]],
  ["CONTRIB", "contrib", [accounts, [[1, 2]], null, null, null]],
  ["STABILITY", "stability", [accounts, [[3], [1], [4], [1], [5]], null, null, 0.4, 200, 42, null, null, "median", "median"]],
  ["STABILITY", "stability", [accounts, [[3], [1], [4], [1], [5]], [[1, 2, 3]], null, 0, null, null, null, null, null, null]],
  ["STABILITY", "stability", [accounts, [[3], [1], [4], [1], [5]], null, null, 1, null, null, null, null, null, null]],
  ["STABILITY", "stability", [accounts, [[3], [1], [4], [1], [5]], null, null, null, 0, null, null, null, null, null]],
  ["RATINGS", "ratings", [LINE_ACCOUNTS, RATING_SCORES, RATERS, LINE_DATES, "2025-03-31", 12, null, [["SI", "Collab"]]]],
  ["RATINGS", "ratings", [LINE_ACCOUNTS, RATING_SCORES, null, null, null, null, "spread", null]],
  ["RATINGS", "ratings", [LINE_ACCOUNTS, RATING_SCORES, RATERS, null, "2025-03-31", null, null, null]],
  ["RATINGS", "ratings", [LINE_ACCOUNTS, RATING_SCORES, RATERS, null, null, null, "nps", null]],
  ["WEIGHTS", "weights", [PAIRWISE, null]],
  ["WEIGHTS", "weights", [PAIRWISE, "cr"]],
  ["WEIGHTS", "weights", [PAIRWISE, "lambda"]],
  [
    "WEIGHTS",
    "weights",
    [
      [
        [1, 3],
        [3, 1],
      ],
      null,
    ],
  ],
  [
    "WEIGHTS",
    "weights",
    [
      [
        [1, null],
        [null, 1],
      ],
      null,
    ],
  ],
  ["WEIGHTS", "weights", [PAIRWISE, "eigen"]],
  ["CORREL", "correl", [accounts, null]],
  ["CORREL", "correl", [accounts, [[1, -1, 2]]]],
  [
    "CORREL",
    "correl",
    [
      [
        [1, 2],
        [2, null],
        [3, 1],
      ],
      null,
    ],
  ],
  ["CORREL", "correl", [accounts, [[1, 2]]]],
  ["NORMALIZE", "normalize", [accounts, "winsor", null]],
];

describe("KAM_* in the built Code.js match the Excel functions", () => {
  test.each(cases.map((c, i) => [`${c[0]} #${i}`, ...c] as const))("%s", (_name, id, fn, args) => {
    const fromExcel = (excel[fn] as (...a: unknown[]) => unknown)(...args);
    expect(callSheets(id, args)).toEqual(expectedInSheets(fromExcel));
  });

  test("the cases cover every custom function, and both good and bad inputs", () => {
    const ids = new Set(cases.map((c) => c[0]));
    expect([...ids].sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
    const thrown = cases.filter((c) => callSheets(c[0], c[2]).thrown !== undefined);
    expect(thrown.length).toBeGreaterThanOrEqual(20);
  });
});

describe("what a Sheets user sees", () => {
  test("scores spill as numbers", () => {
    expect(callSheets("VALUE", [[[1], [2], [3]]])).toEqual({ value: [[0], [50], [100]] });
    expect(
      callSheets("QUADRANT", [
        [[80], [80], [20], [20]],
        [[70], [30], [70], [30]],
      ]),
    ).toEqual({ value: [[1], [2], [3], [4]] });
  });

  test("a whole-function error is thrown with the message Excel shows", () => {
    expect(callSheets("VALUE", [[[1, 2, 3]], [[1, 2]]])).toEqual({ thrown: "weights has 2 entries but data has 3 criteria" });
    expect(callSheets("VALUE", [[[1]], null, null, "best"]).thrown).toBe(
      'unknown method "best"; use percentile, minmax, winsor, zscore or none',
    );
  });

  test("an error in one cell of a spilled result is the error code and message as text", () => {
    const result = callSheets("VALUE", [
      [
        [1, 2, 3],
        ["", "", 7],
        [4, 5, 6],
      ],
    ]);
    expect((result.value as unknown[][])[1][0]).toBe("#N/A: insufficient data: coverage 33% (at least 50% of the weight needs numbers)");
    expect((result.value as unknown[][])[0][0]).toEqual(expect.any(Number));
  });

  test("an empty cell passed as an optional argument counts as left out", () => {
    expect(callSheets("VALUE", [[[1], [2], [3]], "", "", "minmax", ""])).toEqual({ value: [[0], [50], [100]] });
  });
});

describe("date cells as Sheets passes them: Date objects, read in the spreadsheet's time zone", () => {
  /** A sandbox whose spreadsheet is in `zone` (and, optionally, whose script is in another). */
  const zoned = (spreadsheet: string | null, script?: string) =>
    loadCode(outDir, {
      ...(spreadsheet ? { SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => spreadsheet }) } } : {}),
      ...(script ? { Session: { getScriptTimeZone: () => script } } : {}),
    });
  /** Midnight of a calendar date in `zone`, as a Date of the sandbox's own realm (what Sheets passes for a date cell). */
  function midnight(context: Context, zone: string, y: number, m: number, d: number): Date {
    const SandboxDate = vm.runInContext("Date", context) as DateConstructor;
    // The zone's offset at that moment, found with Intl (independent of src/dates.ts).
    const guess = Date.UTC(y, m - 1, d);
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      })
        .formatToParts(new Date(guess))
        .map((p) => [p.type, Number(p.value)]),
    );
    const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    return new SandboxDate(guess - (shown - guess));
  }
  const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  // Calendar dates of the lines: the 1st of January is just after midnight in Berlin, the evening of 31 December in UTC.
  const DAYS: [number, number, number][] = [
    [2025, 1, 1],
    [2025, 1, 15],
    [2025, 3, 15],
    [2025, 3, 31],
    [2024, 12, 31],
    [2024, 1, 1],
    [2024, 3, 1],
  ];
  const names = col("Acme", "acme", "Beta", "Beta", "Gamma", 1001, "Acme");
  const amounts = col(1000, 500, 800, -100, 70, 50, 1200);
  const serials = DAYS.map(([y, m, d]) => [serial(y, m, d)]);

  test.each(["Europe/Berlin", "America/New_York", "Asia/Tokyo"])(
    "KAM_ACCOUNTS and KAM_ACTIVITY in %s give Excel's results for the serials",
    (zone) => {
      const context = zoned(zone, "Etc/UTC");
      const dates = DAYS.map(([y, m, d]) => [midnight(context, zone, y, m, d)]);
      const asOf = midnight(context, zone, 2025, 3, 31);
      expect(callSheets("ACCOUNTS", [names, dates, amounts, null, asOf, 3], context)).toEqual(
        expectedInSheets(excel.accounts(names, serials, amounts, null as any, serial(2025, 3, 31), 3)),
      );
      expect(callSheets("ACCOUNTS", [names, dates, amounts], context)).toEqual(expectedInSheets(excel.accounts(names, serials, amounts)));
      expect(callSheets("ACTIVITY", [names, dates, asOf, 2], context)).toEqual(
        expectedInSheets(excel.activity(names, serials, serial(2025, 3, 31), 2)),
      );
      const scores = amounts.map(([x]) => [Math.abs(x as number) % 5]);
      expect(callSheets("RATINGS", [names, scores, null, dates, asOf, 3], context)).toEqual(
        expectedInSheets(excel.ratings(names, scores, null as any, serials, serial(2025, 3, 31), 3)),
      );
    },
  );

  test("without the spreadsheet's zone the script's is used; another zone reads other calendar dates", () => {
    const berlin = zoned(null, "Europe/Berlin");
    const dates = DAYS.map(([y, m, d]) => [midnight(berlin, "Europe/Berlin", y, m, d)]);
    expect(callSheets("ACCOUNTS", [names, dates, amounts], berlin)).toEqual(expectedInSheets(excel.accounts(names, serials, amounts)));
    // The same instants in a spreadsheet in New York are the evening before: Gamma's line of 31
    // December is then dated 30 December, and every "days since" grows by one.
    const newYork = zoned("America/New_York");
    const shifted = DAYS.map(([y, m, d]) => [
      new (vm.runInContext("Date", newYork) as DateConstructor)(midnight(berlin, "Europe/Berlin", y, m, d).getTime()),
    ]);
    expect(callSheets("ACCOUNTS", [names, shifted, amounts], newYork)).toEqual(
      expectedInSheets(
        excel.accounts(
          names,
          serials.map(([s]) => [s - 1]),
          amounts,
        ),
      ),
    );
  });

  test.each([
    ["GMT-07:00", -7 * 60],
    ["GMT+05:30", 5 * 60 + 30],
  ])("a spreadsheet in the fixed-offset zone %s reads each date as the sheet shows it", (zone, minutesEast) => {
    const context = zoned(zone, "Etc/UTC");
    const SandboxDate = vm.runInContext("Date", context) as DateConstructor;
    // Midnight of that calendar date at a fixed offset is plain arithmetic, without any zone database.
    const at = (y: number, m: number, d: number) => new SandboxDate(Date.UTC(y, m - 1, d) - minutesEast * 60_000);
    const dates = DAYS.map(([y, m, d]) => [at(y, m, d)]);
    expect(callSheets("ACCOUNTS", [names, dates, amounts, null, at(2025, 3, 31), 3], context)).toEqual(
      expectedInSheets(excel.accounts(names, serials, amounts, null as any, serial(2025, 3, 31), 3)),
    );
    expect(callSheets("ACTIVITY", [names, dates, at(2025, 3, 31), 2], context)).toEqual(
      expectedInSheets(excel.activity(names, serials, serial(2025, 3, 31), 2)),
    );
  });

  test("an invalid Date is an invalid line, named as in Excel", () => {
    const context = zoned("Europe/Berlin");
    const bad = new (vm.runInContext("Date", context) as DateConstructor)(NaN);
    const result = callSheets("ACCOUNTS", [col("Acme", "Beta"), col(45658, bad), col(1, 2)], context);
    expect(result.thrown).toBe("1 line is not valid; line 2: date (an invalid date) is not a date");
  });
});

describe("Code.js as Apps Script loads it", () => {
  test("loads without any Apps Script service and touches one only when a server function runs", () => {
    const bare = loadCode(outDir);
    expect(typeof bare.KAM_MATRIX).toBe("function");
    expect(() => (bare.kamListTables as () => unknown)()).toThrow(/SpreadsheetApp is not defined/);
  });

  test("declares every KAM_* function, the menu triggers and the sidebar's server calls at top level", () => {
    const rpc = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../hosts/sheets/sidebar/rpc.json"), "utf8"));
    const names = Object.keys(sandbox).filter((k) => typeof sandbox[k] === "function");
    const kam = names.filter((n) => n.startsWith("KAM_"));
    expect(kam.sort()).toEqual(
      [
        "ACCOUNTS",
        "ACTIVITY",
        "ALLOCATE",
        "CLV",
        "CONTRIB",
        "CORREL",
        "COVERAGE",
        "ENGAGEMENT",
        "LABEL",
        "MATRIX",
        "MOVES",
        "NORMALIZE",
        "PLAYBOOK",
        "PRIORITY",
        "QUADRANT",
        "RATINGS",
        "STABILITY",
        "STRATEGY",
        "VALUE",
        "WEIGHTS",
      ].map((n) => `KAM_${n}`),
    );
    expect(names).toEqual(expect.arrayContaining(["onOpen", "onInstall", "kamOpenSidebar", ...Object.values(rpc).map((r: any) => r.fn)]));
    expect(names.every((n) => !n.endsWith("_"))).toBe(true); // Apps Script hides names ending in "_"
  });

  test("each KAM_* function carries the JSDoc of its Excel function, with @customfunction", async () => {
    const { metadataJson, errors } = await generateCustomFunctionsMetadata(path.join(__dirname, "../../../functions/functions.ts"), true);
    expect(errors).toEqual([]);
    const code = fs.readFileSync(path.join(outDir, "Code.js"), "utf8");
    for (const f of JSON.parse(metadataJson).functions) {
      const params = f.parameters.map((p: { name: string }) => p.name).join(", ");
      const at = code.indexOf(`\nfunction KAM_${f.id}(${params}) {`);
      expect(at).toBeGreaterThan(0);
      const doc = code.slice(code.lastIndexOf("/**", at), at);
      expect(doc).toContain(` * ${f.description}\n`);
      for (const p of f.parameters) {
        expect(doc).toContain(` ${p.optional ? `[${p.name}]` : p.name} ${p.description}\n`);
      }
      expect(doc).toContain("@customfunction");
    }
  });
});
