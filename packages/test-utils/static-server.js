import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
};

/**
 * Serves the files under `root` at the URL path `base`, as any static host would, on a random
 * port of 127.0.0.1. A nested base proves a built site has no absolute URLs.
 */
export async function serveStatic(root, base = "/") {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    // Normalised from "/" so "..", "." and "" all stay at or under the root.
    const relative = path.startsWith(base) ? normalize(`/${path.slice(base.length)}`).replace(/^([/\\]|\.\.[/\\])+/, "") : undefined;
    const file = relative === undefined ? undefined : join(root, relative === "" || relative.endsWith(sep) ? `${relative}index.html` : relative);
    try {
      if (!file || !file.startsWith(root) || !statSync(file).isFile()) throw new Error("not a file");
    } catch {
      res.writeHead(404).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A page still open keeps its connection; do not wait for the browser to drop it.
        server.closeAllConnections();
      }),
  };
}

/** Records what goes wrong on a Playwright page: console errors, page errors, failed requests, HTTP errors. */
export function recordProblems(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
