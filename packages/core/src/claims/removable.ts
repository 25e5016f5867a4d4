import type * as z from "zod/mini";
import type { PathSegment } from "../problem.js";

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly element?: z.ZodMiniType;
}

const defOf = (schema: z.ZodMiniType): Def => schema._zod.def as unknown as Def;

/** The schema without its optional wrapper. */
const unwrap = (schema: z.ZodMiniType): z.ZodMiniType => {
  const def = defOf(schema);
  return def.type === "optional" && def.innerType ? def.innerType : schema;
};

/**
 * How much of `path` (into a value of `schema`) names the deepest thing that can be removed and
 * leave a value of the schema: an element of a list or an optional field. `0` when nothing short
 * of the whole value can go: a required field is wrong.
 */
export function removableLength(schema: z.ZodMiniType, path: readonly PathSegment[]): number {
  let current: z.ZodMiniType | undefined = schema;
  let length = 0;
  for (let k = 0; k < path.length && current; k++) {
    const def = defOf(unwrap(current));
    const step = path[k] as PathSegment;
    if (def.type === "array" && typeof step === "number") {
      current = def.element;
      length = k + 1;
    } else if (def.type === "object" && typeof step === "string" && def.shape && Object.hasOwn(def.shape, step)) {
      current = def.shape[step];
      if (current && defOf(current).type === "optional") length = k + 1;
    } else {
      break;
    }
  }
  return length;
}

/** The fields of an object schema that hold required lists: what a claim may leave out and mean "none". */
export function requiredLists(schema: z.ZodMiniType): string[] {
  const shape = defOf(unwrap(schema)).shape ?? {};
  return Object.keys(shape).filter((key) => defOf(shape[key] as z.ZodMiniType).type === "array");
}

/** The fields an object schema knows. */
export const fieldsOf = (schema: z.ZodMiniType): string[] => Object.keys(defOf(unwrap(schema)).shape ?? {});
