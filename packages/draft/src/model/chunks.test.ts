import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunksOf } from "./chunks.js";

describe("chunksOf", () => {
  it("keeps a short article whole", () => {
    expect(chunksOf("One paragraph.\nTwo.", 100, 10)).toEqual([{ start: 0, text: "One paragraph.\nTwo." }]);
  });

  it("cuts at paragraph breaks and repeats the paragraph before", () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} ${"word ".repeat(15)}`.trim());
    const text = paragraphs.join("\n");
    const chunks = chunksOf(text, 200, 100);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(1)) expect(text[chunk.start - 1]).toBe("\n");
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text.endsWith("\n")).toBe(true);
  });

  it("covers the whole text in parts of at most the size, each overlapping the last, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 1, max: 800 }), fc.integer({ min: 0, max: 400 }), (text, size, overlap) => {
        const chunks = chunksOf(text, size, overlap);
        let covered = 0;
        for (const chunk of chunks) {
          expect(chunk.text).toBe(text.slice(chunk.start, chunk.start + chunk.text.length));
          expect(chunk.text.length).toBeLessThanOrEqual(size);
          expect(chunk.start).toBeLessThanOrEqual(covered);
          covered = Math.max(covered, chunk.start + chunk.text.length);
        }
        expect(covered).toBe(text.length);
        expect(chunks.length).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});
