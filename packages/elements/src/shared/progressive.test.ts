import type { Brief } from "@diplo-brief/core";
import type { DiploBrief, DiploTimeline } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { largerBrief } from "@diplo-brief/test-utils/larger-brief";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { onDemand } from "../evidence/load-on-demand.js";
import { cleanup, deepQuery, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

// Ten times the seed: 140 quotes, 150 issues, 190 events, 290 entities; every list is long.
const big = (): Brief => largerBrief(seed(), 10);

/** The cards of a brief's section, or of a whole timeline, by the ids of their items. */
const idsOf = (element: Element, section?: string) =>
  deepQueryAll(element, section ? `section.${section} .card` : ".card").map((card) => card.dataset.id);
/** The names to choose, by entity id. */
const namesOf = (element: Element) => deepQueryAll(element, '[part~="entity"]').map((chip) => chip.dataset.entity);
const busy = (element: Element) => deepQueryAll(element, '[aria-busy="true"]').length;
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Waits, task by task, until no list inside `element` is still filling. */
async function filled(element: Element): Promise<void> {
  for (let task = 0; task < 500; task++) {
    await settled(element);
    if (busy(element) === 0) return;
    await nextTask();
  }
  throw new Error("the lists were still filling after 500 tasks");
}

async function brief(value: Brief): Promise<DiploBrief> {
  const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
  element.brief = value;
  await settled(element);
  return element;
}

// What comes with the on-demand module (the names to choose, what relates to a choice) is on
// hand from the start of each test, so that the tests below time the lists and not its loading.
beforeAll(async () => {
  await onDemand();
});

describe("long lists", () => {
  it("draw a screenful at once and the rest in later tasks, in order, saying they are busy until done", async () => {
    const value = big();
    const element = await brief(value);
    const first = idsOf(element, "quotes");
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(value.quotes.length);
    expect(first).toEqual(value.quotes.slice(0, first.length).map((q) => q.id));
    expect(idsOf(element, "timeline").length).toBeLessThan(value.events.length);
    expect(busy(element)).toBeGreaterThan(0);

    await filled(element);
    expect(idsOf(element, "quotes")).toEqual(value.quotes.map((q) => q.id));
    expect(idsOf(element, "issues")).toEqual(value.issues.map((i) => i.id));
    expect(new Set(idsOf(element, "timeline"))).toEqual(new Set(value.events.map((e) => e.id)));
    expect(idsOf(element, "timeline")).toHaveLength(value.events.length);
    // The names to choose are drawn once the players are opened, and fill the same way.
    (deepQuery(element, '[part~="players"]') as HTMLDetailsElement).open = true;
    await vi.waitFor(() => expect(new Set(namesOf(element))).toEqual(new Set(value.entities.map((e) => e.id))), { timeout: 10_000 });
    // Issues, quotes, and the timeline's two lists, each done.
    expect(deepQueryAll(element, '[aria-busy="false"]').length).toBeGreaterThanOrEqual(4);
  });

  it("are drawn whole in the first update when they are short", async () => {
    const element = await brief(seed());
    expect(busy(element)).toBe(0);
    expect(idsOf(element, "quotes")).toHaveLength(seed().quotes.length);
    expect(idsOf(element, "timeline")).toHaveLength(seed().events.length);
  });

  it("start again from a screenful for a new brief", async () => {
    const element = await brief(big());
    await filled(element);
    const next = largerBrief(seed(), 9);
    element.brief = next;
    await settled(element);
    expect(idsOf(element, "quotes").length).toBeLessThan(next.quotes.length);
    expect(busy(element)).toBeGreaterThan(0);
    await filled(element);
    expect(idsOf(element, "quotes")).toEqual(next.quotes.map((q) => q.id));
  });

  it("fill the related lists without waiting for the hidden whole lists", async () => {
    const value = largerBrief(seed(), 40);
    const element = await brief(value);
    element.selected = "qin-gang";
    const wanted = value.quotes.filter((q) => q.speaker === "qin-gang").map((q) => q.id);
    expect(wanted.length).toBeGreaterThan(24);
    const shownQuotes = () => deepQueryAll(element, "section.quotes .card").filter((card) => card.checkVisibility());
    for (let task = 0; task < 50 && shownQuotes().length < wanted.length; task++) {
      await settled(element);
      await nextTask();
    }
    expect(shownQuotes().map((card) => card.dataset.id)).toEqual(wanted);
    // The whole quotes list, hidden, has more slices to go.
    expect(element.shadowRoot?.querySelector('section.quotes ul[hidden][aria-busy="true"]')).not.toBeNull();
  });

  it("show each section's own items when the sections change order mid-fill", async () => {
    const value = big();
    const element = await brief(value);
    element.sections = "issues quotes";
    await settled(element);
    element.sections = "quotes issues";
    await settled(element);
    const [first, second] = [...(element.shadowRoot?.querySelectorAll("section.quotes, section.issues") ?? [])] as HTMLElement[];
    const quoteIds = new Set(value.quotes.map((q) => q.id));
    const issueIds = new Set(value.issues.map((i) => i.id));
    const cardIds = (section: HTMLElement | undefined) => [...(section?.querySelectorAll<HTMLElement>(".card") ?? [])].map((card) => card.dataset.id);
    expect(first?.className).toBe("quotes");
    expect(cardIds(first).length).toBeGreaterThan(0);
    expect(cardIds(first).every((id) => quoteIds.has(id as string))).toBe(true);
    expect(second?.className).toBe("issues");
    expect(cardIds(second).length).toBeGreaterThan(0);
    expect(cardIds(second).every((id) => issueIds.has(id as string))).toBe(true);
  });

  it("draw nothing more while detached, even for a new brief", async () => {
    const element = await brief(big());
    const parent = element.parentElement as HTMLElement;
    element.remove();
    const next = largerBrief(seed(), 9);
    element.brief = next;
    for (let task = 0; task < 5; task++) {
      await settled(element);
      await nextTask();
    }
    expect(idsOf(element, "quotes").length).toBeLessThan(next.quotes.length);
    parent.append(element);
    await filled(element);
    expect(idsOf(element, "quotes")).toHaveLength(next.quotes.length);
  });

  it("stop filling while detached and go on when attached again", async () => {
    const element = await brief(big());
    const drawn = idsOf(element, "quotes").length;
    const parent = element.parentElement as HTMLElement;
    element.remove();
    for (let task = 0; task < 5; task++) await nextTask();
    expect(idsOf(element, "quotes")).toHaveLength(drawn);
    parent.append(element);
    await filled(element);
    expect(idsOf(element, "quotes")).toHaveLength(big().quotes.length);
  });

  it("stay drawn, hidden, while an entity is chosen, and come back without being redrawn", async () => {
    const value = big();
    const element = await brief(value);
    await filled(element);
    const firstCard = deepQueryAll(element, "section.quotes .card")[0] as HTMLElement;
    expect(firstCard.checkVisibility()).toBe(true);

    element.selected = "qin-gang";
    await filled(element);
    expect(firstCard.isConnected && !firstCard.checkVisibility()).toBe(true);
    const visible = deepQueryAll(element, "section.quotes .card").filter((card) => card.checkVisibility());
    expect(visible.map((card) => card.dataset.id)).toEqual(value.quotes.filter((q) => q.speaker === "qin-gang").map((q) => q.id));

    element.selected = undefined;
    await settled(element);
    expect(deepQueryAll(element, "section.quotes .card")[0]).toBe(firstCard);
    expect(firstCard.checkVisibility()).toBe(true);
    expect(idsOf(element, "quotes")).toEqual(value.quotes.map((q) => q.id));
  });

  it("fill the same way in a timeline on its own, dated and undated lists alike", async () => {
    const value = big();
    const element = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
    element.brief = value;
    await settled(element);
    expect(idsOf(element).length).toBeLessThan(value.events.length);
    // The ten dated events fit in the first screenful; the undated list is still filling.
    expect(deepQueryAll(element, '[part~="axis"][aria-busy="false"]')).toHaveLength(1);
    expect(deepQueryAll(element, '[part~="undated"][aria-busy="true"]')).toHaveLength(1);
    expect(busy(element)).toBe(1);
    await filled(element);
    const isDated = (id: string) => Boolean(value.events.find((e) => e.id === id)?.when?.date);
    const undated = value.events.filter((e) => !e.when?.date).map((e) => e.id);
    expect(idsOf(element).filter((id) => !isDated(id as string))).toEqual(undated);
    expect(idsOf(element)).toHaveLength(value.events.length);
  });
});
