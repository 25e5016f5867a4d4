import { parseCommandArgs, UsageError } from "./args.js";
import type { Command } from "./command.js";
import { draftCommand } from "./commands/draft.js";
import { exportCommand } from "./commands/export.js";
import { renderCommand } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { verifyCommand } from "./commands/verify.js";
import { ExitCode } from "./exit-codes.js";
import { describeFsError } from "./fs-errors.js";
import { commandHelp, globalHelp } from "./help.js";
import { type CliIo, guardWrites, type OutputStream, StreamWriteError } from "./io.js";
import { cannotWriteLine, closest, helpHint, internalErrorMessage, PROGRAM } from "./messages.js";
import { printable } from "./printable.js";
import { withoutSecrets } from "./secrets.js";
import { packageVersion } from "./version.js";

export const commands: readonly Command[] = [draftCommand, validateCommand, verifyCommand, schemaCommand, exportCommand, renderCommand];

const findCommand = (name: string): Command | undefined => commands.find((command) => command.name === name);

/**
 * Runs `diplo-brief` with `argv` (the arguments after the program name) and returns the exit code.
 * Never throws: a mistake on the command line is exit 2 with one line and a hint, output that
 * cannot be written is exit 1, and anything unforeseen is exit 70 with one line, not a stack trace.
 * Whatever it writes on stderr, its last word included, has the environment's secrets redacted.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const stderr = withoutSecrets(io.stderr);
  try {
    return await dispatch(argv, guardWrites({ ...io, stderr }));
  } catch (error) {
    return fail(error, stderr);
  }
}

/** Output that cannot be written is a failure, exit 1, whatever else went wrong: stdout and stderr alike. */
function fail(error: unknown, stderr: OutputStream): ExitCode {
  if (error instanceof StreamWriteError) {
    if (error.stream === "stdout") say(stderr, `${cannotWriteLine(error.stream, describeFsError(error.cause, "write"))}\n`);
    return ExitCode.failed;
  }
  if (error instanceof UsageError) {
    const who = error.command ? `${PROGRAM} ${error.command}` : PROGRAM;
    return say(stderr, `${who}: ${printable(error.message)}\n${helpHint(error.command)}\n`) ? ExitCode.usage : ExitCode.failed;
  }
  return say(stderr, internalErrorMessage(error)) ? ExitCode.internal : ExitCode.failed;
}

/** Writes the last word on stderr; false if stderr failed too. */
function say(stderr: OutputStream, text: string): boolean {
  try {
    stderr.write(text);
    return true;
  } catch {
    return false;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  // Global options come before the command; everything after it is the command's to parse.
  const at = argv.findIndex((arg) => arg === "-" || !arg.startsWith("-"));
  const name = at === -1 ? undefined : argv[at];
  const rest = at === -1 ? [] : argv.slice(at + 1);
  const { values } = parseCommandArgs(undefined, at === -1 ? argv : argv.slice(0, at), { version: { type: "boolean", short: "v" } });

  if (values.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return ExitCode.ok;
  }
  if (name === "help") return printHelp(rest[0], io);
  if (values.help) return printHelp(name, io);
  if (name === undefined) {
    // Run bare, the whole usage is the most useful answer; it is still a usage error.
    io.stderr.write(globalHelp(commands));
    return ExitCode.usage;
  }
  return requireCommand(name).run(rest, io);
}

function printHelp(name: string | undefined, io: CliIo): ExitCode {
  io.stdout.write(name === undefined ? globalHelp(commands) : commandHelp(requireCommand(name)));
  return ExitCode.ok;
}

function requireCommand(name: string): Command {
  const command = findCommand(name);
  if (command) return command;
  const suggestion = closest(name, commands.map((c) => c.name));
  // `diplo-brief brief.json` is a natural first try: say which command reads a file.
  const looksLikeArticle = /\.(?:txt|html?|ndjson|jsonl)$/i.test(name);
  const looksLikeFile = name === "-" || /[./\\]/.test(name);
  const hint = suggestion
    ? ` (did you mean '${suggestion}'?)`
    : looksLikeArticle
      ? ` (to draft a brief of it: ${PROGRAM} draft ${name})`
      : looksLikeFile
        ? ` (to check a file: ${PROGRAM} validate ${name})`
        : "";
  throw new UsageError(`unknown command '${name}'${hint}`);
}
