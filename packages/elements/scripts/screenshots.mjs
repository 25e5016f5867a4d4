// Takes the README's pictures of <diplo-brief> from the built CDN file, so they show what ships.
// Run after the build: npm run screenshots -w @diplo-brief/elements
//
// The page is a plain news article with the seed brief beside it (at the top on a phone). The
// script knows nothing of the element's design: it loads the element, waits for it to announce its
// brief (`diplo-brief-load`), and shoots the first screen, so it keeps working as the design changes.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { recordProblems, serveStatic } from "@diplo-brief/test-utils/static-server";
import { chromium } from "playwright";

const require = createRequire(import.meta.url);
const bundle = fileURLToPath(new URL("../dist/cdn/diplo-brief.js", import.meta.url));
const briefJson = require.resolve("@diplo-brief/core/articles/blinken-beijing.brief.json");
const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

const shots = [
  { file: "desktop-light.png", viewport: { width: 1280, height: 800 }, colorScheme: "light" },
  { file: "desktop-dark.png", viewport: { width: 1280, height: 800 }, colorScheme: "dark" },
  { file: "phone-light.png", viewport: { width: 390, height: 844 }, colorScheme: "light", isMobile: true, hasTouch: true },
];

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * The article as a news site prints it: headline, dateline and paragraphs. The article text opens
 * with its dateline between pipes and its headline, which the page sets apart, as the demo does.
 */
function articlePage(brief) {
  const { article } = brief;
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && block !== article.headline && !block.startsWith("|"));
  const dateline = [article.dateline ?? article.published, article.source].filter(Boolean).join(" · ");
  return `<!doctype html>
<html lang="${escape(article.language)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escape(article.headline)} · The World Desk</title>
    <link rel="icon" href="data:,">
    <style>
      :root {
        color-scheme: light dark;
        --bg: #ffffff;
        --text: #1b1d21;
        --muted: #5a616b;
        --rule: #d9dde3;
        --brand: #9b1c1c;
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
        background: var(--bg);
        color: var(--text);
      }
      @media (prefers-color-scheme: dark) {
        :root { --bg: #121417; --text: #e9ecf0; --muted: #a3acb8; --rule: #3a414a; --brand: #ff8f8f; }
      }
      body { margin: 0; }
      .masthead {
        display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 2rem;
        padding: 0.75rem clamp(1rem, 4vw, 2.5rem); border-bottom: 3px double var(--rule);
      }
      .masthead .name { font: 700 1.5rem/1.2 Georgia, "Times New Roman", serif; color: var(--brand); }
      .masthead ul { display: flex; flex-wrap: wrap; gap: 0 1.25rem; margin: 0; padding: 0; list-style: none; color: var(--muted); font-size: 0.875rem; }
      .layout {
        display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr);
        max-width: 76rem; margin: 0 auto; padding: 1.25rem clamp(1rem, 4vw, 2.5rem) 3rem;
      }
      /* On a phone the brief comes first: it is the page's summary. */
      .brief { order: -1; }
      @media (min-width: 60rem) {
        .layout { grid-template-columns: minmax(0, 1fr) 400px; gap: 3rem; align-items: start; }
        .brief { order: 0; }
      }
      .story { font: 1.125rem/1.65 Georgia, "Times New Roman", serif; max-width: 42rem; }
      .story .kicker { margin: 0 0 0.5rem; font: 700 0.8125rem/1.2 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: var(--brand); }
      .story h1 { margin: 0 0 0.75rem; font-size: clamp(1.75rem, 3.2vw, 2.5rem); line-height: 1.15; }
      .story .dateline { margin: 0 0 1.5rem; font: 0.9375rem/1.4 system-ui, sans-serif; color: var(--muted); }
      .story p { margin: 0 0 1.1rem; white-space: pre-line; }
    </style>
    <script type="module" src="./diplo-brief.js"></script>
  </head>
  <body>
    <header class="masthead">
      <span class="name">The World Desk</span>
      <nav aria-label="Sections"><ul><li>World</li><li>Politics</li><li>Business</li><li>Opinion</li></ul></nav>
    </header>
    <main class="layout">
      <article id="story" class="story" aria-labelledby="headline">
        <p class="kicker">Diplomacy</p>
        <h1 id="headline">${escape(article.headline)}</h1>
        <p class="dateline">${escape(dateline)}</p>
${paragraphs.map((text) => `        <p>${escape(text)}</p>`).join("\n")}
      </article>
      <aside class="brief" aria-label="Brief of this article">
        <diplo-brief src="./brief.json" article="#story" heading-level="2"></diplo-brief>
      </aside>
    </main>
  </body>
</html>
`;
}

if (!existsSync(bundle)) {
  console.error(`No CDN build at ${bundle}: run npm run build -w @diplo-brief/elements first.`);
  process.exit(1);
}

const site = mkdtempSync(join(tmpdir(), "diplo-brief-screenshots-"));
let server;
let browser;
try {
  copyFileSync(bundle, join(site, "diplo-brief.js"));
  // The module the embed file loads from beside itself when a reader acts.
  copyFileSync(bundle.replace(/diplo-brief\.js$/, "diplo-brief-on-demand.js"), join(site, "diplo-brief-on-demand.js"));
  copyFileSync(briefJson, join(site, "brief.json"));
  writeFileSync(join(site, "index.html"), articlePage(JSON.parse(readFileSync(briefJson, "utf8"))));
  server = await serveStatic(site);
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });

  const taken = [];
  for (const { file, ...options } of shots) {
    // Reduced motion, so no transition is caught half way; scale 1 keeps the files small.
    const context = await browser.newContext({ ...options, reducedMotion: "reduce", deviceScaleFactor: 1 });
    const page = await context.newPage();
    const problems = recordProblems(page);
    // Listening before any script runs, so an event fired during the first render is not missed.
    await page.addInitScript(() => {
      document.addEventListener("diplo-brief-load", () => (window.__diploBrief ??= "loaded"));
      document.addEventListener("diplo-brief-error", (event) => (window.__diploBrief ??= `diplo-brief-error: ${event.detail?.message}`));
    });
    await page.goto(server.url);
    const outcome = await (await page.waitForFunction(() => window.__diploBrief, undefined, { timeout: 30_000 })).jsonValue();
    if (outcome !== "loaded") throw new Error(`${file}: the brief did not load (${outcome})`);
    // The element announces its brief once drawn; fonts and one more frame make sure it is painted.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    if (problems.length > 0) throw new Error(`${file}: the page reported problems:\n${problems.join("\n")}`);
    taken.push({ file, png: await page.screenshot({ animations: "disabled", caret: "hide" }) });
    await context.close();
  }

  // Written only when every picture came out, so a failed run leaves the old set whole.
  mkdirSync(out, { recursive: true });
  for (const { file, png } of taken) {
    writeFileSync(join(out, file), png);
    console.log(`docs/screenshots/${file}: ${(png.length / 1000).toFixed(1)} KB`);
  }
} finally {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
}
