import { blinkenBeijing } from "@diplo-brief/core/articles";
import type { Locator, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openPage, type Site, startSite } from "./site.js";

const pages = ["index.html", "playground.html", "showcase.html", "embed.html"];

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

/** Opens a page of the demo once its first brief is drawn. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(site, path);
  await opened.page.locator("diplo-brief").first().locator('[part~="base"]').first().waitFor();
  return opened;
}

/**
 * Replaces a textarea's text in one edit, as pasting does. Playwright's `fill` inserts the text
 * through Chromium's editing code, which takes it tens of seconds for the seed brief's 55 KB on a
 * busy machine; what these tests watch is the page's answer to the edit, not the typing.
 */
async function paste(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((element, value) => {
    (element as HTMLTextAreaElement).value = value;
    element.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

describe("the demo, built and served under a nested base path", () => {
  it.each(pages)("%s loads with no error and no accessibility violation", async (path) => {
    const { page, errors } = await open(path);
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("navigation", { name: "Demo pages" }).getByRole("link").allTextContents()).toEqual(["Article", "Playground", "Draft", "Studio", "Showcase", "Embed"]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows every section of the seed brief beside its article", async () => {
    const { page } = await open("index.html");
    const brief = page.locator("diplo-brief");
    const texts = async (locator: Locator) => (await locator.allTextContents()).map((text) => text.replace(/\s+/g, " ").trim());
    const { entities, issues, quotes, events } = blinkenBeijing;
    await expect.poll(() => texts(brief.locator('[part~="section-heading"]'))).toEqual([`Key players ${entities.length}`, "Issues", "Quotes", "Timeline"]);
    // The overview leads to every section, with its count.
    expect(await texts(brief.locator('[part~="overview"] [part~="contents"] a'))).toEqual([
      `Key players ${entities.length}`,
      `Issues ${issues.length}`,
      `Quotes ${quotes.length}`,
      `Timeline ${events.length}`,
    ]);
    // Every card is drawn in the brief's own shadow root, each in its section; the timeline puts
    // dated events in date order, so its cards are compared as a set.
    const ids = (selector: string) => brief.locator(selector).evaluateAll((cards) => cards.map((card) => card.getAttribute("data-id")));
    expect(await ids('#issues .card[part~="card"]')).toEqual(issues.map((i) => i.id));
    expect(await ids('#quotes .card[part~="card"]')).toEqual(quotes.map((q) => q.id));
    expect((await ids('#timeline .card[part~="card"]')).sort()).toEqual(events.map((e) => e.id).sort());
    // The key players are names to choose, drawn once the reader opens them.
    await brief.locator('[part~="players"] > summary').click();
    const names = brief.locator('[part~="players"] button[part~="entity"]');
    await expect.poll(() => names.count()).toBe(entities.length);
    expect((await names.evaluateAll((chips) => chips.map((chip) => chip.getAttribute("data-entity")))).sort()).toEqual(entities.map((e) => e.id).sort());
    expect(await page.locator("#story h1").textContent()).toBe(blinkenBeijing.article.headline);
    await page.close();
  });

  it("filters the brief to what relates to a chosen entity, and back", async () => {
    const { page } = await open("index.html");
    const brief = page.locator("diplo-brief");
    await brief.locator('[part~="players"] > summary').click();
    const biden = brief.locator('[part~="players"] [part~="entity"][data-entity="joe-biden"]');
    await biden.click();
    expect(await biden.getAttribute("aria-pressed")).toBe("true");
    const quotes = blinkenBeijing.quotes.filter((q) => q.speaker === "joe-biden").map((q) => q.id);
    expect(quotes.length).toBeGreaterThan(0);
    // The whole lists stay in the page, hidden, while an entity is chosen: what counts is what shows.
    const shown = brief.locator('#quotes .card[part~="card"]').filter({ visible: true });
    await expect.poll(() => shown.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-id")))).toEqual(quotes);
    const filter = brief.locator('[part~="filter"]');
    // The filter's own status line, not the live regions of the card it holds.
    const status = filter.locator(':scope > [role="status"]');
    expect(await status.textContent()).toMatch(/^Showing \d+ items related to Joe Biden\./);
    // The chosen entity's own card comes with the filter.
    expect(await filter.locator('.card[data-id="joe-biden"]').isVisible()).toBe(true);
    await filter.getByRole("button", { name: "Show everything" }).click();
    await expect.poll(() => shown.count()).toBe(blinkenBeijing.quotes.length);
    expect(await biden.getAttribute("aria-pressed")).toBe("false");
    expect(await status.textContent()).toBe("");
    await page.close();
  });

  it("highlights the right sentence in the article", async () => {
    const { page } = await open("index.html");
    const quote = blinkenBeijing.quotes.find((q) => q.id === "hua-tweet");
    const speaker = blinkenBeijing.entities.find((e) => e.id === quote?.speaker)?.name ?? "";
    const button = page.locator('diplo-brief #quotes .card[data-id="hua-tweet"] [part~="evidence-button"]');
    // The page names its article, so the button offers it, named for its quote.
    expect((await button.textContent())?.replace(/\s+/g, " ").trim()).toMatch(new RegExp(`^Show in article: ${speaker}: `));
    await button.click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("diplo-evidence")?.size ?? 0)).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => {
      const [range] = [...(CSS.highlights.get("diplo-evidence") ?? [])] as Range[];
      return { text: range?.toString(), inStory: Boolean(range && document.querySelector("#story")?.contains(range.startContainer)) };
    });
    const expected = quote?.evidence[0]?.text ?? "";
    expect(highlighted.inStory).toBe(true);
    expect(highlighted.text?.replace(/\s+/g, " ")).toBe(expected.replace(/\s+/g, " "));
    await page.close();
  });

  it("playground: a broken edit shows its problem, a fixed one renders again", async () => {
    const { page } = await open("playground.html");
    const editor = page.locator("#editor");
    const status = page.locator("#status");
    const seed = await editor.inputValue();
    await paste(editor, seed.replace('"schemaVersion": "1.0",', '"schemaVersion": "1.0"'));
    await expect.poll(() => status.textContent()).toMatch(/The JSON does not parse:.*\(line 3, column \d+\)/);
    // Where V8's message gives no position, the line and column are found all the same.
    await paste(editor, seed.replace('"schemaVersion": "1.0",', '"schemaVersion": ,'));
    await expect.poll(() => status.textContent()).toMatch(/The JSON does not parse:.*Unexpected token ','.*\(line 2, column 20\)/);
    await paste(editor, seed.replace('"speaker": "hua-chunying"', '"speaker": "qin"'));
    await expect.poll(() => status.textContent()).toContain("speaker: no entity with id 'qin'");
    expect(await page.locator("#stale").isVisible()).toBe(true);
    await paste(editor, seed.replace(blinkenBeijing.article.headline, "An edited headline"));
    await expect.poll(() => page.locator('diplo-brief [part~="headline"]').textContent()).toBe("An edited headline");
    await expect.poll(() => status.textContent()).toContain("Valid brief");
    expect(await page.locator("#grounding").textContent()).toContain("Grounded");
    await page.close();
  });

  it("playground: the grounding report catches an altered quote", async () => {
    const { page } = await open("playground.html");
    const editor = page.locator("#editor");
    const seed = await editor.inputValue();
    // The words also stand in the article text and evidence: alter only the quote's own text field.
    const quotes = seed.indexOf('"quotes": [');
    await paste(editor, seed.slice(0, quotes) + seed.slice(quotes).replace("legitimate differences", "serious differences"));
    await expect.poll(() => page.locator("#grounding").textContent()).toContain("does not occur verbatim in the article");
    await page.close();
  });

  it("playground: loads a brief from a URL and from a file", async () => {
    const { page } = await open("playground.html");
    const status = page.locator("#status");
    await page.locator("#editor").fill("{}");
    await expect.poll(() => status.textContent()).toContain("not valid");
    await page.locator("#url").fill("briefs/blinken-beijing.json");
    await page.getByRole("button", { name: "Load", exact: true }).click();
    await expect.poll(() => status.textContent()).toContain("Valid brief: 29 entities");
    const edited = { ...blinkenBeijing, article: { ...blinkenBeijing.article, headline: "From a file" } };
    await page.locator("#file").setInputFiles({ name: "brief.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(edited)) });
    await expect.poll(() => page.locator('diplo-brief [part~="headline"]').textContent()).toBe("From a file");
    await page.locator("#url").fill("briefs/missing.json");
    await page.getByRole("button", { name: "Load", exact: true }).click();
    await expect.poll(() => status.textContent()).toContain("The server answered 404");
    await page.close();
  });

  it("playground: downloads the brief and its exports", async () => {
    const { page } = await open("playground.html");
    const names: string[] = [];
    for (const label of ["Brief (JSON)", "JSON Schema", "JSON-LD", "TimelineJS"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
      names.push(download.suggestedFilename());
    }
    expect(names).toEqual(["brief.json", "brief.schema.json", "brief.jsonld", "timeline.json"]);
    await page.close();
  });

  it("embed: the two-line snippet works from the CDN build alone", async () => {
    const { page, errors } = await open("embed.html");
    const live = page.locator("#live diplo-brief");
    await expect.poll(() => live.locator('[part~="headline"]').textContent()).toBe(blinkenBeijing.article.headline);
    expect(await page.locator("#snippet").textContent()).toContain('<diplo-brief src="brief.json"></diplo-brief>');
    // The names to choose come with the module the CDN file loads from beside itself.
    await live.locator('[part~="players"] > summary').click();
    await expect.poll(() => live.locator('[part~="entity"]').count()).toBe(blinkenBeijing.entities.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
