import { type Entity, type Evidence, locate, type Quote } from "@diplo-brief/core";

const opening = /[“"‘«„]/;
const closing = /[”"’»]/;

/** The span of `start`–`end` in `text`, with the quotation marks around it and the punctuation inside them. */
function withMarks(text: string, start: number, end: number): Evidence {
  let from = start;
  let to = end;
  if (from > 0 && opening.test(text[from - 1] as string)) from--;
  while (to < text.length && /[,.;:?!]/.test(text[to] as string)) to++;
  if (to < text.length && closing.test(text[to] as string)) to++;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** The occurrence of any of `phrases` within `spans`, outside `content`, nearest to it. */
function nearest(text: string, phrases: readonly string[], spans: readonly Evidence[], content: Evidence): Evidence | undefined {
  let best: Evidence | undefined;
  const distance = (span: Evidence): number => (span.end <= content.start ? content.start - span.end : span.start - content.end);
  for (const within of spans) {
    const slice = text.slice(within.start, within.end);
    for (const phrase of phrases) {
      const near = Math.max(0, content.start - within.start);
      const found = locate(slice, phrase, { tolerance: "typographic", wholeWords: true, near });
      if (!found) continue;
      const span = { start: within.start + found.start, end: within.start + found.end, text: found.text };
      if (span.start < content.end && content.start < span.end) continue;
      if (!best || distance(span) < distance(best)) best = span;
    }
  }
  return best;
}

/**
 * Attribution spans for a direct quote that came without them, read from the article around its
 * words: the content (the words with their quotation marks), the cue as the claim wrote it, and the
 * mention of the speaker nearest the words, all within the quote's evidence. `undefined` when the
 * cue is not there: an attribution is given whole or not at all.
 */
export function attributionOf(quote: Quote, speaker: Entity | undefined, text: string): Quote["attribution"] {
  if (quote.mode !== "direct") return undefined;
  const holding = quote.evidence.find((span) => text.slice(span.start, span.end).includes(quote.text));
  if (!holding) return undefined;
  const at = holding.start + text.slice(holding.start, holding.end).indexOf(quote.text);
  const content = withMarks(text, at, at + quote.text.length);
  const cue = nearest(text, [quote.cue], quote.evidence, content);
  if (!cue) return undefined;
  const source = speaker ? nearest(text, [speaker.name, ...speaker.aliases], quote.evidence, content) : undefined;
  return { content: [content], cue, ...(source ? { source: [source] } : {}) };
}
