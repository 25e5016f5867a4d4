import { allEvidence } from "../brief-items.js";
import { type PathSegment, type Problem, problem, quoted } from "../problem.js";
import type { Brief } from "../schemas/brief.js";
import type { Evidence } from "../schemas/evidence.js";
import { findAllFolded, findAllTolerant, normalizeForMatch, type TextRange } from "./normalize.js";
import { checkSpan } from "./span.js";

export interface GroundingReport {
  /** True when nothing in the brief claims what the article does not say. */
  readonly ok: boolean;
  readonly problems: readonly Problem[];
  /** How much was checked, so "ok" on an empty brief is not mistaken for a clean long one. */
  readonly checked: {
    readonly spans: number;
    readonly directQuotes: number;
    readonly entities: number;
  };
}

const within = (range: TextRange, spans: readonly Evidence[]): boolean =>
  spans.some((span) => span.start <= range.start && range.end <= span.end);

const mentions = (spans: readonly Evidence[], phrase: string): boolean =>
  spans.some((span) => findAllTolerant(span.text, phrase).length > 0);

/**
 * Checks a brief against its own article: every evidence span repeats its slice, every direct
 * quote's words stand verbatim in the article and inside the quote's evidence (typographic
 * quotes and whitespace aside), every entity is named, or called by an alias, in each of its
 * spans, and every attribution cue and time expression is written in its item's evidence.
 * This is the check to run on a machine-written brief to catch an invented quote.
 */
export function verifyBrief(brief: Brief): GroundingReport {
  const { text } = brief.article;
  const problems: Problem[] = [];
  let spans = 0;

  for (const { span, path } of allEvidence(brief)) {
    spans++;
    const spanProblem = checkSpan(text, span, path);
    if (spanProblem) problems.push(spanProblem);
  }

  brief.entities.forEach((entity, i) => {
    const names = [entity.name, ...entity.aliases];
    entity.evidence.forEach((span, j) => {
      if (!names.some((name) => mentions([span], name))) {
        problems.push(
          problem(
            ["entities", i, "evidence", j],
            "name-not-in-evidence",
            `names neither ${quoted(entity.name)} nor any alias of entity '${entity.id}'`,
          ),
        );
      }
    });
  });

  let directQuotes = 0;
  const folded = normalizeForMatch(text);
  brief.quotes.forEach((quote, i) => {
    const path: PathSegment[] = ["quotes", i];
    if (!mentions(quote.evidence, quote.cue)) {
      problems.push(problem([...path, "cue"], "cue-not-in-evidence", `${quoted(quote.cue)} is not written in the quote's evidence`));
    }
    if (quote.mode !== "direct") return;
    directQuotes++;
    const found = findAllFolded(folded, quote.text);
    if (found.length === 0) {
      problems.push(
        problem([...path, "text"], "quote-not-in-article", `${quoted(quote.text)} does not occur verbatim in the article`),
      );
    } else if (!found.some((range) => within(range, quote.evidence))) {
      const first = found[0] as TextRange;
      problems.push(
        problem(
          [...path, "evidence"],
          "quote-outside-evidence",
          `the quoted words occur at ${first.start}–${first.end}, outside every evidence span of the quote`,
        ),
      );
    }
  });

  brief.events.forEach((event, i) => {
    if (event.when && !mentions(event.evidence, event.when.text)) {
      problems.push(
        problem(["events", i, "when", "text"], "when-not-in-evidence", `${quoted(event.when.text)} is not written in the event's evidence`),
      );
    }
  });

  return {
    ok: problems.length === 0,
    problems,
    checked: { spans, directQuotes, entities: brief.entities.length },
  };
}
