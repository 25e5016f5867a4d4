import { locate } from "@diplo-brief/core";
import { loadGoldSet, SEED_SLUG } from "@diplo-brief/eval/gold";
import { describe, expect, it } from "vitest";
import { ARTICLE_WORDS, locateWorkload } from "../src/locate-workload.js";

const gold = loadGoldSet();
const openTexts = gold.filter((g) => g.slug !== SEED_SLUG).map((g) => g.brief.article.text);
const seedText = gold.find((g) => g.slug === SEED_SLUG)?.brief.article.text ?? "";
const seeds = [1, 2, 3, 4, 5];

describe("locateWorkload", () => {
  it("builds an article of about 5,000 words from the openly licensed gold texts only", () => {
    const { article, words, texts } = locateWorkload(gold, 1);
    const counted = article.split(/\s+/).filter(Boolean).length;
    expect(words).toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(ARTICLE_WORDS);
    expect(counted).toBeLessThanOrEqual(ARTICLE_WORDS * 1.05);
    expect(texts).toBe(openTexts.length);
    for (const paragraph of article.split(/\n+/)) expect(openTexts.some((text) => text.includes(paragraph)), paragraph).toBe(true);
    for (const text of openTexts) expect(article).toContain(text.trim());
    const seedSentence = seedText.split("\n").find((line) => line.length > 80) ?? "";
    expect(seedSentence).not.toBe("");
    expect(article).not.toContain(seedSentence);
  });

  it.each(seeds)("with seed %i: a quarter of the excerpts absent, the rest found as the kind they claim", (seed) => {
    const { article, excerpts } = locateWorkload(gold, seed);
    expect(excerpts.length).toBeGreaterThanOrEqual(100);
    expect(excerpts.filter((e) => e.kind === "absent").length * 4).toBe(excerpts.length);
    for (const kind of ["exact", "typographic", "fuzzy"]) expect(excerpts.some((e) => e.kind === kind), kind).toBe(true);
    for (const { kind, text } of excerpts) {
      const found = locate(article, text, { wholeWords: true });
      if (kind === "absent") expect(found, text).toBeNull();
      else expect(found?.match, text).toBe(kind);
    }
  });

  it("has exact sentences and shorter phrases, and absent excerpts both from another article and garbled", () => {
    const { article, excerpts } = locateWorkload(gold, 1);
    const exact = excerpts.filter((e) => e.kind === "exact").map((e) => e.text.split(/\s+/).length);
    expect(Math.min(...exact)).toBeLessThanOrEqual(9);
    expect(Math.max(...exact)).toBeGreaterThanOrEqual(15);
    const absent = excerpts.filter((e) => e.kind === "absent");
    const fromSeed = absent.filter((e) => seedText.includes(e.text));
    expect(fromSeed.length).toBeGreaterThan(0);
    expect(fromSeed.length).toBeLessThan(absent.length);
    for (const { text } of excerpts.filter((e) => e.kind === "typographic")) expect(article).not.toContain(text);
  });

  it("is deterministic: the same seed gives the same workload, another seed other excerpts", () => {
    const a = locateWorkload(gold, 3);
    expect(locateWorkload(gold, 3)).toEqual(a);
    const b = locateWorkload(gold, 4);
    expect(b.article).toBe(a.article);
    expect(b.excerpts).not.toEqual(a.excerpts);
  });
});
