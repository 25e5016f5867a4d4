import type { Evidence } from "@diplo-brief/core";

export interface SentenceContext {
  readonly before: string;
  readonly span: string;
  readonly after: string;
}

const maxContext = 240;

/**
 * The sentence a span rests on, split around the span so it can be marked: from the end of the
 * previous sentence (or line) to the end of the span's sentence, capped so a paragraph with no
 * full stops cannot flood a card.
 */
export function sentenceAround(text: string, span: Evidence): SentenceContext {
  let start = span.start;
  while (start > 0 && span.start - start < maxContext && !/[.!?]\s|\n/.test(text.slice(start - 2, start))) start--;
  let end = span.end;
  while (end < text.length && end - span.end < maxContext && !/[.!?\n]/.test(text[end - 1] ?? "")) end++;
  if (/[.!?]/.test(text[end - 1] ?? "") && /[”"’]/.test(text[end] ?? "")) end++;
  return {
    before: text.slice(start, span.start).trimStart(),
    span: text.slice(span.start, span.end),
    after: text.slice(span.end, end).trimEnd(),
  };
}
