import type { Brief, ClaimsReport } from "@diplo-brief/core";

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
  /** When a language model drafted too: what it cost, what grounding kept and dropped, and what each side contributed. */
  readonly model?: ModelReport;
}

type Counts = Record<"entities" | "issues" | "quotes" | "events", number>;

/** What drafting with a language model did. */
export interface ModelReport {
  /** The model, as provenance names it: "provider:model-id". */
  readonly id: string;
  /** The prompt's version, as `provenance.prompt` records it. */
  readonly prompt: string;
  /** How many parts the article was sent in. */
  readonly chunks: number;
  /** Tokens over every request, retries included, as the provider reported them. */
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number; readonly totalTokens: number };
  /** Requests tried again after a rate limit or a server error. */
  readonly retries: number;
  /** Parts whose answer could not be read at all (not JSON): the rules alone cover them. */
  readonly failures: readonly { readonly chunk: number; readonly reason: string }[];
  /** Grounding of the model's claims: what it claimed, kept, how excerpts matched, and each item or excerpt dropped, with the reason. */
  readonly grounding: ClaimsReport;
  /** Items in the brief from the model, and from the rules where the model had nothing at the same place. */
  readonly merged: { readonly fromModel: Counts; readonly fromRules: Counts };
}

/** The brief's items, counted as the report gives them. */
export const countFound = (brief: Brief): DraftReport["found"] => ({
  entities: brief.entities.length,
  issues: brief.issues.length,
  quotes: brief.quotes.length,
  directQuotes: brief.quotes.filter((q) => q.mode === "direct").length,
  events: brief.events.length,
});
