import { defineConfig } from "vitest/config";

// Tests run against the packages' sources through their own exports ("@diplo-brief/source"
// condition), so they need no build; `npm run eval` measures the built drafter instead.
const conditions = ["@diplo-brief/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Drafting every gold article takes longer than five seconds on a busy machine; speed is the bench's.
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], testTimeout: 120_000 },
});
