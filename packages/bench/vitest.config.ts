import { defineConfig } from "vitest/config";

// The bench measures the packages as users get them, so its tests also run against their builds
// (turbo's `^build`), not their sources. The bench test starts a real Chromium: generous timeouts.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node", testTimeout: 180_000, hookTimeout: 60_000 },
});
