import { type ArticleIndex, foldTypographic, indexFor, onWordBoundaries } from "./article-index.js";
import { alignFuzzy } from "./fuzzy.js";

/**
 * How an excerpt was found, from the strictest: its exact characters; the same characters but for
 * typography (quotation marks, apostrophes, dashes, whitespace); or most of its words in order.
 */
export type MatchKind = "exact" | "typographic" | "fuzzy";

const strictness: Record<MatchKind, number> = { exact: 0, typographic: 1, fuzzy: 2 };

/** The share of an excerpt's words that a fuzzy match must find in order, by default. */
export const FUZZY_THRESHOLD = 0.75;

export interface LocateOptions {
  /**
   * The loosest match to accept. `"typographic"` is the rule for a direct quote: its words, and
   * only their typography may differ. Defaults to `"fuzzy"`.
   */
  readonly tolerance?: MatchKind | undefined;
  /** Where the excerpt occurs more than once, prefer the occurrence that starts nearest this offset. */
  readonly near?: number | undefined;
  /** For fuzzy matches, the least share of the excerpt's words found in order, from 0 to 1 ({@link FUZZY_THRESHOLD}). */
  readonly threshold?: number | undefined;
  /** Only occurrences that neither start nor end inside a word of the article: "aid" is then not found in "said". */
  readonly wholeWords?: boolean | undefined;
}

/** Where an excerpt stands in the article. */
export interface Location {
  /** UTF-16 offsets into the article, half-open: `text.slice(start, end)` is `text`. */
  readonly start: number;
  readonly end: number;
  /** The article's own words, never the excerpt's. */
  readonly text: string;
  readonly match: MatchKind;
  /** 1 for exact and typographic matches; for fuzzy ones, the share of the excerpt's words found in order. */
  readonly score: number;
}

/**
 * Finds `excerpt` in `text`: exactly if it can, then tolerant of typography only (straight and
 * curly quotation marks and apostrophes, hyphens and dashes, runs of any visible whitespace
 * including NBSP), then fuzzily, by aligning words, lower-case and without punctuation, where at
 * least `threshold` of the excerpt's words must stand in order in a run of the article not much
 * longer than the excerpt. A changed word is never an exact or typographic match.
 *
 * Leading and trailing whitespace of the excerpt is ignored. The best occurrence is returned:
 * the strictest match, then the one nearest `near`, then the first; `null` when none is good
 * enough. The article is read once for any number of calls in a row on the same text.
 *
 * @example
 * locate("Blinken said on Friday.", "Blinken said  on friday") // { match: "fuzzy", score: 1, text: "Blinken said on Friday", … }
 */
export function locate(text: string, excerpt: string, options: LocateOptions = {}): Location | null {
  if (typeof text !== "string" || typeof excerpt !== "string") return null;
  return locateIn(indexFor(text), excerpt, options);
}

/** {@link locate} on an article already indexed. */
export function locateIn(article: ArticleIndex, excerpt: string, options: LocateOptions = {}): Location | null {
  const wanted = excerpt.trim();
  if (wanted.length === 0) return null;
  const tolerance = strictness[options.tolerance ?? "fuzzy"] ?? strictness.fuzzy;
  const { text } = article;
  const accept = (start: number, end: number): boolean => !options.wholeWords || onWordBoundaries(text, start, end);
  const found = (start: number, end: number, match: MatchKind, score = 1): Location => ({ start, end, text: text.slice(start, end), match, score });

  const exact = nearest(
    occurrences(text, wanted).filter((at) => accept(at, at + wanted.length)),
    (at) => at,
    options.near,
  );
  if (exact !== undefined) return found(exact, exact + wanted.length, "exact");
  if (tolerance < strictness.typographic) return null;

  const folded = article.folded;
  const pattern = foldTypographic(wanted).text;
  const spans = occurrences(folded.text, pattern)
    .map((at) => [folded.offsets[at] as number, (folded.offsets[at + pattern.length - 1] as number) + 1] as const)
    .filter(([start, end]) => accept(start, end));
  const typographic = nearest(spans, ([start]) => start, options.near);
  if (typographic !== undefined) return found(typographic[0], typographic[1], "typographic");
  if (tolerance < strictness.fuzzy) return null;

  const threshold = Math.min(1, Math.max(Number.EPSILON, options.threshold ?? FUZZY_THRESHOLD));
  const words = article.words;
  const alignment = alignFuzzy(words, wanted, threshold, options.near);
  if (!alignment) return null;
  return found(words.starts[alignment.from] as number, words.ends[alignment.to] as number, "fuzzy", alignment.score);
}

/** Every offset at which `pattern` occurs in `text`, overlapping ones too. */
function occurrences(text: string, pattern: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

/** The occurrence that starts nearest `near`, or the first. */
function nearest<T>(found: readonly T[], startOf: (occurrence: T) => number, near: number | undefined): T | undefined {
  if (near === undefined || found.length < 2) return found[0];
  let best = found[0] as T;
  for (const occurrence of found) if (Math.abs(startOf(occurrence) - near) < Math.abs(startOf(best) - near)) best = occurrence;
  return best;
}
