import { type Brief, type Problem, safeParseBriefJson } from "@diplo-brief/core";
import type { CliIo, OutputStream } from "./io.js";
import { fileLine, type ProblemJson, problemLine } from "./messages.js";
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
 * Reports a brief that cannot be used: a file that could not be read on stderr, and the problems
 * on `problems`: stdout for validate and verify, whose report they are; stderr (the default) for
 * export and render, whose stdout is their product and so stays empty rather than hold half a result.
 */
export function reportUnusable(loaded: Exclude<LoadedBrief, { kind: "valid" }>, io: CliIo, problems: OutputStream = io.stderr): void {
  if (loaded.kind === "unreadable") io.stderr.write(`${fileLine(loaded.label, loaded.message)}\n`);
  else for (const problem of loaded.problems) problems.write(`${problemLine(loaded.label, problem)}\n`);
}
