import { type GoldArticle, SEED_SLUG } from "@diplo-brief/eval/gold";
import { mulberry32 } from "./generate-brief.js";

/**
 * What an excerpt stands for. A language model's evidence is mostly copied: "exact" sentences and
 * phrases; "typographic" ones are copied with other quotation marks, dashes or spaces; "fuzzy"
 * ones have a word changed or left out; "absent" ones are not in the article at all.
 */
export type ExcerptKind = "exact" | "typographic" | "fuzzy" | "absent";

export interface Excerpt {
  readonly text: string;
  readonly kind: ExcerptKind;
}

export interface LocateWorkload {
  readonly article: string;
  /** How many texts the article is made of, each at least once. */
  readonly texts: number;
  /** The article's words, as runs of non-space. */
  readonly words: number;
  /** In a shuffled order, as a model's claims cite the article out of order. */
  readonly excerpts: readonly Excerpt[];
}

/** About the length of a long news article, and well past the gold set's longest (801 words). */
export const ARTICLE_WORDS = 5_000;

/** How many excerpts of each kind: a quarter absent, the rest mostly exact. */
export const EXCERPTS: Readonly<Record<ExcerptKind, number>> = { exact: 90, typographic: 30, fuzzy: 30, absent: 50 };

// Shorter runs are headlines, datelines and bylines, which claims rarely cite as evidence.
const SENTENCE_WORDS = 6;
// With one of at least 12 words changed or left out, a fuzzy excerpt keeps over 90% of its words,
// far above locate's threshold (75%), so it is found whatever word was picked.
const FUZZY_WORDS = 12;

const tokensOf = (text: string): RegExpMatchArray[] => [...text.matchAll(/\S+/g)];
const wordsIn = (text: string): number => tokensOf(text).length;

/**
 * Sentences of `text`, paragraph by paragraph. A stop ends one only after a lower-case letter or a
 * digit, so "U.S." and "D.C." inside a sentence do not split it.
 */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[\p{Ll}\d)][.!?]["'”’]?)\s+/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsIn(sentence) >= SENTENCE_WORDS);
}

/** The openly licensed texts of the gold set, whole and in order, repeated until the article has {@link ARTICLE_WORDS}. */
function articleOf(texts: readonly string[]): string {
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < ARTICLE_WORDS; i++) {
    const text = texts[i % texts.length] as string;
    parts.push(text.trim());
    words += wordsIn(text);
  }
  return parts.join("\n\n");
}

/** The words from token `from` to token `to` (exclusive) of `sentence`, as written there. */
const tokenSlice = (sentence: string, tokens: readonly RegExpMatchArray[], from: number, to: number): string => {
  const last = tokens[to - 1] as RegExpMatchArray;
  return sentence.slice((tokens[from] as RegExpMatchArray).index, (last.index as number) + last[0].length);
};

/**
 * The same words with other typography, as a model writes them or a copy from another page has
 * them: curly quotation marks and apostrophes straightened and straight ones curled, dashes typed
 * as hyphens, the spaces inside names made no-break spaces.
 */
const retype = (sentence: string): string =>
  sentence
    .replace(/[‘’“”'"]/g, (mark, at: number) => {
      const opening = at === 0 || /[\s([]/.test(sentence[at - 1] as string);
      if (mark === "'") return opening ? "‘" : "’";
      if (mark === '"') return opening ? "“" : "”";
      return mark === "‘" || mark === "’" ? "'" : '"';
    })
    .replace(/[–—]/g, "-")
    .replace(/(?<=\b\p{Lu}\p{Ll}+) (?=\p{Lu}\p{Ll})/gu, "\u00a0");

/**
 * A deterministic workload for `locate`: an article of openly licensed gold texts and excerpts of
 * every kind, drawn with `seed`. Absent excerpts are half sentences of the seed article (Reuters,
 * not in the built article: a model citing another report) and half sentences of the article with
 * two words in three replaced by the seed article's words (a model's garbled evidence).
 */
export function locateWorkload(gold: readonly GoldArticle[], seed: number): LocateWorkload {
  const other = gold.find((g) => g.slug === SEED_SLUG)?.brief.article.text;
  if (other === undefined) throw new Error(`the gold set has no ${SEED_SLUG}`);
  const texts = gold.filter((g) => g.slug !== SEED_SLUG).map((g) => g.brief.article.text);
  const article = articleOf(texts);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const below = (n: number): number => Math.floor(random() * n);

  const sentences = sentencesOf(article);
  const long = sentences.filter((sentence) => wordsIn(sentence) >= FUZZY_WORDS);
  const retyped = sentences.map(retype).filter((text, i) => text !== sentences[i]);
  const elsewhere = sentencesOf(other).filter((sentence) => wordsIn(sentence) >= FUZZY_WORDS);
  const strangers = tokensOf(other).map((token) => token[0].replace(/^\W+|\W+$/g, "")).filter((word) => word.length > 0);

  const excerpts: Excerpt[] = [];
  const add = (kind: ExcerptKind, make: () => string): void => {
    for (let i = 0; i < EXCERPTS[kind]; i++) excerpts.push({ kind, text: make() });
  };
  let exact = 0;
  add("exact", () => {
    const sentence = pick(sentences);
    // Alternately a whole sentence and a phrase of 4 to 9 of its words, without a trailing comma.
    if (exact++ % 2 === 0) return sentence;
    const tokens = tokensOf(sentence);
    const length = Math.min(tokens.length, 4 + below(6));
    const from = below(tokens.length - length + 1);
    return tokenSlice(sentence, tokens, from, from + length).replace(/[,;:]$/, "");
  });
  add("typographic", () => pick(retyped));
  let fuzzy = 0;
  add("fuzzy", () => {
    const sentence = pick(long);
    const tokens = tokensOf(sentence);
    // Never the first or the last word, so the excerpt still spans the same run of the article.
    const at = 1 + below(tokens.length - 2);
    const before = tokenSlice(sentence, tokens, 0, at);
    const after = tokenSlice(sentence, tokens, at + 1, tokens.length);
    if (fuzzy++ % 2 === 0) return `${before} ${after}`;
    const original = (tokens[at] as RegExpMatchArray)[0].toLowerCase();
    let word = pick(strangers);
    while (original.includes(word.toLowerCase())) word = pick(strangers);
    return `${before} ${word} ${after}`;
  });
  let absent = 0;
  add("absent", () => {
    if (absent++ % 2 === 0) return pick(elsewhere);
    return tokensOf(pick(long))
      .map((token, i) => (i % 3 === 0 ? token[0] : pick(strangers)))
      .join(" ");
  });

  // Fisher–Yates, with the workload's own random numbers so the order is the same every run.
  for (let i = excerpts.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [excerpts[i], excerpts[j]] = [excerpts[j] as Excerpt, excerpts[i] as Excerpt];
  }
  return { article, texts: texts.length, words: wordsIn(article), excerpts };
}
