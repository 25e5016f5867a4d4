import { foldCharacter, isSpace } from "./characters.js";
import { PhraseSet } from "./phrase-set.js";
import { ArticleTokens } from "./tokens.js";

export interface NormalizedText {
  /** The folded text: typographic quotes made straight, every whitespace run one space. */
  readonly text: string;
  /** For each code unit of `text`, the offset of the code unit it came from in the original. */
  readonly offsets: readonly number[];
}

/**
 * Folds `text` for tolerant matching and keeps a map back to the original offsets, so a match
 * in the folded text can be reported (or highlighted) as a span of the original. Only visible
 * whitespace folds: an invisible character (U+FEFF, a zero-width space) stays, and so differs.
 */
export function normalizeForMatch(text: string): NormalizedText {
  let out = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      if (!inSpace) {
        out += " ";
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += foldCharacter(ch);
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** A span of an original text, half-open, in UTF-16 code units. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Every place `phrase` occurs in `text` as whole words, tolerant of typographic quotation marks
 * and apostrophes and of visible whitespace, as ranges of `text`: the matching that
 * {@link verifyBrief} uses, so "aid" is not found in "said".
 */
export function findAllTolerant(text: string, phrase: string): TextRange[] {
  const tokens = new ArticleTokens(text);
  const ids = tokens.phrase(phrase);
  if (!ids) return [];
  const ranges: TextRange[] = [];
  new PhraseSet([ids], tokens.vocabularySize + 1).scan(tokens.ids, { from: 0, to: tokens.count }, (_, at) => {
    ranges.push(tokens.textRange(at));
    return false;
  });
  return ranges;
}
