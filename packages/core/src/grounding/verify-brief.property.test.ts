import { findAllTolerant, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedCopy } from "../testing/seed-copy.js";

const article = blinkenBeijing.article.text;
const directQuotes = blinkenBeijing.quotes.flatMap((quote, index) => (quote.mode === "direct" ? [index] : []));
const invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F"];
const wordsOf = (text: string): RegExpExecArray[] => [...text.matchAll(/[\p{L}\p{N}]+/gu)];

describe("verifyBrief, property-tested on the seed", () => {
  it("fails whenever one word of a direct quote is replaced", () => {
    fc.assert(
      fc.property(fc.constantFrom(...directQuotes), fc.nat(), fc.stringMatching(/^[A-Za-z]{1,9}$/), (index, pick, replacement) => {
        const brief = seedCopy();
        const text: string = brief.quotes[index].text;
        const words = wordsOf(text);
        const word = words[pick % words.length] as RegExpExecArray;
        fc.pre(word[0] !== replacement);
        brief.quotes[index].text = text.slice(0, word.index) + replacement + text.slice(word.index + word[0].length);
        expect(verifyBrief(brief as never).ok).toBe(false);
      }),
    );
  });

  it("fails whenever an invisible character is inserted anywhere in a direct quote", () => {
    fc.assert(
      fc.property(fc.constantFrom(...directQuotes), fc.nat(), fc.constantFrom(...invisible), (index, at, character) => {
        const brief = seedCopy();
        const text: string = brief.quotes[index].text;
        const position = at % (text.length + 1);
        brief.quotes[index].text = text.slice(0, position) + character + text.slice(position);
        const codes = verifyBrief(brief as never).problems.map((p) => p.code);
        expect(codes).toEqual(["quote-not-in-article"]);
      }),
    );
  });

  it("passes whatever typography and visible spacing a direct quote is written with", () => {
    const space = fc.constantFrom(" ", "  ", "\u00A0", "\n", "\t", "\u2009", "\u202F");
    fc.assert(
      fc.property(fc.constantFrom(...directQuotes), fc.array(space, { minLength: 200, maxLength: 200 }), fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }), (index, spaces, straight) => {
        const brief = seedCopy();
        let s = 0;
        let q = 0;
        brief.quotes[index].text = (brief.quotes[index].text as string)
          .replace(/ /g, () => spaces[s++ % spaces.length] as string)
          .replace(/[’“”]/g, (mark) => (straight[q++ % straight.length] ? (mark === "’" ? "'" : '"') : mark));
        expect(verifyBrief(brief as never).problems).toEqual([]);
      }),
    );
  });

  it("passes a quote's evidence shifted only as far as its words stay inside, and fails it beyond", () => {
    const index = directQuotes[0] as number;
    const quote = blinkenBeijing.quotes[index];
    const span = quote?.evidence[0];
    if (!quote || !span) throw new Error("the seed has a direct quote with evidence");
    const occurrences = findAllTolerant(article, quote.text);
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 }), (shiftStart, shiftEnd) => {
        const start = Math.max(0, span.start + shiftStart);
        const end = Math.min(article.length, span.end + shiftEnd);
        const brief = seedCopy();
        brief.quotes[index].evidence = [{ start, end, text: article.slice(start, end) }];
        const codes = verifyBrief(brief as never).problems.map((p) => p.code);
        const inside = occurrences.some((range) => range.start >= start && range.end <= end);
        expect(codes.includes("quote-outside-evidence")).toBe(!inside);
      }),
    );
  });

  it("never finds a phrase that starts or ends inside a word of the article", () => {
    const words = wordsOf(article).filter((w) => w[0].length >= 4);
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(), fc.boolean(), (word, cut, atStart) => {
        const offset = 1 + (cut % (word[0].length - 2));
        // A piece of a word and the text after (or before) it, up to a sentence's length.
        const [start, end] = atStart
          ? [word.index + offset, Math.min(article.length, word.index + word[0].length + 30)]
          : [Math.max(0, word.index - 30), word.index + offset];
        const piece = article.slice(start, end);
        const found = findAllTolerant(article, piece);
        expect(found.some((range) => range.start === start)).toBe(false);
        expect(found.some((range) => range.end === end)).toBe(false);
      }),
    );
  });
});
