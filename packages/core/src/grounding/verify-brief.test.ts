import { findAllTolerant, parseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";
import { type JsonBrief, seedCopy } from "../testing/seed-copy.js";

const directIndex = (brief: JsonBrief, speaker: string): number =>
  brief.quotes.findIndex((q: JsonBrief) => q.mode === "direct" && q.speaker === speaker);

const messages = (brief: JsonBrief): string[] => verifyBrief(brief as never).problems.map((p) => p.message);

describe("verifyBrief", () => {
  it("finds the seed brief grounded and says how much it checked", () => {
    const report = verifyBrief(blinkenBeijing);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const spans = [...blinkenBeijing.entities, ...blinkenBeijing.issues, ...blinkenBeijing.quotes, ...blinkenBeijing.events]
      .flatMap((item) => item.evidence).length;
    expect(report.checked).toEqual({
      spans,
      directQuotes: blinkenBeijing.quotes.filter((q) => q.mode === "direct").length,
      entities: blinkenBeijing.entities.length,
    });
  });

  it("catches a direct quote altered by one word", () => {
    const brief = seedCopy();
    const i = directIndex(brief, "joe-biden");
    brief.quotes[i].text = brief.quotes[i].text.replace("legitimate differences", "serious differences");
    expect(messages(brief)).toEqual([`quotes[${i}].text: '${brief.quotes[i].text.slice(0, 60)}…' does not occur verbatim in the article`]);
  });

  it("catches an invented quote", () => {
    const brief = seedCopy();
    const i = directIndex(brief, "hua-chunying");
    brief.quotes[i].text = "We will never negotiate";
    expect(verifyBrief(brief as never).problems.map((p) => p.code)).toEqual(["quote-not-in-article"]);
  });

  it("tolerates straight quotes, apostrophes and collapsed whitespace in a direct quote", () => {
    const brief = seedCopy();
    const i = directIndex(brief, "joe-biden");
    const original: string = brief.quotes[i].text;
    brief.quotes[i].text = original.replaceAll("’", "'").replaceAll(" ", "  ");
    expect(brief.quotes[i].text).not.toBe(original);
    expect(verifyBrief(brief as never).ok).toBe(true);
  });

  it("does not tolerate a change of case or punctuation", () => {
    const brief = seedCopy();
    const i = directIndex(brief, "us-official");
    brief.quotes[i].text = brief.quotes[i].text.replace("Both sides", "both sides");
    expect(verifyBrief(brief as never).problems.map((p) => p.code)).toEqual(["quote-not-in-article"]);
    brief.quotes[i].text = seedCopy().quotes[i].text.replace("relationship.", "relationship;");
    expect(verifyBrief(brief as never).problems.map((p) => p.code)).toEqual(["quote-not-in-article"]);
  });

  it("catches a real quote attached to evidence elsewhere in the article", () => {
    const brief = seedCopy();
    const hua = directIndex(brief, "hua-chunying");
    const biden = directIndex(brief, "joe-biden");
    brief.quotes[hua].evidence = brief.quotes[biden].evidence;
    const problems = verifyBrief(brief as never).problems;
    // The borrowed span also lacks Hua's cue, "tweeted", and her name.
    expect(problems.map((p) => p.code)).toEqual(["cue-not-in-evidence", "speaker-not-in-evidence", "quote-outside-evidence"]);
    const found = problems[2];
    expect(found?.message).toMatch(new RegExp(`^quotes\\[${hua}\\]\\.evidence: the quoted words occur at \\d+–\\d+, outside every evidence span`));
  });

  it("catches an entity whose evidence does not name it", () => {
    const brief = seedCopy();
    brief.entities[0].evidence = brief.entities[1].evidence;
    expect(messages(brief)).toEqual([
      "entities[0].evidence[0]: names neither 'Antony Blinken' nor any alias of entity 'antony-blinken'",
      "entities[0].name: 'Antony Blinken' is written in none of the entity's evidence spans: an alias alone does not ground a name",
    ]);
  });

  it("catches an attribution cue or time expression the evidence does not contain", () => {
    const brief = seedCopy();
    brief.quotes[0].cue = "shouted";
    const dated = brief.events.findIndex((e: JsonBrief) => e.when?.date);
    brief.events[dated].when.text = "in March 2021";
    expect(verifyBrief(brief as never).problems.map((p) => `${p.code} ${p.path.join(".")}`)).toEqual([
      "cue-not-in-evidence quotes.0.cue",
      `when-not-in-evidence events.${dated}.when.text`,
      // And the stated date, January 2021, is not what "in March 2021" says.
      `date-not-written events.${dated}.when.date`,
    ]);
  });

  it("re-checks spans of a hand-built brief that skipped parsing", () => {
    const brief = seedCopy();
    brief.events[0].evidence[0].text = "U.S. Secretary of State Antony Blinken began meetings in Moscow";
    expect(verifyBrief(brief as never).problems.map((p) => p.code)).toEqual(["span-mismatch"]);
  });

  it("is what parseBrief's result feeds", () => {
    expect(verifyBrief(parseBrief(seedCopy())).ok).toBe(true);
  });
});

describe("findAllTolerant", () => {
  const text = "He said: “I’m  here”.\u00a0And\n“I’m here” again.";

  it("finds every occurrence, mapped back to the original offsets", () => {
    const ranges = findAllTolerant(text, "I'm here");
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["I’m  here", "I’m here"]);
  });

  it("matches across non-breaking spaces and line breaks", () => {
    const [range] = findAllTolerant(text, "”. And “I'm");
    expect(range && text.slice(range.start, range.end)).toBe("”.\u00a0And\n“I’m");
  });

  it("finds nothing for blank needles or absent words", () => {
    expect(findAllTolerant(text, "   ")).toEqual([]);
    expect(findAllTolerant(text, "I am here")).toEqual([]);
  });
});
