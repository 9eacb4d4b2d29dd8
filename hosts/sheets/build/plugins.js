// Webpack plugins of the Google Sheets build: Code.js gets its generated top-level functions and
// appsscript.json beside it; the sidebar bundle is inlined into Sidebar.html (Apps Script serves
// a single HTML file and cannot load scripts from our own server).
const fs = require("fs");
const { Compilation, sources } = require("webpack");
const { topLevelCode } = require("./codegen");

const AFTER_MINIFY = Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE;

class AppsScriptCodePlugin {
  constructor({ asset, library, functionsPath, rpcPath, manifestPath }) {
    Object.assign(this, { asset, library, functionsPath, rpcPath, manifestPath });
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AppsScriptCodePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AppsScriptCodePlugin", stage: AFTER_MINIFY }, () => {
        for (const file of [this.functionsPath, this.rpcPath, this.manifestPath]) compilation.fileDependencies.add(file);
        const rpc = JSON.parse(fs.readFileSync(this.rpcPath, "utf8"));
        const code = topLevelCode({ functionsPath: this.functionsPath, rpc, library: this.library });
        compilation.updateAsset(this.asset, (old) => new sources.ConcatSource(old, "\n", code));
        compilation.emitAsset("appsscript.json", new sources.RawSource(fs.readFileSync(this.manifestPath, "utf8")));
      });
    });
  }
}

/** `<` as \x3C keeps "</script" and "<!--" in the bundle from ending or confusing the script tag. */
const inlineScript = (js) => `<script>\n${js.replace(/<(\/script|!--)/gi, "\\x3C$1")}\n</script>`;

/**
 * The minimizer moves licence comments to "<asset>.LICENSE.txt", which Apps Script would not get
 * (and deleteAsset drops with the bundle): put them back at the top of the script.
 */
function withLicences(compilation, bundle) {
  const js = bundle.source.source().toString();
  const related = bundle.info.related && bundle.info.related.license;
  const file = related && compilation.getAsset(Array.isArray(related) ? related[0] : related);
  if (!file) return js;
  const text = file.source.source().toString().replace(/\*\//g, "*\\/");
  return js.replace(/^\/\*! For license information please see [^*]*\*\/\n?/, () => `/*! Third-party licences:\n${text}\n*/\n`);
}

class InlineSidebarPlugin {
  constructor({ asset, templatePath, output }) {
    Object.assign(this, { asset, templatePath, output });
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineSidebarPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "InlineSidebarPlugin", stage: AFTER_MINIFY }, () => {
        compilation.fileDependencies.add(this.templatePath);
        const bundle = compilation.getAsset(this.asset);
        const js = withLicences(compilation, bundle);
        const template = fs.readFileSync(this.templatePath, "utf8");
        if (!template.includes("<!-- SIDEBAR_SCRIPT -->")) throw new Error(`${this.templatePath} lacks <!-- SIDEBAR_SCRIPT -->`);
        const html = template.replace("<!-- SIDEBAR_SCRIPT -->", () => inlineScript(js));
        compilation.emitAsset(this.output, new sources.RawSource(html));
        compilation.deleteAsset(this.asset);
      });
    });
  }
}

module.exports = { AppsScriptCodePlugin, InlineSidebarPlugin, inlineScript };
