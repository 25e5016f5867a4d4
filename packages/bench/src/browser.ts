import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Brief } from "@diplo-brief/core";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { recordProblems, serveStatic } from "@diplo-brief/test-utils/static-server";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright";
import { cdnAllFile, onDemandFile, visTimelineFile } from "./sizes.js";

export type Measurement = "firstScreen" | "selection" | "ourTimeline" | "visTimeline";

export interface BriefCase {
  /** File name in the page's folder, without `.json`. */
  readonly name: string;
  readonly brief: Brief;
  /** Which measurements to take on it. */
  readonly measure: readonly Measurement[];
  readonly repeats: number;
}

export interface CaseResult {
  readonly samples: Readonly<Record<Measurement, readonly number[]>>;
  /**
   * Further figures of the same runs, by `<measurement>.<name>`: `firstScreen.laidOutMs` and
   * `selection.laidOutMs` (until style and layout are done), `visTimeline.frameWaitMs` (the part of
   * vis-timeline's time spent waiting for the animation frame it draws in).
   */
  readonly extra: ReadonlyMap<string, readonly number[]>;
  /** Measurements that hit the timeout; their remaining repeats were skipped. */
  readonly timedOut: ReadonlySet<Measurement>;
}

export interface BrowserResults {
  readonly chromiumVersion: string;
  readonly cases: ReadonlyMap<string, CaseResult>;
  readonly problems: readonly string[];
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>diplo-brief bench</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
      #stage, .vis-stage { inline-size: 960px; }
    </style>
    <script src="vis-timeline.min.js"></script>
    <script type="module" src="diplo-brief-all.js"></script>
    <script type="module" src="bench-page.js"></script>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>
`;

/**
 * The page's folder: the CDN build and vis-timeline as published, the bench script, the briefs.
 * The page times `<diplo-timeline>` alone as well as `<diplo-brief>`, and the embed file,
 * diplo-brief.js, registers `<diplo-brief>` alone: the page runs diplo-brief-all.js, which
 * registers both from the same classes, and not the two files side by side, which would put two
 * copies of Lit in the page. The on-demand module goes beside it, where it is loaded from.
 */
async function writeSite(cases: readonly BriefCase[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "diplo-brief-bench-"));
  copyFileSync(cdnAllFile(), join(dir, "diplo-brief-all.js"));
  copyFileSync(onDemandFile(), join(dir, "diplo-brief-on-demand.js"));
  copyFileSync(visTimelineFile(), join(dir, "vis-timeline.min.js"));
  await build({
    entryPoints: [fileURLToPath(new URL("./page/bench-page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    outfile: join(dir, "bench-page.js"),
    logLevel: "silent",
  });
  writeFileSync(join(dir, "index.html"), page);
  for (const { name, brief } of cases) writeFileSync(join(dir, `${name}.json`), JSON.stringify(brief));
  return dir;
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One page of the benchmark site. A measurement that times out leaves the page busy, so the
 * session throws that page away and opens a new one for the next measurement.
 */
class Session {
  #page: Page | undefined;
  readonly problems: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly url: string,
    private readonly names: readonly string[],
  ) {}

  async page(): Promise<Page> {
    if (this.#page) return this.#page;
    const page = await this.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = recordProblems(page);
    page.on("close", () => this.problems.push(...problems));
    await page.goto(this.url);
    await page.waitForFunction("Boolean(window.diploBench && customElements.get('diplo-brief') && customElements.get('diplo-timeline') && window.vis)");
    // Strings, not functions: tsx compiles this file with helpers that do not exist in the page.
    await page.evaluate(`window.diploBench.load(${JSON.stringify(this.names)})`);
    this.#page = page;
    return page;
  }

  async call(expression: string, timeoutMs: number): Promise<unknown> {
    const page = await this.page();
    try {
      return await withTimeout(page.evaluate(expression), timeoutMs);
    } catch (error) {
      if (error instanceof TimeoutError) {
        this.#page = undefined;
        await page.close().catch(() => undefined);
      }
      throw error;
    }
  }

  /** The page's figures for one measurement: `ms`, and whatever else that measurement reports. */
  async measure(kind: Measurement, name: string, timeoutMs: number): Promise<Map<string, number>> {
    // Collecting the previous measurement's garbage first keeps it out of this one's time.
    await this.call("window.gc?.()", timeoutMs);
    const value = await this.call(`window.diploBench.${kind}(${JSON.stringify(name)})`, timeoutMs);
    const figures = new Map(typeof value === "object" && value !== null ? Object.entries(value) : []);
    if ([...figures.values()].some((v) => typeof v !== "number" || !Number.isFinite(v)) || !figures.has("ms")) {
      throw new Error(`${kind}(${name}) returned ${JSON.stringify(value)}`);
    }
    return figures as Map<string, number>;
  }

  async close(): Promise<void> {
    await this.#page?.close();
  }
}

export interface BrowserOptions {
  readonly timeoutMs: number;
  /** Cases run untimed first, for the JIT and the browser's caches. */
  readonly warmUp: readonly string[];
  readonly log: (message: string) => void;
}

/**
 * Runs every case in one headless Chromium, measurements of a repeat interleaved (ours, then
 * vis-timeline, on the same brief) so both meet the same machine state.
 */
export async function measureInBrowser(cases: readonly BriefCase[], options: BrowserOptions): Promise<BrowserResults> {
  const dir = await writeSite(cases);
  const site = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, "--js-flags=--expose-gc"] });
  const session = new Session(browser, site.url, cases.map((c) => c.name));
  try {
    for (const name of options.warmUp) {
      const found = cases.find((c) => c.name === name);
      for (let i = 0; i < 2; i++) {
        for (const kind of found?.measure ?? []) {
          // A warm-up that times out says nothing yet: the timed repeats will report it.
          await session.measure(kind, name, options.timeoutMs).catch((error: unknown) => {
            if (!(error instanceof TimeoutError)) throw error;
          });
        }
      }
    }
    const results = new Map<string, CaseResult>();
    for (const { name, measure, repeats } of cases) {
      const samples: Record<Measurement, number[]> = { firstScreen: [], selection: [], ourTimeline: [], visTimeline: [] };
      const timedOut = new Set<Measurement>();
      const extra = new Map<string, number[]>();
      for (let repeat = 0; repeat < repeats; repeat++) {
        options.log(`${name}: repeat ${repeat + 1} of ${repeats}`);
        for (const kind of measure) {
          if (timedOut.has(kind)) continue;
          try {
            const figures = await session.measure(kind, name, options.timeoutMs);
            for (const [figure, value] of figures) {
              if (figure === "ms") samples[kind].push(value);
              else extra.set(`${kind}.${figure}`, [...(extra.get(`${kind}.${figure}`) ?? []), value]);
            }
          } catch (error) {
            if (!(error instanceof TimeoutError)) throw error;
            options.log(`${name}: ${kind} timed out after ${options.timeoutMs} ms`);
            timedOut.add(kind);
          }
        }
      }
      await session.call("window.diploBench.clear()", options.timeoutMs).catch(() => undefined);
      results.set(name, { samples, extra, timedOut });
    }
    await session.close();
    return { chromiumVersion: browser.version(), cases: results, problems: session.problems };
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
