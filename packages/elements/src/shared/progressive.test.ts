import type { Brief } from "@diplo-brief/core";
import type { DiploBrief, DiploTimeline } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { largerBrief } from "@diplo-brief/test-utils/larger-brief";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

// Ten times the seed: 140 quotes, 150 issues, 190 events, 300 entities; every list is long.
const big = (): Brief => largerBrief(seed(), 10);

const idsOf = (element: Element, tag: string) => deepQueryAll(element, tag).map((card) => card.getAttribute("item-id"));
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

describe("long lists", () => {
  it("draw a screenful at once and the rest in later tasks, in order, saying they are busy until done", async () => {
    const value = big();
    const element = await brief(value);
    const first = idsOf(element, "diplo-quote-card");
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(value.quotes.length);
    expect(first).toEqual(value.quotes.slice(0, first.length).map((q) => q.id));
    expect(busy(element)).toBeGreaterThan(0);

    await filled(element);
    expect(idsOf(element, "diplo-quote-card")).toEqual(value.quotes.map((q) => q.id));
    expect(idsOf(element, "diplo-issue-card")).toEqual(value.issues.map((i) => i.id));
    expect(new Set(idsOf(element, "diplo-entity-card"))).toEqual(new Set(value.entities.map((e) => e.id)));
    expect(new Set(idsOf(element, "diplo-event-card"))).toEqual(new Set(value.events.map((e) => e.id)));
    expect(deepQueryAll(element, '[aria-busy="false"]').length).toBeGreaterThan(3);
  });

  it("are drawn whole in the first update when they are short", async () => {
    const element = await brief(seed());
    expect(busy(element)).toBe(0);
    expect(idsOf(element, "diplo-quote-card")).toHaveLength(seed().quotes.length);
  });

  it("start again from a screenful for a new brief", async () => {
    const element = await brief(big());
    await filled(element);
    const next = largerBrief(seed(), 9);
    element.brief = next;
    await settled(element);
    expect(idsOf(element, "diplo-quote-card").length).toBeLessThan(next.quotes.length);
    await filled(element);
    expect(idsOf(element, "diplo-quote-card")).toEqual(next.quotes.map((q) => q.id));
  });

  it("fill the related lists without waiting for the hidden whole lists", async () => {
    const value = largerBrief(seed(), 40);
    const element = await brief(value);
    element.selected = "qin-gang";
    const wanted = value.quotes.filter((q) => q.speaker === "qin-gang").map((q) => q.id);
    expect(wanted.length).toBeGreaterThan(24);
    const shownQuotes = () => deepQueryAll(element, "diplo-quote-card").filter((card) => card.checkVisibility());
    for (let task = 0; task < 50 && shownQuotes().length < wanted.length; task++) {
      await settled(element);
      await nextTask();
    }
    expect(shownQuotes().map((card) => card.getAttribute("item-id"))).toEqual(wanted);
    // The whole quotes list, hidden, has more slices to go.
    expect(element.shadowRoot?.querySelector('section.quotes ul[hidden][aria-busy="true"]')).not.toBeNull();
  });

  it("show each section's own items when the sections change order mid-fill", async () => {
    const element = await brief(big());
    element.sections = "issues quotes";
    await settled(element);
    element.sections = "quotes issues";
    await settled(element);
    const [first, second] = [...(element.shadowRoot?.querySelectorAll("section.quotes, section.issues") ?? [])];
    expect(first?.className).toBe("quotes");
    expect(first?.querySelector("diplo-issue-card")).toBeNull();
    expect(first?.querySelectorAll("diplo-quote-card").length).toBeGreaterThan(0);
    expect(second?.querySelector("diplo-quote-card")).toBeNull();
  });

  it("draw nothing more while detached, even for a new brief", async () => {
    const element = await brief(big());
    const parent = element.parentElement as HTMLElement;
    element.remove();
    element.brief = largerBrief(seed(), 9);
    for (let task = 0; task < 5; task++) {
      await settled(element);
      await nextTask();
    }
    const drawn = idsOf(element, "diplo-quote-card").length;
    expect(drawn).toBeLessThan(largerBrief(seed(), 9).quotes.length);
    parent.append(element);
    await filled(element);
    expect(idsOf(element, "diplo-quote-card")).toHaveLength(largerBrief(seed(), 9).quotes.length);
  });

  it("stop filling while detached and go on when attached again", async () => {
    const element = await brief(big());
    const drawn = idsOf(element, "diplo-quote-card").length;
    const parent = element.parentElement as HTMLElement;
    element.remove();
    for (let task = 0; task < 5; task++) await nextTask();
    expect(idsOf(element, "diplo-quote-card")).toHaveLength(drawn);
    parent.append(element);
    await filled(element);
    expect(idsOf(element, "diplo-quote-card")).toHaveLength(big().quotes.length);
  });

  it("stay drawn, hidden, while an entity is chosen, and come back without being redrawn", async () => {
    const value = big();
    const element = await brief(value);
    await filled(element);
    const firstCard = deepQuery(element, "diplo-quote-card") as HTMLElement;
    expect(firstCard.checkVisibility()).toBe(true);

    element.selected = "qin-gang";
    await filled(element);
    expect(firstCard.isConnected && !firstCard.checkVisibility()).toBe(true);
    const visible = deepQueryAll(element, "diplo-quote-card").filter((card) => card.checkVisibility());
    expect(visible.map((card) => card.getAttribute("item-id"))).toEqual(value.quotes.filter((q) => q.speaker === "qin-gang").map((q) => q.id));

    element.selected = undefined;
    await settled(element);
    expect(deepQuery(element, "diplo-quote-card")).toBe(firstCard);
    expect(firstCard.checkVisibility()).toBe(true);
    expect(idsOf(element, "diplo-quote-card")).toEqual(value.quotes.map((q) => q.id));
  });

  it("fill the same way in a timeline on its own", async () => {
    const value = big();
    const element = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
    element.brief = value;
    await settled(element);
    expect(idsOf(element, "diplo-event-card").length).toBeLessThan(value.events.length);
    expect(busy(element)).toBe(1);
    await filled(element);
    expect(new Set(idsOf(element, "diplo-event-card"))).toEqual(new Set(value.events.map((e) => e.id)));
  });
});
