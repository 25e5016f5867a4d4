import { defineConfig } from "tsup";
import { minifyTemplateLiterals } from "./scripts/minify-template-literals.mjs";

export default defineConfig([
  {
    // For bundlers: lit and @diplo-brief/core stay dependencies, so apps share one copy.
    entry: { index: "src/index.ts", define: "src/define.ts", react: "src/react/react.ts", jsx: "src/react/jsx.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    external: ["@diplo-brief/elements/define"],
    esbuildPlugins: [minifyTemplateLiterals],
  },
  {
    // For <script type="module" src=".../diplo-brief.js">: one minified file with everything.
    entry: { "cdn/diplo-brief": "src/cdn.ts", "cdn/diplo-brief-hydrate": "src/cdn-hydrate.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    noExternal: [/.*/],
    // The file is the whole library, so its types are the library's (classes, events, tags).
    dts: { entry: { "cdn/diplo-brief": "src/cdn.ts" } },
    // Terser after esbuild's minifier: about 900 bytes less gzip on this file, the difference
    // between keeping and missing the 25 KB budget. Safe transforms only: hoisting function
    // declarations (which JavaScript hoists anyway) lets terser inline and join more, about 110
    // bytes gzip; dropping unused trailing parameters, about 30, is safe because nothing in the
    // file (Lit, zod, ours) reads a function's `length`.
    minify: "terser",
    terserOptions: { ecma: 2020, compress: { passes: 2, hoist_funs: true, keep_fargs: false }, format: { comments: false }, sourceMap: true },
    sourcemap: true,
    splitting: false,
    treeshake: true,
    esbuildPlugins: [minifyTemplateLiterals],
    esbuildOptions(options) {
      // tsup turns esbuild's minifier off for terser; both in turn is smaller than either.
      options.minify = true;
      options.legalComments = "none";
      // cdn.ts imports a few modules ahead of the rest only to place them first (see there).
      options.logOverride = { ...options.logOverride, "ignored-bare-import": "silent" };
    },
  },
]);
