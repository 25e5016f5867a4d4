import { describe, expect, it } from "vitest";
import { foldTypographic, indexFor } from "./article-index.js";

describe("indexFor", () => {
  it("reads an article once for any number of locate calls in a row, and a new one afresh", () => {
    const article = "Blinken met Qin.";
    const index = indexFor(article);
    expect(indexFor(article)).toBe(index);
    expect(indexFor(`${article} `)).not.toBe(index);
  });
});

describe("foldTypographic", () => {
  it("folds quotes, dashes and whitespace runs, and maps each code unit back", () => {
    const text = "“U.S.\u00A0–\u00A0China”  talks";
    const folded = foldTypographic(text);
    expect(folded.text).toBe('"U.S. - China" talks');
    expect([...folded.offsets].map((at) => text[at])).toEqual([..."“U.S.\u00A0–\u00A0China” talks"]);
  });
});
