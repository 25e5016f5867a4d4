import { defineConfig } from "vitest/config";

// Tests run against the source through the package's own exports ("@diplo-brief/source"
// condition), so they need no build and still import the public entry points.
const conditions = ["@diplo-brief/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { include: ["src/**/*.test.ts"] },
});
