/**
 * Excel learns the KAM.* functions only from functions.json, generated from the JSDoc in
 * functions/functions.ts. A wrong tag there silently changes what users can type (a missing
 * function, a required argument that should be optional, a range argument taken as one cell),
 * so the generated metadata is checked against the function table (functions/catalogue.ts), and
 * the table against the exports and against SPEC 7.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import { FUNCTIONS } from "../../../functions/catalogue";
import * as kam from "../../../functions/functions";
import { isKamError, KamError } from "../../../core";

const { withErrorInputs } = require("../../../scripts/metadata-options");

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionEntry {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
  options?: Record<string, unknown>;
}

// SPEC 7, typed independently of the table: every parameter in order; [x] = optional, * = a range.
const SPEC7: Record<string, string[]> = {
  VALUE: ["data*", "[weights*]", "[portfolio*]", "[method]", "[missing]"],
  ENGAGEMENT: ["data*", "[weights*]", "[portfolio*]", "[method]", "[missing]"],
  NORMALIZE: ["values*", "[method]", "[portfolio*]"],
  COVERAGE: ["data*", "[weights*]"],
  QUADRANT: ["value*", "engagement*", "[valueThreshold]", "[engagementThreshold]", "[previous*]", "[band]"],
  LABEL: ["quadrant*", "[language]"],
  STRATEGY: ["quadrant*", "[language]"],
  PLAYBOOK: ["[language]"],
  PRIORITY: ["value*", "engagement*", "[valueThreshold]", "[engagementThreshold]", "[previous*]", "[band]"],
  MATRIX: [
    "names*",
    "valueData*",
    "engagementData*",
    "[valueWeights*]",
    "[engagementWeights*]",
    "[method]",
    "[valueThreshold]",
    "[engagementThreshold]",
    "[language]",
  ],
  ALLOCATE: ["total", "quadrants*", "[weights*]", "[shares*]"],
  CLV: ["margin*", "retention*", "discount*", "[years*]"],
  MOVES: ["before*", "after*", "[mode]"],
  ACCOUNTS: ["accounts*", "dates*", "amounts*", "[profits*]", "[asOf]", "[months]", "[categories*]", "[orders*]"],
  ACTIVITY: ["accounts*", "dates*", "[asOf]", "[months]", "[types*]", "[typeWeights*]"],
  CONTRIB: ["data*", "[weights*]", "[portfolio*]", "[method]", "[missing]"],
  STABILITY: [
    "valueData*",
    "engagementData*",
    "[valueWeights*]",
    "[engagementWeights*]",
    "[spread]",
    "[trials]",
    "[seed]",
    "[method]",
    "[missing]",
    "[valueThreshold]",
    "[engagementThreshold]",
  ],
  RATINGS: ["accounts*", "scores*", "[raters*]", "[dates*]", "[asOf]", "[months]", "[method]", "[headers*]"],
  WEIGHTS: ["pairwise*", "[output]"],
  CORREL: ["data*", "[weights*]"],
};

const parse = (spec: string) => ({
  name: spec.replace(/[[\]*]/g, ""),
  optional: spec.startsWith("["),
  matrix: spec.includes("*"),
});

let functions: FunctionEntry[];
let metadataJson: string;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../../functions/functions.ts"));
  errors = result.errors;
  metadataJson = result.metadataJson;
  functions = JSON.parse(metadataJson).functions;
}, 60_000);

it("generates without errors", () => {
  expect(errors).toEqual([]);
});

it("declares exactly the functions of the table, id = name", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
});

it("has one JSDoc'd export per table entry and no export without one", () => {
  const exported = Object.entries(kam)
    .filter(([, v]) => typeof v === "function")
    .map(([name]) => name);
  expect(exported.sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
  // The generator names each function after its @customfunction id; the export it reads is the table's.
  const byId = new Map(functions.map((f) => [f.id, f]));
  for (const f of FUNCTIONS)
    expect(byId.get(f.id)?.parameters.length).toBe((kam as unknown as Record<string, (...a: unknown[]) => unknown>)[f.name].length);
});

it("the table says what SPEC 7 says", () => {
  expect(Object.keys(SPEC7).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  for (const f of FUNCTIONS) {
    expect(f.parameters.map((p) => ({ name: p.name, optional: p.optional, matrix: p.range }))).toEqual(SPEC7[f.id].map(parse));
  }
});

describe.each(FUNCTIONS.map((f) => [f.id, f] as const))("%s", (id, spec) => {
  const entry = () => functions.find((f) => f.id === id)!;

  it("has the table's parameters in order, ranges as matrix, optional ones marked", () => {
    const actual = entry().parameters.map((p) => ({
      name: p.name,
      optional: p.optional === true,
      matrix: p.dimensionality === "matrix",
    }));
    expect(actual).toEqual(spec.parameters.map((p) => ({ name: p.name, optional: p.optional, matrix: p.range })));
  });

  it("returns an array that spills (matrix result)", () => {
    expect(entry().result.dimensionality).toBe("matrix");
  });

  it("describes the function and every parameter", () => {
    expect(entry().description?.trim().length).toBeGreaterThan(10);
    for (const p of entry().parameters) expect(p.description?.trim().length).toBeGreaterThan(3);
  });

  it("lists exactly the table's options in each option's description", () => {
    for (const p of spec.parameters.filter((x) => x.options)) {
      const description = entry().parameters.find((x) => x.name === p.name)!.description!;
      const quoted = [...description.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      expect({ parameter: p.name, options: quoted.sort() }).toEqual({ parameter: p.name, options: [...p.options!].sort() });
    }
  });

  it("accepts each option of the table, any case, and refuses another word", () => {
    for (const p of spec.parameters.filter((x) => x.parse)) {
      for (const word of p.options!) expect(() => p.parse!(word.toUpperCase(), p.name)).not.toThrow();
      expect(() => p.parse!("no-such-option", p.name)).toThrow(KamError);
      expect(() => p.parse!(null, p.name)).not.toThrow(); // left out: the default
    }
  });
});

it("every option the table lists gives a result, not an error, in its function", () => {
  const data = [
    [1, 2],
    [3, 4],
    [5, 6],
  ];
  const calls: Record<string, (word: string, param: string) => unknown> = {
    VALUE: (w, p) => kam.value(data, undefined, undefined, p === "method" ? w : null, p === "missing" ? w : null),
    QUADRANT: (w) => kam.quadrant([[40], [60]], [[70], [30]], w, w),
    PRIORITY: (w) => kam.priority([[40], [60]], [[70], [30]], w, w, [[3], [1]], 5),
    LABEL: (w) => kam.label([[1]], w),
    PLAYBOOK: (w) => kam.playbook(w),
    MOVES: (w) => kam.moves([[1], [2], [null]], [[2], [null], [3]], w),
    CONTRIB: (w, p) => kam.contrib(data, undefined, undefined, p === "method" ? w : null, p === "missing" ? w : null),
    STABILITY: (w, p) =>
      kam.stability(
        data,
        [[2], [1], [3]],
        undefined,
        undefined,
        0.2,
        50,
        3,
        p === "method" ? w : null,
        p === "missing" ? w : null,
        p.endsWith("Threshold") ? w : null,
        p.endsWith("Threshold") ? w : null,
      ),
  };
  for (const [id, call] of Object.entries(calls)) {
    for (const p of FUNCTIONS.find((f) => f.id === id)!.parameters.filter((x) => x.options)) {
      for (const word of p.options!) {
        const out = call(word, p.name) as unknown[][];
        expect(isKamError(out)).toBe(false);
        expect(out.flat().some(isKamError)).toBe(false);
      }
    }
  }
});

it("the option words of MOVES give tables of the SPEC's sizes: 4 x 4, 4 x 4 shares, 5 x 5", () => {
  const sizes = ["count", "share", "full"].map((w) => {
    const out = kam.moves([[1], [2]], [[2], [2]], w);
    return [out.length, out[0].length];
  });
  expect(sizes).toEqual([
    [4, 4],
    [4, 4],
    [5, 5],
  ]);
});

it("marks the date parameters of KAM.ACCOUNTS, KAM.ACTIVITY and KAM.RATINGS, and no other", () => {
  const marked = FUNCTIONS.flatMap((f) => f.parameters.filter((p) => p.dates).map((p) => `${f.id}.${p.name}`));
  expect(marked.sort()).toEqual(["ACCOUNTS.asOf", "ACCOUNTS.dates", "ACTIVITY.asOf", "ACTIVITY.dates", "RATINGS.asOf", "RATINGS.dates"]);
});

// Microsoft's custom-functions JSON reference: "Unlike the other JSON metadata properties,
// allowErrorForDataTypeAny is a top-level property and contains no sub-properties." Excel does not
// look for it inside a function's options, so there it would leave error cells out.
it("the build lets error cells reach the functions: allowErrorForDataTypeAny at the top level of functions.json", () => {
  const built = JSON.parse(withErrorInputs(metadataJson));
  expect(built.allowErrorForDataTypeAny).toBe(true);
  // Beside "functions", as in the documentation's example, and nowhere else.
  expect(Object.keys(built)).toContain("functions");
  for (const f of built.functions as FunctionEntry[]) expect(f.options ?? {}).not.toHaveProperty("allowErrorForDataTypeAny");
  // Everything the generator emits is kept unchanged.
  const { allowErrorForDataTypeAny, ...rest } = built;
  expect(allowErrorForDataTypeAny).toBe(true);
  expect(rest).toEqual(JSON.parse(metadataJson));
  // The generator itself does not emit it: the build step is what adds it.
  expect(JSON.parse(metadataJson)).not.toHaveProperty("allowErrorForDataTypeAny");
});
