/** npm start and npm run dev-server: loopback only, and no wildcard CORS header on any request. */
export {}; // a module: its names stay its own

type HeaderMap = Record<string, string>;
type DevServer = { host?: string; headers?: HeaderMap | ((req: { url?: string; headers: HeaderMap }) => HeaderMap) };

const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<{ devServer: DevServer }>;

const headersFor = (devServer: DevServer, url: string, origin?: string): HeaderMap => {
  const h = devServer.headers;
  if (h === undefined) return {};
  return typeof h === "function" ? h({ url, headers: origin ? { origin } : {} }) : h;
};

const modes: [string, object][] = [
  ["npm start", { playground: true, WEBPACK_SERVE: true }],
  ["npm run dev-server", { WEBPACK_SERVE: true }],
];

describe.each(modes)("%s", (_name, env) => {
  let devServer: DevServer;
  beforeAll(async () => {
    devServer = (await makeConfig(env, { mode: "development" })).devServer;
  });

  test("listens on localhost only", () => {
    expect(["localhost", "127.0.0.1", "::1"]).toContain(devServer.host);
  });

  test("never sends Access-Control-Allow-Origin: *, whatever the page or origin", () => {
    for (const url of ["/", "/taskpane.html", "/functions.json", "/functions.js", "/playground.html"]) {
      for (const origin of [undefined, "https://evil.example", "null", "https://excel.officeapps.live.com"]) {
        expect(headersFor(devServer, url, origin)["Access-Control-Allow-Origin"]).not.toBe("*");
      }
    }
  });

  test("a page on another site cannot read the bundles or the metadata", () => {
    for (const url of ["/functions.json", "/taskpane.js", "/functions.js"]) {
      expect(headersFor(devServer, url, "https://evil.example")).not.toHaveProperty("Access-Control-Allow-Origin");
      // A look-alike host is not Office.
      expect(headersFor(devServer, url, "https://officeapps.live.com.evil.example")).not.toHaveProperty("Access-Control-Allow-Origin");
    }
  });

  test("Excel on the web may fetch functions.json (CORS for its origin only), and nothing else", () => {
    const origin = "https://excel.officeapps.live.com";
    expect(headersFor(devServer, "/functions.json", origin)).toEqual({ "Access-Control-Allow-Origin": origin, Vary: "Origin" });
    expect(headersFor(devServer, "/taskpane.js", origin)).not.toHaveProperty("Access-Control-Allow-Origin");
  });
});
