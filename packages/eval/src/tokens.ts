import type { Evidence } from "@diplo-brief/core";

/** A word (letters and digits, with inner apostrophes) or a single punctuation mark. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/**
 * The article's tokens, by position: two spans share a token only where they cover the same
 * place in the article, so the same words quoted twice are never confused.
 */
export class ArticleTokens {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string) {
    for (const match of text.matchAll(TOKEN)) {
      this.starts.push(match.index);
      this.ends.push(match.index + match[0].length);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** Indices of the tokens whose middle lies inside any of the spans. */
  within(spans: readonly Pick<Evidence, "start" | "end">[]): Set<number> {
    const found = new Set<number>();
    for (const span of spans) {
      for (let i = this.firstEndingAfter(span.start); i < this.starts.length; i++) {
        const start = this.starts[i] as number;
        const middle = (start + (this.ends[i] as number)) / 2;
        if (start >= span.end) break;
        if (middle >= span.start && middle < span.end) found.add(i);
      }
    }
    return found;
  }

  private firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.ends[mid] as number) <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

export const intersectionSize = (a: ReadonlySet<number>, b: ReadonlySet<number>): number => {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
};

export const dice = (a: ReadonlySet<number>, b: ReadonlySet<number>): number =>
  a.size + b.size === 0 ? 0 : (2 * intersectionSize(a, b)) / (a.size + b.size);
