/** Builds the Google Sheets edition with webpack's Node API and loads Code.js into a vm sandbox. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../../..");

/** Builds into a fresh temp directory (so parallel runs never share files); returns it. */
export async function buildSheets(only: "code" | "all" = "code"): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-sheets-"));
  const configure = require(path.join(ROOT, "webpack.sheets.config.js"));
  const configs = configure({ outDir, ...(only === "code" ? { only: "code" } : {}) }, { mode: "production" });
  await new Promise<void>((resolve, reject) =>
    webpack(
      configs.map((c: webpack.Configuration) => ({ ...c, context: ROOT })),
      (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      },
    ),
  );
  return outDir;
}

/** Runs Code.js in a context that has only the given globals, as Apps Script loads it. */
export function loadCode(outDir: string, globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(fs.readFileSync(path.join(outDir, "Code.js"), "utf8"), context, { filename: "Code.js" });
  return context;
}
