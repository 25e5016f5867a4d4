import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".map": "application/json",
};

/**
 * Serves a built site from `root` under the URL path `base`, the way any static host would, on a
 * random port of 127.0.0.1. Serving under a nested base path proves the build has no absolute URLs.
 */
export async function serveStatic(root: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end("Not found");
      return;
    }
    const relative = normalize(path.slice(base.length) || "index.html").replace(/^(\.\.[/\\])+/, "");
    const file = join(root, relative.endsWith("/") ? `${relative}index.html` : relative);
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
    } catch {
      res.writeHead(404).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
