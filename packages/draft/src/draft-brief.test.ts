import { SCHEMA_VERSION, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { BlankArticleError, DraftInputError, draftBrief } from "@diplo-brief/draft";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const seed = blinkenBeijing.article.text;

const expectGrounded = (text: string, language?: string) => {
  const { brief } = draftBrief({ text, ...(language ? { language } : {}) });
  const parsed = safeParseBrief(brief);
  expect(parsed.problems).toBeUndefined();
  expect(verifyBrief(brief).problems).toEqual([]);
  return brief;
};

describe("draftBrief on the seed article", () => {
  const { brief, report } = draftBrief({ text: seed, headline: blinkenBeijing.article.headline, source: "Reuters" });
  const nameOf = (id: string) => brief.entities.find((e) => e.id === id)?.name;

  it("makes a brief that validates and is grounded, at format 1.1, saying it was drafted and not reviewed", () => {
    expect(safeParseBrief(brief).success).toBe(true);
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(brief.schemaVersion).toBe(SCHEMA_VERSION);
    expect(brief.provenance).toMatchObject({ method: "drafted", reviewed: false });
    expect(brief.provenance?.by).toMatch(/^@diplo-brief\/draft \d+\.\d+\.\d+/);
  });

  it("finds all five direct quotes, each with its speaker", () => {
    const direct = brief.quotes.filter((q) => q.mode === "direct");
    const speakers = direct.map((q) => [q.text.slice(0, 20), nameOf(q.speaker)]);
    expect(speakers).toEqual([
      ["Hope this meeting ca", "Hua Chunying"],
      ["I’m hoping that, ove", "Joe Biden"],
      ["There’s a recognitio", "a senior State Department official"],
      ["That we are at an im", "a senior State Department official"],
      ["Both sides are well ", "one U.S. official"],
    ]);
    // "the official" is the senior official of the paragraph before; "one U.S. official" is someone else.
    expect(direct[2]?.speaker).toBe(direct[3]?.speaker);
    expect(direct[4]?.speaker).not.toBe(direct[2]?.speaker);
    expect(brief.entities.find((e) => e.id === direct[4]?.speaker)?.unnamed).toBe(true);
  });

  it("gives every quote its attribution spans: content, cue and source", () => {
    const hua = brief.quotes.find((q) => nameOf(q.speaker) === "Hua Chunying");
    expect(hua?.attribution?.content.map((c) => c.text)).toEqual([
      "“Hope this meeting can help steer China-U.S. relations back to what the two Presidents agreed upon in Bali”",
    ]);
    expect(hua?.attribution?.cue?.text).toBe("tweeted");
    expect(hua?.attribution?.source?.map((s) => s.text)).toEqual(["Chinese assistant foreign minister Hua Chunying"]);
    const official = brief.quotes.find((q) => q.text.startsWith("There’s a recognition"));
    expect(official?.cue).toBe("told reporters");
    expect(official?.attribution?.cue?.text).toBe("told");
  });

  it("resolves a pronoun to its antecedent and includes the sentence that names them", () => {
    const detained = brief.quotes.find((q) => q.text.startsWith("he would also be raising"));
    expect(nameOf(detained?.speaker ?? "")).toBe("Antony Blinken");
    expect(detained?.attribution?.source?.[0]?.text).toBe("He");
    expect(detained?.evidence.some((e) => e.text.includes("Blinken"))).toBe(true);
  });

  it("finds people with their roles, and countries by their names and demonyms", () => {
    const qin = brief.entities.find((e) => e.name === "Qin Gang");
    expect(qin?.aliases).toContain("Qin");
    expect(qin?.roles).toEqual([{ title: "Foreign Minister", of: "china" }]);
    expect(brief.entities.find((e) => e.name === "China")?.aliases).toContain("Chinese");
    expect(brief.entities.find((e) => e.name === "Antony Blinken")?.aliases).toEqual(["Blinken"]);
  });

  it("dates only what the article states: January 2021, never a weekday against the contradicting dateline", () => {
    const dated = brief.events.filter((e) => e.when?.date);
    expect(dated.map((e) => [e.when?.text, e.when?.date])).toEqual([["in January 2021", { value: "2021-01", basis: "stated" }]]);
  });

  it("reports what it found, what it skipped and how long each stage took", () => {
    expect(report.language).toEqual({ tag: "en", supported: true });
    expect(report.found.directQuotes).toBe(5);
    expect(report.found.quotes).toBe(brief.quotes.length);
    expect(report.skipped).toContainEqual(expect.objectContaining({ stage: "entities", text: "Indonesian" }));
    expect(report.timings.map((t) => t.stage)).toEqual(["read", "entities", "attributions", "events", "issues", "assemble", "check"]);
  });

  it("is deterministic", () => {
    expect(draftBrief({ text: seed, headline: blinkenBeijing.article.headline, source: "Reuters" }).brief).toEqual(brief);
  });
});

describe("draftBrief on any input", () => {
  it.each([["empty", ""], ["spaces and line breaks", " \n\t\u00a0"], ["zero-width characters", "\u200B\uFEFF"]])("refuses text that is %s with BlankArticleError", (_, text) => {
    expect(() => draftBrief({ text })).toThrow(BlankArticleError);
    expect(() => draftBrief({ text })).toThrow("The article text is blank: there is nothing to draft a brief from.");
  });

  it("refuses a field the brief format would refuse, naming it", () => {
    expect(() => draftBrief({ text: "Talks began.", published: "2021-02-31" })).toThrow(DraftInputError);
    expect(() => draftBrief({ text: "Talks began.", published: "2021-02-31" })).toThrow("published: must be a date that exists, as YYYY-MM-DD, got the string '2021-02-31'");
    expect(() => draftBrief({ text: "Talks began.", url: "javascript:alert(1)" })).toThrow(/url: must be an http:\/\/ or https:\/\/ URL/);
    expect(() => draftBrief({ text: 42 } as never)).toThrow("The article cannot be drafted: text: expected the article's text, a string");
  });

  it.each([
    ["no punctuation", "officials from both countries met in the capital and the minister said talks would continue next week"],
    ["lone surrogates", "The minister \uD800 said: “We \uDC00 will talk.” \uD83D"],
    ["HTML markup", "<p>The <b>minister</b> said: “We will <i>talk</i> again soon,” she added.</p><script>alert(1)</script>"],
    ["an unclosed quotation", "The minister said: “We will talk again and again and again"],
    ["only marks", "“”“”\"\"«»"],
  ])("drafts a valid, grounded brief from text with %s", (_, text) => {
    expectGrounded(text);
  });

  it("drafts what it can from an article in a language it does not support, and says so", () => {
    const text = "Le ministre Jean Dupont a déclaré : « Nous poursuivrons le dialogue avec Pékin. » La rencontre a eu lieu à Paris.";
    const { brief, report } = draftBrief({ text, language: "fr" });
    expect(report.language).toEqual({ tag: "fr", supported: false });
    expect(report.notes[0]).toMatch(/'fr', is not supported/);
    expect(verifyBrief(brief).ok).toBe(true);
    expect(brief.entities.map((e) => e.name)).toContain("Jean Dupont");
  });

  it("drafts 5 MB of text", { timeout: 120_000 }, () => {
    const text = `${seed}\n\n`.repeat(Math.ceil(5_000_000 / seed.length)).slice(0, 5_000_000);
    const brief = expectGrounded(text);
    expect(brief.quotes.length).toBeGreaterThan(100);
  });

  it("always drafts a valid, grounded brief, whatever the text", () => {
    const words = fc.constantFrom("said", "Blinken", "the", "official", "“", "”", '"', "he", ",", ".", "\n\n", "told", "reporters", "China", "talks", "in", "January 2021", "according", "to", "Minister", "Qin", "Gang", "\u00a0", "’s");
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join(" ");
        fc.pre(/[^\s\p{Default_Ignorable_Code_Point}]/u.test(text));
        expectGrounded(text);
      }),
      { numRuns: 150 },
    );
  });
});
