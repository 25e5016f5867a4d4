import { type ItemCollection, itemCollections } from "../brief-items.js";
import { verifyBrief } from "../grounding/verify-brief.js";
import { detailOf, type PathSegment, type Problem, quoted } from "../problem.js";
import { isObject } from "../values.js";
import { Brief } from "../schemas/brief.js";
import { BriefValidationError, safeParseBrief } from "../validation/parse-brief.js";
import { readOnce } from "../validation/shape.js";
import type { DropCode, Dropped } from "./dropped.js";
import { removableLength } from "./removable.js";

type Data = Record<string, unknown>;
type Item = Data & { id?: unknown; evidence?: unknown[] };

/** Where each object of the brief came from in the input, for the paths `dropped` reports. */
export type Origins = WeakMap<object, readonly PathSegment[]>;

/**
 * A chance to mend an item before it is dropped for `problem` (widen a quote's evidence to take
 * in its speaker, say): true when it changed something, and the brief is checked again.
 */
export type Repair = (problem: Problem, item: Data, collection: ItemCollection) => boolean;

const codeFor: Partial<Record<Problem["code"], DropCode>> = {
  "duplicate-id": "duplicate-id",
  "dangling-reference": "dangling-reference",
  "quote-not-in-article": "not-verbatim",
};


/**
 * Removes from `brief`, in place, whatever `safeParseBrief` or `verifyBrief` refuses, and what
 * depended on it, until both pass: an evidence span that does not name its entity, a quote's
 * attribution whose spans are wrong, a reference to an item that went where the reference is
 * optional (a participant); otherwise the whole item, and with it what needs it (a quote whose
 * speaker went). Each removal is added to `dropped`, at its path in the input.
 *
 * @throws BriefValidationError when what is wrong is not an item: the article, the format version
 */
export function prune(brief: Brief, dropped: Dropped[], origins: Origins = new WeakMap(), repair?: Repair): Brief {
  // Ids of items dropped before (by whoever filled `dropped`) or here: a reference to one is a dependent, not a dangling reference.
  const gone = new Set<unknown>(dropped.filter((d) => d.path.length === 2 && d.id !== undefined).map((d) => d.id));
  const origin = (value: object, fallback: readonly PathSegment[]): readonly PathSegment[] => origins.get(value) ?? fallback;
  const record = (collection: ItemCollection, index: number, item: Item, rest: readonly PathSegment[], code: DropCode, reason: string): void => {
    const at = rest.length > 0 ? spanOrigin(item, rest, origins) : undefined;
    dropped.push({
      path: at ?? [...origin(item, [collection, index]), ...rest],
      ...(typeof item.id === "string" ? { id: item.id } : {}),
      code,
      reason,
    });
  };

  for (let round = 0; round < 1000; round++) {
    const parsed = safeParseBrief(brief);
    const problems = parsed.success ? verifyBrief(parsed.data).problems : parsed.problems;
    if (problems.length === 0) return brief;
    const dropItems = new Map<ItemCollection, Map<number, [DropCode, string]>>(itemCollections.map((c) => [c, new Map()]));
    const removals: { item: Item; collection: ItemCollection; index: number; at: readonly PathSegment[]; code: DropCode; reason: string }[] = [];
    let repaired = false;
    const mendedNow = new Set<Item>();
    for (const problem of problems) {
      const [collection, index, ...rest] = problem.path as [ItemCollection, number, ...PathSegment[]];
      if (!itemCollections.includes(collection) || typeof index !== "number") {
        if (problem.path.length > 0 && (problem.path[0] === "summary" || problem.path[0] === "provenance")) {
          dropped.push({ path: [problem.path[0]], code: "invalid", reason: detailOf(problem) });
          delete (brief as Data)[problem.path[0]];
          repaired = true;
          continue;
        }
        throw new BriefValidationError([problem]);
      }
      const item = brief[collection][index] as Item | undefined;
      if (!item || dropItems.get(collection)?.has(index) || mendedNow.has(item)) continue;
      if (repair?.(problem, item, collection)) {
        // Its other problems may be gone with this one: they are looked at again next round.
        mendedNow.add(item);
        repaired = true;
        continue;
      }
      const schema = Brief.shape[collection].def.element;
      const target = problem.code === "dangling-reference" ? valueAt(item, rest) : undefined;
      const [code, reason]: [DropCode, string] = gone.has(target)
        ? ["depends-on-dropped", `refers to ${quoted(String(target))}, which was dropped`]
        : [codeFor[problem.code] ?? "ungrounded", detailOf(problem)];
      // What can go without the item going: a span of several, an optional field, a list element.
      const length = removableLength(schema, rest);
      if (length > 0) removals.push({ item, collection, index, at: rest.slice(0, length), code, reason });
      else dropItems.get(collection)?.set(index, [code, reason]);
    }
    // Removals last to first, so an index still names the element it named.
    removals.sort((a, b) => compareDescending(a.at, b.at));
    const done = new Map<Item, Set<string>>();
    for (const removal of removals) {
      const key = JSON.stringify(removal.at);
      const itemDone = done.get(removal.item) ?? new Set<string>();
      done.set(removal.item, itemDone);
      if (dropItems.get(removal.collection)?.has(removal.index) || itemDone.has(key)) continue;
      itemDone.add(key);
      record(removal.collection, removal.index, removal.item, removal.at, removal.code, removal.reason);
      removeAt(removal.item, removal.at);
    }
    for (const collection of itemCollections) {
      const drops = dropItems.get(collection) as Map<number, [DropCode, string]>;
      brief[collection].forEach((item, index) => {
        const found = drops.get(index);
        if (found) record(collection, index, item as Item, [], ...found);
        else if (Array.isArray(item.evidence) && item.evidence.length === 0) {
          drops.set(index, ["no-evidence", "none of its evidence is left"]);
          record(collection, index, item as Item, [], "no-evidence", "none of its evidence is left");
        }
      });
      for (const index of drops.keys()) gone.add(brief[collection][index]?.id);
      (brief as Data)[collection] = brief[collection].filter((_, index) => !drops.has(index));
    }
    if (removals.length === 0 && !repaired && [...dropItems.values()].every((drops) => drops.size === 0)) {
      throw new BriefValidationError(problems);
    }
  }
  throw new Error("could not settle the brief");
}

/**
 * The brief without whatever `safeParseBrief` or `verifyBrief` refuses, and without what depended
 * on it, until both pass: a span that does not name its entity, an optional reference to an item
 * that went, an item the article does not support, a quote whose speaker went. `dropped` lists
 * each removal at its path in `brief`, which is left as it was. For a brief edited or made by a
 * program, to publish what holds and show an editor what did not.
 *
 * @throws BriefValidationError when what is wrong is not an item or part of one: the article, the format version
 */
export function keepGrounded(brief: Brief): { brief: Brief; dropped: Dropped[] } {
  const read = readOnce(brief);
  if ("problem" in read) throw new BriefValidationError([read.problem]);
  const dropped: Dropped[] = [];
  return { brief: prune(read.value as Brief, dropped), dropped };
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const step of path) current = isObject(current) ? current[step] : undefined;
  return current;
}

/** The input path of the span or field at `rest`, where the span's own origin is known. */
function spanOrigin(item: Item, rest: readonly PathSegment[], origins: Origins): readonly PathSegment[] | undefined {
  const value = valueAt(item, rest);
  return isObject(value) ? origins.get(value) : undefined;
}

function removeAt(value: unknown, path: readonly PathSegment[]): void {
  const container = valueAt(value, path.slice(0, -1));
  const last = path[path.length - 1] as PathSegment;
  if (Array.isArray(container) && typeof last === "number") container.splice(last, 1);
  else if (isObject(container)) delete container[last];
}

const compareDescending = (a: readonly PathSegment[], b: readonly PathSegment[]): number => {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const [x, y] = [a[k], b[k]];
    if (x !== y) return typeof x === "number" && typeof y === "number" ? y - x : String(y).localeCompare(String(x));
  }
  return b.length - a.length;
};
