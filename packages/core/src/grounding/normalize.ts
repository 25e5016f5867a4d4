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

export interface NormalizedText {
  /** The folded text: typographic quotes made straight, every whitespace run one space. */
  readonly text: string;
  /** For each code unit of `text`, the offset of the code unit it came from in the original. */
  readonly offsets: readonly number[];
}

/**
 * Folds `text` for tolerant matching and keeps a map back to the original offsets, so a match
 * in the folded text can be reported (or highlighted) as a span of the original.
 */
export function normalizeForMatch(text: string): NormalizedText {
  let out = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    // \s covers the non-breaking and other Unicode spaces news text is full of.
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += " ";
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += foldedCharacters[ch] ?? ch;
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
 * Finds `needle` in `haystack`, tolerant of typographic quotes and whitespace differences,
 * and returns every place it occurs as ranges of the original haystack.
 */
export function findAllTolerant(haystack: string, needle: string): TextRange[] {
  return findAllFolded(normalizeForMatch(haystack), needle);
}

/**
 * {@link findAllTolerant} on a haystack folded once beforehand: checking many quotes against one
 * article should not fold the article again for each.
 */
export function findAllFolded(folded: NormalizedText, needle: string): TextRange[] {
  const target = normalizeForMatch(needle).text.trim();
  if (target === "") return [];
  const ranges: TextRange[] = [];
  for (let at = folded.text.indexOf(target); at !== -1; at = folded.text.indexOf(target, at + 1)) {
    const start = folded.offsets[at] as number;
    const last = folded.offsets[at + target.length - 1] as number;
    ranges.push({ start, end: last + 1 });
  }
  return ranges;
}
