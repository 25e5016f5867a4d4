import { defineConfig } from "vitest/config";

// Tests run against the built packages, as users get them: server-rendered templates must be
// byte for byte the ones the browser bundle hydrates (Lit checks a digest of each template), and
// both come from the elements' build.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 60_000 },
});
