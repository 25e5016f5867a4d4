/**
 * Typographic variants that a quote may legitimately differ by from the article: curly and
 * straight quotation marks and apostrophes. Nothing else is folded (no case, no dashes), so a
 * changed word still fails.
 */
const foldedCharacters: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

/** The typographic quotation marks and apostrophes that matching makes straight. */
export const curlyQuotes: readonly string[] = Object.keys(foldedCharacters);

/** The straight form of a typographic quotation mark or apostrophe; any other character as it is. */
export const foldCharacter = (ch: string): string => foldedCharacters[ch] ?? ch;

// Visible spacing only: JavaScript's \s also counts U+FEFF, an invisible character that would let a
// quote glue two words together ("legitimate\uFEFFdifferences") and still match "legitimate
// differences". Zero-width spaces and joiners are not \s, so they are never folded either.
const spacePattern = /[^\S\uFEFF]/;

/** Whether a character is ordinary whitespace, which matching folds: spaces of any width, NBSP, line breaks. */
export const isSpace = (ch: string): boolean => spacePattern.test(ch);

/** How the tokenizer treats a character. */
export const WORD = 1;
export const SINGLE = 2;
export const SPACE = 3;
export type CharacterClass = typeof WORD | typeof SINGLE | typeof SPACE;

/** The characters words are made of, as a regular expression's character class body. */
export const WORD_CHARACTERS = "\\p{L}\\p{N}\\p{M}\\p{Pc}";
const wordPattern = new RegExp(`^[${WORD_CHARACTERS}]$`, "u");
/**
 * The scripts written without spaces between words, as a regular expression's character class
 * body: a boundary may fall between any two characters, so each character stands alone and a name
 * matches inside a longer run.
 */
export const UNSPACED_SCRIPTS = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}";
const unspacedPattern = new RegExp(`^[${UNSPACED_SCRIPTS}]$`, "u");

const classify = (ch: string): CharacterClass =>
  isSpace(ch) ? SPACE : wordPattern.test(ch) && !unspacedPattern.test(ch) ? WORD : SINGLE;

// Classes of the Basic Multilingual Plane, worked out once per character on first sight: the
// Unicode property tests are the slow part of reading a long article.
const bmpClasses = /* @__PURE__ */ new Uint8Array(0x10000);

/** The class of the UTF-16 code unit `code`, which is not a surrogate. */
export function classOfCode(code: number): CharacterClass {
  let known = bmpClasses[code] as number;
  if (known === 0) {
    known = classify(String.fromCharCode(code));
    bmpClasses[code] = known;
  }
  return known as CharacterClass;
}

/** The class of a character outside the Basic Multilingual Plane, given as its surrogate pair. */
export const classOfPair = (pair: string): CharacterClass => classify(pair);
