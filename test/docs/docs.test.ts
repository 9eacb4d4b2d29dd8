/**
 * The documentation keeps up with the code: every function of the catalogue is documented (a
 * section with its signature in docs/functions.md, a line in the README), the README stays a short
 * start page, links between the documents lead somewhere, and nothing points outside the clone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import { FUNCTIONS } from "../../functions/catalogue";
import { METHODS } from "../../core";

const ROOT = resolve(__dirname, "../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const README = read("README.md");
const FUNCTIONS_MD = read("docs/functions.md");

/** The signature as a user types it: KAM.NAME(a, [b]), optional parameters in brackets. */
const signature = (f: (typeof FUNCTIONS)[number]) =>
  `KAM.${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;

/** The body of the `### KAM.NAME` section, up to the next heading of level 2 or 3. */
function section(markdown: string, id: string): string | undefined {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `### KAM.${id}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

describe("docs/functions.md", () => {
  test.each(FUNCTIONS.map((f) => [f.id, f] as const))("has a section on KAM.%s with its signature", (id, f) => {
    const body = section(FUNCTIONS_MD, id);
    expect(body).toBeDefined();
    expect(body).toContain("`" + signature(f) + "`");
  });

  test("documents no function that the catalogue does not have", () => {
    const documented = [...FUNCTIONS_MD.matchAll(/^### KAM\.([A-Z]+)\s*$/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  });
});

describe("README.md", () => {
  test("starts with the two commands, and both are scripts of package.json", () => {
    const firstBlock = README.slice(README.indexOf("```"), README.indexOf("```", README.indexOf("```") + 3));
    expect(firstBlock).toMatch(/^```bash\nnpm install && npm start\s.*\nnpm test\s/);
    expect(README.indexOf("```")).toBeLessThan(README.indexOf("\n## "));
    const scripts = JSON.parse(read("package.json")).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(["start", "test"]));
  });

  test("is a start page of at most about 150 lines", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(160);
  });

  test("lists every function of the catalogue on a line of its own, and no other", () => {
    const listed = [...README.matchAll(/^- \[?`KAM\.([A-Z]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  });

  test("shows a picture that is in the repository", () => {
    const image = README.match(/!\[[^\]]+\]\((docs\/images\/[^)]+\.png)\)/);
    expect(image).not.toBeNull();
    expect(statSync(join(ROOT, image![1])).size).toBeGreaterThan(10_000);
  });
});

describe("docs/scoring.md", () => {
  test.each([...METHODS])("defines the method %s", (method) => {
    expect(read("docs/scoring.md")).toMatch(new RegExp("^\\| `" + method + "`", "m"));
  });
});

/** Markdown files of the repository, outside dependencies and build output. */
function markdownFiles(dir = ROOT): string[] {
  const skip = new Set(["node_modules", "dist", "coverage", "test-results", ".git"]);
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isSymbolicLink()) return [];
    if (e.isDirectory()) return skip.has(e.name) || e.name.startsWith("dist-") ? [] : markdownFiles(join(dir, e.name));
    return e.name.endsWith(".md") ? [join(dir, e.name)] : [];
  });
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of readFileSync(file, "utf8").matchAll(/^#{1,6} (.+)$/gm)) {
    const base = anchor(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

describe("links between the documents", () => {
  const files = markdownFiles();

  test.each(files.map((f) => [relative(ROOT, f), f]))("every relative link of %s leads to a file and heading", (_, file) => {
    const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    const broken = targets
      .filter((t) => !/^[a-z]+:/.test(t))
      .filter((t) => {
        const [path, hash] = t.split("#");
        const target = path ? resolve(dirname(file), path) : file;
        if (!existsSync(target)) return true;
        return hash !== undefined && target.endsWith(".md") && !anchorsOf(target).has(hash);
      });
    expect(broken).toEqual([]);
  });
});

describe("the clone is enough", () => {
  // Built so that this file does not name the folder itself.
  const outside = ".." + "/shared";

  function sourceFiles(dir = ROOT): string[] {
    const skip = new Set(["node_modules", "dist", "coverage", "test-results", ".git"]);
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.isSymbolicLink()) return [];
      if (e.isDirectory()) return skip.has(e.name) || e.name.startsWith("dist-") ? [] : sourceFiles(join(dir, e.name));
      return /\.(png|ico|lock)$/.test(e.name) || e.name === "package-lock.json" ? [] : [join(dir, e.name)];
    });
  }

  test("no file refers to the folder beside the clone, except the offline manifest check of CI", () => {
    const referring = sourceFiles()
      .filter((f) => readFileSync(f, "utf8").includes(outside))
      .map((f) => relative(ROOT, f));
    expect(referring).toEqual([".ci/run"]);
  });
});
