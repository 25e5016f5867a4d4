import type { Brief, Event } from "@diplo-brief/core";
import type { DiploBriefErrorDetail, DiploBriefLoadDetail, DiploTimeline } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, deepActiveElement, deepQuery, deepQueryAll, mount, nextEvent, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

const dated = (event: Event, value: string): Event => ({
  ...event,
  when: { text: `in ${value}`, date: { value, basis: "stated" } },
  evidence: event.evidence,
});

/** The seed with dates given to some of its events, by id. */
function withDates(dates: Record<string, string>): Brief {
  const brief = seed();
  brief.events = brief.events.map((event) => (dates[event.id] ? dated(event, dates[event.id] as string) : event));
  return brief;
}

async function timeline(brief: Brief, only?: string[], attributes = ""): Promise<DiploTimeline> {
  const element = mount<DiploTimeline>(`<diplo-timeline ${attributes}></diplo-timeline>`);
  element.brief = brief;
  if (only) element.only = only;
  await settled(element);
  return element;
}

const ids = (list: Element | null | undefined) => [...(list?.querySelectorAll<HTMLElement>(".card") ?? [])].map((card) => card.dataset.id);
const axis = (element: Element) => ids(deepQuery(element, 'ol[part~="axis"]'));
const undated = (element: Element) => ids(deepQuery(element, 'ul[part~="undated"]'));
const groupHeadings = (element: Element) => deepQueryAll(element, '[part~="group-heading"]').map((h) => `${h.localName} ${h.textContent}`);
/** The year shown before each dated event, or "" where none is. */
const years = (element: Element) => deepQueryAll(element, 'ol[part~="axis"] > li').map((li) => li.querySelector(":scope > .year")?.textContent ?? "");

describe("<diplo-timeline>", () => {
  it("sets dated events on an axis and undated ones apart, in article order, under their own headings", async () => {
    const brief = seed();
    const element = await timeline(brief);
    expect(axis(element)).toEqual(["biden-takes-office"]);
    expect(undated(element)).toEqual(brief.events.filter((e) => !e.when?.date).map((e) => e.id));
    expect(groupHeadings(element)).toEqual(["h3 By date", "h3 Undated, in article order"]);
    // Cards sit a level below their group's heading.
    expect(deepQueryAll(element, '[part~="title"]').every((title) => title.localName === "h4")).toBe(true);
  });

  it("orders dated events by date, a year before the months of that year, marking where each year starts", async () => {
    const brief = withDates({
      "blinken-visit": "2023-06",
      "qin-greets-blinken": "2023",
      "blinken-qin-talks": "2019",
      "tokyo-briefing": "2023-06-18",
    });
    const element = await timeline(brief);
    expect(axis(element)).toEqual(["blinken-qin-talks", "biden-takes-office", "qin-greets-blinken", "blinken-visit", "tokyo-briefing"]);
    expect(years(element)).toEqual(["2019", "2021", "2023", "", ""]);
    // The year is a visual marker: each card says its own date.
    expect(deepQuery(element, ".year")?.getAttribute("aria-hidden")).toBe("true");
    expect(deepQueryAll(element, 'ol[part~="axis"] time').map((time) => time.getAttribute("datetime"))).toEqual([
      "2019",
      "2021-01",
      "2023",
      "2023-06",
      "2023-06-18",
    ]);
    // Never placed among dated events as if their order in time were known.
    const dates = new Set(["blinken-visit", "qin-greets-blinken", "blinken-qin-talks", "tokyo-briefing", "biden-takes-office"]);
    expect(undated(element)).toEqual(brief.events.filter((e) => !dates.has(e.id)).map((e) => e.id));
  });

  it("draws no axis, and no heading for one, when no event is dated", async () => {
    const brief = seed();
    brief.events = brief.events.filter((e) => !e.when?.date);
    const element = await timeline(brief);
    expect(deepQuery(element, '[part~="axis"]')).toBeUndefined();
    expect(groupHeadings(element)).toEqual(["h3 Undated, in article order"]);
    expect(undated(element)).toHaveLength(brief.events.length);
  });

  it("shows only the events asked for, and follows a change of the list", async () => {
    const element = await timeline(seed(), ["tokyo-briefing", "biden-takes-office"]);
    expect(axis(element)).toEqual(["biden-takes-office"]);
    expect(undated(element)).toEqual(["tokyo-briefing"]);
    element.only = new Set(["qin-greets-blinken"]);
    await settled(element);
    expect(deepQuery(element, '[part~="axis"]')).toBeUndefined();
    expect(undated(element)).toEqual(["qin-greets-blinken"]);
    element.only = [];
    await settled(element);
    expect(deepQueryAll(element, ".card")).toEqual([]);
    expect(element.shadowRoot?.textContent?.trim()).toBe("Nothing here.");
    // Cleared as a page would clear it: the declared type leaves undefined out under exactOptionalPropertyTypes.
    (element as { only?: Iterable<string> | undefined }).only = undefined;
    await settled(element);
    expect(deepQueryAll(element, ".card")).toHaveLength(seed().events.length);
  });

  it("places its headings at heading-level", async () => {
    const element = await timeline(seed(), undefined, 'heading-level="2"');
    expect(groupHeadings(element)).toEqual(["h2 By date", "h2 Undated, in article order"]);
    expect(deepQuery(element, '[part~="title"]')?.localName).toBe("h3");
  });

  it("loads its brief from src, as <diplo-brief> does, and announces it", async () => {
    const element = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    element.src = new URL("/__fixtures__/brief.json", location.origin).href;
    expect((await loaded).detail.source).toBe("src");
    await settled(element);
    expect(deepQueryAll(element, ".card")).toHaveLength(seed().events.length);
  });

  it("reads an inline JSON script", async () => {
    const element = mount<DiploTimeline>(`<diplo-timeline><script type="application/json">${JSON.stringify(seed())}</script></diplo-timeline>`);
    expect((await nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load")).detail.source).toBe("inline");
    await settled(element);
    expect(axis(element)).toEqual(["biden-takes-office"]);
  });

  it("says what to do when it has no brief, and shows the problems of an invalid one", async () => {
    const element = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
    await settled(element);
    expect(deepQuery(element, '[part~="loading"]')?.textContent).toBe("No brief: set the brief property, a src attribute or inline JSON.");
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = { ...seed(), events: "none" } as unknown as Brief;
    expect((await error).detail.reason).toBe("invalid");
    await settled(element);
    expect(deepQuery(element, '[part~="error"]')?.getAttribute("role")).toBe("alert");
    expect(deepQuery(element, '[part~="error"] li')?.textContent).toMatch(/^events: /);
    expect(deepQueryAll(element, ".card")).toEqual([]);
  });

  it("gives each list one tab stop, and moves within it with the arrow keys, Home and End", async () => {
    const brief = withDates({ "blinken-visit": "2023-06", "blinken-qin-talks": "2019" });
    const container = mount(`<button>before</button><diplo-timeline></diplo-timeline><button>after</button>`).parentElement as HTMLElement;
    const [before, after] = [...container.querySelectorAll(":scope > button")] as [HTMLButtonElement, HTMLButtonElement];
    const element = container.querySelector("diplo-timeline") as DiploTimeline;
    element.brief = brief;
    await settled(element);
    const buttons = (list: string) => deepQueryAll<HTMLButtonElement>(element, `[part~="${list}"] [part~="evidence-button"]`);
    const [datedButtons, undatedButtons] = [buttons("axis"), buttons("undated")];
    expect(datedButtons).toHaveLength(3);
    expect(undatedButtons).toHaveLength(brief.events.length - 3);
    // Controls carry data-rove; the lists carry data-roving.
    expect(deepQueryAll(element, "[data-roving]").map((list) => list.getAttribute("part"))).toEqual(["axis", "undated"]);
    expect([...datedButtons, ...undatedButtons].every((button) => button.hasAttribute("data-rove"))).toBe(true);

    before.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(datedButtons[0]);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(undatedButtons[0]);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(after);
    await userEvent.tab({ shift: true });
    expect(deepActiveElement()).toBe(undatedButtons[0]);

    await userEvent.keyboard("{ArrowDown}");
    await expect.poll(() => deepActiveElement()).toBe(undatedButtons[1]);
    await userEvent.keyboard("{ArrowRight}");
    await expect.poll(() => deepActiveElement()).toBe(undatedButtons[2]);
    await userEvent.keyboard("{ArrowUp}");
    await expect.poll(() => deepActiveElement()).toBe(undatedButtons[1]);
    await userEvent.keyboard("{End}");
    await expect.poll(() => deepActiveElement()).toBe(undatedButtons.at(-1));
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.keyboard("{Home}");
    await expect.poll(() => deepActiveElement()).toBe(undatedButtons[0]);
    await userEvent.keyboard("{ArrowLeft}");
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.keyboard("{ArrowDown}");
    await expect.poll(() => deepActiveElement()).toBe(undatedButtons[2]);
    // The list keeps the stop where the reader left it; the axis keeps its own.
    expect(undatedButtons.filter((button) => button.tabIndex === 0)).toEqual([undatedButtons[2]]);
    await userEvent.tab({ shift: true });
    expect(deepActiveElement()).toBe(datedButtons[0]);
    await userEvent.keyboard("{End}");
    await expect.poll(() => deepActiveElement()).toBe(datedButtons[2]);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(undatedButtons[2]);
  });

  it("moves with the text's direction right to left: the left arrow goes forward", async () => {
    const container = mount(`<div dir="rtl" lang="ar"><diplo-timeline></diplo-timeline></div>`);
    const element = container.querySelector("diplo-timeline") as DiploTimeline;
    element.brief = seed();
    await settled(element);
    const buttons = deepQueryAll<HTMLButtonElement>(element, '[part~="undated"] [part~="evidence-button"]');
    buttons[1]?.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect.poll(() => deepActiveElement()).toBe(buttons[2]);
    await userEvent.keyboard("{ArrowRight}");
    await userEvent.keyboard("{ArrowRight}");
    await expect.poll(() => deepActiveElement()).toBe(buttons[0]);
  });
});
