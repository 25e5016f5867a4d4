import { type ArticleWords, eachWord } from "./article-index.js";

/** A fuzzy alignment of an excerpt's words with a run of the article's: its words `from`–`to` (inclusive) and the share matched. */
export interface Alignment {
  readonly from: number;
  readonly to: number;
  readonly score: number;
}

/** How many candidate places an excerpt is aligned with in full: the best by a cheap count. */
const CANDIDATES = 4;

/** Occurrences past which a word is too common to say where an excerpt stands. */
const COMMON = 48;

/**
 * Aligns the words of `excerpt` with the article's, tolerant of words left out, added or changed:
 * the best run of the article in which at least `threshold` of the excerpt's words occur in
 * order (their longest common subsequence), lower-case, ignoring punctuation. Runs are at most the
 * excerpt's length plus the words the threshold lets go missing, on each side, so a match cannot
 * gather words scattered through a paragraph.
 *
 * Candidates come from counting, for each place the excerpt could start, the excerpt's words the
 * article has there or nearby: only the few best are aligned word by word, so an absent excerpt
 * costs a look-up per word and a present one a handful of small alignments.
 */
export function alignFuzzy(words: ArticleWords, excerpt: string, threshold: number, near: number | undefined): Alignment | undefined {
  const wanted: number[] = [];
  eachWord(excerpt, (key) => wanted.push(words.vocabulary.get(key) ?? -1));
  const m = wanted.length;
  const n = words.ids.length;
  if (m === 0 || n === 0) return undefined;
  const need = Math.ceil(threshold * m - 1e-9);
  const slack = Math.max(1, m - need);

  // Votes for each diagonal (article position minus excerpt position), shifted by m to be an index.
  // A word as common as "the" would cast hundreds of votes that say little: such words are
  // counted as if they matched everywhere, which keeps the count an upper bound.
  const votes = new Int32Array(n + m + 1);
  const touched: number[] = [];
  let everywhere = 0;
  const rare = wanted.some((id) => id >= 0 && (words.positions[id] as readonly number[]).length <= COMMON);
  wanted.forEach((id, i) => {
    if (id < 0) return;
    const positions = words.positions[id] as readonly number[];
    if (rare && positions.length > COMMON) {
      everywhere++;
      return;
    }
    for (const p of positions) {
      const d = p - i + m;
      if (votes[d] === 0) touched.push(d);
      votes[d] = (votes[d] as number) + 1;
    }
  });
  if (touched.length === 0) return undefined;
  // The votes within `slack` of each diagonal, from running sums over all of them.
  const sums = new Int32Array(n + m + 2);
  for (let d = 0; d <= n + m; d++) sums[d + 1] = (sums[d] as number) + (votes[d] as number);
  const banded: { diagonal: number; count: number }[] = [];
  for (const d of touched) {
    const count = (sums[Math.min(n + m, d + slack) + 1] as number) - (sums[Math.max(0, d - slack)] as number) + everywhere;
    if (count >= need) banded.push({ diagonal: d - m, count });
  }
  banded.sort((a, b) => b.count - a.count || a.diagonal - b.diagonal);

  let best: Alignment | undefined;
  const tried: number[] = [];
  for (const { diagonal } of banded) {
    if (tried.length >= CANDIDATES) break;
    if (tried.some((d) => Math.abs(d - diagonal) <= slack)) continue;
    tried.push(diagonal);
    const from = Math.max(0, diagonal - slack);
    const to = Math.min(n, diagonal + m + slack);
    const found = align(wanted, words.ids, from, to);
    if (!found || found.matched < need) continue;
    const candidate = { from: found.first, to: found.last, score: found.matched / m };
    if (!best || candidate.score > best.score || (candidate.score === best.score && closer(words, candidate, best, near))) best = candidate;
  }
  return best;
}

const closer = (words: ArticleWords, a: Alignment, b: Alignment, near: number | undefined): boolean =>
  near === undefined
    ? a.from < b.from
    : Math.abs((words.starts[a.from] as number) - near) < Math.abs((words.starts[b.from] as number) - near);

/**
 * The longest common subsequence of `wanted` and `ids[from..to)`, with the first and last article
 * positions it uses; `undefined` when nothing matches.
 */
function align(wanted: readonly number[], ids: Int32Array, from: number, to: number): { matched: number; first: number; last: number } | undefined {
  const m = wanted.length;
  const width = to - from + 1;
  const table = new Int32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    const w = wanted[i - 1] as number;
    for (let j = 1; j < width; j++) {
      table[i * width + j] =
        w >= 0 && ids[from + j - 1] === w
          ? (table[(i - 1) * width + j - 1] as number) + 1
          : Math.max(table[(i - 1) * width + j] as number, table[i * width + j - 1] as number);
    }
  }
  const matched = table[m * width + width - 1] as number;
  if (matched === 0) return undefined;
  // Walk back through the table to the pairs the subsequence uses: the last and the first.
  let i = m;
  let j = width - 1;
  let first = -1;
  let last = -1;
  while (i > 0 && j > 0) {
    if (wanted[i - 1] === ids[from + j - 1] && table[i * width + j] === (table[(i - 1) * width + j - 1] as number) + 1) {
      if (last < 0) last = from + j - 1;
      first = from + j - 1;
      i--;
      j--;
    } else if ((table[(i - 1) * width + j] as number) >= (table[i * width + j - 1] as number)) i--;
    else j--;
  }
  return { matched, first, last };
}
