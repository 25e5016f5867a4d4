import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // npm install, tsc, vite build and a browser each take seconds; the hooks install a project.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
