// Requirement-set check (npm run lint:apisets): every Office.js member the shipped Excel code uses
// must belong to a requirement set the manifest declares (<Requirements><Sets>), or be reached only
// behind a runtime check for that set. Office.js declares each member's set in its doc comment in
// @types/office-js ("[Api set: ExcelApi 1.9]"); the TypeScript compiler API resolves every property
// access and call to that declaration.
//
// A use counts as checked when it lies lexically in the true branch of a condition (if, ?:, &&)
// that calls isSetSupported(set, version), or a helper taking the same pair (as a tuple such as
// `Features.pointLabels`), for that set at that version or higher; or inside a function whose doc
// comment says `@requires ExcelApi 1.8`, whose every call must then be checked in the same way.
// Where a member's set depends on how it is used ("ExcelApi 1.1 for get, 1.8 for set"), the first
// set named counts.
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
/** The code that ships in the Excel add-in: the task pane (with everything it imports) and the functions. */
const ENTRIES = ["hosts/excel/index.tsx", "functions/functions.ts"];
const API_SET = /\[Api set:\s*([A-Za-z][A-Za-z0-9]*)\s+(\d+(?:\.\d+)?)/;
const REQUIRES = /@requires\s+([A-Za-z][A-Za-z0-9]*)\s+(\d+(?:\.\d+)?)/;
const GUARD_CALLEE = /^(isSetSupported|supports|requirements)$/;

/** "1.10" > "1.9": versions compared part by part. */
function compareVersions(a, b) {
  const [pa, pb] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The sets manifest.xml declares: { ExcelApi: "1.7", ... }. */
function declaredSets(manifestXml) {
  const block = /<Requirements>[\s\S]*?<Sets\b([^>]*)>([\s\S]*?)<\/Sets>/.exec(manifestXml);
  if (!block) return {};
  const fallback = (/DefaultMinVersion="([^"]+)"/.exec(block[1]) || [])[1] || "1.1";
  const sets = {};
  for (const m of block[2].matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = (/Name="([^"]+)"/.exec(m[1]) || [])[1];
    if (name) sets[name] = (/MinVersion="([^"]+)"/.exec(m[1]) || [])[1] || fallback;
  }
  return sets;
}

/** The requirement set in the doc comment right above a declaration, if any. */
function apiSetOf(declaration) {
  const sf = declaration.getSourceFile();
  if (!sf.isDeclarationFile) return null;
  const ranges = ts.getLeadingCommentRanges(sf.text, declaration.getFullStart()) || [];
  for (const r of ranges.reverse()) {
    const m = API_SET.exec(sf.text.slice(r.pos, r.end));
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

/** The (set, version) a guard call checks: two string literals, or one [set, version] tuple. */
function guardOf(call, checker) {
  if (!ts.isCallExpression(call)) return null;
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  if (!ts.isIdentifier(callee) || !GUARD_CALLEE.test(callee.text)) return null;
  const literal = (t) => (t && t.isStringLiteral && t.isStringLiteral() ? t.value : null);
  if (call.arguments.length >= 2) {
    const [set, version] = call.arguments.slice(0, 2).map((a) => literal(checker.getTypeAtLocation(a)));
    return set && version ? { set, version } : null;
  }
  if (call.arguments.length === 1) {
    const type = checker.getTypeAtLocation(call.arguments[0]);
    const elements = checker.isTupleType(type) ? checker.getTypeArguments(type) : [];
    const [set, version] = elements.map(literal);
    return set && version ? { set, version } : null;
  }
  return null;
}

/** Guards that hold when `condition` is true: calls joined by && only (not negated, not in ||). */
function guardsOf(condition, checker) {
  const found = [];
  const visit = (node) => {
    if (ts.isParenthesizedExpression(node)) return visit(node.expression);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      visit(node.left);
      visit(node.right);
      return;
    }
    const guard = guardOf(node, checker);
    if (guard) found.push(guard);
  };
  visit(condition);
  return found;
}

/** The guards and @requires in force at `node`, from its lexical ancestors. */
function guardsAt(node, checker) {
  const guards = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement) guards.push(...guardsOf(parent.expression, checker));
    else if (ts.isConditionalExpression(parent) && child === parent.whenTrue) guards.push(...guardsOf(parent.condition, checker));
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right)
      guards.push(...guardsOf(parent.left, checker));
    if (ts.isFunctionLike(parent)) {
      const requires = requiresOf(parent);
      if (requires) guards.push(requires);
    }
  }
  return guards;
}

/** `@requires ExcelApi 1.8` in a function's own doc comment (or its variable statement's). */
function requiresOf(fn) {
  const sf = fn.getSourceFile();
  let holder = fn;
  while (holder.parent && !ts.isSourceFile(holder.parent) && !ts.isBlock(holder.parent) && !ts.isClassLike(holder.parent))
    holder = holder.parent;
  const ranges = ts.getLeadingCommentRanges(sf.text, holder.getFullStart()) || [];
  for (const r of ranges) {
    const m = REQUIRES.exec(sf.text.slice(r.pos, r.end));
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

/** The lowest requirement set among a member's declarations (overloads, merged interfaces). */
function lowest(declarations) {
  return (
    declarations
      .map(apiSetOf)
      .filter(Boolean)
      .sort((a, b) => compareVersions(a.version, b.version))[0] || null
  );
}

/** The declaration a use resolves to: the overload called, or the member's declarations. */
function declarationsOf(node, checker) {
  const call = node.parent && ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
  if (call) {
    const signature = checker.getResolvedSignature(call);
    if (signature && signature.declaration) return [signature.declaration];
  }
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return (symbol && symbol.declarations) || [];
}

/**
 * Uses of members from sets the manifest does not declare, outside a guard for them.
 * `program` holds the code; `files` the source files to check; `declared` the manifest's sets.
 */
function findUnguarded(program, files, declared) {
  const checker = program.getTypeChecker();
  const problems = [];
  const satisfied = (need, guards) =>
    (declared[need.set] && compareVersions(declared[need.set], need.version) >= 0) ||
    guards.some((g) => g.set === need.set && compareVersions(g.version, need.version) >= 0);
  for (const sf of files) {
    const visit = (node) => {
      let need = null;
      let member = null;
      if (ts.isPropertyAccessExpression(node)) {
        member = node.name.text;
        need = lowest(declarationsOf(node, checker));
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        // range["values"]
        member = node.argumentExpression.text;
        const symbol = checker.getSymbolAtLocation(node.argumentExpression);
        need = lowest((symbol && symbol.declarations) || []);
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        // const { values } = range
        const key = node.propertyName || node.name;
        if (ts.isIdentifier(key)) {
          member = key.text;
          const property = checker.getTypeAtLocation(node.parent).getProperty(key.text);
          need = lowest((property && property.declarations) || []);
        }
      } else if (ts.isCallExpression(node)) {
        // A call of a function of ours marked @requires.
        const [declaration] = declarationsOf(node.expression, checker);
        if (declaration && !declaration.getSourceFile().isDeclarationFile && ts.isFunctionLike(declaration)) {
          need = requiresOf(declaration);
          member = node.expression.getText(sf);
        }
      }
      if (need && need.set && !satisfied(need, guardsAt(node, checker))) {
        const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        problems.push({
          file: path.relative(ROOT, sf.fileName),
          line: line + 1,
          column: character + 1,
          member,
          set: need.set,
          version: need.version,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return problems;
}

/** The project's compiler options (tsconfig.json). */
function compilerOptions() {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
}

/** Checks in-memory sources (used by the checker's own tests): { "a.ts": "code" } -> problems. */
function checkSources(sources, declared) {
  const options = { ...compilerOptions(), noEmit: true };
  const host = ts.createCompilerHost(options);
  const names = Object.keys(sources).map((n) => path.join(ROOT, "__apisets__", n));
  const original = { getSourceFile: host.getSourceFile, fileExists: host.fileExists, readFile: host.readFile };
  const text = (f) => sources[path.relative(path.join(ROOT, "__apisets__"), f)];
  host.fileExists = (f) => text(f) !== undefined || original.fileExists(f);
  host.readFile = (f) => text(f) ?? original.readFile(f);
  host.getSourceFile = (f, v, ...rest) =>
    text(f) !== undefined ? ts.createSourceFile(f, text(f), v, true) : original.getSourceFile(f, v, ...rest);
  const program = ts.createProgram(names, options, host);
  return findUnguarded(
    program,
    names.map((n) => program.getSourceFile(n)),
    declared,
  );
}

/** Checks the shipped code against manifest.xml. */
function checkProject() {
  const program = ts.createProgram(
    ENTRIES.map((e) => path.join(ROOT, e)),
    compilerOptions(),
  );
  const files = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes("node_modules"));
  return findUnguarded(program, files, declaredSets(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")));
}

if (require.main === module) {
  const problems = checkProject();
  for (const p of problems)
    console.error(
      `${p.file}:${p.line}:${p.column} ${p.member} needs ${p.set} ${p.version}, which manifest.xml does not require; ` +
        `check it first with isSetSupported("${p.set}", "${p.version}") (see hosts/excel/requirements.ts)`,
    );
  if (problems.length > 0) process.exit(1);
  console.log("requirement sets: every Office.js member used is in a set manifest.xml declares, or checked first");
}

module.exports = { checkSources, checkProject, declaredSets, compareVersions };
