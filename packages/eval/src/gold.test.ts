import { readFileSync } from "node:fs";
import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";
import { buildBrief } from "../scripts/gold-spec.js";
import { buildSeed } from "../scripts/gold/blinken-beijing.js";
import { specs } from "../scripts/gold/index.js";
import { goldDir, loadGoldSet, readGoldText, SEED_SLUG, serializeGold } from "./gold.js";

const gold = loadGoldSet();

describe("the gold set", () => {
  it("holds the seed and at least eight more articles", () => {
    expect(gold[0]?.slug).toBe(SEED_SLUG);
    expect(gold.length).toBeGreaterThanOrEqual(9);
    expect(gold.map((g) => g.slug).sort()).toEqual([SEED_SLUG, ...specs.map((s) => s.slug)].sort());
  });

  it.each(gold.map((g) => [g.slug, g.brief] as const))("%s parses, verifies and attributes every quote (format 1.1)", (_slug, brief) => {
    expect(safeParseBrief(brief).problems).toBeUndefined();
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(brief.schemaVersion).toBe("1.1");
    expect(brief.provenance).toEqual({ method: "written", by: "diplo-brief evaluation set", reviewed: true });
    expect(brief.quotes.length).toBeGreaterThan(0);
    for (const quote of brief.quotes) {
      expect(quote.attribution, quote.id).toBeDefined();
      expect(quote.attribution?.cue?.text, quote.id).toBe(quote.cue);
      expect(quote.attribution?.source?.length, quote.id).toBeGreaterThan(0);
    }
  });

  it("reads the seed's text from core, byte for byte, and stores none of it beside the gold brief", () => {
    const seed = gold.find((g) => g.slug === SEED_SLUG)?.brief;
    expect(seed?.article.text).toBe(blinkenBeijing.article.text);
    const stored = JSON.parse(readFileSync(new URL(`${SEED_SLUG}.brief.json`, goldDir), "utf8")) as { article: object };
    expect(stored.article).not.toHaveProperty("text");
  });

  it.each(specs.map((s) => [s.slug] as const))("%s: the brief's text is the .txt beside it", (slug) => {
    expect(gold.find((g) => g.slug === slug)?.brief.article.text).toBe(readGoldText(slug));
  });

  it("is what the specs build (run `npm run gold` after editing a spec)", () => {
    for (const spec of specs) {
      const onDisk = readFileSync(new URL(`${spec.slug}.brief.json`, goldDir), "utf8");
      expect(onDisk, spec.slug).toBe(serializeGold(buildBrief(spec, readGoldText(spec.slug))));
    }
    const { text: _text, ...article } = buildSeed().article;
    expect(readFileSync(new URL(`${SEED_SLUG}.brief.json`, goldDir), "utf8")).toBe(serializeGold({ ...buildSeed(), article }));
  });

  it("keeps core's seed brief and only adds to it", () => {
    const seed = buildSeed();
    expect(seed.entities).toEqual(blinkenBeijing.entities);
    expect(seed.events).toEqual(blinkenBeijing.events);
    expect(seed.issues).toEqual(blinkenBeijing.issues);
    const ids = seed.quotes.map((q) => q.id);
    for (const quote of blinkenBeijing.quotes) expect(ids).toContain(quote.id);
    expect(seed.quotes.length).toBeGreaterThan(blinkenBeijing.quotes.length);
  });
});
