/**
 * Excel learns the KAM.* functions only from functions.json, generated from the JSDoc in
 * functions/functions.ts. A wrong tag there silently changes what users can type (a missing
 * function, a required argument that should be optional, a range argument taken as one cell),
 * so the generated metadata is checked against SPEC 7's catalogue.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";

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
}

// SPEC 7: every parameter in order; [x] = optional, * = a range (2D array), otherwise a scalar.
const CATALOGUE: Record<string, string[]> = {
  VALUE: ["data*", "[weights*]", "[portfolio*]", "[method]", "[missing]"],
  ENGAGEMENT: ["data*", "[weights*]", "[portfolio*]", "[method]", "[missing]"],
  NORMALIZE: ["values*", "[method]", "[portfolio*]"],
  COVERAGE: ["data*", "[weights*]"],
  QUADRANT: ["value*", "engagement*", "[valueThreshold]", "[engagementThreshold]"],
  LABEL: ["quadrant*", "[language]"],
  STRATEGY: ["quadrant*", "[language]"],
  PLAYBOOK: ["[language]"],
  PRIORITY: ["value*", "engagement*", "[valueThreshold]", "[engagementThreshold]"],
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
  MOVES: ["before*", "after*"],
};

const parse = (spec: string) => ({
  name: spec.replace(/[[\]*]/g, ""),
  optional: spec.startsWith("["),
  matrix: spec.includes("*"),
});

let functions: FunctionEntry[];
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../functions/functions.ts"));
  errors = result.errors;
  functions = JSON.parse(result.metadataJson).functions;
}, 60_000);

it("generates without errors", () => {
  expect(errors).toEqual([]);
});

it("declares exactly the 13 functions of the catalogue, id = name", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CATALOGUE).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
});

describe.each(Object.entries(CATALOGUE))("%s", (id, specs) => {
  const entry = () => functions.find((f) => f.id === id)!;

  it("has the parameters in order, ranges as matrix, optional ones marked", () => {
    const actual = entry().parameters.map((p) => ({
      name: p.name,
      optional: p.optional === true,
      matrix: p.dimensionality === "matrix",
    }));
    expect(actual).toEqual(specs.map(parse));
  });

  it("returns an array that spills (matrix result)", () => {
    expect(entry().result.dimensionality).toBe("matrix");
  });

  it("describes the function and every parameter", () => {
    expect(entry().description?.trim().length).toBeGreaterThan(10);
    for (const p of entry().parameters) expect(p.description?.trim().length).toBeGreaterThan(3);
  });
});
