import { readFileSync } from "node:fs";
import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";

const articleFile = readFileSync(new URL("./blinken-beijing.txt", import.meta.url), "utf8");
const { article, entities, quotes, events, issues } = blinkenBeijing;
const entity = (id: string) => entities.find((e) => e.id === id);

describe("the Blinken in Beijing brief", () => {
  it("is built over the article text byte for byte", () => {
    expect(article.text).toBe(articleFile);
    expect(article.text).toContain("\u00a0");
    expect(article.text).toContain("“");
  });

  it("validates and verifies clean", () => {
    expect(safeParseBrief(structuredClone(blinkenBeijing)).success).toBe(true);
    expect(verifyBrief(blinkenBeijing).problems).toEqual([]);
  });

  it("prints the headline and dateline that stand in the text", () => {
    expect(article.text).toContain(article.headline);
    expect(article.text).toContain(`| ${article.dateline} |`);
  });

  it("has every passage in quotation marks as a direct quote with its speaker", () => {
    const speakers: Record<string, string> = {
      "Hope this meeting": "hua-chunying",
      "I’m hoping": "joe-biden",
      "There’s a recognition": "senior-state-department-official",
      "That we are at": "senior-state-department-official",
      "Both sides are": "us-official",
    };
    const passages = [...article.text.matchAll(/“([^”]+)”/g)].map((m) => (m[1] as string).replace(/,$/, ""));
    expect(passages).toHaveLength(Object.keys(speakers).length);
    const direct = quotes.filter((q) => q.mode === "direct");
    expect(direct.map((q) => q.text).sort()).toEqual([...passages].sort());
    for (const quote of direct) {
      const opening = Object.keys(speakers).find((start) => quote.text.startsWith(start)) as string;
      expect(quote.speaker, quote.text).toBe(speakers[opening]);
    }
  });

  it("represents unnamed sources as unnamed speakers", () => {
    for (const id of ["senior-state-department-official", "us-official"]) {
      expect(entity(id)).toMatchObject({ kind: "person", unnamed: true });
      expect(quotes.some((q) => q.speaker === id)).toBe(true);
    }
    expect(entity("us-official")?.name).toBe("one U.S. official");
  });

  it("names every person with the role the article gives", () => {
    const people: [string, string, string?][] = [
      ["Antony Blinken", "Secretary of State", "united-states"],
      ["Qin Gang", "Foreign Minister", "china"],
      ["Hua Chunying", "assistant foreign minister", "china"],
      ["Wang Yi", "top diplomat", "china"],
      ["Xi Jinping", "President", "china"],
      ["Joe Biden", "President", "united-states"],
      ["Janet Yellen", "Treasury Secretary"],
      ["Gina Raimondo", "Commerce Secretary"],
    ];
    for (const [name, title, of] of people) {
      const person = entities.find((e) => e.name === name);
      expect(person?.kind, name).toBe("person");
      expect(person?.roles).toContainEqual(of ? { title, of } : { title });
    }
  });

  it("has every named country, place and organisation", () => {
    const expected: [string, string][] = [
      ["United States", "country"],
      ["China", "country"],
      ["North Korea", "country"],
      ["Beijing", "place"],
      ["Washington", "place"],
      ["Tokyo", "place"],
      ["Bali", "place"],
      ["Taiwan", "place"],
      ["Diaoyutai State Guest House", "place"],
      ["State Department", "organization"],
      ["Group of 20", "organization"],
      ["Reuters", "organization"],
    ];
    for (const [name, kind] of expected) expect(entities.find((e) => e.name === name)?.kind, name).toBe(kind);
  });

  it("reports events in every status the article uses", () => {
    const statuses = new Set(events.map((e) => e.status));
    expect([...statuses].sort()).toEqual(["expected", "occurred", "ongoing", "possible", "postponed"]);
    expect(events.find((e) => e.id === "february-trip-postponed")?.status).toBe("postponed");
  });

  it("dates only what the article dates: the dateline contradicts the body", () => {
    // Written on a Friday yet reporting meetings that "began … on Sunday" and a stay "through
    // Monday" still under way: no relative day, month or season can be resolved from it.
    expect(article.dateNote).toMatch(/dateline/i);
    const dated = events.filter((e) => e.when?.date);
    for (const event of dated) {
      expect(event.when?.date?.basis).toBe("stated");
      expect(event.when?.text).toContain(event.when?.date?.value.slice(0, 4));
    }
    for (const event of events.filter((e) => e.when && !/\b\d{4}\b/.test(e.when.text))) {
      expect(event.when?.date, event.id).toBeUndefined();
    }
    expect(dated.map((e) => e.id)).toEqual(["biden-takes-office"]);
  });

  it("covers each point of dispute and cooperation the article names", () => {
    const titles = issues.map((i) => i.title.toLowerCase()).join(" | ");
    for (const topic of ["taiwan", "trade", "semiconductor", "human rights", "detained", "fentanyl", "commercial flights", "military", "balloon", "north korea", "communication"]) {
      expect(titles, topic).toContain(topic);
    }
  });
});
