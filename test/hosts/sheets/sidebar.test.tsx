/**
 * The sidebar entry in a browser-like page: the real task pane on the Sheets client workbook, whose
 * google.script.run reaches the server side (sheets/server.ts) on a fake spreadsheet.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { act } from "react";
import rpc from "../../../hosts/sheets/sidebar/rpc.json";
import { createServer } from "../../../hosts/sheets/server";
import { FakeSpreadsheet } from "../../support/apps-script-fake";
import { throughScriptRun } from "../../support/script-run";

// The build plugins are plain Node JavaScript (used by webpack.sheets.config.js).
const { inlineScript } = require("../../../hosts/sheets/build/plugins") as { inlineScript: (js: string) => string };

function installServer(ss: FakeSpreadsheet) {
  const server = createServer(() => ss.services()) as unknown as Record<string, (...a: unknown[]) => unknown>;
  const byFunction = Object.fromEntries(Object.entries(rpc).map(([method, { fn }]) => [fn, method]));
  const runner = (ok: (r: unknown) => void, fail: (e: unknown) => void): Record<string, unknown> =>
    new Proxy({} as Record<string, unknown>, {
      get: (_t, prop: string) => {
        if (prop === "withSuccessHandler") return (f: (r: unknown) => void) => runner(f, fail);
        if (prop === "withFailureHandler") return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: unknown[]) =>
          setTimeout(() => {
            try {
              ok(throughScriptRun(args, (sent) => server[byFunction[prop]](...sent)));
            } catch (e) {
              fail(e);
            }
          });
      },
    });
  (globalThis as { google?: unknown }).google = {
    script: {
      get run() {
        return runner(
          () => {},
          () => {},
        );
      },
    },
  };
}

// jsdom has no ResizeObserver, which some Fluent UI components use for layout.
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

test("the sidebar shows the task pane; sample data and Build matrix write the KAM Matrix sheet", async () => {
  const ss = new FakeSpreadsheet();
  installServer(ss);
  document.body.innerHTML = '<div id="container"></div>';
  await act(async () => {
    require("../../../hosts/sheets/sidebar/index.tsx");
  });
  fireEvent.click(await screen.findByRole("button", { name: "Insert sample data" }));
  await waitFor(() => expect(ss.sheets.map((s) => s.getName())).toEqual(["Sample accounts"]));
  fireEvent.click(await screen.findByRole("button", { name: "Build matrix" }));
  await screen.findByText(/Sheet "KAM Matrix" written with 40 accounts\./, undefined, { timeout: 5000 });
  const report = ss.sheet("KAM Matrix");
  expect(report.value(2, 1)).toBe("Account");
  expect(report.charts).toHaveLength(1);
}, 60_000);

test("the inlined bundle cannot end its script tag early", () => {
  const html = inlineScript('const a = "</script><!-- x"; const b = /<\\/SCRIPT>/;');
  expect(html.match(/<\/script/gi)).toHaveLength(1);
  expect(html).not.toContain("<!--");
  // The escaped text still means the same to JavaScript.
  const js = html.replace(/^<script>\n/, "").replace(/\n<\/script>$/, "");
  expect(new Function(`${js}; return a;`)()).toBe("</script><!-- x");
});
