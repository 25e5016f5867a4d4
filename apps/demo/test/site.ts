import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { recordProblems, serveStatic } from "@diplo-brief/test-utils/static-server";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright";

export const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The built demo, served under a nested base path (which proves it has no absolute URLs), and a real Chromium. */
export interface Site {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  if (!existsSync(`${dist}index.html`)) throw new Error(`No built demo in ${dist}: run npm run build -w @diplo-brief/demo first.`);
  const server = await serveStatic(dist, "/any/base/path/");
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page of the demo in a context of its own, and records everything that goes wrong while
 * it runs. `prepare` runs before the page is loaded, to route its requests, say.
 */
export async function openPage(
  site: Site,
  path: string,
  { prepare, ...options }: BrowserContextOptions & { prepare?: (page: Page) => unknown } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  // Closing the page closes its context too, so a test's offline switch or downloads end with it.
  // When the browser itself is closing (after the last test, or a failed one that left its page
  // open), the context goes with it and closing it again rejects: nothing is lost then.
  page.on("close", () => void context.close().catch(() => undefined));
  const errors = recordProblems(page);
  await prepare?.(page);
  await page.goto(site.url + path);
  return { page, errors };
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
  });
}

/** wink-nlp names itself in its error messages, which survive minification: the drafter's chunk holds it, and only that chunk. */
export const drafterMark = /wink-?nlp/i;

/**
 * Holds the drafter's chunk back until `release()`, so a test sees the page while it loads: pass
 * `prepare` to {@link openPage}; `requested` says whether the page has asked for the chunk.
 */
export function holdDrafter(): { readonly prepare: (page: Page) => Promise<unknown>; readonly requested: () => boolean; readonly release: () => void } {
  let requested = false;
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    prepare: (page) =>
      page.route(/\/assets\/[^/]+\.js$/, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (drafterMark.test(body)) {
          requested = true;
          await held;
        }
        await route.fulfill({ response, body });
      }),
    requested: () => requested,
    release: () => release(),
  };
}
