// Build step for dist/functions.json (used by webpack.config.js and the metadata test): the
// metadata generator cannot express "allowErrorForDataTypeAny", and without it Excel never calls
// a function whose input range holds an error cell (a column with one #N/A account fails as a
// whole). Excel reads the flag only at the top level of the file, beside "functions" (it is the
// one metadata property that is not per function); functions/arguments.ts reads the errors that
// then arrive.
const { Compilation, sources } = require("webpack");

/** functions.json text with a top-level `allowErrorForDataTypeAny: true`, placed before `functions`. */
function withErrorInputs(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  const { functions, ...rest } = metadata;
  return JSON.stringify({ ...rest, allowErrorForDataTypeAny: true, functions }, null, 2);
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
