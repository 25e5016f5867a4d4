import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const seed = readFileSync(new URL("../../core/src/articles/blinken-beijing.brief.json", import.meta.url), "utf8");

/**
 * Real HTTP answers for the browser tests' `src` paths, served by the test server itself:
 * the seed brief (optionally slowed down, or with another headline to tell responses apart),
 * a 404, malformed JSON and an invalid brief.
 */
export function fixtureServer(): Plugin {
  return {
    name: "diplo-fixtures",
    configureServer(server) {
      server.middlewares.use("/__fixtures__/", (req, res) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const delay = Number(url.searchParams.get("delay") ?? 0);
        const send = (status: number, body: string, type = "application/json") => {
          setTimeout(() => {
            res.statusCode = status;
            res.setHeader("content-type", type);
            res.end(body);
          }, delay);
        };
        switch (url.pathname) {
          case "/brief.json": {
            const headline = url.searchParams.get("headline");
            if (!headline) return send(200, seed);
            const brief = JSON.parse(seed) as { article: { headline: string } };
            brief.article.headline = headline;
            return send(200, JSON.stringify(brief));
          }
          case "/malformed.json":
            return send(200, '{"schemaVersion": "1.0", "article": {');
          case "/invalid.json":
            return send(200, JSON.stringify({ ...JSON.parse(seed), entities: "none" }));
          default:
            return send(404, "Not found", "text/plain");
        }
      });
    },
  };
}
