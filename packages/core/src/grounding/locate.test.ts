import { locate } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";

const article = blinkenBeijing.article.text;
const at = (phrase: string) => article.indexOf(phrase);

describe("locate", () => {
  it("finds an excerpt exactly, as the article's own slice", () => {
    const phrase = "Biden said he did not think the Chinese leadership knew much";
    expect(locate(article, phrase)).toEqual({
      start: at(phrase),
      end: at(phrase) + phrase.length,
      text: phrase,
      match: "exact",
      score: 1,
    });
  });

  it("ignores the excerpt's surrounding whitespace", () => {
    expect(locate(article, "  Biden said he did not think \n")?.text).toBe("Biden said he did not think");
  });

  it("tolerates straight for curly quotation marks and apostrophes, and returns the article's characters", () => {
    const found = locate(article, "\"I'm hoping that, over the next several months, I'll be meeting with Xi again");
    expect(found?.match).toBe("typographic");
    expect(found?.text).toBe("“I’m hoping that, over the next several months, I’ll be meeting with Xi again");
  });

  it("tolerates any run of visible whitespace, NBSP included, and any dash for a hyphen", () => {
    const text = "Talks on the U.S.\u00A0–\u00A0China   relationship resumed.";
    const found = locate(text, "U.S. - China relationship");
    expect(found).toMatchObject({ match: "typographic", start: 13, text: "U.S.\u00A0–\u00A0China   relationship" });
  });

  it("never calls a change of case, punctuation or an invisible character typographic", () => {
    const sentence = "Blinken’s primary goal was to establish open and durable communication channels";
    for (const changed of [sentence.replace("Blinken", "blinken"), sentence.replace("goal was", "goal, was"), sentence.replace("open", "op\u200Ben")]) {
      expect(locate(article, changed, { tolerance: "typographic" })).toBeNull();
      expect(locate(article, changed)?.match).toBe("fuzzy");
    }
  });

  it("aligns words fuzzily above the threshold, and reports the share found", () => {
    const found = locate(article, "Speaking to reporters on Sunday about the balloon incident in February, Biden said");
    expect(found).toMatchObject({ match: "fuzzy", text: "Speaking with reporters on Sunday about the balloon incident in February, Biden said" });
    expect(found?.score).toBeCloseTo(12 / 13);
    expect(locate(article, "Speaking to reporters on Sunday about the balloon incident in February, Biden said", { threshold: 0.95 })).toBeNull();
  });

  it("does not gather scattered words into a match", () => {
    // Every word is in the article, but nowhere together.
    expect(locate(article, "Xi balloon Qin reporters durable Beijing")).toBeNull();
  });

  it("returns null for what the article does not say, and for nothing at all", () => {
    expect(locate(article, "The penguins of Antarctica voted on Friday")).toBeNull();
    expect(locate(article, "   ")).toBeNull();
    expect(locate(article, "")).toBeNull();
    expect(locate(42 as never, "x")).toBeNull();
    expect(locate(article, null as never)).toBeNull();
  });

  it("prefers the occurrence nearest a position, else the first", () => {
    const text = "Blinken met Qin. Later, Blinken met Wang. Then Blinken left.";
    expect(locate(text, "Blinken")?.start).toBe(0);
    expect(locate(text, "Blinken", { near: 30 })?.start).toBe(24);
    expect(locate(text, "Blinken", { near: 60 })?.start).toBe(47);
    expect(locate(text, "blinken met", { near: 30 })).toMatchObject({ start: 24, match: "fuzzy" });
  });

  it("keeps to whole words when asked", () => {
    const text = "He said aid would follow.";
    expect(locate(text, "aid")?.start).toBe(4);
    expect(locate(text, "aid", { wholeWords: true })?.start).toBe(8);
    expect(locate("He said it.", "aid", { wholeWords: true })).toBeNull();
  });

  it("stops at the tolerance it is given", () => {
    expect(locate(article, "Blinken's visit", { tolerance: "exact" })).toBeNull();
    expect(locate(article, "Blinken's visit", { tolerance: "typographic" })?.match).toBe("typographic");
  });

  it("reads scripts written without spaces character by character", () => {
    const text = "外交部发言人华春莹表示，希望这次访问取得成果。";
    expect(locate(text, "华春莹表示")).toMatchObject({ match: "exact", start: 6 });
    expect(locate(text, "华春莹说希望这次访问")?.match).toBe("fuzzy");
  });
});
