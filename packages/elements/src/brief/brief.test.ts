import type { Brief } from "@diplo-brief/core";
import type { DiploBrief, DiploBriefErrorDetail, DiploBriefLoadDetail, DiploQuoteCard, DiploSelectDetail } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { FixtureStats } from "../../test/fixture-server.js";
import { actionOf, cleanup, collect, deepActiveElement, deepQuery, deepQueryAll, deepText, mount, nextEvent, seed, settled } from "../testing/dom.js";

const brief = seed();
const fixture = (path: string) => new URL(`/__fixtures__/${path}`, location.origin).href;

/** What the fixture server saw of the requests tagged `id`. */
const stats = async (id: string): Promise<FixtureStats> => (await fetch(fixture(`stats?id=${id}`))).json() as Promise<FixtureStats>;
let lastId = 0;
const uniqueId = () => `${Date.now()}-${lastId++}`;

async function shown(element: DiploBrief): Promise<DiploBrief> {
  await settled(element);
  return element;
}


/** The cards of one section (issues, quotes, timeline), by the ids of their items. */
const cards = (element: DiploBrief, section: string) => deepQueryAll(element, `section.${section} .card`);

/** Opens the key players and waits for their names, which come with the on-demand module. */
async function openPlayers(element: DiploBrief): Promise<void> {
  const players = deepQuery<HTMLDetailsElement>(element, '[part~="players"]') as HTMLDetailsElement;
  players.open = true;
  await expect.poll(() => deepQueryAll(element, '[part~="entity"]').length).toBeGreaterThan(0);
  await shown(element);
}

afterEach(cleanup);

describe("<diplo-brief> data in", () => {
  it("renders a brief set as a property, every section, and announces it", async () => {
    const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    element.brief = seed();
    const event = await loaded;
    await shown(element);
    expect(event.detail.source).toBe("property");
    expect(event.detail.brief.article.headline).toBe(brief.article.headline);
    const region = deepQuery(element, '[part~="base"]');
    expect(region?.getAttribute("aria-label")).toBe(`Brief: ${brief.article.headline}`);
    expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe(brief.article.headline);
    expect(deepQuery(element, '[part~="meta"]')?.textContent).toBe(`Reuters · ${brief.article.dateline}`);
    expect(cards(element, "issues").map((card) => card.dataset.id)).toEqual(brief.issues.map((i) => i.id));
    expect(cards(element, "quotes").map((card) => card.dataset.id)).toEqual(brief.quotes.map((q) => q.id));
    expect(cards(element, "timeline").map((card) => card.dataset.id).sort()).toEqual(brief.events.map((e) => e.id).sort());
    // The players are names to choose, behind a disclosure that says how many there are.
    expect(deepQuery(element, '[part~="players"] summary')?.textContent).toContain(String(brief.entities.length));
    await openPlayers(element);
    expect(deepQueryAll(element, '[part~="entity"]').map((chip) => chip.dataset.entity).sort()).toEqual(brief.entities.map((e) => e.id).sort());
  });

  it("fetches a brief from src, showing a loading state meanwhile", async () => {
    const element = mount<DiploBrief>(`<diplo-brief src="${fixture("brief.json?delay=200")}"></diplo-brief>`);
    await element.updateComplete;
    expect(deepQuery(element, '[part~="loading"]')?.textContent).toBe("Loading the brief…");
    expect(deepQuery(element, '[part~="base"]')?.getAttribute("aria-busy")).toBe("true");
    const event = await nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    expect(event.detail.source).toBe("src");
    await shown(element);
    expect(cards(element, "quotes")).toHaveLength(brief.quotes.length);
  });

  it("reads an inline JSON script child", async () => {
    const element = mount<DiploBrief>("<diplo-brief><script type=\"application/json\"></script></diplo-brief>");
    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    (element.querySelector("script") as HTMLScriptElement).textContent = JSON.stringify(brief);
    expect((await loaded).detail.source).toBe("inline");
    await shown(element);
    expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe(brief.article.headline);
  });

  it("lets a newer src cancel the request for an older one", async () => {
    const element = mount<DiploBrief>(`<diplo-brief src="${fixture("brief.json?delay=400&headline=Old")}"></diplo-brief>`);
    const loads = collect<DiploBriefLoadDetail>(element, "diplo-brief-load");
    await element.updateComplete;
    element.src = fixture("brief.json?headline=New");
    await nextEvent(element, "diplo-brief-load");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await shown(element);
    expect(loads.map((e) => e.detail.brief.article.headline)).toEqual(["New"]);
    expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe("New");
  });

  it("prefers the property to src, whatever the order they are set in", async () => {
    const first = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    first.src = fixture("brief.json?headline=From%20src");
    first.brief = seed();
    const second = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    second.brief = seed();
    second.src = fixture("brief.json?headline=From%20src");
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const element of [first, second]) {
      await shown(element);
      expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe(brief.article.headline);
    }
  });
});

async function expectPanel(element: DiploBrief, error: Promise<CustomEvent<DiploBriefErrorDetail>>) {
  const { detail } = await error;
  await shown(element);
  const panel = deepQuery(element, '[part~="error"]');
  expect(panel?.getAttribute("role")).toBe("alert");
  expect(panel?.textContent).toContain("This brief could not be shown");
  expect(panel?.textContent).toContain(detail.message);
  expect(deepQueryAll(element, ".card, [part~='headline']")).toEqual([]);
  return { detail, panel: panel as HTMLElement };
}

describe("<diplo-brief> errors", () => {

  it("shows the first problems of an invalid brief with their paths", async () => {
    const invalid = seed() as unknown as { quotes: { speaker: string }[] };
    for (const quote of invalid.quotes) quote.speaker = "qin";
    const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = invalid as unknown as Brief;
    const { detail, panel } = await expectPanel(element, error);
    expect(detail.reason).toBe("invalid");
    expect(detail.problems).toHaveLength(brief.quotes.length);
    const items = [...panel.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toBe("quotes[0].speaker: no entity with id 'qin'");
    expect(panel.textContent).toContain(`… ${brief.quotes.length - 5} more.`);
  });

  it("reports an HTTP error with its status", async () => {
    const element = mount<DiploBrief>(`<diplo-brief src="${fixture("missing.json")}"></diplo-brief>`);
    const { detail } = await expectPanel(element, nextEvent(element, "diplo-brief-error"));
    expect(detail).toMatchObject({ reason: "http", status: 404, source: "src" });
    expect(detail.message).toContain("404");
  });

  it("reports malformed JSON", async () => {
    const element = mount<DiploBrief>(`<diplo-brief src="${fixture("malformed.json")}"></diplo-brief>`);
    const { detail } = await expectPanel(element, nextEvent(element, "diplo-brief-error"));
    expect(detail.reason).toBe("json");
    expect(detail.message).toMatch(/malformed\.json is not valid JSON: /);
  });

  it("reports an invalid brief fetched from src", async () => {
    const element = mount<DiploBrief>(`<diplo-brief src="${fixture("invalid.json")}"></diplo-brief>`);
    const { detail } = await expectPanel(element, nextEvent(element, "diplo-brief-error"));
    expect(detail.reason).toBe("invalid");
    expect(detail.problems[0]?.message).toBe("entities: expected an array, got the string 'none'");
  });

  it("reports a failed fetch", async () => {
    const element = mount<DiploBrief>('<diplo-brief src="http://127.0.0.1:9/brief.json"></diplo-brief>');
    const { detail } = await expectPanel(element, nextEvent(element, "diplo-brief-error"));
    expect(detail.reason).toBe("fetch");
    expect(detail.message).toContain("could not be fetched from http://127.0.0.1:9/brief.json");
  });

  it("reports malformed inline JSON", async () => {
    const element = mount<DiploBrief>('<diplo-brief><script type="application/json">{nope</script></diplo-brief>');
    const { detail } = await expectPanel(element, nextEvent(element, "diplo-brief-error"));
    expect(detail).toMatchObject({ reason: "json", source: "inline" });
  });

  it("recovers when a valid brief follows an invalid one", async () => {
    const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    element.brief = { nonsense: true } as unknown as Brief;
    await shown(element);
    expect(deepQuery(element, '[part~="error"]')).toBeDefined();
    element.brief = seed();
    await shown(element);
    expect(deepQuery(element, '[part~="error"]')).toBeUndefined();
    expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe(brief.article.headline);
  });

  it("says what to do when given nothing, instead of staying blank", async () => {
    const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    await shown(element);
    expect(deepText(element)).toContain("No brief: set the brief property");
  });
});

describe("<diplo-brief> giving up on src", () => {
  const mountSrc = (path: string, attributes = "") => {
    const element = mount<DiploBrief>(`<diplo-brief ${attributes} src="${fixture(path)}"></diplo-brief>`);
    return { element, error: nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error") };
  };
  /** The seed brief's size in bytes, as the fixture server sends it. */
  const seedBytes = async () => (await (await fetch(fixture("brief.json"))).arrayBuffer()).byteLength;

  it("waits 30 seconds and 20 MB (the CLI's limit) by default, and reads both from attributes", () => {
    const element = mount<DiploBrief>('<diplo-brief timeout="1500" max-size="1000"></diplo-brief>');
    expect(element).toMatchObject({ timeout: 1500, maxSize: 1000 });
    expect(document.createElement("diplo-brief")).toMatchObject({ timeout: 30_000, maxSize: 20 * 1024 * 1024 });
  });

  it("gives up after its timeout on a server that never answers, and cancels the request", async () => {
    const id = uniqueId();
    const { element, error } = mountSrc(`hang.json?id=${id}`, 'timeout="300"');
    const { detail } = await expectPanel(element, error);
    expect(detail).toMatchObject({ reason: "timeout", source: "src", problems: [] });
    expect(detail.message).toBe(`The brief could not be fetched from ${fixture(`hang.json?id=${id}`)}: no answer within 0.3 seconds`);
    await expect.poll(() => stats(id)).toMatchObject({ requests: 1, abandoned: 1 });
  });

  it("counts the body in the timeout: a server that stalls halfway through gives up too", async () => {
    const { element, error } = mountSrc("stall.json", 'timeout="400"');
    expect((await expectPanel(element, error)).detail.reason).toBe("timeout");
  });

  it("refuses at once a body whose Content-Length is over the limit, without waiting for it", async () => {
    // The server says 30 MB and sends nothing: only the header can tell, long before the timeout.
    const { element, error } = mountSrc("huge.json");
    const { detail } = await expectPanel(element, error);
    expect(detail).toMatchObject({ reason: "too-large", source: "src" });
    expect(detail.message).toBe(`The brief could not be fetched from ${fixture("huge.json")}: larger than 20,971,520 bytes`);
  });

  it("stops a gzip bomb at the limit as it streams in, and cancels the download", async () => {
    // About 300 KB on the wire that decode to 300 MB; the limit is met after about 20 KB of it.
    // Reading it all would have taken the server about 2 s, and JSON.parse would have said "json".
    const id = uniqueId();
    const { element, error } = mountSrc(`bomb.json?id=${id}`);
    expect((await expectPanel(element, error)).detail.reason).toBe("too-large");
    await expect.poll(() => stats(id), { timeout: 5000 }).toMatchObject({ abandoned: 1 });
    const { sent, total } = await stats(id);
    expect(total).toBeGreaterThan(250_000);
    expect(sent).toBeLessThan(total);
  });

  it("keeps max-size to the byte, by Content-Length and while reading a body sent without one", async () => {
    const size = await seedBytes();
    for (const path of ["brief.json", "chunked.json"]) {
      const over = mountSrc(path, `max-size="${size - 1}"`);
      const { detail } = await expectPanel(over.element, over.error);
      expect(detail.reason, path).toBe("too-large");
      expect(detail.message).toContain(`larger than ${(size - 1).toLocaleString("en")} bytes`);
      const within = mount<DiploBrief>(`<diplo-brief max-size="${size}" src="${fixture(path)}"></diplo-brief>`);
      expect((await nextEvent<DiploBriefLoadDetail>(within, "diplo-brief-load")).detail.source, path).toBe("src");
    }
  });
});

describe("<diplo-brief> out of the page", () => {
  it("cancels its request when taken out, fires nothing meanwhile, and loads again when put back", async () => {
    const id = uniqueId();
    const element = mount<DiploBrief>(`<diplo-brief src="${fixture(`brief.json?delay=500&id=${id}`)}"></diplo-brief>`);
    const container = element.parentElement as HTMLElement;
    const events = [...collect(element, "diplo-brief-load"), ...collect(element, "diplo-brief-error")];
    const announced = () => events.length;
    await expect.poll(() => stats(id)).toMatchObject({ requests: 1 });
    element.remove();
    await expect.poll(() => stats(id)).toMatchObject({ requests: 1, abandoned: 1 });
    await element.updateComplete;
    expect(announced()).toBe(0);

    const loaded = nextEvent<DiploBriefLoadDetail>(element, "diplo-brief-load");
    container.append(element);
    expect((await loaded).detail.source).toBe("src");
    expect(await stats(id)).toMatchObject({ requests: 2, abandoned: 1 });
    await shown(element);
    expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe(brief.article.headline);
  });

  it("keeps the news of a brief given while out of the page until it is back", async () => {
    const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    await shown(element);
    const container = element.parentElement as HTMLElement;
    element.remove();
    const loads = collect<DiploBriefLoadDetail>(element, "diplo-brief-load");
    const errors = collect<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = seed();
    await element.updateComplete;
    element.brief = { nonsense: true } as unknown as Brief;
    await element.updateComplete;
    expect([loads, errors].map((list) => list.length)).toEqual([0, 0]);

    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    container.append(element);
    expect((await error).detail.reason).toBe("invalid");
    expect([loads, errors].map((list) => list.length)).toEqual([0, 1]);
  });
});

describe("<diplo-brief> choosing an entity", () => {
  let element: DiploBrief;
  beforeEach(async () => {
    element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
    element.brief = seed();
    await shown(element);
  });

  const selectButton = (id: string) => deepQuery<HTMLButtonElement>(element, `[part~="entity"][data-entity="${id}"]`) as HTMLButtonElement;
  // While an entity is chosen the whole lists stay in the DOM, hidden: what shows is what is visible.
  const shownIds = (section: string) =>
    cards(element, section)
      .filter((card) => card.checkVisibility())
      .map((card) => card.dataset.id);
  beforeEach(() => openPlayers(element));

  it("filters quotes, events and issues to what relates to it, and says so", async () => {
    const selected = nextEvent<DiploSelectDetail>(element, "diplo-select");
    selectButton("joe-biden").click();
    expect((await selected).detail).toEqual({ kind: "entity", id: "joe-biden" });
    await shown(element);
    expect(element.selected).toBe("joe-biden");
    expect(element.getAttribute("selected")).toBe("joe-biden");
    expect(selectButton("joe-biden").getAttribute("aria-pressed")).toBe("true");
    expect(shownIds("quotes")).toEqual(brief.quotes.filter((q) => q.speaker === "joe-biden").map((q) => q.id));
    expect(shownIds("timeline")).toEqual(
      expect.arrayContaining(["biden-takes-office", "biden-xi-bali-talks", "xi-biden-meetings"]),
    );
    expect(shownIds("timeline")).not.toContain("qin-greets-blinken");
    expect(shownIds("issues")).toContain("spy-balloon");
    expect(shownIds("issues")).not.toContain("fentanyl");
    const related = new Set([...shownIds("quotes"), ...shownIds("timeline"), ...shownIds("issues")]);
    expect(deepQuery(element, '[part~="filter"] [role="status"]')?.textContent).toBe(`Showing ${related.size} items related to Joe Biden.`);
    // The chosen entity's own card comes with the filter: its roles, aliases and evidence.
    expect(deepQuery(element, '[part~="filter"] .card')?.dataset.id).toBe("joe-biden");
  });

  it("offers a way back: the show-everything button, Escape, or choosing again", async () => {
    selectButton("qin-gang").click();
    await shown(element);
    const cleared = nextEvent<DiploSelectDetail>(element, "diplo-select");
    (deepQuery<HTMLButtonElement>(element, '[part~="filter"] button') as HTMLButtonElement).click();
    expect((await cleared).detail).toEqual({ kind: "entity", id: null });
    await shown(element);
    expect(shownIds("quotes")).toHaveLength(brief.quotes.length);

    selectButton("qin-gang").click();
    await shown(element);
    selectButton("qin-gang").focus();
    await userEvent.keyboard("{Escape}");
    await shown(element);
    expect(element.selected).toBeUndefined();

    selectButton("qin-gang").click();
    await shown(element);
    selectButton("qin-gang").click();
    await shown(element);
    expect(element.selected).toBeUndefined();
    expect(shownIds("timeline")).toHaveLength(brief.events.length);
  });

  it("works from the keyboard: Tab to a name, Enter or Space to choose", async () => {
    const button = selectButton("antony-blinken");
    button.focus();
    await userEvent.keyboard("{Enter}");
    await shown(element);
    expect(element.selected).toBe("antony-blinken");
    selectButton("wang-yi").focus();
    await userEvent.keyboard(" ");
    await shown(element);
    expect(element.selected).toBe("wang-yi");
    expect(shownIds("quotes")).toEqual([]);
    expect(deepText(element)).toContain("Nothing here relates to Wang Yi.");

    // "Show everything" leaves with the filter; focus must not fall back to the page's start.
    (deepQuery<HTMLButtonElement>(element, '[part~="filter"] button') as HTMLButtonElement).focus();
    await userEvent.keyboard("{Enter}");
    await shown(element);
    expect(element.selected).toBeUndefined();
    expect(deepActiveElement()).toBe(selectButton("wang-yi"));
  });

  it("gives focus back to the chosen name when Escape clears the choice from a related card", async () => {
    selectButton("qin-gang").click();
    await shown(element);
    const related = cards(element, "quotes").find((card) => card.checkVisibility());
    (related?.querySelector("button") as HTMLButtonElement).focus();
    await userEvent.keyboard("{Escape}");
    await shown(element);
    expect(element.selected).toBeUndefined();
    expect(deepActiveElement()).toBe(selectButton("qin-gang"));
  });

  it("gives focus to the brief when the chosen name is not on show", async () => {
    element.sections = "quotes";
    element.selected = "qin-gang";
    await shown(element);
    (deepQuery<HTMLButtonElement>(element, '[part~="filter"] button') as HTMLButtonElement).click();
    await shown(element);
    expect(deepActiveElement()).toBe(deepQuery(element, '[part~="base"]'));
  });

  it("can be chosen from outside through the selected attribute", async () => {
    element.setAttribute("selected", "hua-chunying");
    await shown(element);
    expect(shownIds("quotes")).toEqual(["hua-tweet"]);
  });
});

describe("<diplo-brief> lifecycle", () => {
  it("works when created detached, then attached, moved and re-attached", async () => {
    const element = document.createElement("diplo-brief");
    element.brief = seed();
    element.sections = "header quotes";
    const loads = collect(element, "diplo-brief-load");
    const first = mount("<div></div>");
    first.append(element);
    await shown(element);
    expect(cards(element, "quotes")).toHaveLength(brief.quotes.length);
    const second = mount("<section></section>");
    second.append(element);
    await shown(element);
    element.remove();
    first.append(element);
    await shown(element);
    expect(cards(element, "quotes")).toHaveLength(brief.quotes.length);
    expect(loads).toHaveLength(1);
  });

  it("gives the same result whatever order its properties are set in", async () => {
    const settings: [keyof DiploBrief, unknown][] = [
      ["brief", seed()],
      ["sections", "timeline, quotes header"],
      ["theme", "dark"],
      ["layout", "compact"],
      ["selected", "joe-biden"],
      ["headingLevel", 3],
    ];
    const render = async (order: typeof settings) => {
      const element = document.createElement("diplo-brief");
      for (const [key, value] of order) Object.assign(element, { [key]: value });
      mount("<div></div>").append(element);
      await shown(element);
      return [deepText(element), deepQueryAll(element, "*").map((el) => el.tagName).join(",")];
    };
    const forward = await render(settings);
    expect(await render([...settings].reverse())).toEqual(forward);
    expect(forward[0]).toContain("Timeline");
  });

  it("shows the chosen sections in the chosen order", async () => {
    const element = mount<DiploBrief>('<diplo-brief sections="quotes, header"></diplo-brief>');
    element.brief = seed();
    await shown(element);
    const headings = deepQueryAll(element, '[part~="headline"], [part~="section-heading"]').map((h) => h.textContent);
    expect(headings).toEqual(["Quotes", brief.article.headline]);
    expect(deepQueryAll(element, '[part~="players"], .issues, .timeline')).toEqual([]);
  });
});

describe("<diplo-brief> evidence in the host page's article", () => {
  /** The seed article as a news page would print it: headline, dateline and paragraphs, NBSPs lost. */
  function hostArticle(): HTMLElement {
    const [dateline, , headline, ...body] = brief.article.text.split("\n");
    const paragraphs = body
      .join("\n")
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const article = mount<HTMLElement>('<article id="story"></article>');
    const h1 = document.createElement("h1");
    h1.textContent = headline ?? "";
    const date = document.createElement("p");
    date.textContent = (dateline ?? "").replaceAll("|", "").trim();
    article.append(h1, date, ...paragraphs.map((text) => Object.assign(document.createElement("p"), { textContent: text.replaceAll("\u00a0", " ") })));
    return article;
  }

  it("highlights the sentence a card rests on, and scrolls it into view", async () => {
    const article = hostArticle();
    mount("<div style='height: 2000px'></div>");
    const element = mount<DiploBrief>('<diplo-brief article="#story" sections="quotes"></diplo-brief>');
    element.brief = seed();
    await shown(element);
    const card = deepQuery(element, '.card[data-id="official-recognition"]') as HTMLElement;
    const button = deepQuery<HTMLButtonElement>(card, '[part~="evidence-button"]') as HTMLButtonElement;
    // Its name says which item it acts on: the speaker, then the words.
    const quote = brief.quotes.find((q) => q.id === "official-recognition");
    const speaker = brief.entities.find((e) => e.id === quote?.speaker)?.name ?? "";
    expect(button.textContent?.replace(/\s+/g, " ").trim().startsWith(`Show in article: ${speaker}: ${quote?.text.slice(0, 20)}`)).toBe(true);
    const evidence = nextEvent<{ itemId: string; found: boolean }>(element, "diplo-evidence");
    button.click();
    expect((await evidence).detail).toEqual({ itemId: "official-recognition", found: true });
    const highlight = CSS.highlights.get("diplo-evidence");
    const [range] = [...(highlight ?? [])] as Range[];
    const expected = brief.quotes.find((q) => q.id === "official-recognition")?.evidence[0]?.text ?? "";
    expect(range?.toString().replace(/\s+/g, " ")).toBe(expected.replace(/\s+/g, " "));
    expect(article.contains(range?.startContainer ?? null)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const box = (range as Range).getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    await settled(element);
    expect(deepQuery(card, ".said")?.textContent).toBe("Marked in the article. Escape comes back here.");
    // Read out from the brief's one live region for its cards.
    expect(deepQuery(element, 'p.visually-hidden[role="status"]')?.textContent).toBe("Marked in the article. Escape comes back here.");
    CSS.highlights.clear();
  });

  it("shows the source in the card when the span is not in the page's article", async () => {
    mount('<article id="story"><p>Another story altogether.</p></article>');
    const element = mount<DiploBrief>('<diplo-brief article="#story" sections="issues"></diplo-brief>');
    element.brief = seed();
    await shown(element);
    const card = deepQuery(element, ".issues .card") as HTMLElement;
    const evidence = nextEvent<{ found: boolean }>(element, "diplo-evidence");
    (deepQuery<HTMLButtonElement>(card, '[part~="evidence-button"]') as HTMLButtonElement).click();
    expect((await evidence).detail.found).toBe(false);
    await settled(element);
    expect(deepQuery(card, ".said")?.textContent).toBe("Not in the article on this page; this is the source text.");
    expect(deepQuery(card, "mark")?.textContent).toBe(brief.issues[0]?.evidence[0]?.text);
  });

  it("shows the source in place when the selector matches nothing or does not parse", async () => {
    for (const selector of ["#nowhere", "[[["]) {
      const element = mount<DiploBrief>(`<diplo-brief sections="quotes"></diplo-brief>`);
      element.article = selector;
      element.brief = seed();
      await shown(element);
      const card = deepQuery(element, ".quotes .card") as HTMLElement;
      const evidence = nextEvent<{ found: boolean }>(element, "diplo-evidence");
      (deepQuery<HTMLButtonElement>(card, '[part~="evidence-button"]') as HTMLButtonElement).click();
      expect((await evidence).detail.found, selector).toBe(false);
      await settled(element);
      expect(deepQuery(card, "mark")?.textContent).toBe(brief.quotes[0]?.evidence[0]?.text);
    }
  });

  it("offers the source toggle when no article is named", async () => {
    const element = mount<DiploBrief>(`<diplo-brief sections="quotes"></diplo-brief>`);
    element.brief = seed();
    await shown(element);
    const button = deepQuery(element, '[part~="evidence-button"]');
    expect(actionOf(button)).toBe("Show source");
    expect(button?.getAttribute("aria-expanded")).toBe("false");
  });

  /** Presses "Show in article" on the first quote card; resolves with the event's detail and the highlighted range. */
  async function showFirstQuote(element: DiploBrief) {
    const card = deepQuery(element, ".quotes .card") as HTMLElement;
    const evidence = nextEvent<{ itemId: string; found: boolean }>(element, "diplo-evidence");
    const button = deepQuery<HTMLButtonElement>(card, '[part~="evidence-button"]') as HTMLButtonElement;
    expect(actionOf(button)).toBe("Show in article");
    button.click();
    const { detail } = await evidence;
    await settled(element);
    const [range] = [...(CSS.highlights.get("diplo-evidence") ?? [])] as Range[];
    CSS.highlights.clear();
    return { detail, range, card };
  }

  it("looks the article up when pressed: one added after the brief was drawn is found", async () => {
    const element = mount<DiploBrief>('<diplo-brief article="#story" sections="quotes"></diplo-brief>');
    element.brief = seed();
    await shown(element);
    const article = hostArticle();
    const { detail, range } = await showFirstQuote(element);
    expect(detail).toEqual({ itemId: brief.quotes[0]?.id, found: true });
    expect(article.contains(range?.startContainer ?? null)).toBe(true);
  });

  it("finds the article that replaced the one on the page when the brief was drawn", async () => {
    const first = mount<HTMLElement>('<article id="story"><p>Another story altogether.</p></article>');
    const element = mount<DiploBrief>('<diplo-brief article="#story" sections="quotes"></diplo-brief>');
    element.brief = seed();
    await shown(element);
    first.remove();
    const second = hostArticle();
    const { detail, range } = await showFirstQuote(element);
    expect(detail.found).toBe(true);
    expect(second.contains(range?.startContainer ?? null)).toBe(true);
  });

  it("reports not found, and shows the source, when the article has left the page", async () => {
    const article = hostArticle();
    const element = mount<DiploBrief>('<diplo-brief article="#story" sections="quotes"></diplo-brief>');
    element.brief = seed();
    await shown(element);
    article.remove();
    const { detail, range, card } = await showFirstQuote(element);
    expect(detail.found).toBe(false);
    expect(range).toBeUndefined();
    expect(deepQuery(card, ".said")?.textContent).toBe("Not in the article on this page; this is the source text.");
    expect(deepQuery(card, "mark")?.textContent).toBe(brief.quotes[0]?.evidence[0]?.text);
  });

  it("counts a card's own article element only while it is in the page, then looks up its selector", async () => {
    const detached = hostArticle();
    detached.remove();
    const card = mount<DiploQuoteCard>(`<diplo-quote-card item-id="${brief.quotes[0]?.id}"></diplo-quote-card>`);
    card.brief = seed();
    card.articleElement = detached;
    await settled(card);
    const press = async () => {
      const evidence = nextEvent<{ found: boolean }>(card, "diplo-evidence");
      (deepQuery<HTMLButtonElement>(card, '[part~="evidence-button"]') as HTMLButtonElement).click();
      return (await evidence).detail.found;
    };
    expect(await press()).toBe(false);
    hostArticle();
    card.article = "#story";
    await settled(card);
    expect(await press()).toBe(true);
    CSS.highlights.clear();
  });
});
