import { type PathSegment, type Problem, problem } from "./problem.js";
import type { Brief } from "./schemas/brief.js";
import type { Evidence } from "./schemas/evidence.js";

/** The four collections of a brief whose items carry ids and evidence. */
export const itemCollections = ["entities", "issues", "quotes", "events"] as const;
export type ItemCollection = (typeof itemCollections)[number];

export interface LocatedEvidence {
  readonly span: Evidence;
  readonly path: readonly PathSegment[];
}

/** Every evidence span in the brief with its path, in document order: items' evidence, then a quote's attribution spans. */
export function* allEvidence(brief: Brief): Generator<LocatedEvidence> {
  for (const collection of itemCollections) {
    const items = brief[collection];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!item) continue;
      yield* spansAt(item.evidence, [collection, i, "evidence"]);
      const attribution = "attribution" in item ? item.attribution : undefined;
      if (!attribution) continue;
      yield* spansAt(attribution.content, [collection, i, "attribution", "content"]);
      if (attribution.cue) yield { span: attribution.cue, path: [collection, i, "attribution", "cue"] };
      yield* spansAt(attribution.source ?? [], [collection, i, "attribution", "source"]);
    }
  }
}

function* spansAt(spans: readonly Evidence[], path: readonly PathSegment[]): Generator<LocatedEvidence> {
  for (let j = 0; j < spans.length; j++) {
    const span = spans[j];
    if (span) yield { span, path: [...path, j] };
  }
}

/**
 * The most items any list in a brief may hold. Far beyond any article, it lets a reader refuse
 * a sparse array or a proxy that claims four billion elements before walking it.
 */
export const MAX_LIST_LENGTH = 1_000_000;

/** A problem when `length` is more than a list may hold. */
export function listTooLong(length: number, path: readonly PathSegment[]): Problem | undefined {
  if (length <= MAX_LIST_LENGTH) return undefined;
  const count = (n: number) => n.toLocaleString("en-US");
  return problem(path, "too-big", `has ${count(length)} elements, more than the ${count(MAX_LIST_LENGTH)} a list in a brief may hold`);
}
