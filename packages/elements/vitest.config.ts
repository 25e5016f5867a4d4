import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { emulateMedia } from "./test/browser-commands.js";
import { fixtureServer } from "./test/fixture-server.js";

// Tests import @diplo-brief/core through its exports, resolved to source by this condition.
const conditions = ["@diplo-brief/source", "module", "browser", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  plugins: [fixtureServer()],
  test: {
    testTimeout: 30_000,
    // A wait for the page (the on-demand module loaded, a list drawn) is a wait, not a speed check:
    // on a shared machine with other suites running it takes longer than vitest's one second.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        // The elements, in a real Chromium.
        extends: true,
        test: {
          name: "browser",
          include: ["src/**/*.test.{ts,tsx}"],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            viewport: { width: 1200, height: 900 },
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
            instances: [{ browser: "chromium" }],
            commands: { emulateMedia },
          },
        },
      },
      {
        // The built files as a page loads them: Node drives Chromium against a local server.
        extends: true,
        test: { name: "built", include: ["test/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
