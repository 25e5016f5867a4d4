import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import type { Page, Request as PageRequest } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, dist, drafterMark, holdDrafter, openPage, type Site, startSite } from "./site.js";

const gold = join(dirname(createRequire(import.meta.url).resolve("@diplo-brief/eval/package.json")), "gold");
const otherPages = ["index.html", "playground.html", "showcase.html", "embed.html"];

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

const status = (page: Page) => page.locator("#drafter-status");
const draftButton = (page: Page) => page.getByRole("button", { name: "Draft", exact: true });

/** The Draft page, once the drafter it loads when idle is ready. */
async function openReady(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(site, "draft.html");
  await status(opened.page).filter({ hasText: "The drafter is ready" }).waitFor();
  return opened;
}

async function draft(page: Page): Promise<void> {
  await draftButton(page).click();
  await status(page).filter({ hasText: /^Drafted: / }).waitFor();
}

async function downloadBrief(page: Page): Promise<{ name: string; json: unknown }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the draft (JSON)" }).click()]);
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile(await download.path(), "utf8")) as unknown };
}

const activeId = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);

/** The scripts a built page runs before any dynamic import: its entry, its preloads and what they import. */
function staticScripts(html: string): Map<string, string> {
  const scripts = new Map<string, string>();
  const page = readFileSync(join(dist, html), "utf8");
  const pending = [...page.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (scripts.has(file)) continue;
    const code = readFileSync(join(dist, file), "utf8");
    scripts.set(file, code);
    // `import "./x.js"`, `import {…} from "./x.js"`, `export {…} from "./x.js"`; never `import("./x.js")`.
    for (const [, specifier] of code.matchAll(/\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g)) pending.push(join(dirname(file), specifier as string));
  }
  return scripts;
}

describe("the Draft page", () => {
  it("keeps the drafter out of every page's scripts, its own included, until it is imported", () => {
    const chunks = readdirSync(join(dist, "assets")).filter((file) => file.endsWith(".js"));
    // The mark is right: some chunk holds the drafter.
    expect(chunks.filter((file) => drafterMark.test(readFileSync(join(dist, "assets", file), "utf8"))).length).toBeGreaterThan(0);
    for (const html of [...otherPages, "draft.html"]) {
      const scripts = staticScripts(html);
      expect(scripts.size, html).toBeGreaterThan(0);
      expect([...scripts].filter(([, code]) => drafterMark.test(code)).map(([file]) => file), html).toEqual([]);
    }
  });

  it.each(otherPages)("%s never loads the drafter", async (path) => {
    const scripts: PageRequest[] = [];
    const record = (request: PageRequest) => void (request.resourceType() === "script" && scripts.push(request));
    const { page, errors } = await openPage(site, path, { prepare: (page) => page.on("request", record) });
    await page.waitForLoadState("networkidle");
    // The Draft page imports the drafter when the browser is first idle: wait out two idle periods so any such import has begun.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    page.off("request", record);
    // Bodies are read while the page is open: a read after it closes would reject unheard.
    const bodies = await Promise.all(scripts.map(async (request) => (await request.response())?.text() ?? ""));
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((body) => drafterMark.test(body))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads the drafter when idle, saying so while it loads", async () => {
    // The drafter's chunk is held back until the loading state has been seen.
    const hold = holdDrafter();
    const { page, errors } = await openPage(site, "draft.html", { prepare: hold.prepare });
    await expect.poll(() => status(page).textContent()).toBe("Loading the drafter…");
    expect(await status(page).getAttribute("role")).toBe("status");
    hold.release();
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain("The drafter is ready");
    expect(hold.requested()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.unrouteAll({ behavior: "wait" });
    await page.close();
  });

  it("offers every example with its source and licence, word for word as the gold set holds it", async () => {
    const { page, errors } = await openPage(site, "draft.html");
    const sources = readFileSync(join(gold, "SOURCES.md"), "utf8");
    const options = await page.locator("#example option").evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.sort()).toEqual(
      readdirSync(gold)
        .filter((file) => file.endsWith(".txt"))
        .map((file) => file.slice(0, -".txt".length))
        .sort(),
    );
    for (const id of options) {
      await page.selectOption("#example", id);
      expect(await page.locator("#text").inputValue()).toBe(readFileSync(join(gold, `${id}.txt`), "utf8"));
      const credit = page.locator("#example-credit");
      const original = (await credit.locator("a").first().getAttribute("href")) ?? "";
      // SOURCES.md lists each file on one line with the address it was first published at.
      expect(sources.split("\n").find((line) => line.includes(`\`${id}.txt\``)), id).toContain(original);
      expect(await credit.textContent()).toMatch(id.startsWith("state-") ? /U\.S\. Department of State.*public domain/ : /Wikinews.*by Wikinews contributors.*CC BY 2\.5/);
    }
    expect(await page.locator(".sources").textContent()).toContain("Creative Commons Attribution 2.5");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drafts an example, shows its quotes beside the article, highlights their evidence and downloads a grounded brief", async () => {
    const { page, errors } = await openReady();
    await page.selectOption("#example", "north-korea-quasi-state-of-war");
    await draft(page);
    expect(await activeId(page)).toBe("draft-heading");

    const { name, json } = await downloadBrief(page);
    expect(name).toBe("north-korea-quasi-state-of-war.brief.json");
    const parsed = safeParseBrief(json);
    if (!parsed.success) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
    const brief = parsed.data;
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(brief.article.text).toBe(readFileSync(join(gold, "north-korea-quasi-state-of-war.txt"), "utf8"));
    expect(brief.article).toMatchObject({ source: "Wikinews", published: "2015-08-21" });
    expect(brief.provenance).toMatchObject({ method: "drafted", reviewed: false });

    const element = page.locator("#draft-brief");
    expect(brief.quotes.length).toBeGreaterThan(0);
    const quoteCards = element.locator('#quotes .card[part~="card"]');
    await expect.poll(() => quoteCards.evaluateAll((cards) => cards.map((card) => card.getAttribute("data-id")))).toEqual(brief.quotes.map((q) => q.id));
    expect(await page.locator("#draft-story h3").textContent()).toBe(brief.article.headline);
    const found = page.locator(".report-found");
    expect(await found.getByRole("row", { name: /^Quotes/ }).textContent()).toContain(String(brief.quotes.length));

    const quote = brief.quotes[0];
    await element.locator(`#quotes .card[data-id="${quote?.id}"] [part~="evidence-button"]`).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("diplo-evidence")?.size ?? 0)).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => {
      const [range] = [...(CSS.highlights.get("diplo-evidence") ?? [])] as Range[];
      return { text: range?.toString(), inStory: Boolean(range && document.querySelector("#draft-story")?.contains(range.startContainer)) };
    });
    expect(highlighted.inStory).toBe(true);
    expect(highlighted.text?.replace(/\s+/g, " ")).toBe(quote?.evidence[0]?.text.replace(/\s+/g, " "));

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says what is wrong beside the form and moves focus there: blank text, then a date that does not exist", async () => {
    const { page, errors } = await openReady();
    const summary = page.locator("#draft-errors");
    await page.locator("#text").fill(" \n\t ");
    await draftButton(page).click();
    await expect.poll(() => activeId(page)).toBe("draft-errors");
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain("The article text is blank");
    expect(await page.locator("#text").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#draft").isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole("link").click();
    expect(await activeId(page)).toBe("text");

    await page.locator("#text").fill("Officials of both countries met in Geneva on Monday to discuss the ceasefire.");
    await page.locator("#published").fill("2021-02-31");
    await draftButton(page).click();
    await expect.poll(() => summary.textContent()).toContain("Published: must be a date that exists");
    expect(await activeId(page)).toBe("draft-errors");
    expect(await page.locator("#published").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#text").getAttribute("aria-invalid")).toBeNull();

    await page.locator("#published").fill("2021-02-28");
    await draft(page);
    expect(await summary.isHidden()).toBe(true);
    expect(await page.locator("[aria-invalid]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says when the article's language is not one the drafter reads", async () => {
    const { page, errors } = await openReady();
    await page.locator("#text").fill("Les ministres se sont réunis à Genève lundi.\n\nIls ont parlé du cessez-le-feu.");
    await page.locator("#language").fill("fr");
    await draft(page);
    const language = page.locator(".report-language");
    expect(await language.textContent()).toContain("French (fr): not supported.");
    expect(await language.locator("li").first().textContent()).toContain("is not supported");
    expect(await page.locator("#draft-story").getAttribute("lang")).toBe("fr");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drafts offline once the page has loaded", async () => {
    const { page, errors } = await openReady();
    await page.context().setOffline(true);
    await page.selectOption("#example", "state-rubio-marcos-manila");
    await draft(page);
    // The brief is drawn with its key players, and opening them draws their names, offline too.
    const element = page.locator("#draft-brief");
    const players = (await element.locator('[part~="contents"] a[href="#players"]').textContent())?.match(/\d+/)?.[0];
    expect(Number(players)).toBeGreaterThan(0);
    await element.locator('[part~="players"] > summary').click();
    await expect.poll(() => element.locator('[part~="entity"]').count()).toBe(Number(players));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drafts a chosen .txt file and a dropped one, named after the file", async () => {
    const { page, errors } = await openReady();
    const article = "Talks resume in Geneva\n\nThe foreign ministers of both countries met in Geneva on Monday, the first such meeting in a year.";
    await page.locator("#file").setInputFiles({ name: "geneva-talks.txt", mimeType: "text/plain", buffer: Buffer.from(article) });
    await status(page).filter({ hasText: /^Drafted: / }).waitFor();
    expect(await page.locator("#text").inputValue()).toBe(article);
    expect((await downloadBrief(page)).name).toBe("geneva-talks.brief.json");

    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(["Ministers meet in Vienna\n\nThe ministers met in Vienna on Tuesday."], "vienna.txt", { type: "text/plain" }));
      return data;
    });
    await page.locator("#drop-zone").dispatchEvent("dragover", { dataTransfer: dropped });
    await page.locator("#drop-zone").dispatchEvent("drop", { dataTransfer: dropped });
    await expect.poll(() => page.locator("#draft-story h3").textContent()).toBe("Ministers meet in Vienna");
    expect((await downloadBrief(page)).name).toBe("vienna.brief.json");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes the article out of an .html page, runs none of its scripts, and drafts it", async () => {
    const { page, errors } = await openReady();
    const paragraphs = [
      "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss support for Ukraine, their first meeting since the summer.",
      "“We agreed to keep working together on the reconstruction of Ukraine,” the French foreign minister said after the talks, which lasted three hours.",
      "The German foreign minister said the two countries would present a joint proposal to the European Union in December, according to a statement from the ministry.",
      "Officials from both countries are expected to meet again in Paris next month to prepare the proposal, which diplomats said could include new funding.",
    ];
    const html = `<!doctype html><html lang="en"><head><title>Ministers meet in Berlin</title><script>window.ranPageScript = true</script></head>
      <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
      <article><h1>Ministers meet in Berlin</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>
      <img src="https://tracker.invalid/pixel.gif" alt=""><footer>Copyright 2026 Example News</footer></body></html>`;
    await page.locator("#file").setInputFiles({ name: "berlin.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await status(page).filter({ hasText: /^Drafted: / }).waitFor();
    const text = await page.locator("#text").inputValue();
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`);
    expect(text).not.toContain("Home");
    expect(await page.locator("#headline").inputValue()).toBe("Ministers meet in Berlin");
    expect(await page.evaluate(() => "ranPageScript" in window)).toBe(false);
    expect((await downloadBrief(page)).name).toBe("berlin.brief.json");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a file that is not text or a web page, saying so beside the form", async () => {
    const { page, errors } = await openReady();
    await page.locator("#file").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
    await expect.poll(() => activeId(page)).toBe("draft-errors");
    expect(await page.locator("#draft-errors").textContent()).toContain("report.pdf is not a .txt or .html file");
    expect(await page.locator("#file").getAttribute("aria-invalid")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });
});
