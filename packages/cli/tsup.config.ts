import { defineConfig } from "tsup";

export default defineConfig({
  // The worker is an entry of its own: each --jobs thread loads dist/draft-worker.js by name.
  entry: { index: "src/index.ts", bin: "src/bin.ts", "draft-worker": "src/cli/draft/draft-worker.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  splitting: true,
});
