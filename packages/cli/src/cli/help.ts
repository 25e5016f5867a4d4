import type { Command } from "./command.js";
import { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { PROGRAM } from "./messages.js";

const exitCodes =
  "Exit codes: 0 ok, 1 a brief invalid or not grounded, an article that could not be drafted, or a file\nthat could not be read or written, 2 usage error, 70 internal error.";

export function globalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 4;
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`);
  return `${PROGRAM}: draft, check, verify, export and render grounded briefs of diplomatic news

Usage: ${PROGRAM} <command> [options] <brief.json>

Commands:
${lines.join("\n")}

Options:
  -h, --help       show this help
  -v, --version    print the version

'${PROGRAM} <command> --help' (or '${PROGRAM} help <command>') shows a command's usage and options.
A file argument of - reads the brief (or the article, for draft) from standard input.

${exitCodes}
`;
}

export function commandHelp(command: Command): string {
  return `Usage: ${PROGRAM} ${command.synopsis}

${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.

${command.details.trim()}
`;
}

/** `--help` asked for, so it goes to stdout and is a success. */
export function printCommandHelp(command: Command, io: CliIo): ExitCode {
  io.stdout.write(commandHelp(command));
  return ExitCode.ok;
}
