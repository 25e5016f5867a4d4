import { describe, expect, it } from "vitest";
import { ArticleText } from "./span.js";

const article = new ArticleText("He said it. She said it\u00a0too, said Ann.");

describe("ArticleText.span", () => {
  it("finds a unique phrase, typed with a plain space where the article has a no-break one", () => {
    expect(article.span("it too")).toEqual({ start: 21, end: 27, text: "it\u00a0too" });
  });

  it("refuses a phrase that occurs more than once, unless a context or nth says which", () => {
    expect(() => article.span("said")).toThrow(/occurs 3 times/);
    expect(article.span(["said", "said Ann"])).toEqual({ start: 29, end: 33, text: "said" });
    expect(article.span({ p: "said", nth: 1 })).toEqual({ start: 16, end: 20, text: "said" });
  });

  it("refuses a phrase the article does not hold, and a context that is not unique", () => {
    expect(() => article.span("says")).toThrow(/is not in the article/);
    expect(() => article.span(["said", "it"])).toThrow(/occurs 2 times, not once/);
  });
});
