import type { Brief } from "@diplo-brief/core";
import type { DiploBriefErrorDetail, DiploBriefLoadDetail, DiploEntityCard, DiploSelectDetail } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { actionOf, cleanup, collect, deepQuery, deepQueryAll, mount, nextEvent, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

const fixture = (path: string) => new URL(`/__fixtures__/${path}`, location.origin).href;

async function card(id: string, attributes = "", brief: Brief = seed()): Promise<DiploEntityCard> {
  const element = mount<DiploEntityCard>(`<diplo-entity-card item-id="${id}" ${attributes}></diplo-entity-card>`);
  element.brief = brief;
  await settled(element);
  return element;
}


describe("<diplo-entity-card>", () => {
  it("shows an entity with its roles, aliases and links, under a real heading", async () => {
    const element = await card("antony-blinken");
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part~="base"]')?.classList.contains("card")).toBe(true);
    expect(root.querySelector('h3[part~="title"]')?.textContent?.trim()).toBe("Antony Blinken");
    expect(root.querySelector(".roles")?.textContent?.trim()).toBe("Secretary of State, United States");
    expect(root.querySelector("dl")?.textContent).toContain("Blinken");
    const link = root.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://en.wikipedia.org/wiki/Antony_Blinken");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    // The link's name says what it is about, not only the site it goes to.
    expect(link?.textContent).toBe("More about Antony Blinken: en.wikipedia.org");
  });

  it("takes its heading level from heading-level, 3 by default", async () => {
    expect(deepQuery(await card("qin-gang"), '[part~="title"]')?.localName).toBe("h3");
    const element = await card("qin-gang", 'heading-level="5"');
    expect(deepQuery(element, '[part~="title"]')?.localName).toBe("h5");
    element.headingLevel = 4;
    await settled(element);
    expect(deepQuery(element, '[part~="title"]')?.localName).toBe("h4");
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

  it("drops the description in the compact layout", async () => {
    const description = seed().entities.find((e) => e.id === "antony-blinken")?.description as string;
    const full = await card("antony-blinken");
    expect(full.shadowRoot?.textContent).toContain(description);
    const compact = await card("antony-blinken", "compact");
    expect(compact.shadowRoot?.textContent).not.toContain(description);
    expect(deepQuery(compact, ".roles")?.textContent?.trim()).toBe("Secretary of State, United States");
  });

  it("refuses a brief built in code with a link of another scheme than http(s), and links only http(s)", async () => {
    const brief = seed();
    (brief.entities[0] as { sameAs: string[] }).sameAs = ["javascript:alert(1)", "data:text/html,x", "https://example.org/ok"];
    // Passed unchecked, the way a page handing over its own object would.
    const refused = await card("antony-blinken", "", brief);
    expect(deepQuery(refused, '[part~="error"]')).toBeDefined();
    expect(deepQueryAll(refused, "a")).toEqual([]);

    const allowed = seed();
    (allowed.entities[0] as { sameAs: string[] }).sameAs = ["https://example.org/ok"];
    const shown = await card("antony-blinken", "", allowed);
    expect(deepQueryAll<HTMLAnchorElement>(shown, "a").map((a) => a.href)).toEqual(["https://example.org/ok"]);
  });

  it("is a toggle button named by the entity when selectable, pressed while selected", async () => {
    const plain = await card("qin-gang");
    expect(deepQuery(plain, "button[part~='select']")).toBeUndefined();

    const element = await card("qin-gang", "selectable");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="select"]') as HTMLButtonElement;
    // Inside the title, a real heading; its name is the entity's name.
    expect(button.closest('h3[part~="title"]')).not.toBeNull();
    expect(button.textContent?.trim()).toBe("Qin Gang");
    expect(button.hasAttribute("aria-label")).toBe(false);
    expect(button.getAttribute("aria-pressed")).toBe("false");
    const chosen = nextEvent<DiploSelectDetail>(element, "diplo-select");
    button.click();
    expect((await chosen).detail).toEqual({ kind: "entity", id: "qin-gang" });
    element.selected = true;
    await settled(element);
    expect(element.hasAttribute("selected")).toBe(true);
    expect(button.getAttribute("aria-pressed")).toBe("true");
    const cleared = nextEvent<DiploSelectDetail>(element, "diplo-select");
    button.click();
    expect((await cleared).detail.id).toBeNull();
  });

  it("shows its evidence in place, the control named for the entity, when the page has no article", async () => {
    const element = await card("antony-blinken");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="evidence-button"]') as HTMLButtonElement;
    expect(actionOf(button)).toBe("Show source");
    expect(button.textContent?.replace(/\s+/g, " ").trim()).toBe("Show source: Antony Blinken");
    expect(button.querySelector(".visually-hidden")?.textContent).toBe(": Antony Blinken");
    // On its own, a card's control is in the tab order: there is no list to rove in.
    expect(button.tabIndex).toBe(0);
    button.click();
    await expect
      .poll(() => deepQueryAll(element, '[part~="evidence-source"] mark').map((mark) => mark.textContent))
      .toEqual(seed().entities[0]?.evidence.map((span) => span.text));
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(deepQuery(element, '[part~="evidence-source"]')?.id).toBe(button.getAttribute("aria-controls"));
  });

  it("notes, once verifyBrief has run, that the brief names the entity in none of its evidence", async () => {
    const brief = seed();
    (brief.entities[0] as { name: string }).name = "Tony Blinken";
    const element = await card("antony-blinken", "", brief);
    const other = await card("qin-gang", "", brief);
    await expect
      .poll(() => deepQuery(element, '[part~="unverified"]')?.textContent, { timeout: 10_000 })
      .toBe(
        "Not found in the article as stated: 'Tony Blinken' is written in none of the entity's evidence spans: an alias alone does not ground a name",
      );
    expect(deepQuery(element, '[part~="unverified"]')?.getAttribute("role")).toBe("note");
    // Verification ran for the brief both share; the other entity stands.
    await settled(other);
    expect(deepQuery(other, '[part~="unverified"]')).toBeUndefined();
  });

  it("loads its brief from src, as <diplo-brief> does, and announces it", async () => {
    const element = mount<DiploEntityCard>(`<diplo-entity-card item-id="wang-yi"></diplo-entity-card>`);
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    element.src = fixture("brief.json?headline=From%20src");
    expect((await loaded).detail.source).toBe("src");
    expect((await loaded).detail.brief.article.headline).toBe("From src");
    await settled(element);
    expect(deepQuery(element, '[part~="title"]')?.textContent?.trim()).toBe("Wang Yi");
  });

  it("reads an inline JSON script child, and reads it again when it changes", async () => {
    const brief = seed();
    const element = mount<DiploEntityCard>(
      `<diplo-entity-card item-id="wang-yi"><script type="application/json">${JSON.stringify(brief)}</script></diplo-entity-card>`,
    );
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    expect((await loaded).detail.source).toBe("inline");
    await settled(element);
    expect(deepQuery(element, '[part~="title"]')?.textContent?.trim()).toBe("Wang Yi");

    (brief.entities[3] as { name: string }).name = "Wang Yi (China)";
    const again = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    (element.querySelector("script") as HTMLScriptElement).textContent = JSON.stringify(brief);
    await again;
    await settled(element);
    expect(deepQuery(element, '[part~="title"]')?.textContent?.trim()).toBe("Wang Yi (China)");
  });

  it("shows an error panel and reports it once when the id is not in the brief", async () => {
    const element = mount<DiploEntityCard>('<diplo-entity-card item-id="qin"></diplo-entity-card>');
    const errors = collect<DiploBriefErrorDetail>(element, "diplo-brief-error");
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = seed();
    expect((await error).detail).toMatchObject({ reason: "missing-item", message: "There is no entity with id 'qin' in this brief." });
    await settled(element);
    expect(deepQuery(element, '[part~="error"]')?.getAttribute("role")).toBe("alert");
    // Drawn again, the same missing item is not reported again…
    element.compact = true;
    element.theme = "dark";
    await settled(element);
    expect(errors).toHaveLength(1);
    // …another one is, and the card comes back when the id is found.
    element.itemId = "qi";
    await settled(element);
    expect(errors.map((e) => e.detail.message)).toEqual([
      "There is no entity with id 'qin' in this brief.",
      "There is no entity with id 'qi' in this brief.",
    ]);
    element.itemId = "qin-gang";
    await settled(element);
    expect(deepQuery(element, '[part~="error"]')).toBeUndefined();
    expect(deepQuery(element, '[part~="title"]')?.textContent?.trim()).toBe("Qin Gang");
    expect(errors).toHaveLength(2);
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
