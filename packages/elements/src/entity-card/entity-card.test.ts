import type { Brief } from "@diplo-brief/core";
import type { DiploBriefErrorDetail, DiploEntityCard, DiploSelectDetail } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, deepQueryAll, mount, nextEvent, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function card(id: string, attributes = ""): Promise<DiploEntityCard> {
  const element = mount<DiploEntityCard>(`<diplo-entity-card item-id="${id}" ${attributes}></diplo-entity-card>`);
  element.brief = seed();
  await settled(element);
  return element;
}

describe("<diplo-entity-card>", () => {
  it("shows an entity with its roles, aliases and links, under a real heading", async () => {
    const element = await card("antony-blinken");
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector("h3")?.textContent?.trim()).toBe("Antony Blinken");
    expect(root.querySelector(".roles")?.textContent?.trim()).toBe("Secretary of State, United States");
    expect(root.querySelector("dl")?.textContent).toContain("Blinken");
    const link = root.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://en.wikipedia.org/wiki/Antony_Blinken");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("links Wikidata ids to Wikidata", async () => {
    const element = await card("united-states");
    expect(element.shadowRoot?.querySelector("a")?.href).toBe("https://www.wikidata.org/wiki/Q30");
  });

  it("marks an unnamed source as such", async () => {
    const element = await card("senior-state-department-official");
    expect(deepQuery(element, '[part~="badge"]')?.textContent).toBe("Unnamed source");
    expect(deepQuery(element, '[part~="title"]')?.textContent?.trim()).toBe("a senior State Department official");
  });

  it("renders no link for a scheme other than http(s), even in a brief built in code", async () => {
    const brief = seed();
    (brief.entities[0] as { sameAs: string[] }).sameAs = ["javascript:alert(1)", "data:text/html,x", "https://example.org/ok"];
    const element = mount<DiploEntityCard>('<diplo-entity-card item-id="antony-blinken"></diplo-entity-card>');
    // Bypasses validation the way a page passing an unchecked object would.
    const { validate } = await import("../shared/validate.js");
    expect(validate(brief).success).toBe(false);
    element.brief = brief;
    await settled(element);
    expect(deepQueryAll(element, "a")).toEqual([]);
  });

  it("is a toggle button when selectable, and says so to assistive technology", async () => {
    const element = await card("qin-gang", "selectable");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="select"]') as HTMLButtonElement;
    expect(button.getAttribute("aria-pressed")).toBe("false");
    expect(button.getAttribute("aria-label")).toBe("Show what relates to Qin Gang");
    const chosen = nextEvent<DiploSelectDetail>(element, "diplo-select");
    button.click();
    expect((await chosen).detail).toEqual({ kind: "entity", id: "qin-gang" });
    element.selected = true;
    await settled(element);
    expect(button.getAttribute("aria-pressed")).toBe("true");
    const cleared = nextEvent<DiploSelectDetail>(element, "diplo-select");
    button.click();
    expect((await cleared).detail.id).toBeNull();
  });

  it("shows an error panel and reports it when the id is not in the brief", async () => {
    const element = mount<DiploEntityCard>('<diplo-entity-card item-id="qin"></diplo-entity-card>');
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = seed();
    expect((await error).detail).toMatchObject({ reason: "missing-item", message: "There is no entity with id 'qin' in this brief." });
    await settled(element);
    expect(deepQuery(element, '[part~="error"]')?.getAttribute("role")).toBe("alert");
  });

  it("shows the problems of an invalid brief", async () => {
    const element = mount<DiploEntityCard>('<diplo-entity-card item-id="qin-gang"></diplo-entity-card>');
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = { schemaVersion: "1.0" } as unknown as Brief;
    expect((await error).detail.reason).toBe("invalid");
    await settled(element);
    expect(deepQuery(element, '[part~="error"] li')?.textContent).toBe("article: is required (an object)");
  });
});
