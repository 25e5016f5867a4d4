import { type PathSegment, type Problem, problem, quoted } from "../problem.js";
import type { Evidence } from "../schemas/evidence.js";

/**
 * Checks one evidence span against the article text: inside it, in order, and repeating the
 * slice exactly. Both validation and grounding use it, so a hand-built brief that skipped
 * parsing is held to the same rule.
 */
export function checkSpan(articleText: string, span: Evidence, path: readonly PathSegment[]): Problem | undefined {
  const { start, end, text } = span;
  if (end > articleText.length) {
    return problem(
      path,
      "span-out-of-range",
      `span ${start}–${end} ends past the article text (${articleText.length} UTF-16 code units)`,
    );
  }
  if (start >= end) {
    return problem(path, "span-out-of-range", `span ${start}–${end} is empty or reversed: start must be less than end`);
  }
  const slice = articleText.slice(start, end);
  if (slice !== text) {
    return problem(
      [...path, "text"],
      "span-mismatch",
      `${quoted(text)} does not match article.text[${start}–${end}], which reads ${quoted(slice)}`,
    );
  }
  return undefined;
}
