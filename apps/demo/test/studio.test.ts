import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { type Brief, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { draftBrief } from "@diplo-brief/draft";
import type { BrowserContextOptions, Locator, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, holdDrafter, openPage, type Site, startSite } from "./site.js";

const seedText = readFileSync(createRequire(import.meta.url).resolve("@diplo-brief/core/package.json").replace(/package\.json$/, "src/articles/blinken-beijing.txt"), "utf8");
const headline = "Blinken in China for rare trip amid frosty ties and dim hopes for progress";
/** The draft the page makes of the seed: the drafter is deterministic, so Node makes the same. */
const seedDraft = draftBrief({ text: seedText, headline }).brief;
const itemCount = seedDraft.entities.length + seedDraft.issues.length + seedDraft.quotes.length + seedDraft.events.length;

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

/** The Studio page, once the drafter it loads when idle is ready. */
async function openStudio(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(site, "studio.html", options);
  await opened.page.locator("#drafter-status").filter({ hasText: "The drafter is ready" }).waitFor();
  return opened;
}

/**
 * Puts the text in the article field in one edit, as pasting does: Playwright's `fill` types it
 * through Chromium's editing code, which is slow for 5 KB on a busy machine.
 */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator("#article-text").evaluate((element, value) => {
    (element as HTMLTextAreaElement).value = value;
    element.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

const reviewCount = (page: Page): Locator => page.locator("#review-count");
const row = (page: Page, id: string): Locator => page.locator(`.studio-item[data-id="${id}"]`);
const choose = (page: Page, id: string): Locator => row(page, id).locator(".studio-choose");
const saved = (page: Page): Promise<void> => page.locator("#save-state").filter({ hasText: "Every change is saved in this browser." }).waitFor();
const activeKey = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key);

/** Pastes the seed article, drafts it and waits for the studio. */
async function draftSeed(page: Page): Promise<void> {
  await paste(page, seedText);
  await page.locator("#article-headline").fill(headline);
  await page.getByRole("button", { name: "Draft", exact: true }).click();
  await reviewCount(page).filter({ hasText: `0 of ${itemCount} reviewed` }).waitFor();
}

/** Where `words` (their `occurrence`-th appearance in the article) begin and end on screen, scrolled into view. */
function wordsOnScreen(page: Page, words: string, occurrence = 0): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate(
    ([words, occurrence]) => {
      const article = document.querySelector("#studio-article") as HTMLElement;
      let seen = 0;
      for (const paragraph of article.children) {
        const node = paragraph.firstChild as Text;
        for (let at = node.data.indexOf(words); at !== -1; at = node.data.indexOf(words, at + 1)) {
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          // At once: choosing an item scrolls the article smoothly, which would move the words after their place is read.
          paragraph.scrollIntoView({ block: "center", behavior: "instant" });
          const rects = [...range.getClientRects()];
          const first = rects[0] as DOMRect;
          const last = rects.at(-1) as DOMRect;
          return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
        }
      }
      throw new Error(`“${words}” is not in the article`);
    },
    [words, occurrence] as const,
  );
}

/** Selects `words` by dragging the mouse over them. */
async function dragOver(page: Page, words: string, occurrence = 0): Promise<void> {
  // Where the words stand once nothing scrolls any more: the same place two frames apart.
  let place = await wordsOnScreen(page, words, occurrence);
  for (;;) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const again = await wordsOnScreen(page, words, occurrence);
    if (JSON.stringify(again) === JSON.stringify(place)) break;
    place = again;
  }
  const { x1, y1, x2, y2 } = place;
  await page.mouse.move(x1, y1);
  await page.mouse.down();
  await page.mouse.move(x2, y2, { steps: 8 });
  await page.mouse.up();
}

/** The texts of a highlight's ranges, whitespace folded. */
const highlighted = (page: Page, name: string): Promise<string[]> =>
  page.evaluate((name) => [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].map((range) => range.toString().replace(/\s+/g, " ")), name);

async function download(page: Page): Promise<{ name: string; brief: Brief }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the brief (JSON)" }).click()]);
  const parsed = safeParseBrief(JSON.parse(await readFile(await file.path(), "utf8")) as unknown);
  if (!parsed.success) throw new Error(parsed.problems.map((problem) => problem.message).join("\n"));
  return { name: file.suggestedFilename(), brief: parsed.data };
}

/** Presses Tab (Shift+Tab with `back`) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let presses = 0; presses < 500; presses++) {
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe("the Studio page", () => {
  it("is in the navigation of every page", async () => {
    const { page, errors } = await openPage(site, "index.html");
    const link = page.getByRole("navigation", { name: "Demo pages" }).getByRole("link", { name: "Studio" });
    await link.click();
    await page.waitForURL(/studio\.html$/);
    expect(await page.getByRole("navigation", { name: "Demo pages" }).getByRole("link", { name: "Studio" }).getAttribute("aria-current")).toBe("page");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads the drafter only when the page is idle, and works meanwhile", async () => {
    const hold = holdDrafter();
    const { page, errors } = await openPage(site, "studio.html", { prepare: hold.prepare });
    await expect.poll(() => page.locator("#drafter-status").textContent()).toBe("Loading the drafter…");
    await expect.poll(() => hold.requested()).toBe(true);
    // The page is all there while the drafter loads: the briefs in progress are listed, the form takes an article.
    expect(await page.locator("#sessions").textContent()).toContain("None yet");
    await paste(page, seedText);
    hold.release();
    await page.locator("#drafter-status").filter({ hasText: "The drafter is ready" }).waitFor();
    await page.getByRole("button", { name: "Draft", exact: true }).click();
    await reviewCount(page).filter({ hasText: /^0 of \d+ reviewed$/ }).waitFor();
    expect(errors).toEqual([]);
    await page.unrouteAll({ behavior: "wait" });
    await page.close();
  });

  it("1. drafts a pasted article, opens a brief from a URL or a file, drafts a dropped one, and lists the briefs in progress", async () => {
    const { page, errors } = await openStudio();
    expect(await page.locator("#sessions").textContent()).toContain("None yet");
    await draftSeed(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("studio-heading");
    expect(await page.locator("#studio-heading").textContent()).toBe(headline);
    expect(new URL(page.url()).searchParams.get("session")).toBeTruthy();
    await saved(page);

    await page.getByRole("button", { name: "All briefs in progress" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sessions-heading");
    await page.locator("#brief-url").fill("./briefs/blinken-beijing.json");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await reviewCount(page).filter({ hasText: /^0 of \d+ reviewed$/ }).waitFor();
    expect(await page.locator("#studio-heading").textContent()).toContain("Blinken");
    await saved(page);

    await page.getByRole("button", { name: "All briefs in progress" }).click();
    const sessions = page.locator(".studio-session");
    await expect.poll(() => sessions.count()).toBe(2);
    expect(await sessions.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(`0 of ${itemCount} reviewed`)]));

    // A file that is not a brief is refused, with its problems, beside the form.
    await page.locator("#brief-file").setInputFiles({ name: "not-a-brief.json", mimeType: "application/json", buffer: Buffer.from('{"schemaVersion":"1.2"}') });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("open-errors");
    expect(await page.locator("#open-errors").textContent()).toContain("not-a-brief.json is not a brief this studio can open");
    await page.locator("#brief-file").setInputFiles({ name: "seed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(seedDraft)) });
    await reviewCount(page).filter({ hasText: `0 of ${itemCount} reviewed` }).waitFor();

    await page.getByRole("button", { name: "All briefs in progress" }).click();
    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(["Ministers meet in Vienna\n\nThe foreign ministers of Austria and Italy met in Vienna on Tuesday."], "vienna.txt", { type: "text/plain" }));
      return data;
    });
    await page.locator("#drop-zone").dispatchEvent("dragover", { dataTransfer: dropped });
    await page.locator("#drop-zone").dispatchEvent("drop", { dataTransfer: dropped });
    await expect.poll(() => page.locator("#studio-heading").textContent()).toBe("Ministers meet in Vienna");
    await saved(page);

    // A web page saved as .html: its article is taken out and drafted.
    await page.getByRole("button", { name: "All briefs in progress" }).click();
    const paragraphs = [
      "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss support for Ukraine, their first meeting since the summer.",
      "“We agreed to keep working together on the reconstruction of Ukraine,” the French foreign minister said after the talks, which lasted three hours.",
      "The German foreign minister said the two countries would present a joint proposal to the European Union in December, according to a statement.",
    ];
    const html = `<!doctype html><html lang="en"><head><title>Ministers meet in Berlin</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Ministers meet in Berlin</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    await page.locator("#article-file").setInputFiles({ name: "berlin.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await expect.poll(() => page.locator("#studio-heading").textContent()).toBe("Ministers meet in Berlin");
    expect(await page.locator("#studio-article").textContent()).toContain(paragraphs[1]);
    await saved(page);
    await page.getByRole("button", { name: "All briefs in progress" }).click();
    await expect.poll(() => sessions.count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works offline once loaded: drafts, edits and saves", async () => {
    const { page, errors } = await openStudio();
    // Everything the page loads by itself (its icon too) has come before the connection goes.
    await page.waitForLoadState("networkidle");
    await page.context().setOffline(true);
    await draftSeed(page);
    await dragOver(page, "Diaoyutai State Guest House");
    await page.getByRole("button", { name: "New event" }).click();
    await expect.poll(() => page.locator("#announcer").textContent()).toContain("Made Event “Diaoyutai State Guest House”");
    await saved(page);
    // The browser asks for the page's icon again when the address changes (to name the open brief); offline it keeps the one it has.
    expect(errors.filter((error) => !/favicon\.svg|Failed to load resource/.test(error))).toEqual([]);
    await page.close();
  });

  it("2. marks every span, the chosen item's distinctly; choosing scrolls the article, clicking a mark chooses its item", async () => {
    // Reduced motion: the article jumps to the spans rather than gliding there.
    const { page, errors } = await openStudio({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    await draftSeed(page);
    const spans = [...seedDraft.entities, ...seedDraft.issues, ...seedDraft.quotes, ...seedDraft.events].flatMap((item) => item.evidence);
    expect((await highlighted(page, "studio-evidence")).length).toBe(spans.length);
    expect(await highlighted(page, "studio-selected")).toEqual([]);

    // The last event's spans are far down the article: choosing it scrolls the article there.
    const event = seedDraft.events.at(-1) as Brief["events"][number];
    const article = page.locator("#studio-article");
    expect(await article.evaluate((box) => box.scrollTop)).toBe(0);
    await choose(page, event.id).click();
    expect(await choose(page, event.id).getAttribute("aria-expanded")).toBe("true");
    expect(await highlighted(page, "studio-selected")).toEqual(event.evidence.map((span) => span.text.replace(/\s+/g, " ")));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = (document.querySelector("#studio-article") as HTMLElement).getBoundingClientRect();
          const [range] = [...((CSS.highlights.get("studio-selected") ?? []) as Iterable<Range>)];
          const rect = (range as Range).getBoundingClientRect();
          return rect.top >= box.top && rect.top < box.bottom;
        }),
      )
      .toBe(true);

    // A click on Hua Chunying's tweet chooses the quote, the narrowest item marked there.
    const quote = seedDraft.quotes.find((q) => q.speaker === "hua-chunying") as Brief["quotes"][number];
    const steer = await wordsOnScreen(page, "steer China-U.S. relations");
    await page.mouse.click(steer.x1 + 4, steer.y1);
    await expect.poll(() => choose(page, quote.id).getAttribute("aria-expanded")).toBe("true");
    expect(await highlighted(page, "studio-selected")).toEqual(quote.evidence.map((span) => span.text.replace(/\s+/g, " ")));
    // The chosen quote's source, cue and content are underlined.
    expect((await highlighted(page, "studio-attribution")).sort()).toEqual(
      [...(quote.attribution?.content ?? []), ...(quote.attribution?.cue ? [quote.attribution.cue] : []), ...(quote.attribution?.source ?? [])].map((span) => span.text).sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("3. makes an entity of “Hua Chunying” selected with the mouse, adds evidence and sets a quote's attribution, never typing an offset", async () => {
    const { page, errors } = await openStudio();
    await draftSeed(page);
    const at = (words: string) => ({ start: seedText.indexOf(words), end: seedText.indexOf(words) + words.length, text: words });
    await dragOver(page, "Hua Chunying");
    expect(await page.locator("#selection-text").textContent()).toBe("Selected: “Hua Chunying”");
    await page.getByRole("button", { name: "New entity" }).click();
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Made Entity “Hua Chunying”.");
    const made = page.locator(".studio-item.chosen");
    const id = (await made.getAttribute("data-id")) as string;
    expect(seedDraft.entities.map((entity) => entity.id)).not.toContain(id);
    expect(await made.getByLabel("Name", { exact: true }).inputValue()).toBe("Hua Chunying");
    expect(await highlighted(page, "studio-selected")).toEqual(["Hua Chunying"]);

    // The same words, still selected, become the source of her quote once it is chosen.
    const quote = seedDraft.quotes.find((q) => q.speaker === "hua-chunying") as Brief["quotes"][number];
    await choose(page, quote.id).click();
    expect(await page.locator("#selection-text").textContent()).toBe("Selected: “Hua Chunying”");
    await page.getByRole("button", { name: "As its source" }).click();
    await expect.poll(() => page.locator("#announcer").textContent()).toContain("The words are now the source of Quote by Hua Chunying");
    expect(await row(page, quote.id).locator(".studio-attribution dd").first().textContent()).toBe("“Hua Chunying”");

    // Her whole mention, with her title, added as evidence to the new entity.
    const mention = "Chinese assistant foreign minister Hua Chunying";
    await choose(page, id).click();
    await dragOver(page, mention);
    await page.getByRole("button", { name: "As evidence" }).click();
    await expect.poll(() => made.locator(".studio-evidence li").count()).toBe(2);

    await saved(page);
    const { brief } = await download(page);
    expect(brief.entities.find((e) => e.id === id)?.evidence).toEqual([at("Hua Chunying"), at(mention)]);
    expect(brief.quotes.find((q) => q.id === quote.id)?.attribution?.source).toEqual([at("Hua Chunying")]);
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("4. edits items in forms: names and aliases, a quote's speaker, an event's time, an issue's parties; merges two entities; warns before a delete", async () => {
    const { page, errors } = await openStudio();
    await draftSeed(page);
    const blinken = "antony-blinken";
    await choose(page, blinken).click();
    await row(page, blinken).getByLabel("Other names").fill("Tony Blinken\nThe Secretary");
    await row(page, blinken).getByLabel("Other names").blur();
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Changed Entity “Antony Blinken”.");

    // Reassign the speaker of Hua Chunying's quote to Qin Gang.
    const quote = seedDraft.quotes.find((q) => q.speaker === "hua-chunying") as Brief["quotes"][number];
    await choose(page, quote.id).click();
    await row(page, quote.id).getByLabel("Speaker").selectOption("qin-gang");
    await expect.poll(() => choose(page, quote.id).textContent()).toMatch(/^Quote by Qin Gang/);

    // An event's time, with a date from the dateline.
    const event = seedDraft.events[1] as Brief["events"][number];
    await choose(page, event.id).click();
    const eventRow = row(page, event.id);
    await eventRow.getByLabel("Status").selectOption("ongoing");
    await expect.poll(() => eventRow.getByLabel("Status").inputValue()).toBe("ongoing");
    await eventRow.getByLabel("Time, as the article says it").fill("on Sunday");
    await eventRow.getByLabel("Date", { exact: true }).fill("2023-06-18");
    await eventRow.getByLabel("Date from").selectOption("dateline");
    await expect.poll(() => page.locator("#announcer").textContent()).toBe(`Changed Event “${event.title}”.`);
    // A date that does not exist is refused, at the field.
    await eventRow.getByLabel("Date", { exact: true }).fill("2023-02-30");
    await eventRow.getByLabel("Date", { exact: true }).press("Enter");
    await expect.poll(() => eventRow.getByLabel("Date", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await eventRow.locator('.studio-error[role="alert"]').textContent()).toContain("date");

    // An issue's parties: one added.
    const issue = seedDraft.issues[0] as Brief["issues"][number];
    await choose(page, issue.id).click();
    const issueRow = row(page, issue.id);
    await issueRow.getByLabel("New party").selectOption("china");
    await issueRow.getByLabel("Its position").fill("Wants stable relations");
    await issueRow.getByRole("button", { name: "Add the party" }).click();
    await expect.poll(() => issueRow.locator(".studio-rows > li").count()).toBe(issue.parties.length + 1);

    // Merge “U.S. officials and analysts” into “U.S. officials”: what named the one names the other.
    await choose(page, "u-s-officials").click();
    await row(page, "u-s-officials").getByLabel("Entity that is the same as this one").selectOption("u-s-officials-and-analysts");
    await row(page, "u-s-officials").getByRole("button", { name: "Merge into this entity" }).click();
    await expect.poll(() => row(page, "u-s-officials-and-analysts").count()).toBe(0);
    expect(await page.locator("#announcer").textContent()).toContain("is merged into Entity “U.S. officials”");

    // Deleting Joe Biden warns that his quotes go too; cancelling keeps him.
    await page.getByRole("button", { name: "Remove Entity “Joe Biden”" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove Entity “Joe Biden”?" });
    expect(await dialog.textContent()).toContain("is deleted too");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await row(page, "joe-biden").count()).toBe(1);
    expect(await activeKey(page)).toBe("remove:joe-biden");

    await saved(page);
    const { brief } = await download(page);
    expect(brief.entities.find((e) => e.id === blinken)?.aliases).toEqual(["Tony Blinken", "The Secretary"]);
    expect(brief.quotes.find((q) => q.id === quote.id)?.speaker).toBe("qin-gang");
    expect(brief.events.find((e) => e.id === event.id)).toMatchObject({ status: "ongoing", when: { text: "on Sunday", date: { value: "2023-06-18", basis: "dateline" } } });
    expect(brief.issues.find((i) => i.id === issue.id)?.parties.at(-1)).toEqual({ entity: "china", position: "Wants stable relations" });
    expect(brief.entities.map((e) => e.id)).not.toContain("u-s-officials-and-analysts");
    expect(JSON.stringify(brief)).not.toContain('"u-s-officials-and-analysts"');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("4. removes an item after a warning that says what else goes, and undo brings it all back", async () => {
    const { page, errors } = await openStudio();
    await draftSeed(page);
    const quotes = seedDraft.quotes.filter((q) => q.speaker === "hua-chunying");
    expect(quotes.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Remove Entity “Hua Chunying”" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove Entity “Hua Chunying”?" });
    expect(await dialog.textContent()).toContain("is deleted too");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect.poll(() => row(page, "hua-chunying").count()).toBe(0);
    for (const quote of quotes) expect(await row(page, quote.id).count()).toBe(0);
    // Focus went to the next item, not to the top of the page.
    expect(await activeKey(page)).toMatch(/^choose:/);

    await page.keyboard.press("Control+z");
    await expect.poll(() => row(page, "hua-chunying").count()).toBe(1);
    for (const quote of quotes) expect(await row(page, quote.id).count()).toBe(1);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => row(page, "hua-chunying").count()).toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => row(page, "hua-chunying").count()).toBe(1);
    expect(await page.locator("#announcer").textContent()).toBe("Undone: Removed Entity “Hua Chunying”.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("5. reviews: Accept and Remove on each item, progress, and a preview that says “not reviewed” until every item is accepted", async () => {
    const { page, errors } = await openStudio({ viewport: { width: 1280, height: 800 } });
    await draftSeed(page);
    expect(await page.locator("#review-count").textContent()).toBe(`0 of ${itemCount} reviewed`);
    await page.getByRole("button", { name: "Preview" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("preview-heading");
    const preview = page.locator("#preview");
    await preview.locator('[part~="notice"]').waitFor();
    await page.getByRole("button", { name: "Preview" }).click();

    const first = seedDraft.entities[0] as Brief["entities"][number];
    await page.getByRole("button", { name: `Accept Entity “${first.name}”` }).click();
    await reviewCount(page).filter({ hasText: `1 of ${itemCount} reviewed` }).waitFor();
    expect(await row(page, first.id).locator(".studio-state").textContent()).toBe("Accepted");
    // The review goes on: focus is on the next item's Accept.
    expect(await activeKey(page)).toBe(`accept:${seedDraft.entities[1]?.id}`);

    for (let left = itemCount - 1; left > 0; left--) await page.keyboard.press("Enter");
    await reviewCount(page).filter({ hasText: `All ${itemCount} reviewed` }).waitFor();
    await page.getByRole("button", { name: "Preview" }).click();
    await preview.getByRole("region", { name: "Preview of the brief" }).waitFor();
    await expect.poll(() => preview.locator('[part~="notice"]').count()).toBe(0);
    await saved(page);
    const { name, brief } = await download(page);
    // Named after the title, cut at 60 characters as the Draft page cuts its names.
    expect(name).toBe("blinken-in-china-for-rare-trip-amid-frosty-ties-and-dim-hope.brief.json");
    expect(brief.provenance).toMatchObject({ method: "edited", reviewed: true });
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("6. checks every change: a problem is shown on the item it concerns, worded by the item", async () => {
    const { page, errors } = await openStudio();
    await draftSeed(page);
    const quote = seedDraft.quotes.find((q) => q.mode === "direct") as Brief["quotes"][number];
    await choose(page, quote.id).click();
    const words = row(page, quote.id).getByLabel("Words");
    await words.fill("Words the article never says");
    await words.blur();
    await expect.poll(() => row(page, quote.id).locator(".studio-problem-count").textContent()).toBe("1 problem");
    const problem = await row(page, quote.id).locator(".studio-problems li").textContent();
    expect(problem).toMatch(/^Quote by .+ — /);
    expect(problem).not.toMatch(/quotes\[\d+\]/);
    expect(await choose(page, quote.id).getAttribute("aria-describedby")).toContain(`problem-count-${quote.id}`);

    // A blank name is refused at the field, and nothing changes.
    const entity = seedDraft.entities[0] as Brief["entities"][number];
    await choose(page, entity.id).click();
    const name = row(page, entity.id).getByLabel("Name", { exact: true });
    await name.fill("  ");
    await name.press("Enter");
    await expect.poll(() => name.getAttribute("aria-invalid")).toBe("true");
    expect(await row(page, entity.id).locator('.studio-error[role="alert"]').textContent()).toContain("must not be empty");
    expect(await choose(page, entity.id).textContent()).toBe(`Entity “${entity.name}”`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("7. keeps every change through a reload, and undoes and redoes with the keyboard and the buttons", async () => {
    const { page, errors } = await openStudio();
    await draftSeed(page);
    const [a, b] = seedDraft.entities as [Brief["entities"][number], Brief["entities"][number]];
    await page.getByRole("button", { name: `Accept Entity “${a.name}”` }).click();
    await page.getByRole("button", { name: `Remove Entity “${b.name}”` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await expect.poll(() => row(page, b.id).count()).toBe(0);
    await dragOver(page, "Hua Chunying");
    await page.getByRole("button", { name: "New entity" }).click();
    const made = (await page.locator(".studio-item.chosen").getAttribute("data-id")) as string;
    const progress = (await reviewCount(page).textContent()) ?? "";
    expect(progress).toMatch(/^1 of \d+ reviewed$/);
    await saved(page);

    await page.reload();
    await reviewCount(page).filter({ hasText: progress }).waitFor();
    expect(await row(page, a.id).locator(".studio-state").textContent()).toBe("Accepted");
    expect(await row(page, b.id).count()).toBe(0);
    expect(await row(page, made).count()).toBe(1);

    // Undo lives with the page; after a reload it starts afresh.
    expect(await page.getByRole("button", { name: "Undo" }).getAttribute("aria-disabled")).toBe("true");
    // The drafted Hua Chunying, whose quote goes with her.
    await page.getByRole("button", { name: "Remove Entity “Hua Chunying”" }).first().click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await page.locator("#studio-article").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Undone: Removed Entity “Hua Chunying”.");
    await page.keyboard.press("Meta+Shift+z");
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Redone: Removed Entity “Hua Chunying”.");
    // Redo says it is unavailable, but keeps focus; pressed all the same, it says why nothing happens.
    const redo = page.getByRole("button", { name: "Redo" });
    expect(await redo.getAttribute("aria-disabled")).toBe("true");
    await redo.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Nothing to redo.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("8. downloads the brief, copies the two-line embed snippet, and previews it as readers see it", async () => {
    const { page, errors } = await openStudio({ permissions: ["clipboard-read", "clipboard-write"] });
    await draftSeed(page);
    const { name, brief } = await download(page);
    expect(brief.provenance).toMatchObject({ reviewed: false });
    expect(brief.article.text).toBe(seedText);
    await page.getByRole("button", { name: "Copy the embed snippet" }).click();
    await expect.poll(() => page.locator("#announcer").textContent()).toContain("Copied the embed snippet");
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@diplo-brief/elements/dist/cdn/diplo-brief.js"></script>\n<diplo-brief src="${name}"></diplo-brief>`,
    );
    expect(await page.locator("#embed-snippet").textContent()).toBe(snippet);

    await page.getByRole("button", { name: "Preview" }).click();
    expect(await page.getByRole("button", { name: "Preview" }).getAttribute("aria-pressed")).toBe("true");
    const preview = page.locator("#preview");
    const quoteCards = preview.locator('#quotes .card[part~="card"]');
    await expect.poll(() => quoteCards.evaluateAll((cards) => cards.map((card) => card.getAttribute("data-id")))).toEqual(brief.quotes.map((q) => q.id));
    expect(await page.locator("#items-pane").isHidden()).toBe(true);
    // "Show in article" in the preview marks the studio's own article.
    await preview.locator(`#quotes .card[data-id="${brief.quotes[0]?.id}"] [part~="evidence-button"]`).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("diplo-evidence")?.size ?? 0)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector("#studio-article")?.contains(([...(CSS.highlights.get("diplo-evidence") ?? [])][0] as Range).startContainer))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("9. works from the keyboard alone, from pasting the article to downloading the brief", async () => {
    const { page, errors } = await openStudio({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.evaluate((text) => navigator.clipboard.writeText(text), seedText);
    await tabTo(page, "#article-text");
    await page.keyboard.press("Control+v");
    await expect.poll(() => page.locator("#article-text").inputValue()).toBe(seedText);
    await tabTo(page, "#article-headline");
    await page.keyboard.insertText(headline);
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press("Enter");
    await reviewCount(page).filter({ hasText: `0 of ${itemCount} reviewed` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("studio-heading");

    // The article takes the caret but no typing, deleting or pasting.
    await tabTo(page, "#studio-article");
    const article = page.locator("#studio-article");
    const before = await article.textContent();
    expect(before).toContain(headline);
    expect(await article.getAttribute("role")).toBe("textbox");
    expect(await article.getAttribute("aria-readonly")).toBe("true");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("typed");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+v");
    expect(await article.textContent()).toBe(before);

    // The caret to the headline's paragraph, and Shift+arrows select its first three words.
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    for (let word = 0; word < 3; word++) await page.keyboard.press("Control+Shift+ArrowRight");
    await expect.poll(() => page.locator("#selection-text").textContent()).toBe("Selected: “Blinken in China”");
    await page.keyboard.press("Tab");
    expect(await activeKey(page)).toBe("make:entity");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Made Entity “Blinken in China”.");
    const made = (await page.locator(".studio-item.chosen").getAttribute("data-id")) as string;

    // Its form: a new name, and focus stays where Tab took it, in the next field.
    await tabTo(page, `[data-key="field:${made}:name"]`);
    await page.keyboard.press("Control+a");
    await page.keyboard.insertText("Blinken trip");
    await page.keyboard.press("Tab");
    await expect.poll(() => choose(page, made).textContent()).toBe("Entity “Blinken trip”");
    expect(await activeKey(page)).toBe(`field:${made}:kind`);

    // Enter in a marked span of the article chooses its item.
    await tabTo(page, "#studio-article", true);
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".studio-item.chosen").count()).toBe(1);

    // Accept the new entity, undo that, and download.
    await tabTo(page, `[data-key="accept:${made}"]`);
    await page.keyboard.press("Enter");
    await reviewCount(page).filter({ hasText: `1 of ${itemCount + 1} reviewed` }).waitFor();
    await page.keyboard.press("Control+z");
    await reviewCount(page).filter({ hasText: `0 of ${itemCount + 1} reviewed` }).waitFor();
    await page.keyboard.press("Control+Shift+z");
    await reviewCount(page).filter({ hasText: `1 of ${itemCount + 1} reviewed` }).waitFor();
    await tabTo(page, '[data-key="download"]', true);
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const brief = JSON.parse(await readFile(await file.path(), "utf8")) as Brief;
    expect(brief.entities.find((e) => e.id === made)).toMatchObject({ name: "Blinken trip", evidence: [{ text: "Blinken in China" }] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("9. works on a tablet by touch: a tap on a mark chooses its item, and the toolbar under the article acts on a touch selection", async () => {
    const { page, errors } = await openStudio({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    await draftSeed(page);
    const quote = seedDraft.quotes.find((q) => q.speaker === "hua-chunying") as Brief["quotes"][number];
    const steer = await wordsOnScreen(page, "steer China-U.S. relations");
    await page.touchscreen.tap(steer.x1 + 4, steer.y1);
    await expect.poll(() => choose(page, quote.id).getAttribute("aria-expanded")).toBe("true");
    // A long press and the selection handles leave the words selected, as this does.
    await page.evaluate((words) => {
      const article = document.querySelector("#studio-article") as HTMLElement;
      const paragraph = [...article.children].find((p) => p.textContent?.includes(words)) as HTMLElement;
      const node = paragraph.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf(words));
      range.setEnd(node, node.data.indexOf(words) + words.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, "Hua Chunying");
    // The toolbar is there to tap, with no hover.
    await page.getByRole("button", { name: "New entity" }).tap();
    await expect.poll(() => page.locator("#announcer").textContent()).toBe("Made Entity “Hua Chunying”.");
    expect(errors).toEqual([]);
    await page.close();
  });

  describe.each([
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 800 }],
  ] as const)("9. accessibility at %s width", (_, viewport) => {
    it.each(["light", "dark"] as const)("has no axe violation in %s colours: start, studio with a chosen item, dialog, preview", async (colorScheme) => {
      const { page, errors } = await openStudio({ viewport, colorScheme, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
      expect(await axeViolations(page)).toEqual([]);
      await draftSeed(page);
      const quote = seedDraft.quotes[0] as Brief["quotes"][number];
      await choose(page, quote.id).click();
      await dragOver(page, "Hua Chunying");
      await page.locator("#selection-text").filter({ hasText: "Hua Chunying" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Remove Entity “Hua Chunying”" }).click();
      await page.getByRole("dialog").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Preview" }).click();
      await page.locator("#preview").getByRole("region", { name: "Preview of the brief" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
