import { defineConfig } from "vitest/config";

// Tests run against the packages' sources through their own exports ("@diplo-brief/source"
// condition), so they need no build; `npm run eval` measures the built drafter instead.
const conditions = ["@diplo-brief/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] },
});
