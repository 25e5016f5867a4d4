import type { Brief, Quote } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { loadGoldSet } from "./gold.js";
import { greedyMatch } from "./match.js";
import { prf } from "./metrics.js";
import { renderReport, TARGETS } from "./report.js";
import { scoreArticle, totalScore } from "./score.js";

const gold = loadGoldSet();
const korea = gold.find((g) => g.slug === "north-korea-quasi-state-of-war")?.brief as Brief;
const seed = gold.find((g) => g.slug === "blinken-beijing")?.brief as Brief;

const empty = (brief: Brief): Brief => ({ ...brief, entities: [], issues: [], quotes: [], events: [] });
const withQuotes = (brief: Brief, quotes: Quote[]): Brief => ({ ...brief, quotes });
const quote = (brief: Brief, id: string): Quote => structuredClone(brief.quotes.find((q) => q.id === id) as Quote);
const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

describe("scoreArticle", () => {
  it.each(gold.map((g) => [g.slug, g.brief] as const))("scores %s against itself at 100% on every figure", (slug, brief) => {
    const s = scoreArticle(slug, brief, brief);
    for (const c of [s.attributions, s.contentTokens, s.source, s.cue, s.entities, s.events, s.issues]) {
      expect(prf(c)).toEqual({ precision: 1, recall: 1, f1: 1 });
    }
    expect(s.speaker).toEqual({ right: brief.quotes.length, of: brief.quotes.length });
    expect(s.inventedDates).toBe(0);
  });

  it("gives an empty draft no recall and no precision", () => {
    const s = scoreArticle("korea", empty(korea), korea);
    for (const c of [s.attributions, s.contentTokens, s.source, s.cue, s.entities, s.events, s.issues]) {
      expect(c.hits).toBe(0);
      expect(prf(c).recall).toBe(0);
    }
    expect(s.attributions.gold).toBe(korea.quotes.length);
    expect(s.speaker).toEqual({ right: 0, of: 0 });
  });

  it("still matches an attribution whose content is shifted by a few words, at a lower content-token F1", () => {
    const q = quote(korea, "north-korea-threat");
    const content = q.attribution?.content[0];
    if (!content || !q.attribution) throw new Error("fixture");
    // "it would attack …" shifted right by two words: "attack any loudspeakers … stop."
    const shifted = span(korea.article.text, content.start + "it would ".length, content.end + 1);
    q.attribution = { ...q.attribution, content: [shifted] };
    const s = scoreArticle("korea", withQuotes(korea, [q]), withQuotes(korea, [quote(korea, "north-korea-threat")]));
    expect(s.attributions.hits).toBe(1);
    const f1 = prf(s.contentTokens).f1;
    expect(f1).toBeLessThan(1);
    expect(f1).toBeGreaterThan(0.8);
  });

  it("does not match an attribution that shares less than half its content", () => {
    const q = quote(korea, "north-korea-threat");
    const content = q.attribution?.content[0];
    if (!content || !q.attribution) throw new Error("fixture");
    q.attribution = { ...q.attribution, content: [span(korea.article.text, content.start, content.start + 30)] };
    const s = scoreArticle("korea", withQuotes(korea, [q]), withQuotes(korea, [quote(korea, "north-korea-threat")]));
    expect(s.attributions.hits).toBe(0);
    expect(s.contentTokens.hits).toBe(0);
  });

  it("counts a wrong source or cue span as a miss, though the attribution matches", () => {
    const q = quote(korea, "north-korea-threat");
    const a = q.attribution;
    if (!a?.source?.[0] || !a.cue) throw new Error("fixture");
    const source = a.source[0];
    const cue = a.cue;
    // "North Korea" → "Korea"; "stated" → "stated it".
    q.attribution = { ...a, source: [span(korea.article.text, source.start + 6, source.end)], cue: span(korea.article.text, cue.start, cue.end + 3) };
    const s = scoreArticle("korea", withQuotes(korea, [q]), withQuotes(korea, [quote(korea, "north-korea-threat")]));
    expect(s.attributions.hits).toBe(1);
    expect(s.source).toEqual({ hits: 0, drafted: 1, gold: 1 });
    expect(s.cue).toEqual({ hits: 0, drafted: 1, gold: 1 });
  });

  it("reads a drafted quote without attribution by its evidence, and gives it no source or cue", () => {
    const q = quote(korea, "south-korea-broadcasts-continue");
    const { attribution: _attribution, ...bare } = q;
    const s = scoreArticle("korea", withQuotes(korea, [bare]), withQuotes(korea, [quote(korea, "south-korea-broadcasts-continue")]));
    expect(s.attributions.hits).toBe(1);
    expect(s.source).toEqual({ hits: 0, drafted: 0, gold: 1 });
    expect(prf(s.contentTokens).precision).toBeLessThan(1);
  });

  it("takes the speaker as right by name or alias, but an unnamed one only at the same mention", () => {
    const byAlias = quote(korea, "kcna-harsh-punishment");
    const draft: Brief = {
      ...withQuotes(korea, [{ ...byAlias, speaker: "kcna-alias" }]),
      entities: [...korea.entities, { id: "kcna-alias", kind: "organization", name: "KCNA", aliases: [], roles: [], evidence: [span(korea.article.text, korea.article.text.indexOf("said KCNA") + 5, korea.article.text.indexOf("said KCNA") + 9)] }],
    };
    expect(scoreArticle("korea", draft, withQuotes(korea, [quote(korea, "kcna-harsh-punishment")])).speaker).toEqual({ right: 1, of: 1 });

    // The seed's "one U.S. official" is not its "senior State Department official", whatever the draft calls them.
    const official = seed.entities.find((e) => e.id === "us-official");
    const other = seed.entities.find((e) => e.id === "senior-state-department-official");
    if (!official || !other) throw new Error("fixture");
    const misattributed: Brief = {
      ...withQuotes(seed, [{ ...quote(seed, "us-official-both-sides"), speaker: "official-x" }]),
      entities: [...seed.entities, { ...other, id: "official-x", aliases: [...other.aliases, official.name] }],
    };
    const s = scoreArticle("seed", misattributed, withQuotes(seed, [quote(seed, "us-official-both-sides")]));
    expect(s.attributions.hits).toBe(1);
    expect(s.speaker).toEqual({ right: 0, of: 1 });
    expect(s.directSpeaker).toEqual({ right: 0, of: 1 });
  });

  it("counts a stated date its time expression does not write as invented", () => {
    const draft = structuredClone(korea);
    const event = draft.events.find((e) => e.id === "loudspeaker-broadcasts");
    if (!event) throw new Error("fixture");
    event.when = { text: "on August 10", date: { value: "2015-08-10", basis: "stated" } };
    expect(scoreArticle("korea", draft, korea).inventedDates).toBe(1);
    event.when = { text: "on August 10", date: { value: "2015-08-10", basis: "dateline" } };
    expect(scoreArticle("korea", draft, korea).inventedDates).toBe(0);
  });

  it("refuses a draft of another text", () => {
    expect(() => scoreArticle("x", seed, korea)).toThrow(/another text/);
  });
});

describe("greedyMatch", () => {
  it("pairs one to one, best first, and never under the threshold", () => {
    const scores = [
      [0.9, 0.8],
      [0.85, 0.4],
    ];
    expect(greedyMatch(2, 2, (d, g) => scores[d]?.[g] ?? 0, 0.5)).toEqual([
      { drafted: 0, gold: 0, score: 0.9 },
    ]);
    expect(greedyMatch(2, 2, (d, g) => scores[d]?.[g] ?? 0, 0.3)).toEqual([
      { drafted: 0, gold: 0, score: 0.9 },
      { drafted: 1, gold: 1, score: 0.4 },
    ]);
  });
});

describe("totalScore and renderReport", () => {
  it("micro-averages: sums counts, so the total is not the mean of the articles' F1", () => {
    const a = scoreArticle("korea", korea, korea);
    const b = scoreArticle("seed", empty(seed), seed);
    const total = totalScore([a, b]);
    expect(total.attributions).toEqual({ hits: korea.quotes.length, drafted: korea.quotes.length, gold: korea.quotes.length + seed.quotes.length });
    expect(prf(total.attributions).recall).toBeCloseTo(korea.quotes.length / (korea.quotes.length + seed.quotes.length));
  });

  it("prints a row per article, the overall row, the targets and the seed's figures", () => {
    const scores = [scoreArticle("blinken-beijing", seed, seed), scoreArticle("korea", empty(korea), korea)];
    const report = renderReport(scores, totalScore(scores), { seed: "blinken-beijing", msPer1000Words: 12.345 });
    const rows = report.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatch(/^\| blinken-beijing \| 100\.0% \| 100\.0% \| 100\.0% \|/);
    expect(rows[3]).toMatch(/^\| korea \| 0\.0% \| 0\.0% \| 0\.0% \|/);
    expect(rows[4]).toMatch(/^\| \*\*overall \(micro\)\*\* \|/);
    for (const target of TARGETS) expect(report).toContain(`${target.label} ≥`);
    expect(report).toContain(`Seed (blinken-beijing): direct quotes with the right speaker 5 of 5 · entities ${seed.entities.length} of ${seed.entities.length}`);
    expect(report).toContain("invented dates 0");
    expect(report).toContain("12.35 ms per 1,000 words");
  });
});
