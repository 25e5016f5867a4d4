import { locate } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const article = blinkenBeijing.article.text;
/** Typography folded by hand, independently of the code under test. */
const typographic = (text: string): string => text.replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[‐-―−]/g, "-");
const words = [...article.matchAll(/[\p{L}\p{N}]+/gu)];

describe("locate, property-tested", () => {
  it("always finds a substring as exact, at a place that reads the same", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), fc.nat(), fc.nat({ max: 120 }), (text, from, length) => {
        const start = from % text.length;
        const excerpt = text.slice(start, start + 1 + length);
        fc.pre(excerpt.trim().length > 0);
        const found = locate(text, excerpt);
        expect(found?.match).toBe("exact");
        expect(found?.text).toBe(excerpt.trim());
        expect(text.slice(found?.start, found?.end)).toBe(excerpt.trim());
      }),
    );
  });

  it("finds any run of the seed's words as exact", () => {
    fc.assert(
      fc.property(fc.nat({ max: words.length - 1 }), fc.integer({ min: 1, max: 30 }), (first, count) => {
        const last = words[Math.min(words.length - 1, first + count - 1)] as RegExpExecArray;
        const start = (words[first] as RegExpExecArray).index;
        const excerpt = article.slice(start, last.index + last[0].length);
        expect(locate(article, excerpt)).toMatchObject({ match: "exact", start: article.indexOf(excerpt), text: excerpt });
      }),
    );
  });

  it("never reports an excerpt with a changed word as exact or typographic", () => {
    fc.assert(
      fc.property(fc.nat({ max: words.length - 1 }), fc.integer({ min: 2, max: 25 }), fc.nat(), fc.stringMatching(/^[A-Za-z]{1,10}$/), (first, count, pick, replacement) => {
        const chosen = words.slice(first, first + count);
        fc.pre(chosen.length >= 2);
        const start = (chosen[0] as RegExpExecArray).index;
        const lastWord = chosen[chosen.length - 1] as RegExpExecArray;
        const word = chosen[pick % chosen.length] as RegExpExecArray;
        fc.pre(word[0] !== replacement);
        const excerpt = article.slice(start, word.index) + replacement + article.slice(word.index + word[0].length, lastWord.index + lastWord[0].length);
        // Unless the changed words happen to stand elsewhere in the article as they are.
        fc.pre(!typographic(article).includes(typographic(excerpt)));
        expect(["exact", "typographic"]).not.toContain(locate(article, excerpt)?.match);
      }),
    );
  });
});
