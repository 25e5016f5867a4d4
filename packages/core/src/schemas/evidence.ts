import { z } from "./zod.js";
import { Text } from "./identifier.js";

const Offset = z.int().check(z.minimum(0, { error: "must be a whole number of 0 or more" }));

/**
 * A span of the article that supports an item: UTF-16 offsets into `article.text`
 * (the indices of JavaScript strings), half-open, with the sliced text repeated so a
 * reader can check it without counting characters.
 */
export const Evidence = z.strictObject({
  start: Offset.check(z.describe("UTF-16 offset of the first character in article.text.")),
  end: Offset.check(z.describe("UTF-16 offset just after the last character (exclusive).")),
  text: Text.check(z.describe("Exactly article.text.slice(start, end).")),
});
export type Evidence = z.infer<typeof Evidence>;

/** At least one span: an item nothing in the article supports has no place in a brief. */
export const EvidenceList = z
  .array(Evidence)
  .check(z.minLength(1, { error: "needs at least one evidence span" }));
