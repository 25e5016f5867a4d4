import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import type { Brief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { renderBrief, renderPage } from "@diplo-brief/cli";
import { largerBrief } from "@diplo-brief/test-utils/larger-brief";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// The hydrating CDN file, and the module it loads from beside itself when a reader acts.
const scripts = new Map(
  ["diplo-brief-hydrate.js", "diplo-brief-on-demand.js"].map((name) => [`/${name}`, require.resolve(`@diplo-brief/elements/cdn/${name}`)]),
);
let browser: Browser;
let server: Server;
let base = "";
const pages = new Map<string, string>();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const script = scripts.get(path);
    if (script) {
      res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(script));
    } else if (pages.has(path)) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pages.get(path));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(name: string, brief: unknown): Promise<string> {
  pages.set(`/${name}.html`, await renderPage(brief, { script: "/diplo-brief-hydrate.js" }));
  return `${base}/${name}.html`;
}

/**
 * Opens a rendered page with the hydration script held back, marks the server-rendered node
 * `selector` names, then lets the elements hydrate: the mark surviving shows the node was kept.
 */
async function hydrate(url: string, selector: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning" ? errors.push(m.text()) : undefined));
  page.on("pageerror", (e) => errors.push(e.message));
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/diplo-brief-hydrate.js", async (route) => {
    await held;
    await route.continue();
  });
  // A module script defers DOMContentLoaded, so wait only for the server's markup.
  await page.goto(url, { waitUntil: "commit" });
  const marked = page.locator(selector);
  await marked.waitFor({ state: "attached" });
  await marked.evaluate((node) => node.setAttribute("data-from-server", ""));
  release();
  await page.waitForFunction(() => customElements.get("diplo-brief") !== undefined);
  await page.locator("diplo-brief").evaluate((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
  return { page, errors };
}

describe("renderBrief", () => {
  it("renders the whole brief into declarative shadow DOM, with the brief as inline JSON", async () => {
    const html = await renderBrief(blinkenBeijing);
    expect(html).toContain('shadowrootmode="open"');
    expect(html).toContain('<script type="application/json">');
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(JSON.parse(inline)).toEqual(blinkenBeijing);
  });

  it("refuses an invalid brief instead of rendering it", async () => {
    await expect(renderBrief({ schemaVersion: "1.0" })).rejects.toThrow(/Invalid brief: \d+ problems?\n- article: is required/);
  });

  it("keeps every string inert inside the inline JSON", async () => {
    const brief = structuredClone(blinkenBeijing) as Brief;
    brief.summary = "</script><script>alert(1)</script>\u2028";
    const html = await renderBrief(brief);
    expect(html).not.toContain("</script><script>alert(1)");
    expect(html).toContain("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u2028");
  });
});

describe("a rendered page in Chromium", () => {
  it("is one shadow root per brief, small, with every item readable and JSON-LD, with JavaScript disabled", async () => {
    const url = await serve("static", blinkenBeijing);
    const html = pages.get("/static.html") ?? "";
    // The cards are drawn inside the brief's one shadow root, so its styles are written once.
    expect(html.match(/shadowrootmode="open"/g)).toHaveLength(1);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(150 * 1024);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    // Locators look into the declarative shadow roots, which the parser attaches without script.
    const brief = page.locator("diplo-brief");
    expect(await brief.locator('.quotes [part~="text"]').allTextContents()).toEqual(blinkenBeijing.quotes.map((q) => q.text));
    expect((await brief.locator('.issues [part~="title"]').allTextContents()).map((t) => t.trim())).toEqual(blinkenBeijing.issues.map((i) => i.title));
    expect(await brief.locator(".timeline .card").count()).toBe(blinkenBeijing.events.length);
    expect(await brief.locator('[part~="players"] summary').textContent()).toContain(String(blinkenBeijing.entities.length));
    // Controls that need the script are out of sight and out of reach until it runs.
    const controls = brief.locator('button, summary, [part~="contents"]');
    expect(await controls.count()).toBeGreaterThan(10);
    expect(await controls.evaluateAll((all) => all.filter((control) => getComputedStyle(control).visibility !== "hidden").length)).toBe(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@graph"].find((node: { "@type": string }) => node["@type"] === "NewsArticle").headline).toBe(blinkenBeijing.article.headline);
    await context.close();
  });

  it("hydrates without rendering from scratch, and choosing a name then works", async () => {
    const { page, errors } = await hydrate(await serve("hydrate", blinkenBeijing), 'diplo-brief [part~="headline"]');
    const brief = page.locator("diplo-brief");
    expect(await brief.locator("button").first().evaluate((button) => getComputedStyle(button).visibility)).toBe("visible");
    await brief.locator('[part~="players"] summary').click();
    await brief.locator('[part~="entity"][data-entity="joe-biden"]').click();
    const biden = blinkenBeijing.quotes.filter((q) => q.speaker === "joe-biden").length;
    // The whole lists stay in the page, hidden, while an entity is chosen.
    await expect.poll(() => brief.locator(".quotes .card").filter({ visible: true }).count()).toBe(biden);
    expect(await brief.locator("[data-from-server]").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders long lists whole on the server, and hydrates them as they are", async () => {
    // The browser draws long lists a screenful at a time; the server has no later tasks.
    const long = largerBrief(blinkenBeijing, 4);
    const url = await serve("long", long);
    const last = long.quotes.at(-1)?.id;
    expect(pages.get("/long.html")).toContain(`data-id="${last}"`);
    const { page, errors } = await hydrate(url, `diplo-brief .quotes .card[data-id="${last}"]`);
    expect(await page.locator("diplo-brief .quotes .card").count()).toBe(long.quotes.length);
    expect(await page.locator("[data-from-server]").count()).toBe(1);
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
