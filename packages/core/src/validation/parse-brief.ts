import { listed, MAX_PROBLEMS, type Problem, unreadable } from "../problem.js";
import type { Brief } from "../schemas/brief.js";
import { checkIntegrity } from "./integrity.js";
import { checkShape, readOnce } from "./shape.js";

export type SafeParseBriefResult =
  | { readonly success: true; readonly data: Brief; readonly problems?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly problems: readonly Problem[] };

/** Thrown by {@link parseBrief}; carries the same problems {@link safeParseBrief} returns. */
export class BriefValidationError extends Error {
  override readonly name = "BriefValidationError";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 10).map((p) => `- ${p.message}`);
    if (problems.length > shown.length) shown.push(`- … and ${problems.length - shown.length} more`);
    super(`Invalid brief: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${shown.join("\n")}`);
    this.problems = problems;
  }
}

/**
 * Checks that `input` is a brief: its shape, then what a schema cannot say (unique ids,
 * resolving references, evidence spans that match the article). Never throws, whatever it is
 * given: hostile getters and proxies come back as an `unreadable` problem.
 */
export function safeParseBrief(input: unknown): SafeParseBriefResult {
  try {
    const read = readOnce(input);
    if ("problem" in read) return { success: false, problems: [read.problem] };
    const shape = checkShape(read.value, MAX_PROBLEMS);
    if (shape.length > 0) return { success: false, problems: listed(shape, shape.length > MAX_PROBLEMS) };
    const brief = read.value as Brief;
    const problems = checkIntegrity(brief);
    return problems.length > 0 ? { success: false, problems: listed(problems) } : { success: true, data: brief };
  } catch (error) {
    return { success: false, problems: [unreadable([], error)] };
  }
}

/** Like {@link safeParseBrief}, but returns the brief or throws a {@link BriefValidationError}. */
export function parseBrief(input: unknown): Brief {
  const result = safeParseBrief(input);
  if (!result.success) throw new BriefValidationError(result.problems);
  return result.data;
}
