import { type Brief, toJsonLd } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";
import { seedCopy } from "../testing/seed-copy.js";

type Node = Record<string, unknown> & { "@type"?: string; "@id"?: string };

const graphOf = (brief: Brief): Node[] => toJsonLd(brief)["@graph"] as unknown as Node[];
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((ref) => (ref as Node)["@id"] as string);

describe("toJsonLd", () => {
  const graph = graphOf(blinkenBeijing);
  const byId = new Map(graph.map((node) => [node["@id"], node]));
  const ofType = (type: string) => graph.filter((node) => node["@type"] === type);

  it("is a schema.org graph with one NewsArticle", () => {
    expect(toJsonLd(blinkenBeijing)["@context"]).toBe("https://schema.org");
    const [article, ...others] = ofType("NewsArticle");
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      headline: blinkenBeijing.article.headline,
      inLanguage: "en",
      datePublished: blinkenBeijing.article.published,
      publisher: { "@type": "Organization", name: "Reuters" },
    });
  });

  it("has a node per entity, typed by kind, and every reference resolves in the graph", () => {
    const typeOf: Record<string, string> = { person: "Person", country: "Country", place: "Place", organization: "Organization", group: "Organization" };
    for (const entity of blinkenBeijing.entities) {
      const node = byId.get(`#${entity.id}`);
      expect(node?.["@type"], entity.id).toBe(typeOf[entity.kind]);
      expect(node?.name).toBe(entity.name);
    }
    const referenced = graph.flatMap((node) =>
      ["about", "mentions", "spokenByCharacter", "location", "attendee", "affiliation", "isPartOf", "subjectOf"].flatMap((key) => ids(node[key])),
    );
    expect(referenced.length).toBeGreaterThan(50);
    for (const id of referenced) expect(byId.has(id), id).toBe(true);
  });

  it("splits entities between about (issue parties) and mentions, without overlap or loss", () => {
    const [article] = ofType("NewsArticle");
    const about = ids(article?.about);
    const mentions = ids(article?.mentions);
    expect(about).toContain("#united-states");
    expect(about).toContain("#china");
    expect(about.filter((id) => mentions.includes(id))).toEqual([]);
    expect([...about, ...mentions].sort()).toEqual(blinkenBeijing.entities.map((e) => `#${e.id}`).sort());
  });

  it("has a Quotation with its speaker for each direct quote, and none for paraphrases", () => {
    const quotations = ofType("Quotation");
    const direct = blinkenBeijing.quotes.filter((q) => q.mode === "direct");
    expect(quotations.map((q) => [q.text, ids(q.spokenByCharacter)[0]])).toEqual(direct.map((q) => [q.text, `#${q.speaker}`]));
  });

  it("dates only the events the brief dates, and keeps their status", () => {
    const events = ofType("Event");
    expect(events).toHaveLength(blinkenBeijing.events.length);
    const dated = events.filter((e) => "startDate" in e);
    expect(dated.map((e) => [e["@id"], e.startDate])).toEqual(
      blinkenBeijing.events.filter((e) => e.when?.date).map((e) => [`#${e.id}`, e.when?.date?.value]),
    );
    expect(byId.get("#february-trip-postponed")?.eventStatus).toBe("https://schema.org/EventPostponed");
    expect(ids(byId.get("#biden-xi-bali-talks")?.attendee)).toEqual(["#joe-biden", "#xi-jinping"]);
    expect(ids(byId.get("#biden-xi-bali-talks")?.location)).toEqual(["#bali"]);
  });

  it("turns Wikidata ids into URLs and anchors ids on the article URL when there is one", () => {
    const brief = seedCopy();
    brief.article.url = "https://example.com/news/blinken";
    const node = graphOf(brief as Brief).find((n) => n.name === "United States");
    expect(node?.["@id"]).toBe("https://example.com/news/blinken#united-states");
    expect(node?.sameAs).toEqual(["https://www.wikidata.org/wiki/Q30"]);
  });

  it("anchors ids on the article URL without its own fragment", () => {
    const brief = seedCopy();
    brief.article.url = "https://example.com/news/blinken?page=2#comments";
    const ids = graphOf(brief as Brief).map((n) => n["@id"]);
    expect(ids).toContain("https://example.com/news/blinken?page=2#united-states");
    for (const id of ids) expect(id?.split("#")).toHaveLength(2);
  });
});
