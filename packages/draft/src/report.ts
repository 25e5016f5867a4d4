/** Something the drafter saw and left out of the brief, and why. */
export interface Skipped {
  /** The stage that skipped it: "quotes", "entities", "events", "issues". */
  readonly stage: string;
  /** The article's words it concerned, cut short. */
  readonly text: string;
  /** UTF-16 offset of those words in the article. */
  readonly start: number;
  readonly reason: string;
}

/** What {@link draftBrief} found, what it skipped and why, and how long each stage took. */
export interface DraftReport {
  readonly language: {
    readonly tag: string;
    /** False for a language the drafter has no rules for: the brief then holds only what any language shows (quotations). */
    readonly supported: boolean;
  };
  readonly found: {
    readonly entities: number;
    readonly issues: number;
    readonly quotes: number;
    readonly directQuotes: number;
    readonly events: number;
  };
  readonly skipped: readonly Skipped[];
  /** Milliseconds per stage, in the order they ran. The only part of the result that differs between runs. */
  readonly timings: readonly { readonly stage: string; readonly ms: number }[];
  /** Human-readable notes, e.g. that the language is not supported. */
  readonly notes: readonly string[];
}
