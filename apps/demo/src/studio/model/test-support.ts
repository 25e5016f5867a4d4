import { type Brief, safeParseBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { expect } from "vitest";
import type { Edit } from "./edits.js";
import type { Selection } from "./spans.js";

/** The seed brief: Reuters' report of Blinken's visit to Beijing. */
export const seed: Brief = blinkenBeijing;

/** The selection of `phrase` in `text`, at its first occurrence from `from`. */
export function words(phrase: string, text = seed.article.text, from = 0): Selection {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`not in the article: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** The edit's brief, once it passes safeParseBrief, as every edit's must. */
export function valid(edit: Edit): Brief {
  expect(safeParseBrief(edit.brief).problems).toBeUndefined();
  return edit.brief;
}

/** A small brief over `text`, with one person, for what the seed has no example of. */
export function briefOf(text: string, person: string): Brief {
  const start = text.indexOf(person);
  return {
    schemaVersion: "1.0",
    article: { headline: "Test", source: "Test", language: "en", text },
    entities: [{ id: "person", kind: "person", name: person, aliases: [], roles: [], evidence: [{ start, end: start + person.length, text: person }] }],
    issues: [],
    quotes: [],
    events: [],
  };
}
