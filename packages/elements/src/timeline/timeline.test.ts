import type { Brief, Event } from "@diplo-brief/core";
import type { DiploTimeline } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

const dated = (event: Event, value: string): Event => ({
  ...event,
  when: { text: `in ${value}`, date: { value, basis: "stated" } },
  evidence: event.evidence,
});

async function timeline(brief: Brief, only?: string[]): Promise<string[]> {
  const element = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
  element.brief = brief;
  if (only) element.only = only;
  await settled(element);
  return deepQueryAll(element, "diplo-event-card").map((card) => card.getAttribute("item-id") as string);
}

describe("<diplo-timeline>", () => {
  it("keeps article order for undated events", async () => {
    const brief = seed();
    expect(await timeline(brief)).toEqual(brief.events.map((e) => e.id));
  });

  it("orders dated events by date in the places dated events hold", async () => {
    const brief = seed();
    const ids = brief.events.map((e) => e.id);
    const [a, , c] = ids as [string, string, string];
    expect(ids[7]).toBe("biden-takes-office"); // dated January 2021 in the seed
    // a gets June 2023 and c gets 2019; every other event keeps its article place.
    brief.events = brief.events.map((e) => (e.id === a ? dated(e, "2023-06") : e.id === c ? dated(e, "2019") : e));
    const expected = [...ids];
    expected[0] = c;
    expected[2] = "biden-takes-office";
    expected[7] = a;
    expect(await timeline(brief)).toEqual(expected);
  });

  it("shows only the events asked for", async () => {
    expect(await timeline(seed(), ["tokyo-briefing", "biden-takes-office"])).toEqual(["biden-takes-office", "tokyo-briefing"]);
  });

  it("is an ordered list", async () => {
    const element = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
    element.brief = seed();
    await settled(element);
    expect(element.shadowRoot?.querySelector("ol")?.children.length).toBe(seed().events.length);
  });
});
