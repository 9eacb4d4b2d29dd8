// The playground is a development page: `npm start` serves it at "/", production builds never contain it.

const makeConfig = require("../../../webpack.config.js") as (
  env: object,
  argv: object,
) => Promise<{
  entry: Record<string, string>;
  plugins: { userOptions?: { filename?: string } }[];
  devServer: { devMiddleware: { index: string } };
}>;

const pages = (config: Awaited<ReturnType<typeof makeConfig>>) =>
  config.plugins.map((p) => p.userOptions?.filename).filter((f): f is string => typeof f === "string");

describe("webpack config and the playground", () => {
  test("npm start (development, --env playground) adds the playground page and serves it at /", async () => {
    const config = await makeConfig({ playground: true, WEBPACK_SERVE: true }, { mode: "development" });
    expect(Object.keys(config.entry).sort()).toEqual(["functions", "playground", "taskpane"]);
    expect(pages(config)).toContain("playground.html");
    expect(config.devServer.devMiddleware.index).toBe("playground.html");
  });

  test("a production build holds only the add-in, even when asked for the playground", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = await makeConfig({ playground: true }, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["functions", "taskpane"]);
    expect(pages(config)).toEqual(["taskpane.html"]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/production builds never include the playground/));
    warn.mockRestore();
  });
});
