// An esbuild plugin that squeezes the whitespace out of Lit `css` tagged templates in our
// *.styles.ts files. Bundlers minify code but leave template contents alone, and the styles
// are a fifth of the CDN file.
import { readFile } from "node:fs/promises";

/** Minifies the CSS text between interpolations; `${…}` parts are left as they are. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};:,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

export const minifyCssLiterals = {
  name: "minify-css-literals",
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const contents = source.replace(/css`([^`]*)`/g, (_, body) => {
        // Split on interpolations so `${dark}` and friends survive untouched.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part) => (part.startsWith("${") ? part : minifyCss(part))).join("")}\``;
      });
      return { contents, loader: "ts" };
    });
  },
};
