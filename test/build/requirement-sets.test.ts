/**
 * The requirement-set check (scripts/requirement-sets.js, run by `npm run lint`): a member of a set
 * newer than the manifest declares is allowed only behind a runtime check for that set. Small
 * sources typed against @types/office-js, checked with the manifest's sets (one program for all).
 */
const { checkSources, compareVersions, declaredSets } = require("../../scripts/requirement-sets");

const MANIFEST_SETS = { ExcelApi: "1.7", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" };

// triggerSource is ExcelApi 1.14 in @types/office-js ("[Api set: ExcelApi 1.14]").
const HANDLER = "export function own(event: Excel.WorksheetChangedEventArgs): boolean {\n";
const USE = 'event.triggerSource === "ThisLocalAddin"';
const isSet = (version: string) => `Office.context.requirements.isSetSupported("ExcelApi", "${version}")`;
const HELPER = `const Features = { triggerSource: ["ExcelApi", "1.14"] } as const;\nconst supports = (f: readonly [string, string]) => f.length > 0;\n${HANDLER}`;
const LABEL = `/**\n * @requires ExcelApi 1.8\n */\nfunction label(p: Excel.ChartPoint) {\n  p.dataLabel.text = "x";\n}\n`;

const FIXTURES: Record<string, string> = {
  "unguarded.ts": `${HANDLER}  return ${USE};\n}`,
  "guarded.ts": `${HANDLER}  if (${isSet("1.14")}) return ${USE};\n  return false;\n}`,
  "guardedHigher.ts": `${HANDLER}  return ${isSet("1.15")} ? ${USE} : false;\n}`,
  "guardedLower.ts": `${HANDLER}  if (${isSet("1.9")}) return ${USE};\n  return false;\n}`,
  "helperAnd.ts": `${HELPER}  return supports(Features.triggerSource) && ${USE};\n}`,
  "helperNegated.ts": `${HELPER}  return !supports(Features.triggerSource) && ${USE};\n}`,
  "helperOr.ts": `${HELPER}  return supports(Features.triggerSource) || ${USE};\n}`,
  "destructured.ts": `${HANDLER}  const { triggerSource } = event;\n  return triggerSource === "ThisLocalAddin";\n}`,
  "elementAccess.ts": `${HANDLER}  return event["triggerSource"] === "ThisLocalAddin";\n}`,
  "declaredSet.ts": `export const f = (c: Excel.RequestContext) => c.application.suspendApiCalculationUntilNextSync();`,
  "requiresUnguarded.ts": `${LABEL}export const a = (p: Excel.ChartPoint) => label(p);`,
  "requiresGuarded.ts": `${LABEL}export const b = (p: Excel.ChartPoint) => ${isSet("1.8")} && label(p);`,
};

let problems: Record<string, string[]>;

beforeAll(() => {
  const found = checkSources(FIXTURES, MANIFEST_SETS) as { file: string; member: string; set: string; version: string; line: number }[];
  problems = Object.fromEntries(Object.keys(FIXTURES).map((name) => [name, []]));
  for (const p of found) problems[p.file.split(/[\\/]/).pop()!].push(`${p.line}: ${p.member} ${p.set} ${p.version}`);
}, 60_000);

describe("requirement-set check", () => {
  test("reads the manifest's sets and compares versions part by part", () => {
    expect(
      declaredSets(
        '<Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/><Set Name="SharedRuntime"/></Sets></Requirements>',
      ),
    ).toEqual({ ExcelApi: "1.7", SharedRuntime: "1.1" });
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.7", "1.7")).toBe(0);
  });

  test("an unguarded use of a newer member is reported with its line, member and set", () => {
    expect(problems["unguarded.ts"]).toEqual(["2: triggerSource ExcelApi 1.14"]);
  });

  test("a destructured or bracketed use is a use too", () => {
    expect(problems["destructured.ts"]).toEqual(["2: triggerSource ExcelApi 1.14"]);
    expect(problems["elementAccess.ts"]).toEqual(["2: triggerSource ExcelApi 1.14"]);
  });

  test("the same use behind isSetSupported for that set, or higher, passes; a check for an older set does not", () => {
    expect(problems["guarded.ts"]).toEqual([]);
    expect(problems["guardedHigher.ts"]).toEqual([]);
    expect(problems["guardedLower.ts"]).toEqual(["2: triggerSource ExcelApi 1.14"]);
  });

  test("a helper taking a [set, version] tuple counts as a guard in &&, but not when negated or in ||", () => {
    expect(problems["helperAnd.ts"]).toEqual([]);
    expect(problems["helperNegated.ts"]).toEqual(["4: triggerSource ExcelApi 1.14"]);
    expect(problems["helperOr.ts"]).toEqual(["4: triggerSource ExcelApi 1.14"]);
  });

  test("members of declared sets need no guard; a function marked @requires moves the check to its callers", () => {
    expect(problems["declaredSet.ts"]).toEqual([]);
    expect(problems["requiresUnguarded.ts"]).toEqual(["7: label ExcelApi 1.8"]);
    expect(problems["requiresGuarded.ts"]).toEqual([]);
  });
});
