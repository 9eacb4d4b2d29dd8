// Build step for dist/functions.json (used by webpack.config.js and the metadata test): the
// metadata generator cannot express "allowErrorForDataTypeAny", and without it Excel never calls
// a function whose input range holds an error cell (a column with one #N/A account fails as a
// whole). Every function gets the flag; functions/arguments.ts reads the errors that then arrive.
const { Compilation, sources } = require("webpack");

/** functions.json text with `options.allowErrorForDataTypeAny: true` on every function. */
function withErrorInputs(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  for (const f of metadata.functions) f.options = { ...(f.options || {}), allowErrorForDataTypeAny: true };
  return JSON.stringify(metadata, null, 2);
}

class ErrorInputsPlugin {
  constructor({ asset = "functions.json" } = {}) {
    this.asset = asset;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ErrorInputsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ErrorInputsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.asset);
        if (!asset) return; // the metadata plugin reported its errors instead
        compilation.updateAsset(this.asset, new sources.RawSource(withErrorInputs(asset.source.source().toString())));
      });
    });
  }
}

module.exports = { withErrorInputs, ErrorInputsPlugin };
