import * as z from "zod/mini";
import { notEmpty, notNegative, whole } from "./checks.js";
import { strictObject } from "./strict-object.js";
import { Text } from "./identifier.js";

// A number that is a multiple of 1 rather than z.int(): the same rule in JSON Schema, lighter to ship.
const Offset = z.number().check(whole("must be a whole number"), notNegative("must be a whole number of 0 or more"));

/**
 * A span of the article that supports an item: UTF-16 offsets into `article.text`
 * (the indices of JavaScript strings), half-open, with the sliced text repeated so a
 * reader can check it without counting characters.
 */
export const Evidence = strictObject({
  start: Offset,
  end: Offset,
  text: Text,
});
export type Evidence = z.infer<typeof Evidence>;

/** At least one span: an item nothing in the article supports has no place in a brief. */
export const EvidenceList = z.array(Evidence).check(notEmpty("needs at least one evidence span"));
