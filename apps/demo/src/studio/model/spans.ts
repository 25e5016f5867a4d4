import type { Evidence } from "@diplo-brief/core";

/** Offsets into article.text chosen by selecting words in the article, half-open. */
export interface Selection {
  readonly start: number;
  readonly end: number;
}

// Core's rule for text: something other than whitespace and invisible characters.
const visible = /[^\s\p{Default_Ignorable_Code_Point}]/u;
const space = /\s/;

/** The evidence for a selection, trimmed of surrounding whitespace; undefined when nothing visible is selected. */
export function spanOf(text: string, selection: Selection): Evidence | undefined {
  // A selection made backwards (from right to left) has its ends swapped.
  let start = Math.max(0, Math.min(selection.start, selection.end));
  let end = Math.min(text.length, Math.max(selection.start, selection.end));
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  while (start < end && space.test(text.charAt(start))) start++;
  while (end > start && space.test(text.charAt(end - 1))) end--;
  const words = text.slice(start, end);
  return visible.test(words) ? { start, end, text: words } : undefined;
}
