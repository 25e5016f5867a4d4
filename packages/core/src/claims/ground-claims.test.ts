import { type Brief, BriefClaims, BriefValidationError, groundClaims, keepGrounded, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type JsonBrief, seedCopy } from "../testing/seed-copy.js";

const article = blinkenBeijing.article;

/** The seed as claims: every span reduced to its words. */
function seedClaims(): JsonBrief {
  const { article: _, ...rest } = seedCopy();
  const words = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(words) : typeof value === "object" && value !== null ? ("start" in value && "end" in value && "text" in value ? { text: (value as { text: string }).text } : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, words(v)]))) : value;
  return words(rest) as JsonBrief;
}

const expectGrounded = (brief: Brief) => {
  expect(safeParseBrief(brief).problems).toBeUndefined();
  expect(verifyBrief(brief).problems).toEqual([]);
};

const entity = (id: string, name: string, excerpt: string, aliases: string[] = []) => ({ id, kind: "person", name, aliases, roles: [], evidence: [{ text: excerpt }] });
const claimsOf = (parts: Record<string, unknown>) => ({ entities: [], issues: [], quotes: [], events: [], ...parts });

describe("groundClaims", () => {
  it("grounds the seed's own claims whole: nothing dropped, every span exact", () => {
    const claims = seedClaims();
    expect(BriefClaims.safeParse(claims).success).toBe(true);
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(report.dropped).toEqual([]);
    expect(report.kept).toEqual(report.claimed);
    expect(report.claimed.quotes).toBe(blinkenBeijing.quotes.length);
    expect(report.matched.fuzzy + report.matched.typographic).toBe(0);
    expect(brief.quotes.map((q) => q.text)).toEqual(blinkenBeijing.quotes.map((q) => q.text));
  });

  it("drops what the article does not hold, and whatever needed it", () => {
    const claims = claimsOf({
      entities: [entity("qin-gang", "Qin Gang", "Chinese Foreign Minister Qin Gang"), entity("penguin", "Penguin", "The penguins of Antarctica")],
      quotes: [
        { id: "q", speaker: "penguin", mode: "indirect", text: "Penguins like fish", cue: "said", issues: [], evidence: [{ text: "Biden said he did not think the Chinese leadership knew much" }] },
      ],
      events: [{ id: "e", title: "Talks", kind: "talks", status: "occurred", participants: ["qin-gang", "penguin"], issues: [], evidence: [{ text: "Chinese Foreign Minister Qin Gang" }] }],
    });
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(brief.entities.map((e) => e.id)).toEqual(["qin-gang"]);
    expect(brief.events[0]?.participants).toEqual(["qin-gang"]);
    expect(report.dropped.map(({ path, code }) => [path, code])).toEqual([
      [["entities", 1, "evidence", 0], "not-found"],
      [["entities", 1], "no-evidence"],
      [["events", 0, "participants", 1], "depends-on-dropped"],
      [["quotes", 0], "depends-on-dropped"],
    ]);
  });

  it("reads junk leniently: nulls as absent, unknown fields and bad optional values left out, ids spelt as ids", () => {
    const claims = {
      entities: [
        { id: "Qin Gang", kind: "person", name: "Qin Gang", aliases: null, roles: [{ title: "Foreign Minister", of: 7 }], sameAs: ["javascript:alert(1)"], confidence: 0.9, evidence: [{ text: "Chinese Foreign Minister Qin Gang", start: 3 }] },
        { id: "x", kind: "alien", name: "X", evidence: [{ text: "X" }] },
        "Blinken",
        null,
      ],
      issues: "none",
      quotes: [{ id: "q", speaker: "Qin Gang", mode: "direct", text: "a", cue: "said", evidence: [{ text: "a" }, { text: "" }] }],
    };
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(brief.entities).toEqual([
      { id: "qin-gang", kind: "person", name: "Qin Gang", aliases: [], roles: [{ title: "Foreign Minister" }], sameAs: [], evidence: [{ start: article.text.indexOf("Chinese Foreign Minister Qin Gang"), end: article.text.indexOf("Chinese Foreign Minister Qin Gang") + 33, text: "Chinese Foreign Minister Qin Gang" }] },
    ]);
    expect(report.dropped.map(({ path, code }) => [path, code])).toEqual([
      [["entities", 0, "roles", 0, "of"], "invalid"],
      [["entities", 0, "sameAs", 0], "invalid"],
      [["entities", 0, "evidence", 0, "start"], "invalid"],
      [["entities", 0, "confidence"], "invalid"],
      [["entities", 1], "invalid"],
      [["entities", 2], "invalid"],
      [["entities", 3], "invalid"],
      [["issues"], "invalid"],
      [["quotes", 0, "evidence", 1], "invalid"],
      [["quotes", 0], "too-short"],
    ]);
    expect(report.claimed).toEqual({ entities: 4, issues: 0, quotes: 1, events: 0 });
  });

  it("refuses excerpts too short to point at anything", () => {
    const claims = claimsOf({ entities: [{ ...entity("qin-gang", "Qin Gang", "Q"), evidence: [{ text: "Q" }, { text: "—" }, { text: "Qin Gang" }] }] });
    const { brief, report } = groundClaims(article, claims);
    expect(brief.entities[0]?.evidence.map((span) => span.text)).toEqual(["Qin Gang"]);
    expect(report.dropped.map(({ path, code }) => [path, code])).toEqual([
      [["entities", 0, "evidence", 0], "too-short"],
      [["entities", 0, "evidence", 1], "too-short"],
    ]);
  });

  it("drops the later of two items with one id", () => {
    const claims = claimsOf({ entities: [entity("qin", "Qin Gang", "Qin Gang"), entity("qin", "Wang Yi", "Wang Yi")] });
    const { brief, report } = groundClaims(article, claims);
    expect(brief.entities.map((e) => e.name)).toEqual(["Qin Gang"]);
    expect(report.dropped).toMatchObject([{ path: ["entities", 1], id: "qin", code: "duplicate-id" }]);
  });

  it("mends from the article's own words: an entity's name where it is written, a quote's paragraph for its speaker", () => {
    const said = "“I’m hoping that, over the next several months, I’ll be meeting with Xi again";
    const claims = claimsOf({
      entities: [entity("joe-biden", "Joe Biden", "Biden said", ["Biden"])],
      quotes: [{ id: "q", speaker: "joe-biden", mode: "direct", text: said.slice(1), cue: "said", issues: [], evidence: [{ text: said }] }],
    });
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(report.dropped).toEqual([]);
    expect(brief.entities[0]?.evidence.map((span) => span.text)).toContain("Joe Biden");
    // The paragraph takes the place of the sentence it holds, and is counted as mended, not matched.
    expect(brief.quotes[0]?.evidence.map((span) => span.text)).toEqual([expect.stringMatching(/^“I’m hoping that.*” Biden said\.$/)]);
    expect(report.mended).toBe(2);
    expect(report.matched).toEqual({ exact: 1, typographic: 0, fuzzy: 0 });
  });

  it("calls an entity by an alias the article writes when it never writes the name claimed", () => {
    const claims = claimsOf({ entities: [{ ...entity("usa", "United States of America", "Washington says", ["U.S.", "Washington"]), kind: "country" }] });
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(brief.entities[0]).toMatchObject({ name: "U.S.", aliases: ["United States of America", "Washington"] });
    expect(report.dropped).toEqual([]);
  });

  it("keeps a direct quote only inside the article's quotation marks, without the marks it was given", () => {
    const claims = claimsOf({
      entities: [entity("joe-biden", "Joe Biden", "President Joe Biden", ["Biden"])],
      quotes: [
        { id: "marked", speaker: "joe-biden", mode: "direct", text: "“I’ll be meeting with Xi again”", cue: "said", issues: [], evidence: [{ text: "I’ll be meeting with Xi again and talking about legitimate differences we have but also how there’s areas we can get along,” Biden said." }] },
        { id: "narration", speaker: "joe-biden", mode: "direct", text: "Biden said he did not think the Chinese leadership knew much", cue: "said", issues: [], evidence: [{ text: "Biden said he did not think the Chinese leadership knew much" }] },
      ],
    });
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(brief.quotes.map((q) => [q.id, q.text])).toEqual([["marked", "I’ll be meeting with Xi again"]]);
    expect(report.dropped).toMatchObject([{ path: ["quotes", 1], id: "narration", code: "not-quoted" }]);
  });

  it("keeps an attribution only when all its spans are found", () => {
    const base = seedClaims();
    const quote = base.quotes.find((q: JsonBrief) => q.mode === "direct");
    const speaker = base.entities.find((e: JsonBrief) => e.id === quote.speaker);
    const claims = claimsOf({ entities: [speaker], quotes: [{ ...quote, issues: [], event: undefined, setting: undefined, attribution: { content: [{ text: quote.text }], cue: { text: "proclaimed loudly" } } }] });
    const { brief, report } = groundClaims(article, claims);
    expectGrounded(brief);
    expect(brief.quotes[0]?.attribution).toBeUndefined();
    expect(report.dropped.map(({ path, code }) => [path, code])).toEqual([
      [["quotes", 0, "attribution", "cue", 0], "not-found"],
      [["quotes", 0, "attribution"], "not-found"],
      // Only the speaker was claimed: the role's "of" names an entity that is not there.
      [["entities", 0, "roles", 0, "of"], "dangling-reference"],
    ]);
  });

  it("gives an empty brief, never an exception, for claims that are not claims", () => {
    for (const junk of [null, undefined, 42, "claims", [], [1, 2], { entities: { length: 4e9 } }]) {
      const { brief, report } = groundClaims(article, junk);
      expectGrounded(brief);
      expect(brief.entities.length + brief.issues.length + brief.quotes.length + brief.events.length).toBe(0);
      expect(report.dropped.length).toBeGreaterThan(0);
    }
  });

  it("throws a named error for an article that is not one", () => {
    expect(() => groundClaims({ ...article, language: "not a tag" }, seedClaims())).toThrow(BriefValidationError);
  });

  it("always gives a valid, grounded brief, whatever is changed in the claims", () => {
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      typeof value === "object" && value !== null ? [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]))] : [at];
    const all = paths(seedClaims()).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), fc.oneof(fc.jsonValue(), fc.constant(undefined))), { maxLength: 6 }), (changes) => {
        const claims = seedClaims();
        for (const [path, value] of changes) {
          let container = claims;
          for (const step of path.slice(0, -1)) container = typeof container === "object" && container !== null ? container[step] : undefined;
          if (typeof container === "object" && container !== null) container[path[path.length - 1] as string] = value;
        }
        const { brief, report } = groundClaims(article, claims);
        expectGrounded(brief);
        expect(report.kept.quotes).toBeLessThanOrEqual(report.claimed.quotes);
      }),
      { numRuns: 150 },
    );
  });
});

describe("keepGrounded", () => {
  it("removes what fails and what depends on it, leaving the brief given as it was", () => {
    const brief = seedCopy();
    const speaker = brief.quotes[0].speaker;
    const entity = brief.entities.findIndex((e: JsonBrief) => e.id === speaker);
    // Evidence that does not name them: the entity goes, then their quotes.
    const text = blinkenBeijing.article.text;
    brief.entities[entity].evidence = [{ start: 0, end: 5, text: text.slice(0, 5) }];
    const before = JSON.stringify(brief);
    const { brief: kept, dropped } = keepGrounded(brief as Brief);
    expectGrounded(kept);
    expect(JSON.stringify(brief)).toBe(before);
    expect(kept.entities.map((e) => e.id)).not.toContain(speaker);
    expect(kept.quotes.map((q) => q.speaker)).not.toContain(speaker);
    expect(dropped[0]).toMatchObject({ path: ["entities", entity], id: speaker, code: "ungrounded" });
    expect(dropped.filter((d) => d.code === "depends-on-dropped" && d.path[0] === "quotes").length).toBe(blinkenBeijing.quotes.filter((q) => q.speaker === speaker).length);
  });
});
