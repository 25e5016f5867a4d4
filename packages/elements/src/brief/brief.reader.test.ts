import type { Brief } from "@diplo-brief/core";
import type { DiploBrief } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, deepActiveElement, deepQuery, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

afterEach(() => {
  cleanup();
  CSS.highlights.clear();
});

const brief = seed();

async function render(markup: string, data: Brief = seed()): Promise<DiploBrief> {
  const host = mount<HTMLElement>(markup);
  const element = (host.localName === "diplo-brief" ? host : host.querySelector("diplo-brief")) as DiploBrief;
  element.brief = data;
  await settled(element);
  return element;
}

/** The seed article as a news page prints it, paragraph by paragraph. */
function hostArticle(): HTMLElement {
  const article = mount<HTMLElement>('<article id="story"></article>');
  for (const text of brief.article.text.split(/\n\s*\n/)) {
    article.append(Object.assign(document.createElement("p"), { textContent: text.replaceAll("\u00a0", " ").trim() }));
  }
  return article;
}

describe("<diplo-brief> as a reader meets it: the news first", () => {
  it.each([
    // A phone with the brief at the top, and a 400 px column beside an article on a laptop.
    ["a phone", 390, 844],
    ["a 400 px column", 400, 800],
  ])("shows the summary, three issues, key quotes with their speakers, what comes next and the way to every section in the first screen of %s", async (_, width, height) => {
    const element = await render(`<div style="width: ${width}px"><diplo-brief></diplo-brief></div>`);
    const top = element.getBoundingClientRect().top;
    const bottomOf = (selector: string) => (deepQuery(element, selector)?.getBoundingClientRect().bottom ?? Infinity) - top;
    const overview = deepQuery(element, '[part~="overview"]') as HTMLElement;
    const blocks = [...overview.querySelectorAll(".glance")];
    const [stake, said, next] = blocks;
    expect(deepQuery(element, '[part~="summary"]')?.textContent).toBe(brief.summary);
    expect(stake?.querySelector("h3")?.textContent).toBe("At stake");
    // Each with its nature: a shape and colour on screen, the word for screen readers.
    expect([...(stake?.querySelectorAll("li") ?? [])].map((li) => li.textContent?.replace(/\s+/g, " ").trim())).toEqual(
      brief.issues.slice(0, 3).map((issue) => `${{ dispute: "Dispute", cooperation: "Cooperation", concern: "Concern" }[issue.nature]}${issue.title}`),
    );
    expect(stake?.querySelector(".nature .visually-hidden")?.textContent).toBeTruthy();
    // Direct quotes, each with who said it, from different speakers.
    const quotes = [...(said?.querySelectorAll("figure") ?? [])];
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    const speakers = quotes.map((figure) => figure.querySelector("figcaption bdi")?.textContent);
    expect(new Set(speakers).size).toBe(quotes.length);
    for (const figure of quotes) {
      const quote = brief.quotes.find((q) => q.text === figure.querySelector("blockquote")?.textContent);
      expect(quote?.mode).toBe("direct");
      expect(figure.querySelector("figcaption bdi")?.textContent).toBe(brief.entities.find((e) => e.id === quote?.speaker)?.name);
    }
    // What comes next: events not yet happened.
    const upcoming = [...(next?.querySelectorAll("li") ?? [])];
    expect(next?.querySelector("h3")?.textContent).toBe("What comes next");
    expect(upcoming.length).toBeGreaterThan(0);
    for (const item of upcoming) expect(["scheduled", "expected", "possible"]).toContain(item.querySelector("[data-status]")?.getAttribute("data-status"));
    // The contents, with counts.
    expect(deepQueryAll(element, '[part~="contents"] a').map((a) => a.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      `Key players ${brief.entities.length}`,
      `Issues ${brief.issues.length}`,
      `Quotes ${brief.quotes.length}`,
      `Timeline ${brief.events.length}`,
    ]);
    for (const selector of ['[part~="summary"]', '[part~="contents"]', ".glance:nth-of-type(1)", ".glance:nth-of-type(2)", ".glance:nth-of-type(3)"]) {
      expect(bottomOf(selector), selector).toBeLessThanOrEqual(height);
    }
  });

  it("takes the reader to a section from its contents, focus and all", async () => {
    const element = await render("<diplo-brief></diplo-brief>");
    (deepQuery<HTMLAnchorElement>(element, '[part~="contents"] a[href="#timeline"]') as HTMLAnchorElement).click();
    expect(deepActiveElement()).toBe(deepQuery(element, "section#timeline"));
  });
});

describe("<diplo-brief> keyboard path", () => {
  /** Tabs from a button before the brief to one after it, counting the stops in between. */
  async function tabStops(element: DiploBrief): Promise<string[]> {
    const before = document.createElement("button");
    const after = document.createElement("button");
    before.textContent = "before";
    after.textContent = "after";
    element.before(before);
    element.after(after);
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await userEvent.keyboard("{Tab}");
      const active = deepActiveElement();
      if (active === after) return stops;
      stops.push(`${active?.localName} ${active?.textContent?.replace(/\s+/g, " ").trim().slice(0, 40)}`);
    }
    throw new Error(`Still in the brief after 200 tab stops: ${stops.slice(-5).join(" | ")}`);
  }

  it("has at most 40 tab stops for the seed brief, players open and an entity chosen", async () => {
    hostArticle();
    const element = await render('<diplo-brief article="#story"></diplo-brief>');
    const closed = await tabStops(element);
    expect(closed.length).toBeLessThanOrEqual(40);
    element.selected = "antony-blinken";
    await expect.poll(() => deepQueryAll(element, '[part~="entity"]').length).toBe(brief.entities.length);
    await settled(element);
    const open = await tabStops(element);
    expect(open.length).toBeLessThanOrEqual(40);
    // The 29 names are one stop, not 29.
    expect(open.filter((stop) => stop.startsWith("button ") && brief.entities.some((e) => stop.endsWith(e.name.slice(0, 40))))).toHaveLength(1);
  });

  it("moves along a list with the arrow keys, Home and End, keeping one stop for the list", async () => {
    const element = await render('<diplo-brief sections="quotes"></diplo-brief>');
    const buttons = deepQueryAll<HTMLButtonElement>(element, '.quotes [part~="evidence-button"]');
    expect(buttons.map((b) => b.tabIndex)).toEqual(buttons.map((_, i) => (i === 0 ? 0 : -1)));
    buttons[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(deepActiveElement()).toBe(buttons[1]);
    await userEvent.keyboard("{End}");
    expect(deepActiveElement()).toBe(buttons.at(-1));
    await userEvent.keyboard("{ArrowDown}");
    expect(deepActiveElement()).toBe(buttons.at(-1));
    await userEvent.keyboard("{Home}");
    expect(deepActiveElement()).toBe(buttons[0]);
    await userEvent.keyboard("{ArrowRight}");
    expect(deepActiveElement()).toBe(buttons[1]);
    // The list's stop is where the reader left it.
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[1]]);
  });

  it("reverses left and right in a right-to-left page", async () => {
    const element = await render('<div dir="rtl"><diplo-brief sections="quotes"></diplo-brief></div>');
    const buttons = deepQueryAll<HTMLButtonElement>(element, '.quotes [part~="evidence-button"]');
    buttons[1]?.focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(deepActiveElement()).toBe(buttons[2]);
    await userEvent.keyboard("{ArrowRight}");
    expect(deepActiveElement()).toBe(buttons[1]);
  });

  it("names every control for the item it acts on", async () => {
    const element = await render("<diplo-brief></diplo-brief>");
    const names = deepQueryAll(element, '[part~="evidence-button"]').map((b) => b.textContent?.replace(/\s+/g, " ").trim());
    expect(names.length).toBe(brief.issues.length + brief.quotes.length + brief.events.length);
    expect(new Set(names).size).toBeGreaterThan(names.length - 3);
    for (const name of names) expect(name).toMatch(/^Show source: .{3,}/);
  });

  it("moves focus to the marked passage on Show in article, and Escape brings it back to the card", async () => {
    const article = hostArticle();
    const element = await render('<diplo-brief article="#story" sections="quotes"></diplo-brief>');
    const button = deepQuery<HTMLButtonElement>(element, '.quotes [part~="evidence-button"]') as HTMLButtonElement;
    button.focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => article.contains(document.activeElement)).toBe(true);
    const [range] = [...(CSS.highlights.get("diplo-evidence") ?? [])] as Range[];
    expect(document.activeElement?.contains(range?.startContainer ?? null)).toBe(true);
    await userEvent.keyboard("{Escape}");
    expect(deepActiveElement()).toBe(button);
  });
});

describe("<diplo-brief> choosing a name", () => {
  it("marks every mention of the chosen entity in the article, and says how many", async () => {
    const article = hostArticle();
    const element = await render('<diplo-brief article="#story"></diplo-brief>');
    (deepQuery<HTMLDetailsElement>(element, '[part~="players"]') as HTMLDetailsElement).open = true;
    await expect.poll(() => deepQueryAll(element, '[part~="entity"]').length).toBe(brief.entities.length);
    const chip = deepQuery<HTMLButtonElement>(element, '[part~="entity"][data-entity="wang-yi"]') as HTMLButtonElement;
    expect(chip.getAttribute("aria-pressed")).toBe("false");
    chip.click();
    await expect.poll(() => CSS.highlights.get("diplo-mention")?.size ?? 0).toBeGreaterThan(0);
    await settled(element);
    const ranges = [...(CSS.highlights.get("diplo-mention") ?? [])] as Range[];
    const wang = brief.entities.find((e) => e.id === "wang-yi");
    for (const range of ranges) {
      expect(article.contains(range.startContainer)).toBe(true);
      expect([wang?.name, ...(wang?.aliases ?? [])]).toContain(range.toString());
    }
    // Every "Wang Yi" in the text is marked.
    expect(ranges.filter((r) => r.toString() === "Wang Yi")).toHaveLength(brief.article.text.split("Wang Yi").length - 1);
    expect(chip.getAttribute("aria-pressed")).toBe("true");
    expect(deepQuery(element, '[part~="filter"] [role="status"]')?.textContent).toContain(`${ranges.length} mentions marked in the article.`);
    // The way back clears the marks.
    (deepQuery<HTMLButtonElement>(element, '[part~="filter"] > button') as HTMLButtonElement).click();
    await expect.poll(() => CSS.highlights.has("diplo-mention")).toBe(false);
  });
});

describe("<diplo-brief> timeline", () => {
  it("puts dated events on an axis in date order, marks each year, and keeps undated ones apart in article order", async () => {
    const element = await render('<diplo-brief sections="timeline"></diplo-brief>');
    const dated = deepQueryAll(element, '[part~="axis"] > li');
    const dates = dated.map((li) => li.querySelector("time")?.getAttribute("datetime") ?? "");
    expect(dates.length).toBe(brief.events.filter((e) => e.when?.date).length);
    expect(dates).toEqual([...dates].sort());
    expect(dated.flatMap((li) => li.querySelector(".year")?.textContent ?? [])).toEqual([...new Set(dates.map((d) => d.slice(0, 4)))]);
    const undated = deepQueryAll(element, '[part~="undated"] .card').map((card) => card.dataset.id);
    expect(undated).toEqual(brief.events.filter((e) => !e.when?.date).map((e) => e.id));
    // Times as the article writes them ("on Sunday"), never made into dates.
    for (const event of brief.events.filter((e) => e.when && !e.when.date)) {
      expect(deepQuery(element, `.card[data-id="${event.id}"] dd bdi`)?.textContent).toBe(event.when?.text);
    }
  });
});

describe("<diplo-brief> direction and language", () => {
  it("keeps English content left to right, in its own language, on an Arabic page", async () => {
    const element = await render('<div dir="rtl" lang="ar"><diplo-brief></diplo-brief></div>');
    const summary = deepQuery(element, '[part~="summary"]') as HTMLElement;
    expect(summary.getAttribute("lang")).toBe("en");
    expect(getComputedStyle(summary).direction).toBe("ltr");
    const quote = deepQuery(element, '.quotes blockquote[part~="text"]') as HTMLElement;
    expect(getComputedStyle(quote).direction).toBe("ltr");
    const title = deepQuery(element, '.issues [part~="title"]') as HTMLElement;
    expect(title.getAttribute("lang")).toBe("en");
    expect(getComputedStyle(title).direction).toBe("ltr");
    // The interface follows the page.
    expect(getComputedStyle(deepQuery(element, '[part~="base"]') as Element).direction).toBe("rtl");
  });

  it("translates every interface word, categories included", async () => {
    const element = await render("<diplo-brief></diplo-brief>");
    element.strings = { categorySecurity: "Sécurité", atStake: "Les enjeux", statusOccurred: "Passé" };
    await settled(element);
    const security = brief.issues.find((i) => i.category === "security");
    expect(deepQuery(element, `.card[data-id="${security?.id}"] .badge.muted`)?.textContent).toBe("Sécurité");
    expect(deepQuery(element, ".glance h3")?.textContent).toBe("Les enjeux");
    expect(deepQueryAll(element, '[data-status="occurred"].badge').map((b) => b.textContent?.trim())).toContain("Passé");
  });
});

describe("<diplo-brief> marks", () => {
  it("draws status and nature marks with CSS, never a glyph", async () => {
    const element = await render("<diplo-brief></diplo-brief>");
    const marks = deepQueryAll(element, ".badge .mark");
    expect(marks.length).toBeGreaterThan(brief.events.length);
    for (const mark of marks) {
      expect(mark.textContent).toBe("");
      expect(mark.getAttribute("aria-hidden")).toBe("true");
      const box = mark.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(4);
    }
    // Each status has a shape of its own.
    const look = (status: string) => {
      const mark = deepQuery(element, `[data-status="${status}"] .mark`) as Element;
      const style = getComputedStyle(mark);
      return `${style.borderStyle} ${style.borderRadius} ${style.backgroundImage} ${style.backgroundColor}`;
    };
    const statuses = [...new Set(brief.events.map((e) => e.status))];
    expect(new Set(statuses.map(look)).size).toBe(statuses.length);
  });

  it("marks a card that verifyBrief rejects, and no other", async () => {
    const data = seed();
    const quote = data.quotes.find((q) => q.speaker === "joe-biden") as Brief["quotes"][number];
    // A speaker the brief knows, but whom the quote's evidence never names.
    quote.speaker = "hua-chunying";
    const element = await render("<diplo-brief></diplo-brief>", data);
    await expect.poll(() => deepQueryAll(element, '[part~="unverified"]').length, { timeout: 10_000 }).toBeGreaterThan(0);
    const marked = deepQueryAll(element, '[part~="unverified"]').map((note) => note.closest(".card")?.getAttribute("data-id"));
    expect(marked).toEqual([quote.id]);
    expect(deepQuery(element, '[part~="unverified"]')?.textContent).toMatch(/^Not found in the article as stated: /);
  });
});
