import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig, type Plugin } from "vite";

const require = createRequire(import.meta.url);

/**
 * The evaluation's gold set, whose openly licensed articles the Draft page bundles as examples
 * (`import text from "#gold/<name>.txt?raw"`). The package exports no path to them: its folder is
 * found from its package.json.
 */
const gold = join(dirname(require.resolve("@diplo-brief/eval/package.json")), "gold");

/**
 * Files the site serves as they are: the CDN build for the embed page with the module it loads
 * from beside itself, and the seed brief as JSON.
 */
const assets: Record<string, string> = {
  "diplo-brief.js": require.resolve("@diplo-brief/elements/cdn/diplo-brief.js"),
  "diplo-brief-on-demand.js": require.resolve("@diplo-brief/elements/cdn/diplo-brief-on-demand.js"),
  "briefs/blinken-beijing.json": require.resolve("@diplo-brief/core/articles/blinken-beijing.brief.json"),
};

function servePackageAssets(): Plugin {
  return {
    name: "diplo-demo-assets",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = Object.keys(assets).find((file) => req.url?.split("?")[0]?.endsWith(`/${file}`));
        if (!name) return next();
        res.setHeader("content-type", name.endsWith(".js") ? "text/javascript" : "application/json");
        res.end(readFileSync(assets[name] as string));
      });
    },
    generateBundle() {
      for (const [fileName, path] of Object.entries(assets)) this.emitFile({ type: "asset", fileName, source: readFileSync(path) });
    },
  };
}

/**
 * The Draft and Studio pages work offline once loaded: the drafter runs in the browser. The elements load a
 * module of theirs on demand (verification, the names to choose, marks in the article), which
 * offline could no longer be fetched: those pages preload it with themselves instead. The module
 * is found by its file in the elements' build, named `on-demand-<hash>.js`.
 */
function preloadElementsOnDemand(pages: readonly string[]): Plugin {
  return {
    name: "diplo-demo-preload-on-demand",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { path, bundle }) {
        if (!bundle || !pages.some((page) => path.endsWith(`/${page}`))) return;
        const chunk = Object.values(bundle).find(
          (output) => output.type === "chunk" && output.moduleIds.some((id) => /[\\/]elements[\\/]dist[\\/]on-demand-[^\\/]+\.js$/.test(id)),
        );
        if (!chunk) throw new Error("the build holds no on-demand module of @diplo-brief/elements to preload");
        return [{ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${chunk.fileName}` }, injectTo: "head" }];
      },
    },
  };
}

export default defineConfig({
  // Relative URLs everywhere, so the built site works from any static host under any base path.
  base: "./",
  plugins: [servePackageAssets(), preloadElementsOnDemand(["draft.html", "studio.html"])],
  resolve: { alias: { "#gold": gold } },
  build: {
    rollupOptions: {
      input: {
        index: "index.html",
        playground: "playground.html",
        draft: "draft.html",
        studio: "studio.html",
        showcase: "showcase.html",
        embed: "embed.html",
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
