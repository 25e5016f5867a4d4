import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { generateBrief, mulberry32, splitItems } from "../src/generate-brief.js";

const sizes = [0, 1, 2, 3, 4, 5, 8, 13, 50, 100, 500, 2000];

describe("generateBrief", () => {
  it.each(sizes)("makes a valid, grounded brief of %i items", (items) => {
    const brief = generateBrief({ items, seed: 7 });
    const parsed = safeParseBrief(brief);
    expect(parsed.problems ?? []).toEqual([]);
    const report = verifyBrief(brief);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const counts = splitItems(items);
    expect({
      entities: brief.entities.length,
      issues: brief.issues.length,
      quotes: brief.quotes.length,
      events: brief.events.length,
    }).toEqual(counts);
    expect(brief.entities.length + brief.issues.length + brief.quotes.length + brief.events.length).toBe(items);
  });

  it("is valid and grounded for other seeds too", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const brief = generateBrief({ items: 60 + seed, seed });
      expect(safeParseBrief(brief).problems ?? [], `seed ${seed}`).toEqual([]);
      expect(verifyBrief(brief).problems, `seed ${seed}`).toEqual([]);
    }
  });

  it("is deterministic: the same arguments give the same brief, another seed another", () => {
    const a = JSON.stringify(generateBrief({ items: 300, seed: 11 }));
    expect(JSON.stringify(generateBrief({ items: 300, seed: 11 }))).toBe(a);
    expect(JSON.stringify(generateBrief({ items: 300, seed: 12 }))).not.toBe(a);
    const random = mulberry32(5);
    const again = mulberry32(5);
    const draws = Array.from({ length: 5 }, () => random());
    expect(Array.from({ length: 5 }, () => again())).toEqual(draws);
    for (const value of draws) expect(value >= 0 && value < 1).toBe(true);
  });

  it("splits items as asked, whatever the size", () => {
    for (let items = 0; items <= 300; items++) {
      const counts = splitItems(items);
      expect(counts.entities + counts.issues + counts.quotes + counts.events).toBe(items);
      for (const count of Object.values(counts)) expect(count).toBeGreaterThanOrEqual(0);
      if (counts.quotes > 0) expect(counts.entities).toBeGreaterThan(0);
    }
    expect(splitItems(4000).events).toBe(1000);
  });

  it("has realistic shapes", () => {
    const brief = generateBrief({ items: 1000, seed: 3 });
    const kinds = new Map<string, number>();
    for (const entity of brief.entities) kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + 1);
    expect(kinds.get("person")).toBeGreaterThan(brief.entities.length / 2);
    for (const kind of ["country", "organization", "place", "group"]) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
    expect(brief.entities.some((e) => e.unnamed === true)).toBe(true);
    expect(brief.entities.filter((e) => e.roles.some((r) => r.of !== undefined)).length).toBeGreaterThan(50);
    expect(brief.entities.filter((e) => e.aliases.length > 0).length).toBeGreaterThan(100);
    expect(brief.entities.some((e) => e.evidence.length > 1)).toBe(true);

    const perSpeaker = new Map<string, number>();
    for (const quote of brief.quotes) perSpeaker.set(quote.speaker, (perSpeaker.get(quote.speaker) ?? 0) + 1);
    expect(brief.quotes.length / perSpeaker.size).toBeGreaterThanOrEqual(3);
    const modes = new Set(brief.quotes.map((q) => q.mode));
    expect([...modes].sort()).toEqual(["direct", "indirect"]);

    const statuses = new Set(brief.events.map((e) => e.status));
    expect(statuses.size).toBeGreaterThanOrEqual(6);
    const dated = brief.events.filter((e) => e.when?.date);
    const undated = brief.events.filter((e) => e.when && !e.when.date);
    expect(dated.length).toBeGreaterThan(50);
    expect(undated.length).toBeGreaterThan(20);
    expect(brief.events.some((e) => !e.when)).toBe(true);
    const years = new Set(dated.map((e) => e.when?.date?.value.slice(0, 4)));
    expect(years.size).toBeGreaterThan(15);
    const lengths = new Set(dated.map((e) => e.when?.date?.value.length));
    expect([...lengths].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([4, 7, 10]);
    for (const event of dated) expect(event.when?.date?.basis).toBe("stated");

    expect(brief.issues.every((i) => i.parties.length > 0)).toBe(true);
    expect(brief.article.text.length).toBeGreaterThan(50_000);
  });

  it("points each item's evidence at the text that names it", () => {
    const brief = generateBrief({ items: 400, seed: 9 });
    const { text } = brief.article;
    for (const entity of brief.entities) {
      for (const span of entity.evidence) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
        expect([entity.name, ...entity.aliases].some((name) => span.text.includes(name)), entity.id).toBe(true);
      }
    }
    for (const quote of brief.quotes) {
      expect(quote.evidence.some((span) => span.text.includes(quote.cue))).toBe(true);
      if (quote.mode === "direct") expect(quote.evidence.some((span) => span.text.includes(`\u201C${quote.text}`))).toBe(true);
    }
    for (const event of brief.events) {
      if (event.when) expect(event.evidence.some((span) => span.text.includes(event.when?.text ?? "\0"))).toBe(true);
    }
  });
});
