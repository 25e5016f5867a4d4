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

/** Every evidence span in the brief with its path, in document order. */
export function* allEvidence(brief: Brief): Generator<LocatedEvidence> {
  for (const collection of itemCollections) {
    const items = brief[collection];
    for (let i = 0; i < items.length; i++) {
      const evidence = items[i]?.evidence ?? [];
      for (let j = 0; j < evidence.length; j++) {
        const span = evidence[j];
        if (span) yield { span, path: [collection, i, "evidence", j] };
      }
    }
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
