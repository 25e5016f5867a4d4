import type { Brief } from "@diplo-brief/core";
import type { DiploBriefLoadDetail, DiploEvidenceDetail, DiploQuoteCard } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { actionOf, cleanup, deepActiveElement, deepQuery, mount, nextEvent, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function card(id: string, brief: Brief = seed()): Promise<DiploQuoteCard> {
  const element = mount<DiploQuoteCard>(`<diplo-quote-card item-id="${id}"></diplo-quote-card>`);
  element.brief = brief;
  await settled(element);
  return element;
}


const hua = () => seed().quotes.find((q) => q.id === "hua-tweet") as Brief["quotes"][number];

/** A card next to an article on the page that holds `text`, named by the card's `article` attribute. */
async function besideArticle(text: string): Promise<{ element: DiploQuoteCard; story: HTMLElement }> {
  const container = mount(`<div id="story"></div><diplo-quote-card item-id="hua-tweet" article="#story"></diplo-quote-card>`)
    .parentElement as HTMLElement;
  const story = container.querySelector("#story") as HTMLElement;
  story.textContent = text;
  const element = container.querySelector("diplo-quote-card") as DiploQuoteCard;
  element.brief = seed();
  await settled(element);
  return { element, story };
}

describe("<diplo-quote-card>", () => {
  it("shows a direct quote verbatim in a blockquote, with speaker, cue and setting", async () => {
    const quote = seed().quotes.find((q) => q.id === "official-recognition");
    const element = await card("official-recognition");
    expect(deepQuery(element, 'figure[part~="base"] blockquote[part~="text"]')?.textContent).toBe(quote?.text);
    const caption = deepQuery(element, 'figcaption[part~="title"]')?.textContent?.replace(/\s+/g, " ").trim();
    // "told reporters" already names the audience: it is not said twice.
    expect(caption).toBe("a senior State Department official told reporters · a refuelling stop en route to Beijing, Tokyo");
    expect(deepQuery(element, '[part~="badge"]')?.textContent).toBe("Quote");
  });

  it("names an audience the cue does not, and leaves the setting out when compact", async () => {
    const brief = seed();
    const quote = brief.quotes.find((q) => q.id === "official-recognition") as { cue: string };
    quote.cue = "said";
    const element = await card("official-recognition", brief);
    const caption = () => deepQuery(element, "figcaption")?.textContent?.replace(/\s+/g, " ").trim();
    expect(caption()).toBe("a senior State Department official said (reporters) · a refuelling stop en route to Beijing, Tokyo");
    element.compact = true;
    await settled(element);
    expect(caption()).toBe("a senior State Department official said (reporters)");
  });

  it("marks a paraphrase as a paraphrase, not as quoted words", async () => {
    const element = await card("biden-balloon");
    expect(deepQuery(element, "blockquote")).toBeUndefined();
    expect(deepQuery(element, '[part~="text"]')?.textContent).toBe(
      "He did not think the Chinese leadership knew much about where the balloon was or what it did.",
    );
    expect(deepQuery(element, '[part~="badge"]')?.textContent).toBe("Paraphrase");
  });

  it("shows the source sentence in place when the page has no article, and hides it again", async () => {
    const element = await card("hua-tweet");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="evidence-button"]') as HTMLButtonElement;
    expect(actionOf(button)).toBe("Show source");
    // The control is named for its quote: who said it and how it starts, cut at 60 characters.
    const { text } = hua();
    expect(button.querySelector(".visually-hidden")?.textContent).toBe(`: Hua Chunying: ${text.slice(0, 59)}…`);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(deepQuery(element, '[part~="evidence-source"]')).toBeUndefined();

    button.click();
    // The sentences come with the on-demand module.
    await expect.poll(() => deepQuery(element, '[part~="evidence-source"] mark')?.textContent).toBe(hua().evidence[0]?.text);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(actionOf(button)).toBe("Hide source");
    expect(deepQuery(element, '[part~="evidence-source"]')?.hidden).toBe(false);
    expect(deepQuery(element, '[part~="evidence-source"] blockquote p')?.textContent).toMatch(
      /^Chinese assistant foreign minister Hua Chunying.*Bali”\.$/,
    );

    button.click();
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    expect(deepQuery(element, "mark")).toBeUndefined();
    expect(actionOf(button)).toBe("Show source");
  });

  it("marks its evidence in the page's article, moves focus there, and comes back on Escape", async () => {
    const { element, story } = await besideArticle(seed().article.text);
    const button = deepQuery<HTMLButtonElement>(element, '[part~="evidence-button"]') as HTMLButtonElement;
    expect(actionOf(button)).toBe("Show in article");
    expect(button.hasAttribute("aria-expanded")).toBe(false);
    const shown = nextEvent<DiploEvidenceDetail>(element, "diplo-evidence");
    button.focus();
    button.click();
    expect((await shown).detail).toEqual({ itemId: "hua-tweet", found: true });
    await settled(element);
    expect(deepQuery(element, ".said")?.textContent).toBe("Marked in the article. Escape comes back here.");
    expect(story.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => deepActiveElement()).toBe(button);
  });

  it("shows the source in place, and says why, when the page's article does not hold the span", async () => {
    const { element } = await besideArticle("Another story altogether.");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="evidence-button"]') as HTMLButtonElement;
    const shown = nextEvent<DiploEvidenceDetail>(element, "diplo-evidence");
    button.click();
    expect((await shown).detail).toEqual({ itemId: "hua-tweet", found: false });
    await settled(element);
    expect(deepQuery(element, ".said")?.textContent).toBe("Not in the article on this page; this is the source text.");
    expect(deepQuery(element, '[part~="evidence-source"] mark')?.textContent).toBe(hua().evidence[0]?.text);
  });

  it("notes, once verifyBrief has run, quoted words the article does not hold", async () => {
    const brief = seed();
    (brief.quotes[0] as { text: string }).text = "Words nobody said";
    const element = await card("hua-tweet", brief);
    expect(deepQuery(element, '[part~="text"]')?.textContent).toBe("Words nobody said");
    await expect
      .poll(() => deepQuery(element, '[part~="unverified"]')?.textContent, { timeout: 10_000 })
      .toBe("Not found in the article as stated: 'Words nobody said' does not occur verbatim in the article");
  });

  it("reads its brief from an inline JSON script", async () => {
    const element = mount<DiploQuoteCard>(
      `<diplo-quote-card item-id="biden-hoping"><script type="application/json">${JSON.stringify(seed())}</script></diplo-quote-card>`,
    );
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    expect((await loaded).detail.source).toBe("inline");
    await settled(element);
    expect(deepQuery(element, ".speaker")?.textContent).toBe("Joe Biden");
  });
});
