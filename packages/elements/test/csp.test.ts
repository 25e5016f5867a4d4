import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The strictest policy a news site is likely to run: no inline script, no inline style, no eval.
const policy = "script-src 'self'; style-src 'self'";

const cdn = fileURLToPath(new URL("../dist/cdn/", import.meta.url));
// The embed file registers <diplo-brief> alone; the -all file every element. Both load the
// on-demand module (highlighting, source sentences, names to choose, verification) from beside
// themselves when first needed.
const files = ["diplo-brief.js", "diplo-brief-all.js", "diplo-brief-on-demand.js"] as const;
const tags = ["diplo-brief", "diplo-entity-card", "diplo-quote-card", "diplo-issue-card", "diplo-event-card", "diplo-timeline"] as const;

interface Violation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
  readonly sample: string;
}

// Inline scripts are exactly what the policy forbids, so the recorder has to be a file of its own.
// It is loaded before the bundle, as a classic script, so it sees everything the bundle does.
const listener = `window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blockedURI: event.blockedURI,
    sourceFile: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
}, true);
`;

/**
 * JSON safe to place inside a <script> data block: "<" escaped so no string in the brief can
 * close the element early. Still valid JSON with the same value.
 */
const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");
const inline = `<script type="application/json">${inlineJson(blinkenBeijing)}</script>`;

const page = (script: string, body: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>diplo-brief under a strict CSP</title>
    <script src="/listen.js"></script>
    <script type="module" src="${script}"></script>
  </head>
  <body>
${body}
  </body>
</html>
`;

// The files are served from a folder of their own, so the on-demand module is found only where
// the bundle says it is: beside itself, not at the page's root.
const briefPage = page(
  "/cdn/diplo-brief.js",
  `    <main>
      <diplo-brief id="from-src" src="/brief.json"></diplo-brief>
      <diplo-brief id="from-inline">${inline}</diplo-brief>
      <diplo-quote-card id="unregistered" item-id="hua-tweet">${inline}</diplo-quote-card>
    </main>`,
);

const elementsPage = page(
  "/cdn/diplo-brief-all.js",
  `    <main>
      <diplo-entity-card item-id="antony-blinken" src="/brief.json"></diplo-entity-card>
      <diplo-quote-card item-id="hua-tweet">${inline}</diplo-quote-card>
      <diplo-issue-card item-id="taiwan-status" src="/brief.json"></diplo-issue-card>
      <diplo-event-card item-id="biden-takes-office" src="/brief.json"></diplo-event-card>
      <diplo-timeline src="/brief.json"></diplo-timeline>
    </main>`,
);

// The embed file where its on-demand module is missing.
const alonePage = page("/alone/diplo-brief.js", `    <diplo-brief src="/brief.json"></diplo-brief>\n    <diplo-brief>${inline}</diplo-brief>`);

// The negative control: the same recorder must catch what the policy forbids, or its silence
// on the real page would prove nothing.
const controlPage = page(
  "/cdn/diplo-brief.js",
  `    <p id="styled" style="color: red">inline style attribute</p>
    <script>window.__inlineScriptRan = true;</script>`,
);

let server: Server;
let origin: string;
let browser: Browser;
/** Every path the server was asked for, in order. */
const requested: string[] = [];

beforeAll(async () => {
  const missing = files.filter((file) => !existsSync(cdn + file));
  if (missing.length > 0) {
    throw new Error(`The CDN build is missing ${missing.join(", ")} in ${cdn}. Build it first: npm run build -w @diplo-brief/elements`);
  }
  const built = new Map(files.map((file) => [file, readFileSync(cdn + file, "utf8")]));

  server = createServer((req, res) => {
    const send = (status: number, type: string, body: string, extra: (res: ServerResponse) => void = () => {}) => {
      res.statusCode = status;
      res.setHeader("content-security-policy", policy);
      res.setHeader("content-type", type);
      res.setHeader("cache-control", "no-store");
      extra(res);
      res.end(body);
    };
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    requested.push(path);
    const script = path.match(/^\/cdn\/([\w-]+\.js)$/)?.[1] ?? (path === "/alone/diplo-brief.js" ? "diplo-brief.js" : undefined);
    const file = script && built.get(script as (typeof files)[number]);
    if (file) return send(200, "text/javascript; charset=utf-8", file);
    switch (path) {
      case "/":
        return send(200, "text/html; charset=utf-8", briefPage);
      case "/elements":
        return send(200, "text/html; charset=utf-8", elementsPage);
      case "/alone":
        return send(200, "text/html; charset=utf-8", alonePage);
      case "/control":
        return send(200, "text/html; charset=utf-8", controlPage);
      case "/listen.js":
        return send(200, "text/javascript; charset=utf-8", listener);
      case "/brief.json":
        return send(200, "application/json; charset=utf-8", JSON.stringify(blinkenBeijing));
      case "/favicon.ico":
        // Without this the browser's own favicon request logs a 404 as a console error.
        return send(204, "image/x-icon", "");
      default:
        return send(404, "text/plain; charset=utf-8", "Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Visit {
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

async function visit(path: string): Promise<Visit> {
  const tab = await browser.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  tab.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  tab.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  requested.length = 0;
  await tab.goto(`${origin}${path}`, { waitUntil: "load" });
  return { page: tab, consoleErrors, pageErrors };
}

const violationsOf = (tab: Page): Promise<Violation[]> => tab.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

const definedTags = (tab: Page): Promise<string[]> =>
  tab.evaluate((names) => names.filter((name) => customElements.get(name) !== undefined), [...tags]);

interface Rendered {
  readonly id: string;
  readonly headline: string | undefined;
  readonly quoteTexts: string[];
  readonly error: string | undefined;
}

// Polls and reads run from Node: page.evaluate goes through the DevTools protocol, which the
// page's policy does not govern.
describe("the CDN build under Content-Security-Policy: script-src 'self'; style-src 'self'", () => {
  it("renders a brief from src and one from an inline JSON script with the embed file, and its on-demand module, with no violation or error", async () => {
    const { page: tab, consoleErrors, pageErrors } = await visit("/");
    try {
      // Both briefs have drawn their header and every quote card, in their one shadow root.
      await tab.waitForFunction(
        (quotes) =>
          [...document.querySelectorAll("diplo-brief")].every((brief) => {
            const root = brief.shadowRoot;
            return (
              Boolean(root?.querySelector('[part~="headline"]')) && root?.querySelectorAll('section.quotes .card [part~="text"]').length === quotes
            );
          }),
        blinkenBeijing.quotes.length,
        { timeout: 20_000 },
      );

      const rendered: Rendered[] = await tab.evaluate(() =>
        [...document.querySelectorAll("diplo-brief")].map((brief) => {
          const root = brief.shadowRoot;
          return {
            id: brief.id,
            headline: root?.querySelector('[part~="headline"]')?.textContent ?? undefined,
            quoteTexts: [...(root?.querySelectorAll('section.quotes .card [part~="text"]') ?? [])].map((text) => text.textContent ?? ""),
            error: root?.querySelector('[part~="error"]')?.textContent ?? undefined,
          };
        }),
      );
      const expected = { headline: blinkenBeijing.article.headline, quoteTexts: blinkenBeijing.quotes.map((quote) => quote.text), error: undefined };
      expect(rendered).toEqual([
        { id: "from-src", ...expected },
        { id: "from-inline", ...expected },
      ]);

      // The embed file is <diplo-brief> alone: a card on the page stays an unknown element.
      expect(await definedTags(tab)).toEqual(["diplo-brief"]);
      expect(await tab.evaluate(() => document.getElementById("unregistered")?.shadowRoot ?? null)).toBeNull();

      // Styles must reach the shadow root without <style> elements, which the policy blocks:
      // a card with its frame proves the constructed stylesheets applied.
      const border = await tab.evaluate(() => {
        const frame = document.querySelector("diplo-brief")?.shadowRoot?.querySelector("section.quotes .card");
        return frame ? getComputedStyle(frame).borderTopStyle : undefined;
      });
      expect(border).toBe("solid");

      // Showing a source sentence draws template from the on-demand module, which must load
      // from beside the embed file and stay within the policy too.
      await tab.evaluate(() => {
        const root = document.querySelector("diplo-brief")?.shadowRoot;
        (root?.querySelector('section.quotes [part~="evidence-button"]') as HTMLButtonElement | null)?.click();
      });
      await tab.waitForFunction(() =>
        Boolean(document.querySelector("diplo-brief")?.shadowRoot?.querySelector('section.quotes [part~="evidence-source"] mark')),
      );
      expect(requested).toContain("/cdn/diplo-brief-on-demand.js");
      expect(requested.filter((path) => path.endsWith("on-demand.js"))).toEqual(["/cdn/diplo-brief-on-demand.js"]);
      // Its styles are adopted, not inlined: the marked words take the mark colour.
      const mark = await tab.evaluate(() => {
        const marked = document.querySelector("diplo-brief")?.shadowRoot?.querySelector("section.quotes mark");
        return marked ? getComputedStyle(marked).backgroundColor : undefined;
      });
      expect(mark).toBe("rgb(255, 229, 143)");

      // The names to choose come with it too, and choosing one filters the brief.
      await tab.evaluate(() => {
        const players = document.querySelector("diplo-brief")?.shadowRoot?.querySelector<HTMLDetailsElement>('[part~="players"]');
        if (players) players.open = true;
      });
      await tab.waitForFunction(() =>
        Boolean(document.querySelector("diplo-brief")?.shadowRoot?.querySelector('[part~="entity"][data-entity="joe-biden"]')),
      );
      await tab.evaluate(() =>
        document.querySelector("diplo-brief")?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="entity"][data-entity="joe-biden"]')?.click(),
      );
      await tab.waitForFunction(() =>
        document.querySelector("diplo-brief")?.shadowRoot?.querySelector('[part~="filter"] [role="status"]')?.textContent?.includes("Joe Biden"),
      );

      expect(await violationsOf(tab)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 30_000);

  it("renders every element on its own with diplo-brief-all.js, with no violation or error", async () => {
    const { page: tab, consoleErrors, pageErrors } = await visit("/elements");
    try {
      expect(await definedTags(tab)).toEqual([...tags]);
      // Each element loads the brief itself (src or inline JSON) and draws its card or cards.
      const selectors = ["diplo-entity-card", "diplo-quote-card", "diplo-issue-card", "diplo-event-card", "diplo-timeline"];
      await tab.waitForFunction((names) => names.every((name) => document.querySelector(name)?.shadowRoot?.querySelector(".card")), selectors, {
        timeout: 20_000,
      });
      const titles = await tab.evaluate(
        (names) =>
          names.map((name) => {
            const root = document.querySelector(name)?.shadowRoot;
            return root?.querySelector('[part~="title"], [part~="text"]')?.textContent?.replace(/\s+/g, " ").trim();
          }),
        selectors,
      );
      const hua = blinkenBeijing.quotes.find((quote) => quote.id === "hua-tweet");
      expect(titles).toEqual(["Antony Blinken", hua?.text, "Taiwan", "Joe Biden takes office as President", "Joe Biden takes office as President"]);
      const timeline = await tab.evaluate(() => {
        const root = document.querySelector("diplo-timeline")?.shadowRoot;
        return { dated: root?.querySelectorAll('[part~="axis"] .card').length, undated: root?.querySelectorAll('[part~="undated"] .card').length };
      });
      expect(timeline).toEqual({ dated: 1, undated: blinkenBeijing.events.length - 1 });
      const border = await tab.evaluate(() => {
        const frame = document.querySelector("diplo-issue-card")?.shadowRoot?.querySelector(".card");
        return frame ? getComputedStyle(frame).borderTopStyle : undefined;
      });
      expect(border).toBe("solid");

      // A card's source sentence, from the on-demand module beside the -all file.
      await tab.evaluate(() =>
        document.querySelector("diplo-event-card")?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="evidence-button"]')?.click(),
      );
      await tab.waitForFunction(() =>
        Boolean(document.querySelector("diplo-event-card")?.shadowRoot?.querySelector('[part~="evidence-source"] mark')),
      );
      expect(requested.filter((path) => path.endsWith("on-demand.js"))).toEqual(["/cdn/diplo-brief-on-demand.js"]);

      expect(await violationsOf(tab)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 30_000);

  it("still shows the brief when its on-demand module cannot be loaded, and says why once", async () => {
    const { page: tab, consoleErrors, pageErrors } = await visit("/alone");
    try {
      await tab.waitForFunction(
        (quotes) =>
          [...document.querySelectorAll("diplo-brief")].every(
            (brief) => brief.shadowRoot?.querySelectorAll("section.quotes .card").length === quotes,
          ),
        blinkenBeijing.quotes.length,
        { timeout: 20_000 },
      );
      // Both briefs asked for it (verification runs after the first render); it was fetched once.
      await expect.poll(() => consoleErrors.filter((message) => message.includes("could not load diplo-brief-on-demand.js")).length, { timeout: 10_000 }).toBe(1);
      expect(requested.filter((path) => path.endsWith("on-demand.js"))).toEqual(["/alone/diplo-brief-on-demand.js"]);
      expect(consoleErrors.find((message) => message.includes("could not load diplo-brief-on-demand.js"))).toMatch(
        /^<diplo-brief>: could not load diplo-brief-on-demand\.js from beside the script: \S/,
      );
      expect(await tab.evaluate(() => document.querySelector("diplo-brief")?.shadowRoot?.querySelector('[part~="headline"]')?.textContent)).toBe(
        blinkenBeijing.article.headline,
      );
      expect(await violationsOf(tab)).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 30_000);

  it("records a violation when the page breaks the policy (negative control)", async () => {
    const { page: tab, pageErrors } = await visit("/control");
    try {
      await tab.waitForFunction(() => (window as unknown as { __violations: unknown[] }).__violations.length >= 2, undefined, {
        timeout: 10_000,
      });
      const directives = (await violationsOf(tab)).map((violation) => violation.directive).sort();
      expect(directives).toEqual(["script-src-elem", "style-src-attr"]);
      expect(await tab.evaluate(() => "__inlineScriptRan" in window)).toBe(false);
      expect(await tab.evaluate(() => getComputedStyle(document.getElementById("styled") as HTMLElement).color)).not.toBe("rgb(255, 0, 0)");
      expect(pageErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 30_000);
});
