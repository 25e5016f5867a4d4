import { type CharacterClass, classOfCode, classOfPair, foldCharacter, SPACE, WORD } from "./characters.js";
import type { TextRange } from "./normalize.js";

/**
 * Cuts text into the units that matching compares: a run of letters, digits and marks is one
 * token, a run of whitespace is one space token, and every other character (punctuation, a
 * character of a script written without spaces, an invisible character) is a token of its own,
 * with typographic quotation marks made straight. Comparing token sequences is comparing text
 * tolerant of typography and spacing, on whole words only: "aid" never matches inside "said".
 * Tokens are contiguous, so a token ends where the next one starts.
 */
function tokenize(text: string, visit: (key: string, start: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const start = i;
    const kind = classAt(text, i);
    i += width(text, i);
    if (kind === SPACE || kind === WORD) {
      while (i < text.length && classAt(text, i) === kind) i += width(text, i);
      visit(kind === SPACE ? " " : text.slice(start, i), start);
    } else {
      visit(foldCharacter(text.slice(start, i)), start);
    }
  }
}

const isPairAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
};

/** How many code units the character at `i` takes: two for a surrogate pair, else one. */
const width = (text: string, i: number): number => (isPairAt(text, i) ? 2 : 1);

const classAt = (text: string, i: number): CharacterClass =>
  isPairAt(text, i) ? classOfPair(text.slice(i, i + 2)) : classOfCode(text.charCodeAt(i));

/** A range of tokens, half-open: `from` is the first token, `to` the one after the last. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/**
 * An article read once into tokens, each named by a number, so that any number of phrases can be
 * looked for in any of its spans without reading the article again.
 */
export class ArticleTokens {
  readonly text: string;
  /** The token number of each token, in order. */
  ids: Int32Array;
  /** Where each token starts in `text`; one more entry holds the text's length. */
  starts: Uint32Array;
  count = 0;
  readonly #vocabulary = new Map<string, number>();

  constructor(text: string) {
    this.text = text;
    // Grown by doubling, so a long article costs its tokens, not its characters, in memory.
    let capacity = Math.min(1024, text.length + 1);
    this.ids = new Int32Array(capacity);
    this.starts = new Uint32Array(capacity + 1);
    tokenize(text, (key, start) => {
      if (this.count === capacity) {
        capacity *= 2;
        const ids = new Int32Array(capacity);
        ids.set(this.ids);
        this.ids = ids;
        const starts = new Uint32Array(capacity + 1);
        starts.set(this.starts);
        this.starts = starts;
      }
      let id = this.#vocabulary.get(key);
      if (id === undefined) {
        id = this.#vocabulary.size;
        this.#vocabulary.set(key, id);
      }
      this.ids[this.count] = id;
      this.starts[this.count] = start;
      this.count++;
    });
    this.starts[this.count] = text.length;
  }

  /** How many different tokens the article has: token numbers are below it. */
  get vocabularySize(): number {
    return this.#vocabulary.size;
  }

  /**
   * `phrase` as token numbers, without leading or trailing space, or `undefined` when it has a
   * token the article never uses (so it occurs nowhere) or no token at all.
   */
  phrase(phrase: string): Int32Array | undefined {
    const ids: number[] = [];
    let missing = false;
    tokenize(phrase, (key) => {
      const id = this.#vocabulary.get(key);
      if (id === undefined) missing = true;
      else ids.push(id);
    });
    if (missing) return undefined;
    const space = this.#vocabulary.get(" ");
    let from = 0;
    let to = ids.length;
    while (from < to && ids[from] === space) from++;
    while (to > from && ids[to - 1] === space) to--;
    return from === to ? undefined : Int32Array.from(ids.slice(from, to));
  }

  /** The tokens lying wholly inside `start`–`end` of the text: a word cut by a span edge is left out. */
  tokensWithin(start: number, end: number): TokenRange {
    const from = this.#firstStartingAtOrAfter(start);
    return { from, to: Math.max(from, this.#firstStartingAtOrAfter(end + 1) - 1) };
  }

  /** The text range that tokens `from`–`to` cover. */
  textRange(range: TokenRange): TextRange {
    return { start: this.starts[range.from] as number, end: this.starts[range.to] as number };
  }

  /** The first index of `starts` at or after `offset`, or `count + 1` when there is none. */
  #firstStartingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.count + 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.starts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
