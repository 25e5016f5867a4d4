import { describe, expect, it } from "vitest";
import { spanOf } from "./spans.js";

const text = "Blinken met Qin.\n  Then they  talked. ";

describe("spanOf", () => {
  it("gives the selected words and their offsets", () => {
    expect(spanOf(text, { start: 12, end: 15 })).toEqual({ start: 12, end: 15, text: "Qin" });
  });

  it("trims whitespace and line breaks at both ends", () => {
    const start = text.indexOf(".") + 1;
    expect(spanOf(text, { start, end: text.indexOf("they") + 4 })).toEqual({ start: text.indexOf("Then"), end: text.indexOf("they") + 4, text: "Then they" });
  });

  it("keeps whitespace inside the selection as the article has it", () => {
    expect(spanOf(text, { start: text.indexOf("they"), end: text.indexOf("talked") + 6 })?.text).toBe("they  talked");
  });

  it("takes a selection made backwards", () => {
    expect(spanOf(text, { start: 15, end: 12 })).toEqual({ start: 12, end: 15, text: "Qin" });
  });

  it("keeps within the text", () => {
    expect(spanOf(text, { start: -5, end: 7 })).toEqual({ start: 0, end: 7, text: "Blinken" });
    expect(spanOf(text, { start: text.indexOf("talked"), end: 10_000 })).toEqual({ start: text.indexOf("talked"), end: text.length - 1, text: "talked." });
  });

  it("is undefined when nothing visible is selected", () => {
    expect(spanOf(text, { start: 16, end: 19 })).toBeUndefined();
    expect(spanOf(text, { start: 5, end: 5 })).toBeUndefined();
    expect(spanOf("a\u200Bb", { start: 1, end: 2 })).toBeUndefined();
    expect(spanOf(text, { start: Number.NaN, end: 3 })).toBeUndefined();
  });
});
