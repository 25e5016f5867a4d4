import * as z from "zod/mini";
import { listTooLong } from "../brief-items.js";
import type { PathSegment, ProblemList } from "../problem.js";
import { strictObject } from "../schemas/strict-object.js";
import { problemsFromZod } from "./zod-issues.js";

type Schema = z.core.$ZodType;

/**
 * Parses `input` with `schema` as zod would, but walks every list itself, an element at a time.
 * zod gathers a list's issues into its parent with one spread call, so a list of 200,000 bad
 * elements overflows the stack; walked here, each element's few problems go straight into the
 * capped {@link ProblemList}, and a list longer than a brief may hold (a sparse array, a proxy
 * that claims four billion elements) is refused before it is walked.
 *
 * Returns the parsed value, which is the brief only when `problems` is still empty.
 */
export function parseBounded(schema: Schema, input: unknown, path: readonly PathSegment[], problems: ProblemList): unknown {
  const def = schema._zod.def;
  if (def.type === "optional") {
    return input === undefined ? undefined : parseBounded((def as z.core.$ZodOptionalDef).innerType, input, path, problems);
  }
  if (def.type === "array" && Array.isArray(input) && input.length > 0) {
    const tooLong = listTooLong(input.length, path);
    if (tooLong) {
      problems.add(tooLong);
      return undefined;
    }
    const element = (def as z.core.$ZodArrayDef).element;
    const out: unknown[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      // Past the problems a report lists, walking on would only spend time on problems nobody sees.
      if (problems.full) {
        problems.stop();
        break;
      }
      out[i] = parseBounded(element, input[i], [...path, i], problems);
    }
    return out;
  }
  const lists = def.type === "object" ? listFields(schema as z.core.$ZodObject) : undefined;
  if (!lists) return parseWhole(schema, input, path, problems);
  // The object's own fields through zod, with its lists as opaque values, then each list here.
  const shell = parseWhole(lists.shell, input, path, problems);
  // The lists are read from zod's output, read once; from the input only to report their problems too.
  const source = shell ?? (typeof input === "object" && input !== null && !Array.isArray(input) ? input : undefined);
  if (source === undefined) return undefined;
  const out = { ...(source as Record<string, unknown>) };
  for (const [key, field] of lists.fields) out[key] = parseBounded(field, out[key], [...path, key], problems);
  return out;
}

/** Empty lists come here too: zod's own check says "needs at least one" where a list may not be empty. */
function parseWhole(schema: Schema, input: unknown, path: readonly PathSegment[], problems: ProblemList): unknown {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  for (const found of problemsFromZod(result.error.issues, path)) problems.add(found);
  return undefined;
}

interface ListFields {
  /** The object schema with each field that holds a list taken as any value, or none: the field is checked apart. */
  readonly shell: Schema;
  readonly fields: readonly (readonly [string, Schema])[];
}

// Worked out once per object schema of the brief format: a handful, for the life of the module.
const listFieldsOf = new Map<Schema, ListFields | undefined>();

function listFields(schema: z.core.$ZodObject): ListFields | undefined {
  if (listFieldsOf.has(schema)) return listFieldsOf.get(schema);
  const shape = schema._zod.def.shape;
  // Lists, and objects that hold lists (a quote's attribution), are walked here; the rest is zod's.
  const fields = Object.entries(shape).filter(([, field]) => {
    const inner = field._zod.def.type === "optional" ? (field._zod.def as z.core.$ZodOptionalDef).innerType : field;
    const type = inner._zod.def.type;
    return type === "array" || (type === "object" && listFields(inner as z.core.$ZodObject) !== undefined);
  });
  const lists =
    fields.length === 0
      ? undefined
      : { shell: strictObject({ ...shape, ...Object.fromEntries(fields.map(([key]) => [key, z.optional(z.unknown())])) }), fields };
  listFieldsOf.set(schema, lists);
  return lists;
}
