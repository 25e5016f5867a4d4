import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A word or mark of the article, with its place and its part of speech (Universal POS tags). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, typographic apostrophes made straight: for lexicon look-ups. */
  readonly lower: string;
  readonly pos: string;
  readonly sentence: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Its tokens, `first` to `last` exclusive, no spaces among them. */
  readonly first: number;
  readonly last: number;
  readonly paragraph: number;
}

/** The article read once: tokens with parts of speech, sentences, paragraphs. */
export interface ArticleDocument {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

let nlp: WinkMethods | undefined;

/**
 * Reads `text` with wink-nlp's English model: tokens (lossless: with the spaces between them they
 * rebuild the text exactly, so offsets are exact), parts of speech, sentence boundaries. A line
 * break always ends a sentence: in news copy it ends a paragraph, a dateline or a headline.
 */
export function readDocument(text: string): ArticleDocument {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Token index (wink's) → our token, skipping wink's whitespace tokens.
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  let spanIndex = 0;
  let sentenceStartToken = 0;
  let breakBefore = false;
  const closeSentence = (): void => {
    if (tokens.length > sentenceStartToken) {
      const first = tokens[sentenceStartToken] as Token;
      const last = tokens[tokens.length - 1] as Token;
      sentences.push({ start: first.start, end: last.end, first: sentenceStartToken, last: tokens.length, paragraph });
    }
    sentenceStartToken = tokens.length;
  };
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? "";
    const value = values[i] ?? "";
    if (space.includes("\n")) breakBefore = true;
    offset += space.length;
    const start = offset;
    offset += value.length;
    const span = spans[spanIndex];
    if (span && i > span[1]) spanIndex++;
    const sentenceStarts = spans[spanIndex]?.[0] === i;
    if (/^\s+$/.test(value)) {
      if (value.includes("\n")) breakBefore = true;
      continue;
    }
    if (breakBefore || sentenceStarts) {
      closeSentence();
      if (breakBefore && sentences.length > 0) paragraph++;
      breakBefore = false;
    }
    tokens.push({ start, end: offset, text: value, lower: value.toLowerCase().replace(/[’‘]/g, "'"), pos: tags[i] ?? "X", sentence: sentences.length });
  }
  closeSentence();
  return { text, tokens, sentences };
}

/** The index of the token that contains or follows a text offset (`tokens.length` past the last). */
export function tokenIndexAt(doc: ArticleDocument, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((doc.tokens[mid] as Token).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
