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

const bundlePath = fileURLToPath(new URL("../dist/cdn/diplo-brief.js", import.meta.url));
const tags = [
  "diplo-brief",
  "diplo-entity-card",
  "diplo-quote-card",
  "diplo-issue-card",
  "diplo-event-card",
  "diplo-timeline",
] as const;

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

const page = (body: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>diplo-brief under a strict CSP</title>
    <script src="/listen.js"></script>
    <script type="module" src="/diplo-brief.js"></script>
  </head>
  <body>
${body}
  </body>
</html>
`;

const briefPage = page(`    <main>
      <diplo-brief id="from-src" src="/brief.json"></diplo-brief>
      <diplo-brief id="from-inline"><script type="application/json">${inlineJson(blinkenBeijing)}</script></diplo-brief>
    </main>`);

// The negative control: the same recorder must catch what the policy forbids, or its silence
// on the real page would prove nothing.
const controlPage = page(`    <p id="styled" style="color: red">inline style attribute</p>
    <script>window.__inlineScriptRan = true;</script>`);

let server: Server;
let origin: string;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  if (!existsSync(bundlePath)) {
    throw new Error(
      `The CDN build is missing (${bundlePath}). Build it first: cd packages/core && npm run build && cd ../elements && npx tsup`,
    );
  }
  bundle = readFileSync(bundlePath, "utf8");

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
    switch (path) {
      case "/":
        return send(200, "text/html; charset=utf-8", briefPage);
      case "/control":
        return send(200, "text/html; charset=utf-8", controlPage);
      case "/listen.js":
        return send(200, "text/javascript; charset=utf-8", listener);
      case "/diplo-brief.js":
        return send(200, "text/javascript; charset=utf-8", bundle);
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
  await tab.goto(`${origin}${path}`, { waitUntil: "load" });
  return { page: tab, consoleErrors, pageErrors };
}

const violationsOf = (tab: Page): Promise<Violation[]> =>
  tab.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

interface Rendered {
  readonly id: string;
  readonly headline: string | undefined;
  readonly quoteCards: number;
  readonly quoteTexts: string[];
  readonly error: string | undefined;
}

describe("the CDN build under Content-Security-Policy: script-src 'self'; style-src 'self'", () => {
  it("renders a brief from src and one from an inline JSON script with no violation or error", async () => {
    const { page: tab, consoleErrors, pageErrors } = await visit("/");
    try {
      // Polls from Node (page.evaluate goes through the DevTools protocol, which the page's
      // policy does not govern) until both briefs have drawn their header and every quote card.
      await tab.waitForFunction(
        (quotes) =>
          [...document.querySelectorAll("diplo-brief")].every((brief) => {
            const root = brief.shadowRoot;
            const cards = root ? [...root.querySelectorAll("diplo-quote-card")] : [];
            return Boolean(root?.querySelector('[part~="headline"]')) && cards.length === quotes && cards.every((card) => card.shadowRoot?.querySelector('[part~="text"]'));
          }),
        blinkenBeijing.quotes.length,
        { timeout: 20_000 },
      );

      const rendered: Rendered[] = await tab.evaluate(() =>
        [...document.querySelectorAll("diplo-brief")].map((brief) => {
          const root = brief.shadowRoot;
          const cards = root ? [...root.querySelectorAll("diplo-quote-card")] : [];
          return {
            id: brief.id,
            headline: root?.querySelector('[part~="headline"]')?.textContent ?? undefined,
            quoteCards: cards.length,
            quoteTexts: cards.map((card) => card.shadowRoot?.querySelector('[part~="text"]')?.textContent ?? ""),
            error: root?.querySelector('[part~="error"]')?.textContent ?? undefined,
          };
        }),
      );
      const expected = {
        headline: blinkenBeijing.article.headline,
        quoteCards: blinkenBeijing.quotes.length,
        quoteTexts: blinkenBeijing.quotes.map((quote) => quote.text),
        error: undefined,
      };
      expect(rendered).toEqual([
        { id: "from-src", ...expected },
        { id: "from-inline", ...expected },
      ]);

      const defined = await tab.evaluate((names) => names.filter((name) => customElements.get(name) !== undefined), [...tags]);
      expect(defined).toEqual([...tags]);

      // Styles must reach the shadow roots without <style> elements, which the policy blocks:
      // a card with its frame proves the constructed stylesheets applied.
      const border = await tab.evaluate(() => {
        const card = document.querySelector("diplo-brief")?.shadowRoot?.querySelector("diplo-quote-card");
        const frame = card?.shadowRoot?.querySelector(".card");
        return frame ? getComputedStyle(frame).borderTopStyle : undefined;
      });
      expect(border).toBe("solid");

      // Opening a card's source sentence renders more template: it must stay within the policy too.
      await tab.evaluate(() => {
        const card = document.querySelector("diplo-brief")?.shadowRoot?.querySelector("diplo-quote-card");
        (card?.shadowRoot?.querySelector('[part~="evidence-button"]') as HTMLButtonElement | null)?.click();
      });
      await tab.waitForFunction(() => {
        const card = document.querySelector("diplo-brief")?.shadowRoot?.querySelector("diplo-quote-card");
        return Boolean(card?.shadowRoot?.querySelector("mark"));
      });

      expect(await violationsOf(tab)).toEqual([]);
      expect(consoleErrors).toEqual([]);
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
