import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { createGzip } from "node:zlib";
import type { Plugin } from "vite";

const seed = readFileSync(new URL("../../core/src/articles/blinken-beijing.brief.json", import.meta.url), "utf8");

/** What the server saw of the requests a test tagged with `?id=`, for `/__fixtures__/stats?id=`. */
export interface FixtureStats {
  /** Requests received. */
  requests: number;
  /** Requests the client went away from before the answer was complete. */
  abandoned: number;
  /** Body bytes written, as sent (compressed for the bomb), and how many there were to send. */
  sent: number;
  total: number;
}

const stats = new Map<string, FixtureStats>();
const statsOf = (id: string): FixtureStats => {
  let entry = stats.get(id);
  if (!entry) stats.set(id, (entry = { requests: 0, abandoned: 0, sent: 0, total: 0 }));
  return entry;
};

// A request the server holds (never answered, or stalled) is ended after this at the latest, so
// no test can wait on it for ever.
const longest = 60_000;

let bomb: Promise<Buffer> | undefined;

/** 300,000,000 spaces (JSON whitespace) gzipped: about 300 KB that decode to 300 MB. */
function gzipBomb(): Promise<Buffer> {
  bomb ??= new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 9 });
    const out: Buffer[] = [];
    gzip.on("data", (chunk: Buffer) => out.push(chunk));
    gzip.on("end", () => resolve(Buffer.concat(out)));
    gzip.on("error", reject);
    const megabyte = Buffer.alloc(1_000_000, " ");
    let left = 300;
    const write = (): void => {
      while (left > 0) {
        left--;
        if (!gzip.write(megabyte)) return void gzip.once("drain", write);
      }
      gzip.end();
    };
    write();
  });
  return bomb;
}

/**
 * Writes `body` a slice at a time, `pause` ms apart, as a slow or far server would, stopping when
 * the client goes away; what was sent is counted in `entry`.
 */
function trickle(res: ServerResponse, body: Buffer, slice: number, pause: number, entry?: FixtureStats): void {
  if (entry) entry.total = body.length;
  let at = 0;
  const next = (): void => {
    if (res.destroyed) return;
    if (at >= body.length) return void res.end();
    res.write(body.subarray(at, at + slice));
    if (entry) entry.sent += Math.min(slice, body.length - at);
    at += slice;
    setTimeout(next, pause);
  };
  next();
}

/**
 * Real HTTP answers for the browser tests' `src` paths, served by the test server itself:
 * the seed brief (optionally slowed down, sent in chunks without a length, or with another
 * headline to tell responses apart), a 404, malformed JSON, an invalid brief, and the servers a
 * loader must give up on: one that never answers, one that stalls in the middle of the body, one
 * that announces a body too large, and a gzip bomb. `?id=` tags requests so a test can read what
 * the server saw at `/__fixtures__/stats?id=`.
 */
export function fixtureServer(): Plugin {
  return {
    name: "diplo-fixtures",
    configureServer(server) {
      server.middlewares.use("/__fixtures__/", (req, res) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const id = url.searchParams.get("id");
        const entry = id === null || url.pathname === "/stats" ? undefined : statsOf(id);
        // Counted as abandoned when the client leaves before the whole answer was written.
        if (entry) {
          entry.requests++;
          res.on("close", () => {
            if (!res.writableFinished) entry.abandoned++;
          });
        }
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
          case "/chunked.json":
            // No Content-Length: a size limit can only be kept while reading.
            res.setHeader("content-type", "application/json");
            return trickle(res, Buffer.from(seed), 4096, 0, entry);
          case "/hang.json": {
            // Headers never come; the request ends when the client leaves, or at the latest `longest`.
            const end = setTimeout(() => send(504, "Gave up", "text/plain"), longest);
            return void res.on("close", () => clearTimeout(end));
          }
          case "/stall.json": {
            // Headers and the first part of the body, then nothing more.
            res.setHeader("content-type", "application/json");
            res.write(seed.slice(0, 1000));
            const end = setTimeout(() => res.end(), longest);
            return void res.on("close", () => clearTimeout(end));
          }
          case "/huge.json": {
            // Says 30 MB are coming, then sends nothing.
            res.writeHead(200, { "content-type": "application/json", "content-length": "30000000" });
            res.flushHeaders();
            const end = setTimeout(() => res.destroy(), longest);
            return void res.on("close", () => clearTimeout(end));
          }
          case "/bomb.json":
            return void gzipBomb().then((body) => {
              res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
              // Slowly (about 2 s in all) so that a client that stops reading is seen to stop.
              trickle(res, body, 8192, 50, entry);
            });
          case "/stats":
            return send(200, JSON.stringify(id === null ? {} : statsOf(id)));
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
