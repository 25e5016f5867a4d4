import type * as z from "zod/mini";
import { type ItemCollection, itemCollections, listTooLong } from "../brief-items.js";
import { type PathSegment, type Problem, problem } from "../problem.js";
import { Brief } from "../schemas/brief.js";
import { problemsFromZod } from "./zod-issues.js";

const MAX_DEPTH = 16;

/**
 * A copy of `input`, each property and element read once, so no getter or proxy can show one
 * check one brief and the next another; or the first list longer than a brief may hold, refused
 * before it is walked (a sparse array or a proxy claiming four billion elements). Deeper than any
 * brief goes, values stay as they are: the shape check refuses them without walking them.
 */
export function readOnce(input: unknown): { value: unknown } | { problem: Problem } {
  let refused: Problem | undefined;
  const read = (value: unknown, path: PathSegment[]): unknown => {
    if (refused || typeof value !== "object" || value === null || path.length > MAX_DEPTH) return value;
    if (!Array.isArray(value)) {
      // fromEntries defines properties, so a "__proto__" key stays a key (and an unknown field), never a prototype.
      return Object.fromEntries(Object.keys(value).map((key) => [key, read((value as Record<string, unknown>)[key], [...path, key])]));
    }
    const { length } = value;
    refused = listTooLong(length, path);
    return Array.from({ length: refused ? 0 : length }, (_, i) => read(value[i], [...path, i]));
  };
  const value = read(input, []);
  return refused ? { problem: refused } : { value };
}

/**
 * The brief's problems of shape, through zod, item by item. zod gathers a list's issues into its
 * parent with one spread call, which overflows the stack past about 100,000 issues: so each
 * collection's items are checked one at a time (the rest of the brief without them), and the check
 * stops once it has found more than `enough`. `input` is a copy {@link readOnce} made, and what
 * passes is the brief as it is: the schemas refuse what does not fit and change nothing.
 */
export function checkShape(input: unknown, enough: number): Problem[] {
  const problems: Problem[] = [];
  const record = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const lists = itemCollections.flatMap((collection) => {
    const items = record?.[collection];
    return Array.isArray(items) ? [[collection, items] as const] : [];
  });
  // A spread defines properties, so a "__proto__" key stays a key here too.
  check(Brief, record ? { ...record, ...Object.fromEntries(lists.map(([collection]) => [collection, []])) } : input, [], problems);
  for (const [collection, items] of lists) {
    const item = Brief.shape[collection].def.element;
    for (let i = 0; i < items.length && problems.length <= enough; i++) check(item, items[i], [collection, i], problems);
  }
  return problems;
}

/** Adds the problems zod finds in `value` to `problems`. */
function check(schema: z.ZodMiniType, value: unknown, path: [ItemCollection, number] | [], problems: Problem[]): void {
  try {
    const result = schema.safeParse(value, { reportInput: true });
    if (!result.success) problemsFromZod(result.error.issues, path, problems);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // One item with more problems than the stack holds: said once, for the item.
    problems.push(problem(path, "too-big", "has more problems than can be listed"));
  }
}
