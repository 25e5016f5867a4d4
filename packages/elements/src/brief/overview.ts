import type { Brief, Event, Issue, Quote } from "@diplo-brief/core";
import { layoutTimeline } from "../timeline/timeline-layout.js";

export interface Overview {
  /** What is at stake: the brief's first issues, in its order. */
  readonly issues: readonly Issue[];
  /** Key direct quotes: short ones first, one per speaker, in article order. */
  readonly quotes: readonly Quote[];
  /** What comes next: events not yet happened, dated ones first by date. */
  readonly next: readonly Event[];
}

const shownIssues = 3;
const shownQuotes = 2;
const shownNext = 2;
// A quote a phone shows in three lines or so; longer ones wait for the Quotes section.
const shortQuote = 140;
const upcoming = new Set<Event["status"]>(["scheduled", "expected", "possible"]);

const overviews = new WeakMap<Brief, Overview>();

/** The news at a glance, worked out once per brief. Every item stays in its full section too. */
export function overviewOf(brief: Brief): Overview {
  let overview = overviews.get(brief);
  if (!overview) {
    const direct = brief.quotes
      .filter((quote) => quote.mode === "direct")
      .sort((a, b) => Number(a.text.length > shortQuote) - Number(b.text.length > shortQuote));
    const speakers = new Set<string>();
    const quotes = direct.filter((quote) => !speakers.has(quote.speaker) && speakers.add(quote.speaker)).slice(0, shownQuotes);
    const position = (quote: Quote) => quote.evidence[0]?.start ?? 0;
    const { dated, undated } = layoutTimeline(brief.events.filter((event) => upcoming.has(event.status)));
    overview = {
      issues: brief.issues.slice(0, shownIssues),
      quotes: quotes.sort((a, b) => position(a) - position(b)),
      next: [...dated, ...undated].slice(0, shownNext),
    };
    overviews.set(brief, overview);
  }
  return overview;
}
