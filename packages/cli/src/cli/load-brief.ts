import { type Brief, type Problem, safeParseBriefJson } from "@diplo-brief/core";
import type { CliIo } from "./io.js";
import { type ProblemJson, problemLine } from "./messages.js";
import { readTextInput } from "./read-input.js";

/** One input, read and validated; `label` is how messages name it (the path as typed, or `stdin`). */
export type LoadedBrief =
  | { readonly kind: "valid"; readonly label: string; readonly brief: Brief }
  | { readonly kind: "invalid"; readonly label: string; readonly problems: readonly Problem[] }
  | { readonly kind: "unreadable"; readonly label: string; readonly message: string };

export async function loadBrief(source: string, io: CliIo): Promise<LoadedBrief> {
  const input = await readTextInput(source, io);
  if (!input.ok) return { kind: "unreadable", label: input.label, message: input.message };
  // Text that is not JSON is an invalid brief too: one `invalid-json` problem with its line and column.
  const result = safeParseBriefJson(input.text);
  return result.success
    ? { kind: "valid", label: input.label, brief: result.data }
    : { kind: "invalid", label: input.label, problems: result.problems };
}

/**
 * A file that could not be read, in --json output: one more invalid input, with the code core
 * uses for input it cannot read, so a program needs no second case.
 */
export function unreadableProblem(message: string): ProblemJson {
  return { path: [], code: "unreadable", message };
}

/**
 * Reports a brief that a command whose stdout is its product (export, render) cannot use: the
 * reasons go to stderr, so stdout stays empty rather than holding half a result.
 */
export function reportUnusable(loaded: Exclude<LoadedBrief, { kind: "valid" }>, io: CliIo): void {
  if (loaded.kind === "unreadable") io.stderr.write(`${loaded.label}: ${loaded.message}\n`);
  else for (const problem of loaded.problems) io.stderr.write(`${problemLine(loaded.label, problem)}\n`);
}
