import type * as z from "zod/mini";
import { type ItemCollection, itemCollections, listTooLong } from "../brief-items.js";
import { type PathSegment, type Problem, problem } from "../problem.js";
import { Brief } from "../schemas/brief.js";
import { problemsFromZod } from "./zod-issues.js";

/** What a shape check found: the brief, or its problems and whether it stopped before the end. */
export type Shape = { readonly data: Brief } | { readonly problems: Problem[]; readonly stopped: boolean };

const MAX_DEPTH = 16;

/**
 * A copy of `value`, each property and element read once, so no getter or proxy can show one
 * check one brief and the next another; or the first list longer than a brief may hold, refused
 * before it is walked (a sparse array or a proxy claiming four billion elements). Deeper than any
 * brief goes, values stay as they are: the shape check refuses them without walking them.
 */
export function readOnce(value: unknown, path: PathSegment[] = [], depth = 0): { value: unknown } | { problem: Problem } {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return { value };
  const list = Array.isArray(value);
  if (list) {
    const tooLong = listTooLong(value.length, path);
    if (tooLong) return { problem: tooLong };
  }
  const copy: Record<string, unknown> | unknown[] = list ? [] : {};
  for (const key of list ? value.keys() : Object.keys(value)) {
    const read = readOnce((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if ("problem" in read) return read;
    // defineProperty, so a "__proto__" key stays a key (and an unknown field), never a prototype.
    Object.defineProperty(copy, key, { value: read.value, enumerable: true, writable: true, configurable: true });
  }
  return { value: copy };
}

/**
 * The brief's shape through zod, item by item. zod gathers a list's issues into its parent with
 * one spread call, which overflows the stack past about 100,000 issues: so each collection's
 * items are checked one at a time (the rest of the brief without them), each list read once, and
 * the check stops once it has found more than a report lists.
 */
export function checkShape(input: unknown, enough: number): Shape {
  const plain = typeof input === "object" && input !== null && !Array.isArray(input);
  const record = (plain ? input : {}) as Record<string, unknown>;
  const lists = new Map<ItemCollection, unknown[]>();
  for (const collection of itemCollections) {
    const items = record[collection];
    if (Array.isArray(items)) lists.set(collection, items);
  }
  const rest = plain ? { ...record, ...Object.fromEntries([...lists.keys()].map((c) => [c, []])) } : input;
  const checked = parsed(Brief, rest, []);
  const problems = checked.problems;
  const data = checked.data as Record<string, unknown> | undefined;
  for (const [collection, items] of lists) {
    const item = Brief._zod.def.shape[collection]._zod.def.element as z.core.$ZodType;
    const out: unknown[] = [];
    for (let i = 0; i < items.length && problems.length <= enough; i++) {
      const one = parsed(item, items[i], [collection, i]);
      problems.push(...one.problems);
      out.push(one.data);
    }
    if (data) data[collection] = out;
  }
  return problems.length > 0 || !data ? { problems, stopped: problems.length > enough } : { data: data as Brief };
}

function parsed(schema: z.core.$ZodType, value: unknown, path: [ItemCollection, number] | []): { data?: unknown; problems: Problem[] } {
  try {
    const result = (schema as z.ZodMiniType).safeParse(value, { reportInput: true });
    return result.success ? { data: result.data, problems: [] } : { problems: problemsFromZod(result.error.issues, path) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // One item with more problems than the stack holds: said once, for the item.
    return { problems: [problem(path, "too-big", "has more problems than can be listed")] };
  }
}
