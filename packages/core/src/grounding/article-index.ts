import { classOfCode, curlyQuotes, foldCharacter, SPACE, UNSPACED_SCRIPTS, WORD, WORD_CHARACTERS } from "./characters.js";

// Hyphens, dashes and minus signs a writer or a model may swap for one another: the one
// typographic variant that quotation marks and spacing do not cover.
const dashes = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];

/** Each code unit that typographic matching folds, to what: straight quotes and apostrophes, hyphen-minus. */
const folds = /* @__PURE__ */ new Map<number, number>([
  ...dashes.map((code) => [code, 0x2d] as const),
  ...curlyQuotes.map((ch) => [ch.charCodeAt(0), foldCharacter(ch).charCodeAt(0)] as const),
]);

/** `text` folded for typographic matching, with the offset in `text` that each code unit came from. */
export interface FoldedText {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** Folds quotation marks, apostrophes, dashes and runs of visible whitespace (NBSP too), and nothing else. */
export function foldTypographic(text: string): FoldedText {
  const codes = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogates are never spaces or folded: their class is asked of the pair elsewhere.
    const space = (code < 0xd800 || code > 0xdfff) && classOfCode(code) === SPACE;
    if (space && inSpace) continue;
    inSpace = space;
    codes[length] = space ? 0x20 : (folds.get(code) ?? code);
    offsets[length++] = i;
  }
  let folded = "";
  // In slices: fromCharCode takes its arguments on the stack.
  for (let from = 0; from < length; from += 8192) folded += String.fromCharCode(...codes.subarray(from, Math.min(length, from + 8192)));
  return { text: folded, offsets: offsets.subarray(0, length) };
}

/** Whether the code unit at `i` is part of a word (a letter, digit or mark of a spaced script). */
export const isWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && classOfCode(text.charCodeAt(i)) === WORD;

/** Whether `start`–`end` of `text` neither begins nor ends inside a word. */
export const onWordBoundaries = (text: string, start: number, end: number): boolean =>
  !(isWordAt(text, start) && isWordAt(text, start - 1)) && !(isWordAt(text, end - 1) && isWordAt(text, end));

// Words for fuzzy alignment: runs of letters, digits and marks, and each character of scripts
// written without spaces. Punctuation and spacing take no part.
const wordPattern = new RegExp(`[${WORD_CHARACTERS}]+`, "gu");
const unspacedPattern = new RegExp(`[${UNSPACED_SCRIPTS}]`, "u");

/** Calls `visit` with each word of `text`, lower-cased, and where it starts and ends. */
export function eachWord(text: string, visit: (key: string, start: number, end: number) => void): void {
  for (const found of text.matchAll(wordPattern)) {
    const word = found[0];
    const at = found.index;
    if (!unspacedPattern.test(word)) {
      visit(word.toLowerCase(), at, at + word.length);
      continue;
    }
    // Split a run that mixes scripts at each unspaced character, keeping spaced runs whole.
    let from = 0;
    for (let i = 0; i < word.length; ) {
      const width = (word.codePointAt(i) as number) > 0xffff ? 2 : 1;
      const ch = word.slice(i, i + width);
      if (unspacedPattern.test(ch)) {
        if (from < i) visit(word.slice(from, i).toLowerCase(), at + from, at + i);
        visit(ch, at + i, at + i + width);
        from = i + width;
      }
      i += width;
    }
    if (from < word.length) visit(word.slice(from).toLowerCase(), at + from, at + word.length);
  }
}

/** An article's words, numbered, with where each occurs: what fuzzy alignment searches. */
export interface ArticleWords {
  /** Each word's number, in article order. */
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** For each word number, the positions (indices into `ids`) where it occurs, in order. */
  readonly positions: readonly (readonly number[])[];
}

function readWords(text: string): ArticleWords {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const vocabulary = new Map<string, number>();
  const positions: number[][] = [];
  eachWord(text, (key, start, end) => {
    let id = vocabulary.get(key);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(key, id);
      positions.push([]);
    }
    (positions[id] as number[]).push(ids.length);
    ids.push(id);
    starts.push(start);
    ends.push(end);
  });
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends), vocabulary, positions };
}

/**
 * An article read for locating excerpts: its typographic folding and its words, each worked out
 * on first need and kept, so that locating many excerpts in one article reads it once.
 */
export class ArticleIndex {
  readonly text: string;
  #folded: FoldedText | undefined;
  #words: ArticleWords | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get folded(): FoldedText {
    this.#folded ??= foldTypographic(this.text);
    return this.#folded;
  }

  get words(): ArticleWords {
    this.#words ??= readWords(this.text);
    return this.#words;
  }
}

let last: ArticleIndex | undefined;

/**
 * The index of `text`, kept for the last article asked about: a caller locating excerpts one by
 * one in the same article pays for reading it once.
 */
export function indexFor(text: string): ArticleIndex {
  if (last?.text !== text) last = new ArticleIndex(text);
  return last;
}
