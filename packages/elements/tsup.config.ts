import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import type { Plugin } from "esbuild";
import { minifyTemplateLiterals } from "./scripts/minify-template-literals.mjs";

/**
 * The CDN files load the on-demand module (highlighting in the article, verification) from
 * beside themselves when first needed, rather than carry it: it is built as a file of its own.
 */
const onDemandBesideCdn: Plugin = {
  name: "on-demand-beside-cdn",
  setup(build) {
    build.onResolve({ filter: /^\.\/on-demand\.js$/ }, () => ({ path: "./diplo-brief-on-demand.js", external: true }));
  },
};

/** The on-demand module's CDN build takes the Lit of the file that loads it (lit-shim.ts). */
const litOfTheMainFile: Plugin = {
  name: "lit-of-the-main-file",
  setup(build) {
    build.onResolve({ filter: /^lit$/ }, () => ({ path: fileURLToPath(new URL("./src/evidence/lit-shim.ts", import.meta.url)) }));
  },
};

/** For <script type="module" src=".../diplo-brief.js">: minified files, each whole, and the on-demand module beside them. */
function cdn(entry: Record<string, string>, options: Options): Options {
  return {
    entry,
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    noExternal: [/.*/],
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
    esbuildOptions(esbuild) {
      // tsup turns esbuild's minifier off for terser; both in turn is smaller than either.
      esbuild.minify = true;
      esbuild.legalComments = "none";
      // Core from its sources, module by module, so what a file does not use is left out (the
      // on-demand module takes verifyBrief without core's schemas).
      esbuild.conditions = ["@diplo-brief/source"];
      // cdn.ts imports a few modules ahead of the rest only to place them first (see there).
      esbuild.logOverride = { ...esbuild.logOverride, "ignored-bare-import": "silent" };
    },
    ...options,
  };
}

export default defineConfig([
  {
    // For bundlers: lit and @diplo-brief/core stay dependencies, so apps share one copy.
    entry: { index: "src/index.ts", define: "src/define.ts", react: "src/react/react.ts", jsx: "src/react/jsx.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    dts: true,
    sourcemap: true,
    // No clean here: the configurations build side by side, so one cleaning would delete another's
    // files. The build script empties dist first.
    splitting: true,
    external: ["@diplo-brief/elements/define"],
    esbuildPlugins: [minifyTemplateLiterals],
  },
  cdn(
    { "cdn/diplo-brief": "src/cdn.ts", "cdn/diplo-brief-all": "src/cdn-all.ts", "cdn/diplo-brief-hydrate": "src/cdn-hydrate.ts" },
    // Each file's types are what it exports (classes, events, tags).
    { dts: { entry: { "cdn/diplo-brief": "src/cdn.ts", "cdn/diplo-brief-all": "src/cdn-all.ts" } }, esbuildPlugins: [onDemandBesideCdn, minifyTemplateLiterals] },
  ),
  // Typed like the others, though only the CDN files import it.
  cdn(
    { "cdn/diplo-brief-on-demand": "src/evidence/on-demand.ts" },
    { dts: { entry: { "cdn/diplo-brief-on-demand": "src/evidence/on-demand.ts" } }, esbuildPlugins: [litOfTheMainFile, minifyTemplateLiterals] },
  ),
]);
