import type { DiploEventCard } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function card(id: string, wrapper = ""): Promise<DiploEventCard> {
  const host = mount(`<div ${wrapper}><diplo-event-card item-id="${id}"></diplo-event-card></div>`);
  const element = host.querySelector("diplo-event-card") as DiploEventCard;
  element.brief = seed();
  await settled(element);
  return element;
}

describe("<diplo-event-card>", () => {
  it("shows the status in words and as a shape, not by colour alone", async () => {
    const element = await card("february-trip-postponed");
    expect(deepQuery(element, '[part~="badge"]')?.textContent).toBe("⏸Postponed");
    expect(deepQuery(element, ".status-symbol")?.getAttribute("aria-hidden")).toBe("true");
    expect(element.getAttribute("status")).toBe("postponed");
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
});
