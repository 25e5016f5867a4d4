import type { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

/** A subcommand: its own options, help and behaviour. */
export interface Command {
  readonly name: string;
  /** How it is called, for the usage lines: `validate [--json] <brief.json>...`. */
  readonly synopsis: string;
  /** One line for the global help. */
  readonly summary: string;
  /** The rest of `diplo-brief <name> --help`, after the usage line and summary. */
  readonly details: string;
  /** Throws a `UsageError` for a bad command line; returns the exit code otherwise. */
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}
