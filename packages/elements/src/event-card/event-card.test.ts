import type { Brief } from "@diplo-brief/core";
import type { DiploBriefErrorDetail, DiploBriefLoadDetail, DiploEventCard } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, mount, nextEvent, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function card(id: string, wrapper = "", brief: Brief = seed()): Promise<DiploEventCard> {
  const host = mount(`<div ${wrapper}><diplo-event-card item-id="${id}"></diplo-event-card></div>`);
  const element = host.querySelector("diplo-event-card") as DiploEventCard;
  element.brief = brief;
  await settled(element);
  return element;
}

const style = (element: Element, selector: string) => getComputedStyle(deepQuery(element, selector) as Element);

describe("<diplo-event-card>", () => {
  it("shows the status in words beside a mark drawn in CSS, not a glyph, and not by colour alone", async () => {
    const element = await card("february-trip-postponed");
    const badge = deepQuery(element, '[part~="badge"]') as HTMLElement;
    // Only the word: a font glyph (⏸) could be missing from the reader's fonts.
    expect(badge.textContent).toBe("Postponed");
    expect(badge.dataset.status).toBe("postponed");
    const mark = badge.querySelector(".mark") as HTMLElement;
    expect(mark.getAttribute("aria-hidden")).toBe("true");
    expect(element.getAttribute("status")).toBe("postponed");
    // A pause sign: two bars, the sides of a box with neither top nor bottom.
    const pause = getComputedStyle(mark);
    expect([pause.borderTopWidth, pause.borderBottomWidth, pause.borderLeftWidth, pause.borderRightWidth]).toEqual(["0px", "0px", "2px", "2px"]);
    expect(mark.getBoundingClientRect().width).toBeGreaterThan(0);

    // Another status, another shape: a filled disc.
    const happened = await card("biden-takes-office");
    const disc = style(happened, '[part~="badge"] .mark');
    expect(deepQuery(happened, '[part~="badge"]')?.textContent).toBe("Happened");
    expect(disc.borderTopLeftRadius).toBe("50%");
    expect(disc.backgroundColor).toBe(disc.color);
  });

  it("keeps its status attribute in step with the event it shows", async () => {
    const element = await card("february-trip-postponed");
    element.itemId = "blinken-meets-xi";
    await settled(element);
    expect(element.getAttribute("status")).toBe("possible");
    element.itemId = "no-such-event";
    await settled(element);
    expect(element.hasAttribute("status")).toBe(false);
  });

  it("keeps the time as written and adds a date only where the brief has one", async () => {
    const undated = await card("blinken-press-conference");
    expect(deepQuery(undated, "dd")?.textContent?.trim()).toBe("on Friday");
    expect(deepQuery(undated, "time")).toBeUndefined();
    const dated = await card("biden-takes-office");
    const time = deepQuery(dated, "time");
    expect(time?.getAttribute("datetime")).toBe("2021-01");
    expect(time?.textContent).toBe("January 2021");
  });

  it("formats dates in the page's language", async () => {
    const element = await card("biden-takes-office", 'lang="fr"');
    expect(deepQuery(element, "time")?.textContent).toBe("janvier 2021");
  });

  it("says when an event has no time at all", async () => {
    const element = await card("qin-greets-blinken");
    expect(deepQuery(element, "dd")?.textContent?.trim()).toBe("No date given");
  });

  it("has its title under a heading at heading-level, 3 by default, and its evidence control named for it", async () => {
    const element = await card("tokyo-briefing");
    const title = deepQuery(element, '[part~="title"]');
    expect(title?.localName).toBe("h3");
    expect(title?.textContent).toBe("A senior State Department official briefs reporters in Tokyo");
    expect(deepQuery(element, '[part~="evidence-button"]')?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Show source: A senior State Department official briefs reporters in Tokyo",
    );
    element.headingLevel = 6;
    await settled(element);
    expect(deepQuery(element, '[part~="title"]')?.localName).toBe("h6");
  });

  it("notes, once verifyBrief has run, a time its evidence does not write", async () => {
    const brief = seed();
    const event = brief.events.find((e) => e.id === "blinken-press-conference") as { when: { text: string } };
    event.when.text = "on Tuesday";
    const element = await card("blinken-press-conference", "", brief);
    // Drawn first without the verdict, which comes with the on-demand module.
    await expect
      .poll(() => deepQuery(element, '[part~="unverified"]')?.textContent, { timeout: 10_000 })
      .toBe("Not found in the article as stated: 'on Tuesday' is not written in the event's evidence");
    // Beneath the title, before the details.
    const note = deepQuery(element, '[part~="unverified"]') as HTMLElement;
    expect(note.previousElementSibling?.classList.contains("card-header")).toBe(true);
  });

  it("loads its brief from src and says so", async () => {
    const element = mount<DiploEventCard>('<diplo-event-card item-id="tokyo-briefing"></diplo-event-card>');
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    element.src = new URL("/__fixtures__/brief.json", location.origin).href;
    expect((await loaded).detail.source).toBe("src");
    await settled(element);
    expect(deepQuery(element, '[part~="title"]')?.textContent).toBe("A senior State Department official briefs reporters in Tokyo");
  });

  it("reports an id that is not an event of the brief, even one of another kind of item", async () => {
    const element = mount<DiploEventCard>('<diplo-event-card item-id="qin-gang"></diplo-event-card>');
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = seed();
    expect((await error).detail).toMatchObject({ reason: "missing-item", message: "There is no event with id 'qin-gang' in this brief." });
    await settled(element);
    expect(deepQuery(element, '[part~="error"]')).toBeDefined();
    expect(deepQuery(element, '[part~="base"]')).toBeUndefined();
  });
});
