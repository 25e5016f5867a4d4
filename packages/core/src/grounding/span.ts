import { type PathSegment, type Problem, problem, quoted } from "../problem.js";
import type { Evidence } from "../schemas/evidence.js";

const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Checks one evidence span against the article text: two whole-number offsets inside it, in
 * order, and the slice repeated exactly. Both validation and grounding use it, and it trusts
 * nothing about `span`, so a hand-built brief that skipped parsing is held to the same rule: a
 * NaN, negative or fractional offset could otherwise move a span onto text it does not show.
 */
export function checkSpan(articleText: string, span: Evidence, path: readonly PathSegment[]): Problem | undefined {
  const { start, end, text } = span as Partial<Record<keyof Evidence, unknown>>;
  for (const [key, offset] of Object.entries({ start, end })) {
    if (!isOffset(offset)) return problem([...path, key], "span-out-of-range", `must be a whole number of 0 or more, got ${String(offset)}`);
  }
  const [from, to] = [start, end] as [number, number];
  const range = `${from}–${to}`;
  if (to > articleText.length) return problem(path, "span-out-of-range", `span ${range} ends past the article text (${articleText.length} UTF-16 code units)`);
  if (from >= to) return problem(path, "span-out-of-range", `span ${range} is empty or reversed: start must be less than end`);
  const slice = articleText.slice(from, to);
  if (slice === text) return undefined;
  const written = typeof text === "string" ? quoted(text) : `a ${typeof text}`;
  return problem([...path, "text"], "span-mismatch", `${written} does not match article.text[${range}], which reads ${quoted(slice)}`);
}
