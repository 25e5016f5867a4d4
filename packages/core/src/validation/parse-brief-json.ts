import { problem } from "../problem.js";
import type { Brief } from "../schemas/brief.js";
import { describeJsonError } from "./json-text.js";
import { BriefValidationError, type SafeParseBriefResult, safeParseBrief } from "./parse-brief.js";

/**
 * {@link safeParseBrief} from JSON text: a file, a response body, a textarea. Text that is not
 * JSON comes back as one `invalid-json` problem that says where, in the line and column an editor
 * jumps to: `brief: is not valid JSON: Unexpected token '}' (line 2, column 20)`. A leading byte
 * order mark is allowed. Never throws.
 */
export function safeParseBriefJson(text: string): SafeParseBriefResult {
  if (typeof text !== "string") {
    return { success: false, problems: [problem([], "invalid-type", `expected JSON text (a string), got ${text === null ? "null" : typeof text}`)] };
  }
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { success: false, problems: [problem([], "invalid-json", `is not valid JSON: ${describeJsonError(json, error)}`)] };
  }
  return safeParseBrief(input);
}

/** Like {@link safeParseBriefJson}, but returns the brief or throws a {@link BriefValidationError}. */
export function parseBriefJson(text: string): Brief {
  const result = safeParseBriefJson(text);
  if (!result.success) throw new BriefValidationError(result.problems);
  return result.data;
}
