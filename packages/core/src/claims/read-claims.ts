import type * as z from "zod/mini";
import { type ItemCollection, references } from "../brief-items.js";
import { detailOf, type PathSegment, type Problem, quoted } from "../problem.js";
import { isRecord } from "../values.js";
import { problemsFromZod } from "../validation/zod-issues.js";
import type { Dropped } from "./dropped.js";
import { removableLength, requiredLists } from "./removable.js";

type Data = Record<string, unknown>;


/** Describes a value for a message without echoing it whole. */
const kindOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "string" ? quoted(value, 30) : `a ${typeof value}`);

const identifierPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * An id as the format spells ids: a model may write "Antony Blinken" where it means
 * "antony-blinken". Ids already valid are kept as they are. Used on ids and on references alike, so a reference still finds its item.
 */
export function asIdentifier(value: unknown): unknown {
  if (typeof value !== "string" || identifierPattern.test(value)) return value;
  const slug = value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9_.:-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+|-+$/g, "")
    .toLowerCase()
    .slice(0, 128);
  return slug.length > 0 ? slug : value;
}

/** Null fields are absent ones: models asked for JSON often write `null` for what they leave out. */
function withoutNulls(value: Data): void {
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === null) delete value[key];
    else if (isRecord(field)) withoutNulls(field);
    else if (Array.isArray(field)) for (const element of field) if (isRecord(element)) withoutNulls(element);
  }
}

/** Replaces each value that field path `at` reaches inside `value`, as {@link eachAt} walks them. */
function replaceAt(value: unknown, steps: readonly string[], replace: (found: unknown) => unknown): void {
  const [step, ...rest] = steps;
  if (step === undefined || typeof value !== "object" || value === null) return;
  const keys = step === "*" ? (Array.isArray(value) ? value.keys() : []) : [step];
  for (const key of keys) {
    const container = value as Record<string | number, unknown>;
    if (rest.length === 0) {
      if (container[key] !== undefined) container[key] = replace(container[key]);
    } else replaceAt(container[key], rest, replace);
  }
}

/** The paths inside an item of `collection` where it refers to other items: `speaker`, `parties.*.entity`. */
const referencesIn = (collection: ItemCollection): string[][] =>
  Object.keys(references)
    .filter((at) => at.startsWith(`${collection}.*.`))
    .map((at) => at.split(".").slice(2));

/** Removes the value at `path` inside `value`, an element of a list or a field; false when it is already gone. */
function removeAt(value: unknown, path: readonly PathSegment[]): boolean {
  let container: unknown = value;
  for (const step of path.slice(0, -1)) container = typeof container === "object" && container !== null ? (container as Data)[step] : undefined;
  const last = path[path.length - 1] as PathSegment;
  if (typeof container !== "object" || container === null || (container as Data)[last] === undefined || (container as Data)[last] === removed) return false;
  if (Array.isArray(container) && typeof last === "number") container[last] = removed;
  else delete (container as Data)[last];
  return true;
}

/** Stands for a list element removed during a round, so later paths of the round still point where they did. */
const removed: unique symbol = Symbol("removed");

function compact(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (value[i] === removed) value.splice(i, 1);
    for (const element of value) compact(element);
  } else if (isRecord(value)) for (const key of Object.keys(value)) compact(value[key]);
}

/** An item of the claims that has the shape of its collection's claims, and where it stood. */
export interface ReadItem {
  readonly value: Data;
  readonly path: readonly PathSegment[];
}

/**
 * Reads one collection of claims leniently: an item that is not an object, or whose required
 * field is wrong, is dropped; a wrong optional field or list element, or an unknown field, is
 * removed and the item kept. Null fields count as absent, absent lists as empty, and ids (with
 * the references to them) are made into ids. Everything removed is listed in `dropped`.
 *
 * `items` is a copy the caller owns (from `readOnce`): it is changed in place.
 */
export function readItems(items: unknown, collection: ItemCollection, schema: z.ZodMiniType, dropped: Dropped[]): ReadItem[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    dropped.push({ path: [collection], code: "invalid", reason: `expected a list of items, got ${kindOf(items)}` });
    return [];
  }
  const lists = requiredLists(schema);
  const referencePaths = referencesIn(collection);
  const read: ReadItem[] = [];
  items.forEach((item: unknown, index) => {
    const path = [collection, index];
    if (!isRecord(item)) {
      dropped.push({ path, code: "invalid", reason: `expected an object, got ${kindOf(item)}` });
      return;
    }
    withoutNulls(item);
    for (const list of lists) item[list] ??= [];
    item.id = asIdentifier(item.id);
    for (const steps of referencePaths) replaceAt(item, steps, asIdentifier);
    const id = typeof item.id === "string" ? item.id : undefined;
    for (let round = 0; round < 20; round++) {
      const result = schema.safeParse(item, { reportInput: true });
      if (result.success) {
        read.push({ value: item, path });
        return;
      }
      const problems: Problem[] = [];
      problemsFromZod(result.error.issues, [], problems);
      const whole = problems.find((problem) => problem.code !== "unknown-field" && removableLength(schema, problem.path) === 0);
      if (whole) {
        dropped.push({ path, ...(id ? { id } : {}), code: "invalid", reason: whole.message });
        return;
      }
      for (const problem of problems) {
        const at = problem.code === "unknown-field" ? problem.path : problem.path.slice(0, removableLength(schema, problem.path));
        if (removeAt(item, at)) dropped.push({ path: [...path, ...at], ...(id ? { id } : {}), code: "invalid", reason: `${detailOf(problem)}: left out` });
      }
      compact(item);
    }
    dropped.push({ path, ...(id ? { id } : {}), code: "invalid", reason: "could not be read" });
  });
  return read;
}
