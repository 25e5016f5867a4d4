import type { DiploQuoteCard } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function card(id: string): Promise<DiploQuoteCard> {
  const element = mount<DiploQuoteCard>(`<diplo-quote-card item-id="${id}"></diplo-quote-card>`);
  element.brief = seed();
  await settled(element);
  return element;
}

describe("<diplo-quote-card>", () => {
  it("shows a direct quote verbatim in a blockquote, with speaker, cue and setting", async () => {
    const quote = seed().quotes.find((q) => q.id === "official-recognition");
    const element = await card("official-recognition");
    expect(deepQuery(element, "blockquote")?.textContent).toBe(quote?.text);
    const caption = deepQuery(element, "figcaption")?.textContent?.replace(/\s+/g, " ").trim();
    expect(caption).toBe("a senior State Department official told reporters (reporters) · a refuelling stop en route to Beijing, Tokyo");
    expect(deepQuery(element, '[part~="badge"]')?.textContent).toBe("Quote");
  });

  it("marks a paraphrase as a paraphrase, not as quoted words", async () => {
    const element = await card("biden-balloon");
    expect(deepQuery(element, "blockquote")).toBeUndefined();
    expect(deepQuery(element, '[part~="text"]')?.textContent).toBe(
      "He did not think the Chinese leadership knew much about where the balloon was or what it did.",
    );
    expect(deepQuery(element, '[part~="badge"]')?.textContent).toBe("Paraphrase");
  });

  it("shows the source sentence in place when the page has no article", async () => {
    const element = await card("hua-tweet");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="evidence-button"]') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe("Show source");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    button.click();
    await settled(element);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const mark = deepQuery(element, "mark");
    expect(mark?.textContent).toBe(seed().quotes.find((q) => q.id === "hua-tweet")?.evidence[0]?.text);
    expect(deepQuery(element, "blockquote p")?.textContent).toMatch(/^Chinese assistant foreign minister Hua Chunying.*Bali”\.$/);
    button.click();
    await settled(element);
    expect(deepQuery(element, "mark")).toBeUndefined();
  });
});
