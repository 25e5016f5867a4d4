/**
 * Spans by phrase, so gold briefs are written as words of the article and never as hand-counted
 * offsets. A phrase must be unique where it is looked for: in the whole article, or inside a
 * (unique) longer `within` phrase that pins down which occurrence is meant. `nth` picks among
 * repeats when no context is shorter than counting.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A phrase of the article: the phrase alone, `[phrase, within]`, or with `nth` (0-based). */
export type Ref = string | readonly [phrase: string, within: string] | { readonly p: string; readonly within?: string; readonly nth?: number };

const occurrences = (text: string, phrase: string): number[] => {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) found.push(at);
  return found;
};

export class ArticleText {
  /** The text with no-break spaces as plain ones (same length), so phrases are typed with spaces. */
  private readonly searchable: string;

  constructor(readonly text: string) {
    this.searchable = text.replace(/\u00a0/g, " ");
  }

  /** The span of `phrase`, located as the ref says; throws when it is missing or ambiguous. */
  span(ref: Ref): Span {
    const { p, within, nth } = typeof ref === "string" ? { p: ref } : Array.isArray(ref) ? { p: ref[0], within: ref[1] } : (ref as { p: string; within?: string; nth?: number });
    let from = 0;
    let scope = this.searchable;
    if (within !== undefined) {
      const contexts = occurrences(this.searchable, within);
      if (contexts.length !== 1) throw new Error(`context ${JSON.stringify(within)} occurs ${contexts.length} times, not once`);
      from = contexts[0] as number;
      scope = within;
    }
    const found = occurrences(scope, p);
    if (found.length === 0) throw new Error(`${JSON.stringify(p)} is not in ${within === undefined ? "the article" : JSON.stringify(within)}`);
    if (nth === undefined && found.length > 1) {
      throw new Error(`${JSON.stringify(p)} occurs ${found.length} times${within === undefined ? "" : ` in ${JSON.stringify(within)}`}: give a context or nth`);
    }
    const at = found[nth ?? 0];
    if (at === undefined) throw new Error(`${JSON.stringify(p)} has no occurrence ${nth}`);
    const start = from + at;
    return { start, end: start + p.length, text: this.text.slice(start, start + p.length) };
  }

  /** The smallest span covering all of `spans`. */
  cover(spans: readonly Span[]): Span {
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return { start, end, text: this.text.slice(start, end) };
  }
}
