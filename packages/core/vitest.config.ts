import { defineConfig } from "vitest/config";

// Tests run against the source through the package's own exports ("@diplo-brief/source"
// condition), so they need no build and still import the public entry points.
const conditions = ["@diplo-brief/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Property tests run hundreds of parses or drafts: on a shared two-core machine with other suites
  // running at once, more than vitest's default five seconds. Speed is measured in the bench.
  test: { include: ["src/**/*.test.ts"], testTimeout: 120_000 },
});
