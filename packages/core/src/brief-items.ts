import { count, type PathSegment, type Problem, problem } from "./problem.js";

/** The four collections of a brief whose items carry ids and evidence. */
export const itemCollections = ["entities", "issues", "quotes", "events"] as const;
export type ItemCollection = (typeof itemCollections)[number];

/** Where items refer to other items, by field path, and to items of which collection. */
export const references: Readonly<Record<string, ItemCollection>> = {
  "entities.*.roles.*.of": "entities",
  "issues.*.parties.*.entity": "entities",
  "quotes.*.speaker": "entities",
  "quotes.*.setting.place": "entities",
  "quotes.*.event": "events",
  "quotes.*.issues.*": "issues",
  "events.*.place": "entities",
  "events.*.participants.*": "entities",
  "events.*.issues.*": "issues",
};

/** Where evidence spans stand in an item: its evidence, and the spans of a quote's attribution. */
export const spanFields = ["evidence.*", "attribution.content.*", "attribution.cue", "attribution.source.*"] as const;

/**
 * Calls `visit` with each value that field path `at` reaches from `value`, and its path: `*`
 * steps into every element of a list, as in `entities.*.roles.*.of`; an absent optional field
 * reaches nothing. For values already of the brief's shape.
 */
export function eachAt(value: unknown, at: string, visit: (found: unknown, path: PathSegment[]) => void): void {
  const walk = (value: unknown, steps: readonly string[], path: PathSegment[]): void => {
    const [step, ...rest] = steps;
    if (value === undefined) return;
    if (step === undefined) visit(value, path);
    else if (step === "*") (value as unknown[]).forEach((item, i) => walk(item, rest, [...path, i]));
    else walk((value as Record<string, unknown>)[step], rest, [...path, step]);
  };
  walk(value, at.split("."), []);
}

/**
 * The most items any list in a brief may hold. Far beyond any article, it lets a reader refuse
 * a sparse array or a proxy that claims four billion elements before walking it.
 */
export const MAX_LIST_LENGTH = 1_000_000;

/** A problem when `length` is more than a list may hold. */
export function listTooLong(length: number, path: readonly PathSegment[]): Problem | undefined {
  if (length > MAX_LIST_LENGTH) {
    return problem(path, "too-big", `has ${count(length)} elements, more than the ${count(MAX_LIST_LENGTH)} a list in a brief may hold`);
  }
  return undefined;
}
